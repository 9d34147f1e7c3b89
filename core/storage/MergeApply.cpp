// MergeEngine: writing a planned merge, with the choices made for its conflicts.

#include "storage/MergeEngine.h"
#include "storage/MergeSupport.h"

#include "storage/Query.h"
#include "util/SortKey.h"
#include "util/Uuid.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <sqlite3.h>

#include <iterator>
#include <memory>
#include <vector>

namespace hs {

using namespace merge;

bool MergeEngine::apply(Library::Edit& edit, const QList<ConflictChoice>& choices, const QString& actor)
{
    const QSqlDatabase& db = edit.connection();
    const qint64 now = edit.now();
    auto failQuery = [&](const QSqlQuery& q) { return edit.failWith(SqlError::from(q.lastError())); };
    QHash<QString, MergeResolution> chosen;
    for (const ConflictChoice& c : choices)
        chosen.insert(c.table + QLatin1Char('\n') + c.rowId + QLatin1Char('\n') + c.column, c.resolution);

    // Rows are copied in table order, but a why-node may name a parent later in the list, and
    // an event an import: the foreign keys are checked at COMMIT instead.
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return failQuery(pragma);

    for (const NewLabel& l : std::as_const(m_newLabels)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO labels(id, rev, created_ms, updated_ms, updated_by, kind, name) "
                                 "VALUES (?, 1, ?, ?, ?, ?, ?)"));
        bindAll(q, {l.id, now, now, actor, l.kind, l.name});
        if (!q.exec())
            return failQuery(q);
        edit.log(Entity::Label, l.id, QString(), Change::Inserted, 1);
    }
    if (!m_newCategories.isEmpty()) {
        QString key;
        {
            Query q(db, "SELECT max(sort_key) FROM categories");
            if (q.exec() && q.next())
                key = q.text(0);
        }
        for (const NewCategory& c : std::as_const(m_newCategories)) {
            key = SortKey::after(key);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO categories(id, rev, created_ms, updated_ms, updated_by, name, sort_key) "
                                     "VALUES (?, 1, ?, ?, ?, ?, ?)"));
            bindAll(q, {c.id, now, now, actor, c.name, key});
            if (!q.exec())
                return failQuery(q);
            edit.log(Entity::Category, c.id, QString(), Change::Inserted, 1);
        }
    }

    // New rows keep the draft's id, revision, creation time and author; updated_ms is now, so
    // the change log (which takes its time from the row) does not look old and get pruned.
    std::vector<std::unique_ptr<QSqlQuery>> inserts(static_cast<size_t>(m_tables.size()));
    for (const Insert& ins : std::as_const(m_inserts)) {
        const Table& t = m_tables.at(ins.table);
        std::unique_ptr<QSqlQuery>& prepared = inserts[static_cast<size_t>(ins.table)];
        if (!prepared) {
            QStringList marks;
            marks.fill(QStringLiteral("?"), t.columns.size());
            prepared = std::make_unique<QSqlQuery>(db);
            if (!prepared->prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                       .arg(t.name, t.columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))))
                return failQuery(*prepared);
        }
        QSqlQuery& q = *prepared;
        for (int i = 0; i < ins.values.size(); ++i)
            q.bindValue(i, i == t.updatedMsColumn ? QVariant(now) : ins.values.at(i));
        if (!q.exec())
            return failQuery(q);
        if (ins.values.at(t.deletedColumn).isNull())
            edit.log(t.entity, ins.values.at(t.idColumn).toString(), ins.reviewId, Change::Inserted,
                     ins.values.at(t.revColumn).toLongLong());
    }

    int unresolved = 0;
    for (const Update& u : std::as_const(m_updates)) {
        const Table& t = m_tables.at(u.table);
        QHash<int, QVariant> values = u.taken;
        for (const MergeConflict& c : u.conflicts) {
            const auto choice = chosen.constFind(c.table + QLatin1Char('\n') + c.rowId + QLatin1Char('\n') + c.column);
            if (choice == chosen.cend()) {
                ++unresolved;
                continue;
            }
            const int column = static_cast<int>(t.columns.indexOf(c.column));
            switch (*choice) {
            case MergeResolution::KeepMine: break;
            case MergeResolution::TakeTheirs: values.insert(column, c.theirs); break;
            case MergeResolution::KeepBoth:
                if (!c.canKeepBoth) {
                    return edit.failWith(WriteResult::failure(
                        WriteResult::Invalid, MergeText::tr("Both versions can only be kept for text, not for %1.").arg(c.column)));
                }
                values.insert(column, keepBothText(c.mine.toString(), c.theirs.toString()));
                break;
            }
        }
        if (values.isEmpty())
            continue;
        QStringList sets;
        QVariantList binds;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            sets.append(t.columns.at(it.key()) + QStringLiteral(" = ?"));
            binds.append(it.value());
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE %1 SET %2, rev = rev + 1, updated_ms = ?, updated_by = ? WHERE id = ? AND rev = ?")
                      .arg(t.name, sets.join(QStringLiteral(", "))));
        binds << now << actor << u.id << u.rev;
        bindAll(q, binds);
        if (!q.exec())
            return failQuery(q);
        if (q.numRowsAffected() != 1) {
            return edit.failWith(WriteResult::failure(
                WriteResult::Conflict, MergeText::tr("The library changed while merging; nothing was merged. Try again.")));
        }
        if (values.contains(t.deletedColumn)) {
            const bool removed = !values.value(t.deletedColumn).isNull();
            edit.log(t.entity, u.id, u.reviewId, removed ? Change::Removed : Change::Inserted, u.rev + 1);
        }
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.key() != t.deletedColumn)
                edit.log(t.entity, u.id, u.reviewId, Change::Updated, u.rev + 1, t.columns.at(it.key()));
        }
    }
    if (unresolved > 0) {
        return edit.failWith(WriteResult::failure(
            WriteResult::Conflict,
            QCoreApplication::translate("hs::Merge", "%n conflict(s) have no choice yet; nothing was merged.", nullptr,
                                        unresolved)));
    }

    QSqlQuery base(db);
    base.prepare(QStringLiteral("INSERT INTO merge_base(peer_file_id, tbl, row_id, row_hash, base_values, merged_ms) "
                                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(peer_file_id, tbl, row_id) DO UPDATE SET "
                                "row_hash = excluded.row_hash, base_values = excluded.base_values, "
                                "merged_ms = excluded.merged_ms"));
    for (const Base& b : std::as_const(m_baseWrites)) {
        bindAll(base, {m_peer.fileId, b.table, b.id, b.hash, b.values, now});
        if (!base.exec())
            return failQuery(base);
    }
    return true;
}


} // namespace hs
