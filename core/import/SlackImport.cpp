#include "import/SlackImport.h"

#include "import/ImportSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hs {

using namespace importsupport;

namespace {

QStringList dayFiles(const QString& dir)
{
    static const QRegularExpression dayFile(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\.json$"));
    const QDir d(dir);
    QStringList out;
    for (const QString& name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (dayFile.match(name).hasMatch())
            out.append(d.filePath(name));
    }
    return out;
}

// Time stamps are strings in exports; a number (some conversion tools write them) is read with
// its six fraction digits.
QString tsText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 6);
    return QString();
}

struct User {
    QString name;
    QString role;
    bool bot = false;
};

struct Workspace {
    QHash<QString, User> users;
    QHash<QString, QString> userNames;
    QHash<QString, QString> channelNames; // id → name
    QHash<QString, QString> channelIds;   // name → id
};

// Top-level lists of the export; all of them are optional (a partial export still imports,
// showing ids where names are missing), but one that is there has to be readable.
QJsonArray readList(const QString& path, ImportResult& result)
{
    if (!QFileInfo::exists(path))
        return {};
    QString error;
    const std::optional<QByteArray> bytes = readWholeFile(path, &error);
    if (!bytes) {
        result.problems.append(problemAt(path, 0, error));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.problems.append(jsonProblem(path, *bytes, parseError));
        return {};
    }
    if (!doc.isArray()) {
        result.problems.append(problemAt(
            path, 1, QCoreApplication::translate("hs::Import", "expected a list ([…]) as in a Slack export")));
        return {};
    }
    return doc.array();
}

Workspace loadWorkspace(const QString& root, ImportResult& result)
{
    Workspace ws;
    const QDir dir(root);
    for (const QJsonValue& v : readList(dir.filePath(QStringLiteral("users.json")), result)) {
        const QJsonObject u = v.toObject();
        const QString id = u.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue;
        const QJsonObject profile = u.value(QLatin1String("profile")).toObject();
        User user;
        for (const QString& candidate :
             {u.value(QLatin1String("real_name")).toString(), profile.value(QLatin1String("real_name")).toString(),
              profile.value(QLatin1String("display_name")).toString(), u.value(QLatin1String("name")).toString()}) {
            if (!candidate.trimmed().isEmpty()) {
                user.name = candidate.trimmed();
                break;
            }
        }
        if (user.name.isEmpty())
            user.name = id;
        user.role = profile.value(QLatin1String("title")).toString().trimmed();
        user.bot = u.value(QLatin1String("is_bot")).toBool();
        ws.userNames.insert(id, user.name);
        ws.users.insert(id, user);
    }
    for (const char* list : {"channels.json", "groups.json", "mpims.json"}) {
        for (const QJsonValue& v : readList(dir.filePath(QLatin1String(list)), result)) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(QLatin1String("id")).toString();
            const QString name = c.value(QLatin1String("name")).toString();
            if (id.isEmpty() || name.isEmpty())
                continue;
            ws.channelNames.insert(id, name);
            ws.channelIds.insert(name, id);
        }
    }
    return ws;
}

bool isSystemSubtype(const QString& subtype)
{
    static const QSet<QString> kSystem = {
        QStringLiteral("channel_join"),   QStringLiteral("channel_leave"),     QStringLiteral("channel_topic"),
        QStringLiteral("channel_purpose"), QStringLiteral("channel_name"),     QStringLiteral("channel_archive"),
        QStringLiteral("channel_unarchive"), QStringLiteral("group_join"),     QStringLiteral("group_leave"),
        QStringLiteral("group_topic"),    QStringLiteral("group_purpose"),     QStringLiteral("group_name"),
        QStringLiteral("pinned_item"),    QStringLiteral("unpinned_item"),     QStringLiteral("tombstone"),
    };
    return kSystem.contains(subtype);
}

void appendPart(QString& text, const QString& part)
{
    if (part.isEmpty())
        return;
    if (!text.isEmpty())
        text += QLatin1Char(' ');
    text += part;
}

class MessageReader
{
public:
    MessageReader(const Workspace& ws, QString channelKey)
        : m_ws(ws)
        , m_prefix(QStringLiteral("slack:") + channelKey + QLatin1Char(':'))
    {
    }

