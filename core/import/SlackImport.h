#pragma once

#include "import/ImportTypes.h"

#include <QHash>

namespace hs {

// Slack workspace exports.
//
// An export is a folder with users.json and channels.json (groups.json, mpims.json for private
// channels) at the top and one folder per channel holding a file per day, YYYY-MM-DD.json, each
// an array of messages. A review imports one channel, so the UI asks for a folder and then:
//
//   const QStringList channels = slackChannels(folder);
//   if (!channels.isEmpty())      // the export's top folder: let the person pick a channel
//       result = importSlackExport(folder, chosenChannel, progress);
//   else                          // a channel folder inside an export (users.json one level up)
//       result = importSlackExport(folder, progress);
//
// Messages get externalId "slack:<channel id>:<ts>" (the channel's folder name when
// channels.json does not list it), so a channel renamed between two exports keeps its ids.
// Replies and the message that started their thread share threadId, the externalId of that first
// message. Edits are applied to the message they change and deleted messages are left out.

// The channel folders (those with day files) of an export's top folder, sorted; empty when the
// folder is not the top of an export.
QStringList slackChannels(const QString& exportRoot);

// Imports one channel of the export at exportRoot.
ImportResult importSlackExport(const QString& exportRoot, const QString& channelName,
                               const ImportProgress& progress = {});

// Imports the channel folder channelDir; users.json and channels.json are read from its parent.
// Also takes an export's top folder when it holds exactly one channel.
ImportResult importSlackExport(const QString& channelDir, const ImportProgress& progress = {});

// Slack's message markup as plain text: "<@U123>" → "@Priya Raman", "<#C1|ops>" → "#ops",
// "<https://x|label>" → "label (https://x)", "&amp;" → "&". userNames maps user ids to names,
// channelNames channel ids to names; unknown ids are shown as they are.
QString slackPlainText(const QString& markup, const QHash<QString, QString>& userNames,
                       const QHash<QString, QString>& channelNames = {});

} // namespace hs
