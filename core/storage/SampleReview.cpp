#include "storage/SampleReview.h"

#include "domain/Enums.h"
#include "domain/Template.h"
#include "util/SortKey.h"
#include "util/TimeFormat.h"
#include "util/Uuid.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace hs {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

std::optional<ReviewDocument> reviewFromSampleJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument jd = QJsonDocument::fromJson(json, &parseError);
    if (!jd.isObject()) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject o = jd.object();
    ReviewDocument d;
    Review& r = d.review;
    r.id = newId();
    r.title = str(o, "title");
    r.incidentRef = str(o, "incident_ref");
    r.severity = str(o, "severity");
    r.status = str(o, "status");
    r.templateKey = str(o, "template");
    r.facilitator = str(o, "facilitator");
    r.timeZone = str(o, "time_zone");
    const QJsonObject keyTimes = o.value(QLatin1String("key_times")).toObject();
    for (int i = 0; i < kKeyTimeCount; ++i)
        r.keyTimes[static_cast<size_t>(i)] = parseIsoDateTime(str(keyTimes, kMilestones[i]), r.timeZone);
    for (const QJsonValue& v : o.value(QLatin1String("services")).toArray())
        r.services.append(v.toString());
    for (const QJsonValue& v : o.value(QLatin1String("tags")).toArray())
        r.tags.append(v.toString());

    for (const QJsonValue& v : o.value(QLatin1String("participants")).toArray()) {
        const QJsonObject p = v.toObject();
        Participant part;
        part.name = str(p, "name");
        part.role = str(p, "role");
        part.attended = p.value(QLatin1String("attended")).toBool();
        d.participants.append(part);
    }

    // Section titles and help come from the review's template; the sample only has the bodies.
    std::optional<Template> templ;
    for (const Template& t : builtInTemplates()) {
        if (t.key == r.templateKey)
            templ = t;
    }
    const QJsonObject sections = o.value(QLatin1String("sections")).toObject();
    if (templ) {
        for (const TemplateSection& ts : templ->sections) {
            Section s;
            s.key = ts.key;
            s.title = ts.title;
            s.help = ts.help;
            s.body = sections.value(ts.key).toString();
            d.sections.append(s);
        }
        for (const TemplateAgendaItem& ta : templ->agenda) {
            AgendaItem a;
            a.title = ta.title;
            a.minutes = ta.minutes;
            a.stage = ta.stage;
            d.agenda.append(a);
        }
    }

    const QJsonArray events = o.value(QLatin1String("events")).toArray();
    QStringList eventIds;
    for (const QJsonValue& v : events) {
        const QJsonObject e = v.toObject();
        TimelineEvent ev;
        ev.id = newId();
        const auto at = parseIsoDateTime(str(e, "at"), r.timeZone);
        if (!at) {
            *error = QStringLiteral("event %1 has no valid time").arg(eventIds.size());
            return std::nullopt;
        }
        ev.atMs = *at;
        ev.kind = str(e, "kind");
        ev.actor = str(e, "actor");
        ev.text = str(e, "text");
        ev.source = str(e, "source");
        ev.link = str(e, "link");
        ev.milestone = str(e, "milestone");
        ev.suspectedTrigger = e.value(QLatin1String("suspected_trigger")).toBool();
        eventIds.append(ev.id);
        d.events.append(ev);
    }

    QHash<QString, QString> whyIds; // sample ref -> id
    std::function<void(const QJsonArray&, const QString&)> addWhys = [&](const QJsonArray& nodes, const QString& parent) {
        QString key;
        for (const QJsonValue& v : nodes) {
            const QJsonObject w = v.toObject();
            WhyNode node;
            node.id = newId();
            node.parentId = parent;
            key = SortKey::after(key);
            node.sortKey = key;
            node.text = str(w, "text");
            node.notes = str(w, "notes");
            node.mark = str(w, "mark");
            node.category = str(w, "category");
            for (const QJsonValue& idx : w.value(QLatin1String("evidence")).toArray()) {
                const int i = idx.toInt(-1);
                if (i >= 0 && i < eventIds.size())
                    node.evidenceEventIds.append(eventIds.at(i));
            }
            whyIds.insert(str(w, "ref"), node.id);
            d.whys.append(node);
            addWhys(w.value(QLatin1String("children")).toArray(), node.id);
        }
    };
    addWhys(o.value(QLatin1String("whys")).toArray(), QString());

    for (const QJsonValue& v : o.value(QLatin1String("actions")).toArray()) {
        const QJsonObject a = v.toObject();
        ActionItem item;
        item.title = str(a, "title");
        item.description = str(a, "description");
        item.type = str(a, "type");
        item.priority = str(a, "priority");
        item.owner = str(a, "owner");
        item.dueDate = QDate::fromString(str(a, "due"), Qt::ISODate);
        item.status = str(a, "status");
        item.trackerUrl = str(a, "tracker_url");
        item.whyId = whyIds.value(str(a, "why"));
        item.followUpDate = QDate::fromString(str(a, "follow_up"), Qt::ISODate);
        item.effectiveness = str(a, "effectiveness");
        item.effectivenessNote = str(a, "effectiveness_note");
        d.actions.append(item);
    }

    const QJsonObject lessons = o.value(QLatin1String("lessons")).toObject();
    for (const char* kind : {"went_well", "went_wrong", "got_lucky"}) {
        for (const QJsonValue& v : lessons.value(QLatin1String(kind)).toArray()) {
            Lesson l;
            l.kind = QString::fromLatin1(kind);
            l.text = v.toString();
            d.lessons.append(l);
        }
    }
    for (const QJsonValue& v : o.value(QLatin1String("notes")).toArray()) {
        const QJsonObject n = v.toObject();
        Note note;
        note.kind = QStringLiteral("note");
        note.text = str(n, "text");
        note.internal = n.value(QLatin1String("internal")).toBool();
        d.notes.append(note);
    }
    for (const QJsonValue& v : o.value(QLatin1String("parking_lot")).toArray()) {
        Note note;
        note.kind = QStringLiteral("parking");
        note.text = v.toString();
        d.notes.append(note);
    }
    return d;
}

std::optional<ReviewDocument> sampleReview(QString* error)
{
    QFile file(QStringLiteral(":/sample/sample-review.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the sample review is missing from the resources");
        return std::nullopt;
    }
    return reviewFromSampleJson(file.readAll(), error);
}

} // namespace hs