    QString text(const QJsonObject& m) const
    {
        QString text = slackPlainText(m.value(QLatin1String("text")).toString(), m_ws.userNames, m_ws.channelNames);
        for (const QJsonValue& f : m.value(QLatin1String("files")).toArray()) {
            const QJsonObject file = f.toObject();
            QString name = file.value(QLatin1String("name")).toString();
            if (name.isEmpty())
                name = file.value(QLatin1String("title")).toString();
            appendPart(text, name.isEmpty() ? QStringLiteral("[file]") : QStringLiteral("[file: %1]").arg(name));
        }
        for (const QJsonValue& a : m.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject att = a.toObject();
            // Integrations (alerting, CI) often put everything in an attachment and leave the
            // text empty; link previews (from_url) only repeat what the text links to.
            if (text.isEmpty()) {
                QString body = att.value(QLatin1String("fallback")).toString();
                if (body.isEmpty()) {
                    body = att.value(QLatin1String("title")).toString();
                    appendPart(body, att.value(QLatin1String("text")).toString());
                }
                text = slackPlainText(body, m_ws.userNames, m_ws.channelNames);
            } else if (!att.contains(QLatin1String("from_url"))) {
                const QString title = att.value(QLatin1String("title")).toString();
                if (!title.isEmpty())
                    appendPart(text, QStringLiteral("[file: %1]").arg(slackPlainText(title, {}, {})));
            }
        }
        return text;
    }

    ImportedMessage build(const QJsonObject& m, const QString& ts, qint64 us) const
    {
        ImportedMessage msg;
        msg.externalId = m_prefix + ts;
        msg.atMs = us / 1000;
        const QString subtype = m.value(QLatin1String("subtype")).toString();
        const QString userId = m.value(QLatin1String("user")).toString();
        const User user = m_ws.users.value(userId);
        msg.authorId = userId;
        if (subtype == QLatin1String("bot_message") || (m.contains(QLatin1String("bot_id")) && userId.isEmpty())
            || user.bot) {
            msg.kind = QStringLiteral("bot");
            for (const QString& candidate :
                 {m.value(QLatin1String("username")).toString(),
                  m.value(QLatin1String("bot_profile")).toObject().value(QLatin1String("name")).toString(), user.name,
                  m.value(QLatin1String("bot_id")).toString()}) {
                if (!candidate.isEmpty()) {
                    msg.author = candidate;
                    break;
                }
            }
        } else {
            msg.author = user.name;
            if (msg.author.isEmpty()) {
                // Users who left the workspace may be missing from users.json; messages carry
                // a copy of the profile.
                const QJsonObject profile = m.value(QLatin1String("user_profile")).toObject();
                msg.author = profile.value(QLatin1String("real_name")).toString();
                if (msg.author.isEmpty())
                    msg.author = profile.value(QLatin1String("display_name")).toString();
                if (msg.author.isEmpty())
                    msg.author = userId;
            }
            if (isSystemSubtype(subtype))
                msg.kind = QStringLiteral("system");
        }
        msg.text = text(m);
        const QString threadTs = tsText(m.value(QLatin1String("thread_ts")));
        if (!threadTs.isEmpty())
            msg.threadId = m_prefix + threadTs;
        msg.edited = m.contains(QLatin1String("edited"));
        return msg;
    }

private:
    const Workspace& m_ws;
    QString m_prefix;
};

struct Pending {
    qint64 us = 0;
    QString ts;
    ImportedMessage message;
    bool removed = false;
};

struct Change {
    qint64 us = 0;
    int order = 0;
    QString targetTs;
    QJsonObject message; // the message as it is after the edit
    bool deleted = false;
};

