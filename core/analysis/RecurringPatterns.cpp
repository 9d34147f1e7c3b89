#include "analysis/RecurringPatterns.h"

#include "analysis/InsightsSql.h"
#include "storage/Library.h"
#include "storage/Query.h"

#include <algorithm>

namespace hs {

QString RecurringPatternQuery::kindName(SharedTrait::Kind kind)
{
    switch (kind) {
    case SharedTrait::Category: return tr("contributing factor");
    case SharedTrait::Service: return tr("service");
    case SharedTrait::Tag: return tr("tag");
    }
    return QString();
}

// One statement: this review's traits (mine), every other live review sharing one (shared),
// grouped per review and ranked in SQL, so only the reviews shown come back; the window
// counts give the totals beyond the limit. Candidate factor nodes are this review's and those
// with one of its categories (a scan of why_nodes, which has no index on category: ~10 ms for
// 10,000 reviews); labels go through their (kind, name) and label indexes.
std::optional<RecurringPatterns> RecurringPatternQuery::find(const Library& library, const QString& reviewId, int limit,
                                                             int minShared, QString* error)
{
    RecurringPatterns out;
    // Candidate nodes: this review's, and those in one of the categories it has at all.
    const QString factors = InsightsSql::factorsCte(
        QStringLiteral("why_nodes w"),
        QStringLiteral("w.review_id = (SELECT id FROM param) OR w.category IN "
                       "(SELECT category FROM why_nodes WHERE review_id = (SELECT id FROM param) "
                       "AND deleted_ms IS NULL AND mark IN %1)")
            .arg(QLatin1String(InsightsSql::kFactorMarks)));
    const QString sql = QStringLiteral(
        "WITH RECURSIVE param(id) AS (SELECT ?), %1, "
        "me AS (SELECT coalesce(started_ms, created_ms) AS at FROM reviews WHERE id = (SELECT id FROM param) AND deleted_ms IS NULL), "
        "mine(kind, name) AS (SELECT 'category', category FROM factors WHERE review_id = (SELECT id FROM param) "
        "UNION SELECT l.kind, l.name FROM review_labels rl JOIN labels l ON l.id = rl.label_id "
        "WHERE rl.review_id = (SELECT id FROM param) AND rl.deleted_ms IS NULL AND l.deleted_ms IS NULL AND l.kind IN ('service', 'tag')), "
        "shared(review_id, kind, name) AS ("
        "SELECT f.review_id, 'category', f.category FROM factors f WHERE f.review_id <> (SELECT id FROM param) "
        "AND f.category IN (SELECT name FROM mine WHERE kind = 'category') "
        "UNION SELECT rl.review_id, l.kind, l.name FROM mine JOIN labels l ON l.kind = mine.kind AND l.name = mine.name "
        "AND l.deleted_ms IS NULL JOIN review_labels rl ON rl.label_id = l.id AND rl.deleted_ms IS NULL "
        "WHERE rl.review_id <> (SELECT id FROM param)), "
        "grouped AS (SELECT s.review_id, count(*) AS n, group_concat(s.kind || char(31) || s.name, char(30)) AS traits "
        "FROM shared s GROUP BY s.review_id HAVING count(*) >= ?) "
        "SELECT r.id, r.title, r.incident_ref, r.severity, r.started_ms, g.traits, "
        "coalesce(r.started_ms, r.created_ms) < (SELECT at FROM me) AS earlier, count(*) OVER () AS total, "
        "sum(coalesce(r.started_ms, r.created_ms) < (SELECT at FROM me)) OVER () AS earlier_total "
        "FROM grouped g JOIN reviews r ON r.id = g.review_id AND r.deleted_ms IS NULL "
        "WHERE EXISTS (SELECT 1 FROM me) "
        "ORDER BY g.n DESC, coalesce(r.started_ms, r.created_ms) DESC, r.id LIMIT ?")
                            .arg(factors);
    Query q(library.database().connection(), sql);
    q.bind(reviewId).bind(std::max(minShared, 1)).bind(std::max(limit, 0));
    if (!q.exec()) {
        if (error)
            *error = tr("Could not look for similar reviews: %1").arg(q.error().text);
        return std::nullopt;
    }
    while (q.next()) {
        RecurringMatch m;
        m.reviewId = q.text(0);
        m.title = q.text(1);
        m.incidentRef = q.text(2);
        m.severity = q.text(3);
        m.startedMs = q.optInteger(4);
        for (const QString& t : q.text(5).split(QChar(30), Qt::SkipEmptyParts)) {
            const qsizetype cut = t.indexOf(QChar(31));
            if (cut < 0)
                continue;
            const QString kind = t.left(cut);
            SharedTrait s;
            s.kind = kind == QLatin1String("category") ? SharedTrait::Category
                     : kind == QLatin1String("service") ? SharedTrait::Service
                                                         : SharedTrait::Tag;
            s.name = t.mid(cut + 1);
            m.shared.append(s);
        }
        std::sort(m.shared.begin(), m.shared.end(), [](const SharedTrait& a, const SharedTrait& b) {
            if (a.kind != b.kind)
                return a.kind < b.kind;
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        m.earlier = q.integer(6) != 0;
        out.total = static_cast<int>(q.integer(7));
        out.earlier = static_cast<int>(q.integer(8));
        out.matches.append(m);
    }
    return out;
}

} // namespace hs
