// Library: the action items of every review, filtered in SQL so the tracker stays fast on a
// library of 10,000 reviews and 50,000 actions.

#include "storage/Library.h"

#include "actions/ActionQuery.h"
#include "storage/Query.h"
#include "storage/RowReaders.h"

namespace hs {

namespace {

QString marks(qsizetype n)
{
    QStringList m;
    m.fill(QStringLiteral("?"), n);
    return m.join(QLatin1Char(','));
}

} // namespace

QList<ActionRow> Library::actions(const ActionFilter& filter) const
{
    QStringList where = {QStringLiteral("a.deleted_ms IS NULL"), QStringLiteral("r.deleted_ms IS NULL")};
    QVariantList binds;
    if (!filter.statuses.isEmpty()) {
        where.append(QStringLiteral("a.status IN (%1)").arg(marks(filter.statuses.size())));
        for (const QString& s : filter.statuses)
            binds.append(s);
    }
    if (!filter.types.isEmpty()) {
        where.append(QStringLiteral("a.type IN (%1)").arg(marks(filter.types.size())));
        for (const QString& t : filter.types)
            binds.append(t);
    }
    if (!filter.priorities.isEmpty()) {
        where.append(QStringLiteral("a.priority IN (%1)").arg(marks(filter.priorities.size())));
        for (const QString& p : filter.priorities)
            binds.append(p);
    }
    for (const QString& word : filter.owner.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // instr(lower()) rather than LIKE: no wildcard characters to escape in a name.
        where.append(QStringLiteral("instr(lower(a.owner), lower(?)) > 0"));
        binds.append(word);
    }
    if (!filter.ids.isEmpty()) {
        where.append(QStringLiteral("a.id IN (%1)").arg(marks(filter.ids.size())));
        for (const QString& id : filter.ids)
            binds.append(id);
    }
    if (!filter.reviewId.isEmpty()) {
        where.append(QStringLiteral("a.review_id = ?"));
        binds.append(filter.reviewId);
    }
    if (!filter.tag.isEmpty()) {
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM review_labels rl JOIN labels l ON l.id = rl.label_id "
                                    "WHERE rl.review_id = a.review_id AND rl.deleted_ms IS NULL AND l.deleted_ms IS NULL "
                                    "AND l.kind = 'tag' AND lower(l.name) = lower(?))"));
        binds.append(filter.tag);
    }
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    if (filter.overdueOnly) {
        where.append(QStringLiteral("a.status IN ('open', 'in_progress') AND a.due_date IS NOT NULL AND a.due_date < ?"));
        binds.append(today.toString(Qt::ISODate));
    }
    if (filter.dueThisWeekOnly) {
        const auto [monday, sunday] = weekOf(today);
        where.append(QStringLiteral("a.due_date BETWEEN ? AND ?"));
        binds.append(monday.toString(Qt::ISODate));
        binds.append(sunday.toString(Qt::ISODate));
    }
    Query q(m_db->connection(),
            QStringLiteral("SELECT a.id, a.rev, a.created_ms, a.updated_ms, a.updated_by, a.review_id, %2, r.title, r.incident_ref, "
                           "coalesce(w.text, ''), (SELECT group_concat(l.name, char(31)) FROM review_labels rl "
                           "JOIN labels l ON l.id = rl.label_id WHERE rl.review_id = a.review_id AND rl.deleted_ms IS NULL "
                           "AND l.deleted_ms IS NULL AND l.kind = 'tag') FROM actions a JOIN reviews r ON r.id = a.review_id "
                           "LEFT JOIN why_nodes w ON w.id = a.why_id AND w.deleted_ms IS NULL WHERE %1 "
                           "ORDER BY a.due_date IS NULL, a.due_date, a.priority, a.created_ms, a.id")
                .arg(where.join(QStringLiteral(" AND ")), RowReaders::actionColumns(QStringLiteral("a"))));
    for (const QVariant& b : std::as_const(binds))
        q.bind(b);
    QList<ActionRow> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        ActionRow row;
        ActionItem& a = row.action;
        RowReaders::readMeta(q, 0, &a);
        a.reviewId = q.text(5);
        RowReaders::readActionFields(q, 6, a);
        row.reviewTitle = q.text(18);
        row.reviewRef = q.text(19);
        row.whyText = q.text(20);
        row.reviewTags = q.text(21).split(QChar(31), Qt::SkipEmptyParts);
        rows.append(row);
    }
    return rows;
}

ActionCounts Library::actionCounts(const QDate& today) const
{
    ActionCounts c;
    Query q(m_db->connection(),
            "SELECT sum(a.status IN ('open', 'in_progress')), "
            "sum(a.status IN ('open', 'in_progress') AND a.due_date IS NOT NULL AND a.due_date < ?), "
            "sum(a.status = 'done' AND a.effectiveness = 'not_checked' AND a.follow_up_date IS NOT NULL "
            "AND a.follow_up_date <= ?) "
            "FROM actions a JOIN reviews r ON r.id = a.review_id WHERE a.deleted_ms IS NULL AND r.deleted_ms IS NULL");
    q.bind(today.toString(Qt::ISODate)).bind(today.toString(Qt::ISODate));
    if (q.exec() && q.next()) {
        c.open = static_cast<int>(q.integer(0));
        c.overdue = static_cast<int>(q.integer(1));
        c.followUpsDue = static_cast<int>(q.integer(2));
    }
    return c;
}

} // namespace hs