ImportResult importChannel(const QString& root, const QString& channelDir, const QString& channel,
                           const ImportProgress& progress)
{
    ImportResult result;
    result.format = QStringLiteral("slack");
    result.sourceName = QCoreApplication::translate("hs::Import", "#%1 (Slack export)").arg(channel);
    const QStringList files = dayFiles(channelDir);
    if (files.isEmpty()) {
        result.problems.append(problemAt(
            channelDir, 0,
            QCoreApplication::translate("hs::Import", "the folder has no day files (such as 2026-04-14.json); choose "
                                                      "a channel folder of a Slack export or the export's top folder")));
        return result;
    }
    const Workspace ws = loadWorkspace(root, result);
    const MessageReader reader(ws, ws.channelIds.value(channel, channel));

    QList<Pending> pending;
    QList<Change> changes;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!keepGoing(progress, i, files.size(), result)) {
            finishResult(result);
            return result;
        }
        const QString& file = files.at(i);
        QString error;
        const std::optional<QByteArray> bytes = readWholeFile(file, &error);
        if (!bytes) {
            result.problems.append(problemAt(file, 0, error));
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            result.problems.append(jsonProblem(file, *bytes, parseError));
            continue;
        }
        if (!doc.isArray()) {
            result.problems.append(problemAt(
                file, 1,
                QCoreApplication::translate("hs::Import", "expected a list of messages ([…]) as in a Slack export")));
            continue;
        }
        const QString fileName = QFileInfo(file).fileName();
        const QJsonArray array = doc.array();
        for (qsizetype n = 0; n < array.size() && !tooManyProblems(result, file); ++n) {
            auto record = [&] {
                return QCoreApplication::translate("hs::Import", "message %1 in %2").arg(n + 1).arg(fileName);
            };
            const QJsonObject m = array.at(n).toObject();
            if (!array.at(n).isObject()) {
                result.problems.append(problemIn(
                    file, record(), QCoreApplication::translate("hs::Import", "expected a message object ({…})")));
                continue;
            }
            const QString ts = tsText(m.value(QLatin1String("ts")));
            if (ts.isEmpty()) {
                result.problems.append(problemIn(
                    file, record(), QCoreApplication::translate("hs::Import", "the message has no time stamp (“ts”)")));
                continue;
            }
            const std::optional<qint64> us = parseDecimalSecondsUs(ts);
            if (!us) {
                result.problems.append(problemIn(file, record(),
                                                 QCoreApplication::translate("hs::Import",
                                                                             "the time stamp “%1” is not a Slack time "
                                                                             "stamp such as 1712999345.000200")
                                                     .arg(ts)));
                continue;
            }
            const QString subtype = m.value(QLatin1String("subtype")).toString();
            if (subtype == QLatin1String("message_changed") || subtype == QLatin1String("message_deleted")) {
                Change c;
                c.us = *us;
                c.order = static_cast<int>(changes.size());
                c.deleted = subtype == QLatin1String("message_deleted");
                c.message = m.value(QLatin1String("message")).toObject();
                c.targetTs = tsText(c.deleted ? m.value(QLatin1String("deleted_ts")) : c.message.value(QLatin1String("ts")));
                if (c.targetTs.isEmpty())
                    c.targetTs = tsText(m.value(QLatin1String("previous_message")).toObject().value(QLatin1String("ts")));
                if (!c.targetTs.isEmpty())
                    changes.append(c);
                continue;
            }
            pending.append({*us, ts, reader.build(m, ts, *us), false});
        }
    }
    if (!keepGoing(progress, files.size(), files.size(), result) || !result.problems.isEmpty()) {
        finishResult(result);
        return result;
    }

    // Edits and deletions come after everything they can change, in the order they were made;
    // an edit can sit in a later day file than its message.
    std::stable_sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.us < b.us; });
    QHash<QString, qsizetype> byTs;
    byTs.reserve(pending.size());
    for (qsizetype i = 0; i < pending.size(); ++i)
        byTs.insert(pending.at(i).ts, i);
    for (const Change& c : std::as_const(changes)) {
        const auto it = byTs.constFind(c.targetTs);
        if (c.deleted) {
            if (it != byTs.constEnd())
                pending[*it].removed = true;
            continue;
        }
        if (it != byTs.constEnd()) {
            ImportedMessage& msg = pending[*it].message;
            const QString text = reader.text(c.message);
            // Slack also reports a thread's new reply count as a change; only a new text is an edit.
            if (text != msg.text || c.message.contains(QLatin1String("edited"))) {
                msg.text = text;
                msg.edited = true;
            }
            continue;
        }
        // The original is older than the export; the edited version is what there is.
        const std::optional<qint64> us = parseDecimalSecondsUs(c.targetTs);
        if (!us)
            continue;
        Pending p{*us, c.targetTs, reader.build(c.message, c.targetTs, *us), false};
        p.message.edited = true;
        byTs.insert(p.ts, pending.size());
        pending.append(p);
    }

    std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) { return a.us < b.us; });
    PeopleList people;
    result.messages.reserve(pending.size());
    for (Pending& p : pending) {
        if (p.removed)
            continue;
        if (p.message.kind != QLatin1String("bot") && !p.message.authorId.isEmpty())
            people.add(p.message.authorId, p.message.author, ws.users.value(p.message.authorId).role);
        result.messages.append(std::move(p.message));
    }
    result.people = people.take();
    return result;
}

void appendUnescaped(QString& out, QStringView s)
{
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype amp = s.indexOf(QLatin1Char('&'), i);
        if (amp < 0) {
            out.append(s.mid(i));
            return;
        }
        out.append(s.mid(i, amp - i));
        const QStringView rest = s.mid(amp);
        if (rest.startsWith(QLatin1String("&amp;"))) {
            out.append(QLatin1Char('&'));
            i = amp + 5;
        } else if (rest.startsWith(QLatin1String("&lt;"))) {
            out.append(QLatin1Char('<'));
            i = amp + 4;
        } else if (rest.startsWith(QLatin1String("&gt;"))) {
            out.append(QLatin1Char('>'));
            i = amp + 4;
        } else {
            out.append(QLatin1Char('&'));
            i = amp + 1;
        }
    }
}

