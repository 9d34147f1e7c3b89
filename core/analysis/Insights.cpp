#include "analysis/Insights.h"

#include "analysis/InsightsSql.h"
#include "domain/Enums.h"
#include "storage/Library.h"
#include "storage/Query.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace hs {

// ---- periods -------------------------------------------------------------------------------

std::pair<QDate, QDate> InsightsPeriod::lastMonths(int n, const QDate& today)
{
    const QDate first(today.year(), today.month(), 1);
    return {first.addMonths(-(std::max(n, 1) - 1)), today};
}

std::pair<QDate, QDate> InsightsPeriod::quarter(int year, int q)
{
    const QDate from(year, (q - 1) * 3 + 1, 1);
    return {from, from.addMonths(3).addDays(-1)};
}

std::optional<std::pair<QDate, QDate>> InsightsPeriod::parseQuarter(const QString& text, QString* error)
{
    static const QRegularExpression yearFirst(QStringLiteral("^\\s*(\\d{4})\\s*-?\\s*[Qq]([1-4])\\s*$"));
    static const QRegularExpression quarterFirst(QStringLiteral("^\\s*[Qq]([1-4])\\s*[-/ ]?\\s*(\\d{4})\\s*$"));
    int year = 0;
    int q = 0;
    if (const QRegularExpressionMatch m = yearFirst.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        q = m.captured(2).toInt();
    } else if (const QRegularExpressionMatch m2 = quarterFirst.match(text); m2.hasMatch()) {
        q = m2.captured(1).toInt();
        year = m2.captured(2).toInt();
    } else {
        if (error)
            *error = tr("“%1” is not a quarter; write it as 2026Q3 (year, Q, 1 to 4).").arg(text);
        return std::nullopt;
    }
    return quarter(year, q);
}

QString InsightsPeriod::quarterName(const QDate& from)
{
    return tr("%1 Q%2", "year, quarter number").arg(from.year()).arg((from.month() - 1) / 3 + 1);
}

// ---- the query -----------------------------------------------------------------------------

