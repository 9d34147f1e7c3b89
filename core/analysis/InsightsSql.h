#pragma once

// SQL shared by the insights and the recurring-pattern matcher (core/analysis only).

#include <QString>

namespace hs::InsightsSql {

// Why-node marks that make a node a contributing factor (Enums.cpp: kWhyMark).
inline constexpr const char* kFactorMarks = "('contributing', 'root')";

// Common table expressions (for a WITH RECURSIVE) ending in `factors(review_id, category)`:
// the live contributing-factor nodes with a category, among the nodes that candidateWhere (an
// expression over why_nodes alias w) selects. A removed cause hides its whole branch (its
// tombstone is on the branch's top node only), so each candidate walks up its ancestors by
// primary key and is dropped when one of them is tombstoned; NOT IN builds its index once.
inline QString factorsCte(const QString& candidateWhere)
{
    return QStringLiteral(
               "cand AS (SELECT w.id, w.parent_id, w.review_id, w.category FROM why_nodes w "
               "WHERE w.deleted_ms IS NULL AND w.mark IN %1 AND trim(w.category) <> '' AND (%2)), "
               "anc(node, a) AS (SELECT id, parent_id FROM cand WHERE parent_id IS NOT NULL "
               "UNION SELECT anc.node, w.parent_id FROM anc JOIN why_nodes w ON w.id = anc.a "
               "WHERE w.parent_id IS NOT NULL), "
               "factors(review_id, category) AS (SELECT DISTINCT review_id, category FROM cand WHERE id NOT IN "
               "(SELECT anc.node FROM anc JOIN why_nodes p ON p.id = anc.a WHERE p.deleted_ms IS NOT NULL))")
        .arg(QLatin1String(kFactorMarks), candidateWhere);
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