QString unescaped(QStringView s)
{
    QString out;
    out.reserve(s.size());
    appendUnescaped(out, s);
    return out;
}

} // namespace

QString slackPlainText(const QString& markup, const QHash<QString, QString>& userNames,
                       const QHash<QString, QString>& channelNames)
{
    const QStringView s(markup);
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype open = s.indexOf(QLatin1Char('<'), i);
        if (open < 0) {
            appendUnescaped(out, s.mid(i));
            break;
        }
        appendUnescaped(out, s.mid(i, open - i));
        const qsizetype close = s.indexOf(QLatin1Char('>'), open + 1);
        if (close < 0) {
            appendUnescaped(out, s.mid(open));
            break;
        }
        i = close + 1;
        const QStringView token = s.mid(open + 1, close - open - 1);
        const qsizetype bar = token.indexOf(QLatin1Char('|'));
        const QStringView target = bar < 0 ? token : token.left(bar);
        QString label = bar < 0 ? QString() : unescaped(token.mid(bar + 1));
        if (target.startsWith(QLatin1Char('@'))) {
            const QString id = target.mid(1).toString();
            QString name = userNames.value(id);
            if (name.isEmpty())
                name = label.startsWith(QLatin1Char('@')) ? label.mid(1) : label;
            out += QLatin1Char('@') + (name.isEmpty() ? id : name);
        } else if (target.startsWith(QLatin1Char('#'))) {
            const QString id = target.mid(1).toString();
            QString name = label.isEmpty() ? channelNames.value(id) : label;
            out += QLatin1Char('#') + (name.isEmpty() ? id : name);
        } else if (target.startsWith(QLatin1Char('!'))) {
            const QStringView command = target.mid(1);
            if (command == QLatin1String("here") || command == QLatin1String("channel")
                || command == QLatin1String("everyone"))
                out += QLatin1Char('@') + command.toString();
            else if (!label.isEmpty())
                out += label; // user groups ("@oncall") and dates carry their own display text
            else
                out += QLatin1Char('@') + command.left(command.indexOf(QLatin1Char('^'))).toString();
        } else {
            const QString url = unescaped(target);
            if (label.isEmpty() || label == url)
                out += url;
            else if (url == QLatin1String("mailto:") + label)
                out += label;
            else
                out += label + QStringLiteral(" (") + url + QLatin1Char(')');
        }
    }
    return out;
}

QStringList slackChannels(const QString& exportRoot)
{
    QStringList out;
    const QDir root(exportRoot);
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!dayFiles(root.filePath(name)).isEmpty())
            out.append(name);
    }
    return out;
}

ImportResult importSlackExport(const QString& exportRoot, const QString& channelName, const ImportProgress& progress)
{
    if (channelName.isEmpty() || channelName.contains(QLatin1Char('/')) || !slackChannels(exportRoot).contains(channelName)) {
        ImportResult result;
        result.format = QStringLiteral("slack");
        result.problems.append(problemAt(
            exportRoot, 0,
            QCoreApplication::translate("hs::Import", "this Slack export has no channel “%1”").arg(channelName)));
        return result;
    }
    return importChannel(exportRoot, QDir(exportRoot).filePath(channelName), channelName, progress);
}

ImportResult importSlackExport(const QString& channelDir, const ImportProgress& progress)
{
    const QFileInfo info(QDir::cleanPath(QFileInfo(channelDir).absoluteFilePath()));
    if (!dayFiles(info.filePath()).isEmpty())
        return importChannel(info.path(), info.filePath(), info.fileName(), progress);
    const QStringList channels = slackChannels(info.filePath());
    if (channels.size() == 1)
        return importChannel(info.filePath(), QDir(info.filePath()).filePath(channels.first()), channels.first(), progress);
    ImportResult result;
    result.format = QStringLiteral("slack");
    if (channels.isEmpty()) {
        result.problems.append(problemAt(
            channelDir, 0,
            QCoreApplication::translate("hs::Import", "the folder has no day files (such as 2026-04-14.json); choose "
                                                      "a channel folder of a Slack export or the export's top folder")));
    } else {
        result.problems.append(problemAt(
            channelDir, 0,
            QCoreApplication::translate("hs::Import", "this Slack export has %1 channels (%2); choose the one to import")
                .arg(channels.size())
                .arg(channels.join(QStringLiteral(", ")))));
    }
    return result;
}

} // namespace hs
