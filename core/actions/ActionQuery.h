#pragma once

#include "domain/Review.h"

#include <QDate>
#include <QStringList>

namespace hs {

// One action item as the tracker shows it: the action and what it belongs to.
struct ActionRow {
    ActionItem action;
    QString reviewTitle;
    QString reviewRef;
    QString whyText; // the cause it came from, if any
    QStringList reviewTags;
};

// What the tracker (and `hindsight actions`) narrows to. Empty lists and strings mean "any".
struct ActionFilter {
    QStringList statuses;
    QString owner;        // words of the owner's name, case-insensitive
    QStringList types;
    QStringList priorities;
    QString reviewId;
    QString tag;          // a review tag
    bool overdueOnly = false;
    bool dueThisWeekOnly = false;
    QDate today;          // the viewer's day; see todayIn()
    QStringList ids;      // only these actions (to read back rows just changed)
};

struct ActionCounts {
    int open = 0;         // open or in progress
    int overdue = 0;
    int followUpsDue = 0; // done, effectiveness not yet checked, follow-up date reached
};

// The default wait between marking an action done and checking that it worked.
inline constexpr int kDefaultFollowUpDays = 30;

// The calendar day it is in a time zone at a moment: overdue is judged by the day of the
// person looking, so "due 14 May" is overdue in Auckland hours before it is in Los Angeles.
QDate todayIn(const QString& ianaZone, qint64 nowMs);
// Open or in progress, and due before today.
bool isOverdue(const ActionItem& action, const QDate& today);
// Monday to Sunday of the week holding day (ISO weeks).
std::pair<QDate, QDate> weekOf(const QDate& day);

// Exports. CSV has the columns Jira's CSV importer and GitHub issue-import scripts map
// (Summary, Description, Issue Type, Priority, Assignee, Due Date, Labels, Status, Review), RFC
// 4180 quoted so commas, quotes and line breaks in fields survive.
QString actionsToCsv(const QList<ActionRow>& rows);
QString actionsToMarkdown(const QList<ActionRow>& rows, const QDate& today);

} // namespace hs
