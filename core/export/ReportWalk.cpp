#include "export/ReportSink.h"

#include "domain/Enums.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QUrl>

namespace hs {

QString reportDocumentTitle(const Report& report)
{
    return ReportText::tr("Post-incident review: %1").arg(report.doc.review.title);
}

bool isWebLink(const QString& url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    return u.isValid() && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"))
        && !u.host().isEmpty();
}

namespace {

QString label(Vocab vocab, const QString& code)
{
    return code.isEmpty() ? QString() : Vocabulary::label(vocab, code);
}

QString joined(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

class Walker
{
public:
    Walker(const Report& report, ReportSink& sink)
        : m_r(report)
        , m_d(report.doc)
        , m_sink(sink)
        , m_zone(report.doc.review.timeZone)
    {
    }

    void run()
    {
        cover();
        for (const Section& s : m_r.narrative)
            section(s);
        keyTimes();
        timeline();
        causes();
        factors();
        actions();
        lessons();
        questions();
        appendix();
    }

private:
    QString when(std::optional<qint64> ms) const
    {
        return formatDateTime(ms, m_zone);
    }

    void cover()
    {
        const Review& r = m_d.review;
        ReportCover c;
        c.title = r.title.trimmed().isEmpty() ? ReportText::tr("Untitled review") : r.title;
        c.kicker = r.incidentRef.isEmpty() ? ReportText::tr("Post-incident review")
                                           : ReportText::tr("Post-incident review · %1").arg(r.incidentRef);
        if (m_r.options.publicVersion)
            c.badge = ReportText::tr("Public version");
        auto fact = [&c](const QString& name, const QString& value) {
            if (!value.trimmed().isEmpty())
                c.facts.append({name, value});
        };
        fact(ReportText::tr("Severity"), label(Vocab::Severity, r.severity));
        fact(ReportText::tr("Review status"), label(Vocab::ReviewStatus, r.status));
        fact(ReportText::tr("Incident started"), when(r.keyTime(KeyTime::Started)));
        fact(ReportText::tr("Resolved"), when(r.keyTime(KeyTime::Resolved)));
        fact(ReportText::tr("Duration"), formatDuration(m_r.metrics.timeToResolve));
        fact(ReportText::tr("Facilitator"), r.facilitator);
        QStringList people;
        for (const Participant& p : m_d.participants) {
            if (p.name.trimmed().isEmpty())
                continue;
            people.append(p.role.trimmed().isEmpty() || p.role == p.name
                              ? p.name
                              : ReportText::tr("%1 (%2)", "participant (role)").arg(p.name, p.role));
        }
        fact(ReportText::tr("Participants"), joined(people));
        fact(ReportText::tr("Services"), joined(r.services));
        fact(ReportText::tr("Tags"), joined(r.tags));
        fact(ReportText::tr("Time zone"), r.timeZone);
        fact(ReportText::tr("Exported"), when(m_r.generatedMs));
        m_sink.cover(c);
    }

    void section(const Section& s)
    {
        m_sink.heading(1, s.title, s.key);
        text(s.body);
    }

    void text(const QString& body)
    {
        if (body.trimmed().isEmpty())
            m_sink.muted(ReportText::tr("Not written yet."));
        else
            m_sink.paragraph(body.trimmed());
    }

    void keyTimes()
    {
        const Review& r = m_d.review;
        m_sink.heading(1, ReportText::tr("Key times and metrics"), QStringLiteral("key-times"));
        bool any = false;
        for (int k = 0; k < kKeyTimeCount; ++k)
            any = any || r.keyTimes[static_cast<size_t>(k)].has_value();
        if (!any) {
            m_sink.muted(ReportText::tr("No key times recorded yet: mark events as milestones on the timeline."));
            return;
        }
        ReportTable t;
        t.name = QStringLiteral("key-times");
        t.headers = {ReportText::tr("Milestone"), ReportText::tr("Time"), ReportText::tr("Since the start")};
        t.widths = {30, 40, 30};
        const auto started = r.keyTime(KeyTime::Started);
        for (int k = 0; k < kKeyTimeCount; ++k) {
            const auto at = r.keyTimes[static_cast<size_t>(k)];
            if (!at)
                continue;
            const QString since = started && k > 0 ? formatDuration(*at - *started) : QString();
            t.rows.append(QList<ReportCell>{label(Vocab::Milestone, QString::fromLatin1(kMilestones[k])), when(at), since});
        }
        m_sink.table(t);
        QList<QPair<QString, QString>> metrics;
        auto metric = [&metrics](const QString& name, std::optional<qint64> value) {
            if (value)
                metrics.append({name, formatDuration(value)});
        };
        metric(ReportText::tr("Time to detect"), m_r.metrics.timeToDetect);
        metric(ReportText::tr("Time to acknowledge (after detection)"), m_r.metrics.timeToAcknowledge);
        metric(ReportText::tr("Time to mitigate"), m_r.metrics.timeToMitigate);
        metric(ReportText::tr("Time to resolve"), m_r.metrics.timeToResolve);
        if (!metrics.isEmpty())
            m_sink.facts(metrics);
    }

    void timeline()
    {
        m_sink.heading(1, ReportText::tr("Timeline"), QStringLiteral("timeline"));
        if (m_d.events.isEmpty()) {
            m_sink.muted(ReportText::tr("No events recorded."));
            return;
        }
        m_sink.figure(ReportFigure::TimelineChart,
                      ReportText::tr("The incident over time: events by kind, key times as lines."));
        const auto started = m_d.review.keyTime(KeyTime::Started);
        ReportTable t;
        t.name = QStringLiteral("timeline");
        const QString zoneName = toZone(m_d.events.first().atMs, m_zone).timeZoneAbbreviation();
        t.headers = {ReportText::tr("Time (%1)").arg(zoneName), ReportText::tr("Since start"), ReportText::tr("Kind"),
                     ReportText::tr("Who"), ReportText::tr("What happened")};
        t.widths = {12, 10, 16, 15, 47};
        t.numeric = {false, true, false, false, false};
        t.rows.reserve(m_d.events.size());
        QDate day;
        for (const TimelineEvent& e : m_d.events) {
            const QDateTime at = toZone(e.atMs, m_zone);
            QString time = at.toString(QStringLiteral("HH:mm"));
            if (at.date() != day) {
                day = at.date();
                time = at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            }
            QString since;
            if (started)
                since = e.atMs >= *started ? QStringLiteral("+") + formatDuration(e.atMs - *started)
                                           : formatDuration(e.atMs - *started);
            ReportCell kind{label(Vocab::EventKind, e.kind)};
            if (!e.milestone.isEmpty())
                kind = ReportCell{label(Vocab::Milestone, e.milestone), {}, kind.text, true};
            ReportCell what{e.text, isWebLink(e.link) ? e.link.trimmed() : QString()};
            if (e.suspectedTrigger)
                what.detail = ReportText::tr("Suspected trigger");
            what.strong = !e.milestone.isEmpty();
            t.rows.append({{time}, {since}, kind, {e.actor}, what});
        }
        m_sink.table(t);
    }

    QString evidenceText(const WhyNode& w) const
    {
        QStringList times;
        for (const QString& id : w.evidenceEventIds) {
            const auto it = m_eventTimes.constFind(id);
            if (it != m_eventTimes.constEnd())
                times.append(toZone(*it, m_zone).toString(QStringLiteral("HH:mm")));
        }
        if (times.isEmpty())
            return QString();
        return ReportText::tr("Evidence: timeline at %1").arg(joined(times));
    }

    void causes()
    {
        m_sink.heading(1, ReportText::tr("Root cause analysis"), QStringLiteral("five-whys"));
        if (m_r.causes.isEmpty()) {
            m_sink.muted(ReportText::tr("No causes recorded."));
            return;
        }
        for (const TimelineEvent& e : m_d.events)
            m_eventTimes.insert(e.id, e.atMs);
        m_sink.figure(ReportFigure::WhyDiagram, ReportText::tr("Five whys: the problem on the left, its causes to the right."));
        QList<ReportListItem> items;
        for (const ReportCause& c : m_r.causes) {
            ReportListItem item;
            item.depth = c.depth - 1;
            item.text = c.node.text.trimmed().isEmpty() ? ReportText::tr("(no text)") : c.node.text;
            QStringList tags{ReportText::tr("Why %1").arg(c.depth)};
            if (!c.node.mark.isEmpty() && c.node.mark != QLatin1String("cause"))
                tags.append(label(Vocab::WhyMark, c.node.mark));
            if (!c.node.category.isEmpty())
                tags.append(c.node.category);
            item.label = tags.join(QStringLiteral(" · "));
            QStringList detail;
            if (!c.node.notes.trimmed().isEmpty())
                detail.append(c.node.notes.trimmed());
            const QString evidence = evidenceText(c.node);
            if (!evidence.isEmpty())
                detail.append(evidence);
            item.detail = detail.join(QLatin1Char('\n'));
            item.strong = c.node.mark == QLatin1String("root");
            items.append(item);
        }
        m_sink.list(items);
    }

    void factors()
    {
        m_sink.heading(1, m_r.factorsSection ? m_r.factorsSection->title : ReportText::tr("Contributing factors"),
                       QStringLiteral("contributing-factors"));
        if (m_r.factorsSection && !m_r.factorsSection->body.trimmed().isEmpty())
            m_sink.paragraph(m_r.factorsSection->body.trimmed());
        if (m_r.factors.isEmpty()) {
            m_sink.muted(ReportText::tr("No cause is marked as a root cause or contributing factor yet."));
            return;
        }
        QList<ReportListItem> items;
        for (const ReportCause& c : m_r.factors) {
            ReportListItem item;
            item.label = label(Vocab::WhyMark, c.node.mark);
            item.text = c.node.text;
            item.detail = c.node.category.isEmpty() ? QString() : ReportText::tr("Category: %1").arg(c.node.category);
            item.strong = c.node.mark == QLatin1String("root");
            items.append(item);
        }
        m_sink.list(items);
    }

    void actions()
    {
        m_sink.heading(1, ReportText::tr("Action items"), QStringLiteral("actions"));
        if (m_d.actions.isEmpty()) {
            m_sink.muted(ReportText::tr("No action items."));
            return;
        }
        ReportTable t;
        t.name = QStringLiteral("actions");
        t.headers = {ReportText::tr("Action"), ReportText::tr("Type"), ReportText::tr("Priority"), ReportText::tr("Owner"), ReportText::tr("Due"),
                     ReportText::tr("Status"), ReportText::tr("Ticket")};
        t.widths = {36, 10, 9, 13, 11, 10, 11};
        for (const ActionItem& a : m_d.actions) {
            ReportCell title{a.title, {}, a.description.trimmed()};
            ReportCell ticket;
            if (isWebLink(a.trackerUrl)) {
                const QUrl url(a.trackerUrl.trimmed());
                ticket = ReportCell{url.fileName().isEmpty() ? url.host() : url.fileName(), url.toString()};
            }
            t.rows.append({title, {label(Vocab::ActionType, a.type)}, {label(Vocab::Priority, a.priority)},
                           {a.owner}, {a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : QString()},
                           {label(Vocab::ActionStatus, a.status)}, ticket});
        }
        m_sink.table(t);
    }

    void lessons()
    {
        m_sink.heading(1, ReportText::tr("Lessons"), QStringLiteral("lessons"));
        for (const QString& kind : Vocabulary::codes(Vocab::LessonKind)) {
            m_sink.heading(2, Vocabulary::label(Vocab::LessonKind, kind), QStringLiteral("lessons-") + kind);
            QList<ReportListItem> items;
            for (const Lesson& l : m_d.lessons) {
                if (l.kind == kind && !l.text.trimmed().isEmpty())
                    items.append(ReportListItem(l.text));
            }
            if (items.isEmpty())
                m_sink.muted(ReportText::tr("None recorded."));
            else
                m_sink.list(items);
        }
    }

    void questions()
    {
        if (m_d.questions.isEmpty())
            return;
        m_sink.heading(1, ReportText::tr("Questions answered in the meeting"), QStringLiteral("questions"));
        ReportTable t;
        t.name = QStringLiteral("questions");
        t.headers = {ReportText::tr("About"), ReportText::tr("Question"), ReportText::tr("Answer")};
        t.widths = {26, 34, 40};
        for (const PreparedQuestion& q : m_d.questions)
            t.rows.append(QList<ReportCell>{about(q), q.text, q.answer});
        m_sink.table(t);
    }

    // What a question was prepared on: the event (its time and text), the cause, or the review.
    QString about(const PreparedQuestion& q) const
    {
        if (q.target == QLatin1String("event")) {
            for (const TimelineEvent& e : m_d.events) {
                if (e.id == q.targetId)
                    return QStringLiteral("%1 %2").arg(when(e.atMs), elided(e.text));
            }
        } else if (q.target == QLatin1String("why")) {
            for (const WhyNode& w : m_d.whys) {
                if (w.id == q.targetId)
                    return ReportText::tr("Cause: %1").arg(elided(w.text));
            }
        }
        return ReportText::tr("The whole review");
    }

    static QString elided(const QString& text)
    {
        constexpr int kMax = 80;
        const QString t = text.simplified();
        return t.size() > kMax ? t.left(kMax - 1) + QChar(0x2026) : t;
    }

    void appendix()
    {
        if (m_r.supportingSection)
            section(*m_r.supportingSection);
        for (const QString& kind : Vocabulary::codes(Vocab::NoteKind)) {
            QList<ReportListItem> items;
            for (const Note& n : m_d.notes) {
                if (n.kind != kind || n.text.trimmed().isEmpty())
                    continue;
                items.append(ReportListItem(n.text.trimmed(), n.internal ? ReportText::tr("Internal") : QString()));
            }
            if (items.isEmpty())
                continue;
            m_sink.heading(1, kind == QLatin1String("note") ? ReportText::tr("Notes") : Vocabulary::label(Vocab::NoteKind, kind),
                           QStringLiteral("notes-") + kind);
            m_sink.list(items);
        }
        if (!m_r.options.includeTranscript)
            return;
        m_sink.heading(1, ReportText::tr("Transcript"), QStringLiteral("transcript"));
        if (m_r.transcript.isEmpty()) {
            m_sink.muted(ReportText::tr("No transcript was imported."));
            return;
        }
        ReportTable t;
        t.name = QStringLiteral("transcript");
        t.headers = {ReportText::tr("Time"), ReportText::tr("Who"), ReportText::tr("Message")};
        t.widths = {16, 16, 68};
        t.rows.reserve(m_r.transcript.size());
        QDate day;
        for (const TranscriptMessage& m : m_r.transcript) {
            const QDateTime at = toZone(m.atMs, m_zone);
            QString time = at.toString(QStringLiteral("HH:mm:ss"));
            if (at.date() != day) {
                day = at.date();
                time = at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            }
            t.rows.append(QList<ReportCell>{time, m.author, m.text});
        }
        m_sink.table(t);
    }

    const Report& m_r;
    const ReviewDocument& m_d;
    ReportSink& m_sink;
    QString m_zone;
    QHash<QString, qint64> m_eventTimes;
};

} // namespace

void writeReport(const Report& report, ReportSink& sink)
{
    Walker(report, sink).run();
}

} // namespace hs