namespace {

qint64 startOfDay(const QDate& day, const QTimeZone& zone)
{
    return day.startOfDay(zone).toMSecsSinceEpoch();
}

// The review filter as SQL over alias r, with its binds in order.
struct ReviewFilterSql {
    QString where;
    QVariantList binds;
};

ReviewFilterSql reviewFilter(const InsightsFilter& f)
{
    ReviewFilterSql out;
    QStringList where = {QStringLiteral("r.deleted_ms IS NULL")};
    if (!f.severities.isEmpty()) {
        QStringList marks;
        for (const QString& s : f.severities) {
            marks.append(QStringLiteral("?"));
            out.binds.append(s);
        }
        where.append(QStringLiteral("r.severity IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    if (!f.service.trimmed().isEmpty()) {
        where.append(InsightsSql::hasLabel("service"));
        out.binds.append(f.service.trimmed());
    }
    if (!f.tag.trimmed().isEmpty()) {
        where.append(InsightsSql::hasLabel("tag"));
        out.binds.append(f.tag.trimmed());
    }
    out.where = where.join(QStringLiteral(" AND "));
    return out;
}

// One month of the period as the SQL sees it: [lo, hi) clipped to the period, and the moment
// the action figures are taken (the month's end, or now for the running month) with its day.
struct MonthRange {
    qint64 lo = 0;
    qint64 hi = 0;
    qint64 end = 0;
    QString endDay;
};

class Runner
{
public:
    Runner(const Library& library, const InsightsFilter& filter, const QList<MonthRange>& months)
        : m_db(library.database().connection())
        , m_filter(reviewFilter(filter))
    {
        QStringList values;
        for (qsizetype i = 0; i < months.size(); ++i) {
            values.append(QStringLiteral("(%1, ?, ?, ?, ?)").arg(i));
            m_monthBinds << months.at(i).lo << months.at(i).hi << months.at(i).end << months.at(i).endDay;
        }
        m_monthsCte = QStringLiteral("months(m, lo, hi, e, eday) AS (VALUES %1)").arg(values.join(QLatin1Char(',')));
        m_reviewsCte = QStringLiteral("fr AS MATERIALIZED (SELECT r.id, r.severity, r.started_ms AS s, r.detected_ms AS d, "
                                      "r.mitigated_ms AS mi, r.resolved_ms AS re, months.m AS m FROM months "
                                      "JOIN reviews r ON r.started_ms >= months.lo AND r.started_ms < months.hi WHERE %1)")
                           .arg(m_filter.where);
    }

    // Runs "WITH RECURSIVE months, fr[, extra] select"; rows go to each(q).
    template <typename Each>
    bool run(const QString& extraCte, const QString& select, const QVariantList& tailBinds, Each each)
    {
        QString sql = QStringLiteral("WITH RECURSIVE %1, %2").arg(m_monthsCte, m_reviewsCte);
        if (!extraCte.isEmpty())
            sql += QStringLiteral(", ") + extraCte;
        sql += QLatin1Char(' ') + select;
        Query q(m_db, sql);
        for (const QVariant& v : std::as_const(m_monthBinds))
            q.bind(v);
        for (const QVariant& v : std::as_const(m_filter.binds))
            q.bind(v);
        for (const QVariant& v : tailBinds)
            q.bind(v);
        if (!q.exec()) {
            m_error = q.error().text;
            return false;
        }
        while (q.next())
            each(q);
        return true;
    }

    // Runs a statement over the months and the filter's reviews alias r: the months' binds, then
    // the filter's.
    template <typename Each>
    bool runPlain(const QString& sql, bool withMonths, Each each)
    {
        Query q(m_db, sql);
        if (withMonths) {
            for (const QVariant& v : std::as_const(m_monthBinds))
                q.bind(v);
        }
        for (const QVariant& v : std::as_const(m_filter.binds))
            q.bind(v);
        if (!q.exec()) {
            m_error = q.error().text;
            return false;
        }
        while (q.next())
            each(q);
        return true;
    }

    const QString& monthsCte() const { return m_monthsCte; }
    const QString& filterWhere() const { return m_filter.where; }
    QString error() const { return m_error; }

private:
    const QSqlDatabase& m_db;
    ReviewFilterSql m_filter;
    QVariantList m_monthBinds;
    QString m_monthsCte;
    QString m_reviewsCte;
    QString m_error;
};


} // namespace

QString InsightsQuery::metricName(Metric m)
{
    switch (m) {
    case Metric::Detect: return tr("Time to detect");
    case Metric::Mitigate: return tr("Time to mitigate");
    case Metric::Resolve: return tr("Time to resolve");
    }
    return QString();
}

std::optional<Insights> InsightsQuery::compute(const Library& library, const InsightsFilter& filter, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<Insights> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!filter.from.isValid() || !filter.to.isValid())
        return fail(tr("Choose the first and the last day of the period."));
    if (filter.to < filter.from)
        return fail(tr("The period ends (%1) before it starts (%2).")
                        .arg(filter.to.toString(Qt::ISODate), filter.from.toString(Qt::ISODate)));
    const QDate firstMonth(filter.from.year(), filter.from.month(), 1);
    const QDate lastMonth(filter.to.year(), filter.to.month(), 1);
    const int monthCount = (lastMonth.year() - firstMonth.year()) * 12 + lastMonth.month() - firstMonth.month() + 1;
    if (monthCount > kMaxMonths)
        return fail(tr("The period is %1 months long; choose at most %2.").arg(monthCount).arg(kMaxMonths));
    if (filter.topN < 1)
        return fail(tr("The number of top entries must be at least 1."));

    Insights out;
    out.filter = filter;
    const QTimeZone zone = filter.zone.isValid() ? filter.zone : QTimeZone::utc();
    const qint64 now = filter.nowMs > 0 ? filter.nowMs : QDateTime::currentMSecsSinceEpoch();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    const qint64 periodLo = startOfDay(filter.from, zone);
    const qint64 periodHi = startOfDay(filter.to.addDays(1), zone);
    QList<MonthRange> ranges;
    for (int i = 0; i < monthCount; ++i) {
        InsightsMonth m;
        m.month = firstMonth.addMonths(i);
        MonthRange r;
        r.lo = std::max(startOfDay(m.month, zone), periodLo);
        r.hi = std::min(startOfDay(m.month.addMonths(1), zone), periodHi);
        r.end = std::min(r.hi, now);
        r.endDay = (r.end == now ? today : QDateTime::fromMSecsSinceEpoch(r.end, zone).date()).toString(Qt::ISODate);
        m.actionsKnown = r.lo < r.end;
        ranges.append(r);
        out.months.append(m);
    }

    Runner runner(library, filter, ranges);
    auto failed = [&] { return fail(tr("Could not read the insights from the library: %1").arg(runner.error())); };

    // Reviews per month and severity.
    QSet<QString> severities;
    if (!runner.run(QString(), QStringLiteral("SELECT m, severity, count(*) FROM fr GROUP BY m, severity"), {},
                    [&](const Query& q) {
                        InsightsMonth& m = out.months[static_cast<int>(q.integer(0))];
                        const int n = static_cast<int>(q.integer(2));
                        m.bySeverity.insert(q.text(1), n);
                        m.reviews += n;
                        out.reviews += n;
                        severities.insert(q.text(1));
                    }))
        return failed();
    for (const QString& code : Vocabulary::codes(Vocab::Severity)) {
        if (severities.remove(code))
            out.severities.append(code);
    }
    QStringList others(severities.cbegin(), severities.cend());
    others.sort();
    out.severities += others;

    // Medians per month and over the period. SQLite hands back only the durations, sorted by
    // metric, month and value, and the middle is picked here. Window functions (row_number and
    // count over each month) do it all in SQL, but measured on 10,000 reviews they cost four
    // times as much (73 ms against 18 ms: two window passes and a second sort for the whole
    // period) for reading ~10,000 integers less.
    const QString durations = QStringLiteral(
        "dur(m, k, v) AS (SELECT m, 0, d - s FROM fr WHERE d IS NOT NULL AND d >= s "
        "UNION ALL SELECT m, 1, mi - s FROM fr WHERE mi IS NOT NULL AND mi >= s "
        "UNION ALL SELECT m, 2, re - s FROM fr WHERE re IS NOT NULL AND re >= s)");
    QList<qint64> values[kMetricCount];
    QList<qint64> perMonth;
    int month = -1;
    int metric = -1;
    auto median = [](QList<qint64>& v) -> std::optional<qint64> {
        if (v.isEmpty())
            return std::nullopt;
        const qsizetype mid = v.size() / 2;
        if (v.size() % 2 == 1)
            return v.at(mid);
        return static_cast<qint64>(std::llround((static_cast<double>(v.at(mid - 1)) + static_cast<double>(v.at(mid))) / 2));
    };
    auto closeMonth = [&] {
        if (month >= 0 && metric >= 0 && metric < kMetricCount) {
            out.months[month].median[metric] = median(perMonth);
            out.months[month].known[metric] = static_cast<int>(perMonth.size());
        }
        perMonth.clear();
    };
    if (!runner.run(durations, QStringLiteral("SELECT m, k, v FROM dur ORDER BY k, m, v"), {}, [&](const Query& q) {
            const int m = static_cast<int>(q.integer(0));
            const int k = static_cast<int>(q.integer(1));
            if (m != month || k != metric) {
                closeMonth();
                month = m;
                metric = k;
            }
            const qint64 v = q.integer(2);
            perMonth.append(v);
            if (k >= 0 && k < kMetricCount)
                values[k].append(v);
        }))
        return failed();
    closeMonth();
    for (int k = 0; k < kMetricCount; ++k) {
        std::sort(values[k].begin(), values[k].end());
        out.median[k] = median(values[k]);
        out.known[k] = static_cast<int>(values[k].size());
    }

    // Contributing-factor categories, then services and tags: top N, counted once per review.
    if (!runner.run(InsightsSql::factorsCte(QStringLiteral("fr CROSS JOIN why_nodes w ON w.review_id = fr.id")),
                    QStringLiteral("SELECT category, count(*) AS n FROM factors GROUP BY category "
                                   "ORDER BY n DESC, category COLLATE NOCASE LIMIT ?"),
                    {filter.topN}, [&](const Query& q) {
                        out.topCategories.append(RankedName{q.text(0), static_cast<int>(q.integer(1))});
                    }))
        return failed();
    // CROSS JOIN keeps SQLite from starting at the labels and visiting every review of each.
    if (!runner.run(QStringLiteral("lab AS (SELECT l.kind, l.name, count(DISTINCT fr.id) AS n FROM fr "
                                   "CROSS JOIN review_labels rl ON rl.review_id = fr.id AND rl.deleted_ms IS NULL "
                                   "JOIN labels l ON l.id = rl.label_id AND l.deleted_ms IS NULL "
                                   "WHERE l.kind IN ('service', 'tag') GROUP BY l.kind, l.name), "
                                   "top AS (SELECT kind, name, n, row_number() OVER (PARTITION BY kind "
                                   "ORDER BY n DESC, name COLLATE NOCASE) AS place FROM lab)"),
                    QStringLiteral("SELECT kind, name, n FROM top WHERE place <= ? ORDER BY kind, place"), {filter.topN},
                    [&](const Query& q) {
                        const RankedName r{q.text(1), static_cast<int>(q.integer(2))};
                        (q.text(0) == QLatin1String("service") ? out.topServices : out.topTags).append(r);
                    }))
        return failed();

    if (!runner.runPlain(QStringLiteral("SELECT count(*) FROM reviews r WHERE r.started_ms IS NULL AND %1")
                             .arg(runner.filterWhere()),
                         false, [&](const Query& q) { out.undated = static_cast<int>(q.integer(0)); }))
        return failed();

    // Actions month by month, in one pass over the filter's actions: each action gets, by CASE
    // chains over the month boundaries (our own numbers and dates, written into the SQL), the
    // month it was created in, the month it was done in, and the first and the end month of
    // its being open and overdue at month ends; the overdue counts are then running sums here.
    // A join of months with actions costs months × actions comparisons (0.5 s for 12 months of
    // 45,000 actions); this is one scan.
    using Range = MonthRange;
    const int n = static_cast<int>(ranges.size());
    auto firstBelow = [&](const QString& column, auto value, int otherwise) {
        QString sql = QStringLiteral("CASE");
        for (int i = 0; i < n; ++i)
            sql += QStringLiteral(" WHEN %1 < %2 THEN %3").arg(column, value(ranges.at(i))).arg(i);
        return sql + QStringLiteral(" ELSE %1 END").arg(otherwise);
    };
    auto msOf = [](qint64 Range::*member) {
        return [member](const Range& r) { return QString::number(r.*member); };
    };
    const QString inMonth = [&](const QString& column) {
        return QStringLiteral("CASE WHEN %1 < %2 THEN -1 ELSE %3 END")
            .arg(column)
            .arg(ranges.first().lo)
            .arg(firstBelow(column, msOf(&Range::hi), -1));
    }(QStringLiteral("a.created_ms"));
    const QString doneIn = QStringLiteral("CASE WHEN a.status <> 'done' OR a.updated_ms < %1 THEN -1 ELSE %2 END")
                               .arg(ranges.first().lo)
                               .arg(firstBelow(QStringLiteral("a.updated_ms"), msOf(&Range::hi), -1));
    const QString overdueFrom =
        QStringLiteral("CASE WHEN a.due_date IS NULL THEN %1 ELSE max(%2, %3) END")
            .arg(n)
            .arg(firstBelow(QStringLiteral("a.created_ms"), msOf(&Range::end), n),
                 firstBelow(QStringLiteral("a.due_date"),
                            [](const Range& r) { return QStringLiteral("'%1'").arg(r.endDay); }, n));
    const QString overdueUntil = QStringLiteral("CASE WHEN a.status IN ('open', 'in_progress') THEN %1 "
                                                "WHEN a.status IN ('done', 'wont_do') THEN %2 ELSE -1 END")
                                     .arg(n)
                                     .arg(firstBelow(QStringLiteral("a.updated_ms"), msOf(&Range::end), n));
    const QString actionsSql =
        QStringLiteral("WITH fa AS MATERIALIZED (SELECT %1 AS ci, %2 AS di, %3 AS os, %4 AS oe FROM actions a "
                       "WHERE a.deleted_ms IS NULL AND a.created_ms < %7 AND (a.status IN ('open', 'in_progress') "
                       "OR a.updated_ms >= %8) AND a.review_id IN (SELECT r.id FROM reviews r WHERE %5)) "
                       "SELECT 0, ci, count(*) FROM fa WHERE ci >= 0 GROUP BY ci "
                       "UNION ALL SELECT 1, di, count(*) FROM fa WHERE di >= 0 GROUP BY di "
                       "UNION ALL SELECT 2, os, count(*) FROM fa WHERE os < oe GROUP BY os "
                       "UNION ALL SELECT 3, oe, count(*) FROM fa WHERE os < oe AND oe < %6 GROUP BY oe")
            .arg(inMonth, doneIn, overdueFrom, overdueUntil, runner.filterWhere())
            .arg(n)
            .arg(ranges.last().hi)
            .arg(ranges.first().lo);
    QList<int> overdueStarts(n + 1, 0);
    QList<int> overdueEnds(n + 1, 0);
    if (!runner.runPlain(actionsSql, false, [&](const Query& q) {
            const int i = static_cast<int>(q.integer(1));
            const int count = static_cast<int>(q.integer(2));
            if (i < 0 || i >= n)
                return;
            switch (q.integer(0)) {
            case 0: out.months[i].actionsCreated = count; break;
            case 1: out.months[i].actionsDone = count; break;
            case 2: overdueStarts[i] += count; break;
            case 3: overdueEnds[i] += count; break;
            }
        }))
        return failed();
    int overdue = 0;
    for (int i = 0; i < n; ++i) {
        InsightsMonth& m = out.months[i];
        overdue += overdueStarts.at(i) - overdueEnds.at(i);
        if (!m.actionsKnown) {
            m.actionsCreated = m.actionsDone = 0;
            continue;
        }
        m.actionsOverdue = overdue;
        out.actionsCreated += m.actionsCreated;
        out.actionsDone += m.actionsDone;
    }
    return out;
}

} // namespace hs
