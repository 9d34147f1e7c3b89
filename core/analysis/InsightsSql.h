#pragma once

// SQL shared by the insights and the recurring-pattern matcher (core/analysis only).

#include <QString>

namespace hs::InsightsSql {

// Why-node marks that make a node a contributing factor (Enums.cpp: kWhyMark).
inline constexpr const char* kFactorMarks = "('contributing', 'root')";

// Common table expressions (for a WITH RECURSIVE) ending in `factors(review_id, category)`:
// the live contributing-factor nodes with a category among the rows of `from` (which names
// why_nodes as w) that pass `where`, once per review and category. A removed cause hides its whole branch, but
// its tombstone is on the branch's top node only: `gone` walks down from the (few) tombstoned
// nodes among `from` through their review's nodes (why_nodes has an index on review_id, none on parent_id),
// which costs next to nothing when little was removed, instead of walking up from every
// candidate.
inline QString factorsCte(const QString& from, const QString& where = QStringLiteral("1"))
{
    return QStringLiteral(
               "gone(id, review_id) AS (SELECT w.id, w.review_id FROM %2 WHERE w.deleted_ms IS NOT NULL "
               "UNION SELECT w.id, w.review_id FROM gone JOIN why_nodes w ON w.review_id = gone.review_id "
               "AND w.parent_id = gone.id), "
               "factors(review_id, category) AS (SELECT DISTINCT w.review_id, w.category FROM %2 "
               "WHERE w.deleted_ms IS NULL AND w.mark IN %1 AND trim(w.category) <> '' "
               "AND w.id NOT IN (SELECT id FROM gone) AND (%3))")
        .arg(QLatin1String(kFactorMarks), from, where);
}

// A condition on reviews alias r: it carries the label (kind 'service' or 'tag') named by the
// next bound value, case-insensitively, through live links to live labels.
inline QString hasLabel(const char* kind)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM review_labels rl JOIN labels l ON l.id = rl.label_id "
                          "WHERE rl.review_id = r.id AND rl.deleted_ms IS NULL AND l.deleted_ms IS NULL "
                          "AND l.kind = '%1' AND lower(l.name) = lower(?))")
        .arg(QLatin1String(kind));
}

} // namespace hs::InsightsSql
