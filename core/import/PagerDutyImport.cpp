#include "import/PagerDutyImport.h"

#include "import/ImportSupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hs {

using namespace importsupport;

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

QString sub(const QJsonObject& o, const char* object, const char* key)
{
    return str(o.value(QLatin1String(object)).toObject(), key);
}

QString httpLink(const QString& url)
{
    return url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://")) ? url : QString();
}

// "acknowledge_log_entry" and its "_reference" form (the API's short form of an entry) → "acknowledge".
QString entryType(QString type)
{
    if (type.endsWith(QLatin1String("_reference")))
        type.chop(10);
    if (type.endsWith(QLatin1String("_log_entry")))
        type.chop(10);
    return type;
}

QString noteText(const QJsonObject& e)
{
    const QJsonValue note = e.value(QLatin1String("note"));
    if (note.isString())
        return note.toString().trimmed();
    return str(note.toObject(), "content");
}

struct Entry {
    QJsonObject object;
    qint64 atMs = 0;
    QString id;
    QString type;
};

} // namespace

ImportResult importPagerDutyJson(const QByteArray& json, const QString& fileName)
{
    ImportResult result;
    result.format = QStringLiteral("pagerduty");
    result.sourceName = QCoreApplication::translate("hs::Import", "%1 (PagerDuty)").arg(QFileInfo(fileName).fileName());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.problems.append(jsonProblem(fileName, json, parseError));
        return result;
    }
    QJsonArray list;
    if (doc.isArray())
        list = doc.array();
    else if (doc.object().value(QLatin1String("log_entries")).isArray())
        list = doc.object().value(QLatin1String("log_entries")).toArray();
    else {
        result.problems.append(problemAt(
            fileName, 1,
            QCoreApplication::translate("hs::Import", "expected PagerDuty log entries: an object with “log_entries” or "
                                                      "a list of entries, as GET /incidents/{id}/log_entries returns")));
        return result;
    }

    const QTimeZone utc = QTimeZone::utc();
    QList<Entry> entries;
    entries.reserve(list.size());
    for (qsizetype i = 0; i < list.size() && !tooManyProblems(result, fileName); ++i) {
        const QJsonObject e = list.at(i).toObject();
        const QString id = str(e, "id");
        const QString record = QCoreApplication::translate("hs::Import", "log entry %1")
                                   .arg(id.isEmpty() ? QString::number(i + 1) : id);
        if (!list.at(i).isObject()) {
            result.problems.append(
                problemIn(fileName, record, QCoreApplication::translate("hs::Import", "expected an object ({…})")));
            continue;
        }
        if (id.isEmpty()) {
            result.problems.append(
                problemIn(fileName, record, QCoreApplication::translate("hs::Import", "the entry has no “id”")));
            continue;
        }
        const QString type = entryType(str(e, "type"));
        if (type.isEmpty()) {
            result.problems.append(
                problemIn(fileName, record, QCoreApplication::translate("hs::Import", "the entry has no “type”")));
            continue;
        }
        const QString created = str(e, "created_at");
        if (created.isEmpty()) {
            result.problems.append(
                problemIn(fileName, record, QCoreApplication::translate("hs::Import", "the entry has no “created_at”")));
            continue;
        }
        const std::optional<qint64> at = parseTimeText(created, utc);
        if (!at) {
            result.problems.append(problemIn(
                fileName, record,
                QCoreApplication::translate("hs::Import",
                                            "the time “%1” is not ISO 8601; expected e.g. 2026-04-14T09:12:00Z")
                    .arg(created)));
            continue;
        }
        entries.append({e, *at, id, type});
    }
    if (!result.problems.isEmpty())
        return result;

    // The API lists the newest entry first; equal times then keep the order they happened in.
    if (entries.size() > 1 && entries.first().atMs > entries.last().atMs)
        std::reverse(entries.begin(), entries.end());
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.atMs < b.atMs; });

    PeopleList people;
    qsizetype firstTrigger = -1, firstAck = -1, lastResolve = -1;
    bool namedAfterIncident = false;
    for (const Entry& entry : std::as_const(entries)) {
        const QJsonObject& e = entry.object;
        const QString agent = sub(e, "agent", "summary");
        const QString agentType = sub(e, "agent", "type");
        if (agentType == QLatin1String("user_reference") || agentType == QLatin1String("user"))
            people.add(sub(e, "agent", "id"), agent);
        if (!namedAfterIncident) {
            const QString incident = sub(e, "incident", "summary");
            namedAfterIncident = !incident.isEmpty();
            if (namedAfterIncident)
                result.sourceName = QCoreApplication::translate("hs::Import", "%1 (PagerDuty)").arg(incident);
        }
        const QString summary = str(e, "summary");

        if (entry.type == QLatin1String("annotate")) {
            ImportedMessage m;
            m.externalId = QStringLiteral("pd:") + entry.id;
            m.atMs = entry.atMs;
            m.author = agent;
            m.authorId = sub(e, "agent", "id");
            m.text = sub(e, "channel", "summary");
            if (m.text.isEmpty())
                m.text = noteText(e);
            if (m.text.isEmpty())
                m.text = summary;
            result.messages.append(m);
            continue;
        }

        ImportedEvent ev;
        ev.externalId = QStringLiteral("pd:") + entry.id;
        ev.atMs = entry.atMs;
        ev.actor = agent;
        ev.source = QStringLiteral("paging");
        ev.link = httpLink(str(e, "html_url"));
        if (ev.link.isEmpty())
            ev.link = httpLink(sub(e, "incident", "html_url"));
        ev.text = summary;
        if (entry.type == QLatin1String("trigger")) {
            ev.kind = QStringLiteral("alert");
            QString what = sub(e, "incident", "summary");
            if (what.isEmpty())
                what = sub(e, "channel", "summary");
            if (what.isEmpty())
                what = sub(e, "event_details", "description");
            if (!what.isEmpty())
                ev.text = QCoreApplication::translate("hs::Import", "Triggered: %1").arg(what);
            if (firstTrigger < 0)
                firstTrigger = result.events.size();
        } else if (entry.type == QLatin1String("acknowledge")) {
            ev.kind = QStringLiteral("action");
            if (ev.text.isEmpty())
                ev.text = QCoreApplication::translate("hs::Import", "Acknowledged by %1").arg(agent);
            if (firstAck < 0)
                firstAck = result.events.size();
        } else if (entry.type == QLatin1String("resolve")) {
            ev.kind = QStringLiteral("resolution");
            if (ev.text.isEmpty())
                ev.text = QCoreApplication::translate("hs::Import", "Resolved by %1").arg(agent);
            lastResolve = result.events.size();
        } else if (entry.type == QLatin1String("escalate") || entry.type == QLatin1String("assign")
                   || entry.type == QLatin1String("notify")) {
            ev.kind = QStringLiteral("communication");
            if (ev.text.isEmpty() && entry.type == QLatin1String("notify")) {
                const QString who = sub(e, "user", "summary");
                if (!who.isEmpty())
                    ev.text = QCoreApplication::translate("hs::Import", "Notified %1").arg(who);
            }
        } else {
            ev.kind = QStringLiteral("other");
        }
        if (ev.text.isEmpty())
            ev.text = entry.type;
        result.events.append(ev);
    }
    // One event per milestone: the incident was detected at the first page, acknowledged at the
    // first acknowledgement (later ones follow re-escalations) and resolved when it last was.
    if (firstTrigger >= 0)
        result.events[firstTrigger].milestone = QStringLiteral("detected");
    if (firstAck >= 0)
        result.events[firstAck].milestone = QStringLiteral("acknowledged");
    if (lastResolve >= 0)
        result.events[lastResolve].milestone = QStringLiteral("resolved");
    result.people = people.take();
    return result;
}

ImportResult importPagerDutyLog(const QString& path)
{
    QString error;
    const std::optional<QByteArray> bytes = readWholeFile(path, &error);
    if (!bytes) {
        ImportResult result;
        result.format = QStringLiteral("pagerduty");
        result.problems.append(problemAt(path, 0, error));
        return result;
    }
    return importPagerDutyJson(*bytes, path);
}

} // namespace hs
