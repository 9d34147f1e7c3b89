// Managed lists: tags, services and contributing-factor categories (see Lists.h).

#include "storage/Lists.h"

#include "storage/Query.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>

namespace hs {

namespace {

QString labelKind(ListKind kind)
{
    return kind == ListKind::Service ? QStringLiteral("service") : QStringLiteral("tag");
}

Entity entityOf(ListKind kind)
{
    return kind == ListKind::Category ? Entity::Category : Entity::Label;
}

struct Named {
    QString id;
    qint64 rev = 0;
    QString name;
};

// The live entry with this id, read inside the edit's transaction.
std::optional<Named> entry(const QSqlDatabase& db, ListKind kind, const QString& id)
{
    Query q(db, kind == ListKind::Category
                    ? "SELECT id, rev, name FROM categories WHERE id = ? AND deleted_ms IS NULL"
                    : "SELECT id, rev, name FROM labels WHERE id = ? AND deleted_ms IS NULL");
    q.bind(id);
    if (q.exec() && q.next())
        return Named{q.text(0), q.integer(1), q.text(2)};
    return std::nullopt;
}

// Moves one cause from category `from` to `to`, tombstoned or not (undoing its removal must
// bring it back under the category's current name), with the usual revision check and log.
bool retagCause(Library::Edit& edit, const QString& actor, const QString& whyId, qint64 rev, const QString& from,
                const QString& to, ListEditLog* written)
{
    if (!edit.isOk())
        return false;
    Query q(edit.connection(), "UPDATE why_nodes SET category = ?, rev = rev + 1, updated_ms = ?, updated_by = ? "
                               "WHERE id = ? AND rev = ? AND category = ? RETURNING review_id");
    q.bind(to).bind(edit.now()).bind(actor).bind(whyId).bind(rev).bind(from);
    if (!q.exec())
        return edit.failWith(q.error());
    if (!q.next()) {
        return edit.failWith(WriteResult::failure(
            WriteResult::Conflict,
            QCoreApplication::translate("hs::Library", "A cause was changed by someone else meanwhile; nothing was changed.")));
    }
    const QString reviewId = q.text(0);
    q.finish();
    if (written)
        written->changed.append(FieldChange{Entity::WhyNode, whyId, QStringLiteral("category"), to, rev + 1, from});
    return edit.log(Entity::WhyNode, whyId, reviewId, Change::Updated, rev + 1, QStringLiteral("category"));
}

} // namespace

QList<ListEntry> Library::listEntries(ListKind kind) const
{
    QList<ListEntry> out;
    const QSqlDatabase& db = m_db->connection();
    if (kind == ListKind::Category) {
        // One pass over the causes, grouped by category name (there is no index on it).
        QHash<QString, std::pair<int, int>> use;
        {
            Query q(db, "SELECT w.category, count(DISTINCT w.review_id), count(*) FROM why_nodes w "
                        "JOIN reviews r ON r.id = w.review_id WHERE w.deleted_ms IS NULL AND r.deleted_ms IS NULL "
                        "AND w.category <> '' GROUP BY w.category");
            if (q.exec()) {
                while (q.next())
                    use.insert(q.text(0), {static_cast<int>(q.integer(1)), static_cast<int>(q.integer(2))});
            }
        }
        for (const Category& c : categoryRows()) {
            const auto u = use.value(c.name);
            out.append(ListEntry{c.id, c.rev, c.name, u.first, u.second});
        }
        std::sort(out.begin(), out.end(), [](const ListEntry& a, const ListEntry& b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        return out;
    }
    Query q(db, "SELECT l.id, l.rev, l.name, count(DISTINCT r.id), count(rl.id) FROM labels l "
                "LEFT JOIN review_labels rl ON rl.label_id = l.id AND rl.deleted_ms IS NULL "
                "LEFT JOIN reviews r ON r.id = rl.review_id AND r.deleted_ms IS NULL "
                "WHERE l.kind = ? AND l.deleted_ms IS NULL GROUP BY l.id ORDER BY l.name COLLATE NOCASE");
    q.bind(labelKind(kind));
    if (q.exec()) {
        while (q.next())
            out.append(ListEntry{q.text(0), q.integer(1), q.text(2), static_cast<int>(q.integer(3)),
                                 static_cast<int>(q.integer(4))});
    }
    return out;
}

WriteResult Library::renameListEntry(ListKind kind, const QString& id, const QString& name, ListEditLog* log)
{
    const QString newName = name.simplified();
    if (newName.isEmpty())
        return WriteResult::failure(WriteResult::Invalid, tr("A name cannot be empty."));
    Edit edit(*this);
    if (!edit.isOk())
        return edit.commit();
    const QSqlDatabase& db = edit.connection();
    const std::optional<Named> current = entry(db, kind, id);
    if (!current) {
        edit.failWith(WriteResult::failure(WriteResult::NotFound, tr("“%1” is no longer in the list.").arg(newName)));
        return edit.commit();
    }
    if (current->name == newName)
        return edit.commit(); // nothing to do
    {
        Query q(db, kind == ListKind::Category
                        ? "SELECT name FROM categories WHERE lower(name) = lower(?) AND id <> ? AND deleted_ms IS NULL"
                        : "SELECT name FROM labels WHERE kind = ? AND lower(name) = lower(?) AND id <> ? AND deleted_ms IS NULL");
        if (kind != ListKind::Category)
            q.bind(labelKind(kind));
        q.bind(newName).bind(id);
        if (q.exec() && q.next()) {
            edit.failWith(WriteResult::failure(WriteResult::Invalid,
                                               tr("“%1” is already in the list. To make one entry of the two, merge "
                                                  "“%2” into it.")
                                                   .arg(q.text(0), current->name)));
            return edit.commit();
        }
    }
    ListEditLog written;
    const Entity entity = entityOf(kind);
    if (edit.update(entity, id, QStringLiteral("name"), newName, current->rev))
        written.changed.append(FieldChange{entity, id, QStringLiteral("name"), newName, edit.result().rev, current->name});
    if (kind == ListKind::Category) {
        // Causes name their category: they follow the rename (tombstoned ones too, so undoing
        // a removal brings them back with the category's current name).
        QList<std::pair<QString, qint64>> causes;
        Query q(db, "SELECT id, rev FROM why_nodes WHERE category = ?");
        q.bind(current->name);
        if (q.exec()) {
            while (q.next())
                causes.append({q.text(0), q.integer(1)});
        }
        for (const auto& [whyId, rev] : std::as_const(causes))
            retagCause(edit, actor(), whyId, rev, current->name, newName, &written);
    }
    WriteResult r = edit.commit();
    if (r.ok() && log)
        *log = written;
    return r;
}

WriteResult Library::mergeListEntries(ListKind kind, const QString& fromId, const QString& intoId, ListEditLog* log)
{
    Edit edit(*this);
    if (!edit.isOk())
        return edit.commit();
    const QSqlDatabase& db = edit.connection();
    const std::optional<Named> from = entry(db, kind, fromId);
    const std::optional<Named> into = entry(db, kind, intoId);
    if (!from || !into || fromId == intoId) {
        edit.failWith(WriteResult::failure(from && into ? WriteResult::Invalid : WriteResult::NotFound,
                                           from && into ? tr("An entry cannot be merged into itself.")
                                                        : tr("One of the two entries is no longer in the list.")));
        return edit.commit();
    }
    ListEditLog written;
    if (kind == ListKind::Category) {
        QList<std::pair<QString, qint64>> causes;
        Query q(db, "SELECT id, rev FROM why_nodes WHERE category = ?");
        q.bind(from->name);
        if (q.exec()) {
            while (q.next())
                causes.append({q.text(0), q.integer(1)});
        }
        for (const auto& [whyId, rev] : std::as_const(causes))
            retagCause(edit, actor(), whyId, rev, from->name, into->name, &written);
    } else {
        // Each review linked to `from` ends up linked to `into` once: its link to `from` goes,
        // and a link to `into` is added unless it has one.
        struct Link {
            QString id;
            qint64 rev;
            QString reviewId;
            bool hasInto;
        };
        QList<Link> links;
        Query q(db, "SELECT rl.id, rl.rev, rl.review_id, EXISTS (SELECT 1 FROM review_labels o WHERE o.review_id = "
                    "rl.review_id AND o.label_id = ? AND o.deleted_ms IS NULL) FROM review_labels rl "
                    "WHERE rl.label_id = ? AND rl.deleted_ms IS NULL");
        q.bind(intoId).bind(fromId);
        if (q.exec()) {
            while (q.next())
                links.append(Link{q.text(0), q.integer(1), q.text(2), q.integer(3) != 0});
        }
        for (const Link& link : std::as_const(links)) {
            if (edit.remove(Entity::ReviewLabel, link.id, link.rev))
                written.removed.append(RowRef{Entity::ReviewLabel, link.id, edit.result().rev});
            if (link.hasInto)
                continue;
            const QString added = edit.insert(Entity::ReviewLabel, {{QStringLiteral("review_id"), link.reviewId},
                                                                    {QStringLiteral("label_id"), intoId}});
            if (!added.isEmpty())
                written.inserted.append(RowRef{Entity::ReviewLabel, added, 1});
        }
    }
    if (edit.remove(entityOf(kind), fromId, from->rev))
        written.removed.append(RowRef{entityOf(kind), fromId, edit.result().rev});
    WriteResult r = edit.commit();
    if (r.ok() && log)
        *log = written;
    return r;
}

WriteResult Library::revertListEdit(const ListEditLog& log)
{
    Edit edit(*this);
    for (const RowRef& row : log.inserted)
        edit.remove(row.entity, row.id, row.rev);
    for (const RowRef& row : log.removed)
        edit.restore(row.entity, row.id, row.rev);
    for (const FieldChange& c : log.changed) {
        if (c.entity == Entity::WhyNode)
            retagCause(edit, actor(), c.id, c.expectedRev, c.value.toString(), c.previous.toString(), nullptr);
        else
            edit.update(c.entity, c.id, c.column, c.previous, c.expectedRev);
    }
    return edit.commit();
}

} // namespace hs
