#pragma once

#include "import/ImportTypes.h"

#include <QDate>

namespace hs {

// Chat lines pasted from any chat tool or a terminal log, one message per line:
//
//   [14:32] Priya Raman: rolling back now
//   [14:32:10] Priya Raman: rolling back now
//   14:32 Priya Raman: rolling back now
//   [2026-04-14 14:32] Priya Raman: rolling back now
//
// Lines that do not start like that continue the message above (multi-line messages). Times
// without a date are on day, in timeZone (an IANA id; empty is UTC); when the clock goes back by
// more than 12 hours the log has passed midnight, so the day moves on. Ids are
// "chat:<SHA-1 of time, author and text>".
ImportResult importChatText(const QString& text, const QDate& day, const QString& timeZone,
                            const QString& fileNameForMessages = {});

// The same for a UTF-8 text file.
ImportResult importChatFile(const QString& path, const QDate& day, const QString& timeZone);

} // namespace hs
