#pragma once

// Cross-review insights: how many incidents, how bad, how fast they were detected, mitigated
// and resolved, what keeps contributing, and whether the actions that follow get done. Every
// figure is an SQL aggregate over the library (no review is loaded whole), so a library of
// 10,000 reviews answers in about a quarter of a second.
//
// What counts, precisely:
// - A review belongs to the month (in filter.zone) its incident started (started_ms). A review
//   without a start time cannot be placed in time: it is left out of every figure and counted
//   in Insights::undated. Tombstoned reviews, and everything of a tombstoned review, never count.
// - Time to detect = detected − started, time to mitigate = mitigated − started, time to
//   resolve = resolved − started (all from the start, so the three are comparable). A review
//   missing either time, or whose later time is before its start (a typing error), is left out
//   of that median and counted as unknown for it. The median of an even count is the mean of
//   the two middle values.
// - Contributing-factor categories: the categories of why-nodes marked contributing factor or
//   root cause (not plain causes), live (neither the node nor any ancestor tombstoned), with a
//   category set. Categories, services and tags are counted once per review: "in 7 reviews".
// - Actions: those of every live review that passes the severity/service/tag filter (whenever
//   the review happened), counted by their own dates. Created = created_ms in the month. Done =
//   status done, dated by the action's last change (updated_ms): the file keeps no separate
//   completion time, so a later edit of a done action moves it. Open and overdue at month end =
//   created before the month's end, due before that day, and open or in progress then (still
//   open now, or closed — done or won't do — after the month's end). For the running month the
//   end is now; months after now have no action figures.

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace hs {

class Library;

struct InsightsFilter {
    QDate from;             // first day of the period, inclusive
    QDate to;               // last day, inclusive
    QStringList severities; // codes (SEV1…); empty = any
    QString service;        // one service name (case-insensitive); empty = any
    QString tag;            // one tag (case-insensitive); empty = any
    QTimeZone zone = QTimeZone::systemTimeZone(); // days and months are counted here
    int topN = 8;
    qint64 nowMs = 0;       // 0 = the current time (action figures stop at now)
};

enum class Metric { Detect = 0, Mitigate = 1, Resolve = 2 };
inline constexpr int kMetricCount = 3;

struct InsightsMonth {
    QDate month;                  // its first day
    QHash<QString, int> bySeverity; // severity code -> reviews
    int reviews = 0;
    std::optional<qint64> median[kMetricCount]; // ms
    int known[kMetricCount] = {0, 0, 0};   // reviews that have the duration
    bool actionsKnown = false;    // false for months after now
    int actionsCreated = 0;
    int actionsDone = 0;
    int actionsOverdue = 0;       // open and overdue at the month's end
};

struct RankedName {
    QString name;
    int reviews = 0;
};

struct Insights {
    InsightsFilter filter;
    QList<InsightsMonth> months;  // every month of the period, empty ones included
    QStringList severities;       // the codes that occur, known ones in their order first
    int reviews = 0;              // reviews in the period that pass the filter
    int undated = 0;              // reviews passing the filter that have no start time
    std::optional<qint64> median[kMetricCount]; // over the whole period
    int known[kMetricCount] = {0, 0, 0};
    QList<RankedName> topCategories;
    QList<RankedName> topServices;
    QList<RankedName> topTags;
    int actionsCreated = 0;       // over the period
    int actionsDone = 0;

    int unknown(Metric m) const { return reviews - known[static_cast<int>(m)]; }
    bool isEmpty() const { return reviews == 0; }
};

// Periods the window and the command line offer.
class InsightsPeriod
{
    Q_DECLARE_TR_FUNCTIONS(hs::InsightsPeriod)

public:
    // The last n months including the running one: from the first of the month n − 1 months
    // before today's, to today.
    static std::pair<QDate, QDate> lastMonths(int n, const QDate& today);
    // "2026Q3", "2026-Q3" or "Q3 2026" (any case): 1 July 2026 to 30 September 2026.
    static std::optional<std::pair<QDate, QDate>> parseQuarter(const QString& text, QString* error);
    static std::pair<QDate, QDate> quarter(int year, int q);
    static QString quarterName(const QDate& from); // "2026 Q3"
};

class InsightsQuery
{
    Q_DECLARE_TR_FUNCTIONS(hs::InsightsQuery)

public:
    // Longest period accepted, in months: 10 years of monthly bars is already unreadable.
    static constexpr int kMaxMonths = 120;

    // Computes the insights, or returns nothing with *error set (an empty or reversed period,
    // one too long, or the file could not be read).
    static std::optional<Insights> compute(const Library& library, const InsightsFilter& filter, QString* error);
    static QString metricName(Metric m);
};

} // namespace hs
