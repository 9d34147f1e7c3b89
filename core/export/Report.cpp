#include "export/Report.h"

#include "export/ReportSink.h"
#include "whys/WhyLayout.h"

#include <QCoreApplication>

#include <algorithm>

namespace hs {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

template<typename T>
void sortByKey(QList<T>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const T& a, const T& b) {
        return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.id < b.id;
    });
}

void replaceNames(ReviewDocument& d, QList<TranscriptMessage>& transcript, const NameReplacer& names)
{
    Review& r = d.review;
    r.title = names.text(r.title);
    r.facilitator = names.person(r.facilitator);
    for (Participant& p : d.participants)
        p.name = names.person(p.name);
    for (Section& s : d.sections)
        s.body = names.text(s.body);
    for (TimelineEvent& e : d.events) {
        e.actor = names.person(e.actor);
        e.text = names.text(e.text);
    }
    for (WhyNode& w : d.whys) {
        w.text = names.text(w.text);
        w.notes = names.text(w.notes);
    }
    for (ActionItem& a : d.actions) {
        a.title = names.text(a.title);
        a.description = names.text(a.description);
        a.owner = names.person(a.owner);
        a.effectivenessNote = names.text(a.effectivenessNote);
    }
    for (Lesson& l : d.lessons)
        l.text = names.text(l.text);
    for (Note& n : d.notes)
        n.text = names.text(n.text);
    for (PreparedQuestion& q : d.questions) {
        q.text = names.text(q.text);
        q.answer = names.text(q.answer);
    }
    for (TranscriptMessage& m : transcript) {
        m.author = names.person(m.author);
        m.text = names.text(m.text);
    }
}

} // namespace

NameReplacer::NameReplacer(const QList<Participant>& participants)
{
    QHash<QString, int> firstNameUse;
    for (const Participant& p : participants) {
        const QString first = p.name.trimmed().section(QLatin1Char(' '), 0, 0);
        if (p.name.trimmed().contains(QLatin1Char(' ')))
            firstNameUse[first] += 1;
    }
    int unnamed = 0;
    for (const Participant& p : participants) {
        const QString name = p.name.trimmed();
        if (name.isEmpty())
            continue;
        QString role = p.role.trimmed();
        if (role.isEmpty())
            role = ReportText::tr("Participant %1").arg(++unnamed);
        m_roles.insert(name, role);
        // "Priya" alone stands for "Priya Raman" when no other participant is a Priya.
        const QString first = name.section(QLatin1Char(' '), 0, 0);
        if (first != name && first.size() >= 3 && firstNameUse.value(first) == 1 && !m_roles.contains(first))
            m_roles.insert(first, role);
    }
    m_order = m_roles.keys();
    std::sort(m_order.begin(), m_order.end(), [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
}

QString NameReplacer::person(const QString& name) const
{
    const auto it = m_roles.constFind(name.trimmed());
    return it != m_roles.constEnd() ? *it : text(name);
}

QString NameReplacer::text(const QString& input) const
{
    if (input.isEmpty() || m_order.isEmpty())
        return input;
    // One pass from left to right; at each word start the longest name wins, and replaced text
    // is never looked at again (a role that contains a name stays as written).
    QString out;
    out.reserve(input.size());
    qsizetype i = 0;
    while (i < input.size()) {
        const bool wordStart = i == 0 || !isWordChar(input.at(i - 1));
        bool replaced = false;
        if (wordStart) {
            for (const QString& name : m_order) {
                const qsizetype end = i + name.size();
                if (end > input.size() || QStringView(input).mid(i, name.size()) != name)
                    continue;
                if (end < input.size() && isWordChar(input.at(end)))
                    continue;
                out += m_roles.value(name);
                i = end;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out += input.at(i++);
    }
    return out;
}

Report prepareReport(const ReviewDocument& source, const QList<TranscriptMessage>& transcript,
                     const ReportOptions& options, qint64 nowMs)
{
    Report report;
    report.options = options;
    report.generatedMs = nowMs;
    report.doc = source;
    ReviewDocument& d = report.doc;
    if (options.includeTranscript)
        report.transcript = transcript;

    if (options.publicVersion) {
        const auto before = d.notes.size();
        d.notes.removeIf([](const Note& n) { return n.internal; });
        report.internalNotesLeftOut = int(before - d.notes.size());
    }
    // Questions prepared for the meeting belong in the record once answered there; an
    // unanswered one is only the facilitator's preparation.
    d.questions.removeIf([](const PreparedQuestion& q) { return !q.answered || q.answer.trimmed().isEmpty(); });
    if (options.rolesForNames)
        replaceNames(d, report.transcript, NameReplacer(d.participants));

    sortByKey(d.sections);
    sortByKey(d.participants);
    sortByKey(d.lessons);
    sortByKey(d.notes);
    sortByKey(d.questions);
    std::stable_sort(d.events.begin(), d.events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.atMs < b.atMs; });
    std::stable_sort(report.transcript.begin(), report.transcript.end(),
                     [](const TranscriptMessage& a, const TranscriptMessage& b) { return a.atMs < b.atMs; });
    report.metrics = metricsOf(d.review);

    for (const Section& s : std::as_const(d.sections)) {
        if (s.key == QLatin1String("contributing_factors"))
            report.factorsSection = s;
        else if (s.key == QLatin1String("supporting_information"))
            report.supportingSection = s;
        else
            report.narrative.append(s);
    }

    for (const auto& [index, depth] : whyTreeOrder(d.whys)) {
        const WhyNode& node = d.whys.at(index);
        report.causes.append({node, depth});
        if (node.mark == QLatin1String("root") || node.mark == QLatin1String("contributing"))
            report.factors.append({node, depth});
    }
    // Root causes first, then contributing factors, each in tree order.
    std::stable_sort(report.factors.begin(), report.factors.end(), [](const ReportCause& a, const ReportCause& b) {
        return (a.node.mark == QLatin1String("root")) > (b.node.mark == QLatin1String("root"));
    });
    return report;
}

QString reportProblemStatement(const Report& report)
{
    return report.doc.review.title;
}

} // namespace hs
