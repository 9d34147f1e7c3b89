// Writes that touch many rows at once: multi-row inserts and removals (one undo step for a
// multi-select delete or a promoted message with its evidence link), and imports.

#include "storage/Library.h"

#include "import/ImportTypes.h"
#include "storage/Query.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace hs {

namespace {

QSet<QString> externalIds(const QSqlDatabase& db, const char* table, const QString& reviewId)
{
    QSet<QString> ids;
    Query q(db, QStringLiteral("SELECT external_id FROM %1 WHERE review_id = ? AND deleted_ms IS NULL "
                               "AND external_id <> ''")
                    .arg(QLatin1String(table)));
    q.bind(reviewId);
    if (q.exec()) {
        while (q.next())
            ids.insert(q.text(0));
    }
    return ids;
}

// The messages and events of parsed that are not in the review yet (nor twice in parsed).
struct NewRows {
    QList<const ImportedMessage*> messages;
    QList<const ImportedEvent*> events;
    int duplicateMessages = 0;
    int duplicateEvents = 0;
    QSet<QString> duplicateIds;
};

NewRows newRowsOf(const QSqlDatabase& db, const QString& reviewId, const ImportResult& parsed)
{
    NewRows out;
    QSet<QString> seen = externalIds(db, "transcript", reviewId);
    for (const ImportedMessage& m : parsed.messages) {
        if (!m.externalId.isEmpty() && seen.contains(m.externalId)) {
            ++out.duplicateMessages;
            out.duplicateIds.insert(m.externalId);
            continue;
        }
        seen.insert(m.externalId);
        out.messages.append(&m);
    }
    seen = externalIds(db, "events", reviewId);
    for (const ImportedEvent& e : parsed.events) {
        if (!e.externalId.isEmpty() && seen.contains(e.externalId)) {
            ++out.duplicateEvents;
            out.duplicateIds.insert(e.externalId);
            continue;
        }
        seen.insert(e.externalId);
        out.events.append(&e);
    }
    return out;
}

// Text columns are NOT NULL; a null QString means "".
QVariant nonNull(const QVariant& v)
{
    return v.metaType().id() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v;
}

QString sourceCodeFor(const QString& format)
{
    if (format == QLatin1String("pagerduty"))
        return QStringLiteral("paging");
    if (format == QLatin1String("csv"))
        return QStringLiteral("csv");
    return QStringLiteral("chat");
}

} // namespace

WriteResult Library::updateFields(const QList<FieldChange>& changes)
{
    Edit edit(*this);
    QList<RowRef> written;
    QHash<QString, qint64> revs; // rows already changed in this write
    for (const FieldChange& c : changes) {
        const QString key = QString::number(static_cast<int>(c.entity)) + QLatin1Char(':') + c.id;
        const qint64 expected = revs.value(key, c.expectedRev);
        if (!edit.update(c.entity, c.id, c.column, c.value, expected))
            break;
        revs.insert(key, edit.result().rev);
        bool seen = false;
        for (RowRef& r : written) {
            if (r.entity == c.entity && r.id == c.id) {
                r.rev = edit.result().rev;
                seen = true;
            }
        }
        if (!seen)
            written.append(RowRef{c.entity, c.id, edit.result().rev});
    }
    WriteResult r = edit.commit();
    if (r.ok())
        r.rows = written;
    return r;
}

WriteResult Library::insertRows(const QList<RowInsert>& rows)
{
    Edit edit(*this);
    QList<RowRef> written;
    for (const RowInsert& row : rows) {
        const QString id = edit.insert(row.entity, row.values);
        if (id.isEmpty())
            break;
        written.append(RowRef{row.entity, id, 1});
    }
    WriteResult r = edit.commit();
    if (r.ok()) {
        r.rows = written;
        if (!written.isEmpty()) {
            r.id = written.first().id;
            r.rev = 1;
        }
    }
    return r;
}

WriteResult Library::removeRows(const QList<RowRef>& rows)
{
    return setTombstones(rows, true);
}

WriteResult Library::restoreRows(const QList<RowRef>& rows)
{
    return setTombstones(rows, false);
}

WriteResult Library::setTombstones(const QList<RowRef>& rows, bool removed)
{
    Edit edit(*this);
    QList<RowRef> written;
    for (const RowRef& row : rows) {
        if (!(removed ? edit.remove(row.entity, row.id, row.rev) : edit.restore(row.entity, row.id, row.rev)))
            break;
        written.append(RowRef{row.entity, row.id, edit.result().rev});
    }
    WriteResult r = edit.commit();
    if (r.ok())
        r.rows = written;
    return r;
}

ImportPlan Library::planImport(const QString& reviewId, const ImportResult& parsed) const
{
    const NewRows rows = newRowsOf(m_db->connection(), reviewId, parsed);
    ImportPlan plan;
    plan.newMessages = static_cast<int>(rows.messages.size());
    plan.newEvents = static_cast<int>(rows.events.size());
    plan.duplicateMessages = rows.duplicateMessages;
    plan.duplicateEvents = rows.duplicateEvents;
    plan.duplicateIds = rows.duplicateIds;
    return plan;
}

WriteResult Library::applyImport(const QString& reviewId, const ImportResult& parsed)
{
    if (!parsed.ok()) {
        return WriteResult::failure(WriteResult::Invalid,
                                    parsed.problems.isEmpty() ? tr("The import was cancelled; nothing was added.")
                                                              : parsed.problems.first().toString());
    }
    if (!review(reviewId))
        return WriteResult::failure(WriteResult::NotFound, tr("The review no longer exists in the library."));
    Edit edit(*this);
    if (!edit.isOk())
        return edit.commit();
    const NewRows rows = newRowsOf(edit.connection(), reviewId, parsed);
    if (rows.messages.isEmpty() && rows.events.isEmpty())
        return edit.commit(); // nothing new: an empty transaction, nothing to undo

    const QString importId = edit.insert(Entity::Import, {{QStringLiteral("review_id"), reviewId},
                                                          {QStringLiteral("format"), parsed.format},
                                                          {QStringLiteral("source_name"), parsed.sourceName},
                                                          {QStringLiteral("messages"), rows.messages.size()},
                                                          {QStringLiteral("events"), rows.events.size()}});
    if (importId.isEmpty())
        return edit.commit();
    const QString source = sourceCodeFor(parsed.format);
    const qint64 now = edit.now();
    const QString actorName = actor();

    // One prepared statement per table, bound row by row: 20,000 messages go in well under a
    // second. One change_log row (the import) stands for all of them.
    QSqlQuery insertMessage(edit.connection());
    insertMessage.prepare(QStringLiteral(
        "INSERT INTO transcript(id, rev, created_ms, updated_ms, updated_by, review_id, at_ms, author, author_id, "
        "text, thread_id, kind, source, external_id, edited, import_id) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)"));
    for (const ImportedMessage* m : rows.messages) {
        const QVariantList binds = {newId(),       now,     now,          actorName,     reviewId,   m->atMs,
                                    m->author,     m->authorId, m->text,  m->threadId,   m->kind,    source,
                                    m->externalId, m->edited ? 1 : 0,     importId};
        for (int i = 0; i < binds.size(); ++i)
            insertMessage.bindValue(i, nonNull(binds.at(i)));
        if (!insertMessage.exec()) {
            edit.failWith(SqlError::from(insertMessage.lastError()));
            return edit.commit();
        }
    }
    QSqlQuery insertEvent(edit.connection());
    insertEvent.prepare(QStringLiteral(
        "INSERT INTO events(id, rev, created_ms, updated_ms, updated_by, review_id, at_ms, kind, actor, text, source, "
        "link, milestone, external_id, import_id) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ImportedEvent* e : rows.events) {
        const QVariantList binds = {newId(), now,     now,     actorName,    reviewId,      e->atMs,
                                    e->kind.isEmpty() ? QStringLiteral("other") : e->kind,
                                    e->actor, e->text, e->source.isEmpty() ? source : e->source,
                                    e->link, e->milestone, e->externalId, importId};
        for (int i = 0; i < binds.size(); ++i)
            insertEvent.bindValue(i, nonNull(binds.at(i)));
        if (!insertEvent.exec()) {
            edit.failWith(SqlError::from(insertEvent.lastError()));
            return edit.commit();
        }
    }
    WriteResult r = edit.commit();
    if (r.ok()) {
        r.id = importId;
        r.rev = 1;
    }
    return r;
}

WriteResult Library::setImportRemoved(const QString& importId, bool removed)
{
    Edit edit(*this);
    if (!edit.isOk())
        return edit.commit();
    Query find(edit.connection(), "SELECT rev, deleted_ms FROM imports WHERE id = ?");
    find.bind(importId);
    if (!find.exec() || !find.next()) {
        edit.failWith(WriteResult::failure(WriteResult::NotFound, tr("The import no longer exists in the library.")));
        return edit.commit();
    }
    const qint64 rev = find.integer(0);
    const std::optional<qint64> removedAt = find.optInteger(1);
    if (removed == removedAt.has_value())
        return edit.commit(); // already so
    // Removing stamps the import's rows with the import's own tombstone time; restoring brings
    // back exactly the rows with that stamp, not ones deleted one by one since.
    for (const char* table : {"transcript", "events"}) {
        Query q(edit.connection(),
                removed ? QStringLiteral("UPDATE %1 SET deleted_ms = ?, rev = rev + 1, updated_ms = ?, updated_by = ? "
                                         "WHERE import_id = ? AND deleted_ms IS NULL")
                              .arg(QLatin1String(table))
                        : QStringLiteral("UPDATE %1 SET deleted_ms = NULL, rev = rev + 1, updated_ms = ?, updated_by = ? "
                                         "WHERE import_id = ? AND deleted_ms = ?")
                              .arg(QLatin1String(table)));
        if (removed)
            q.bind(edit.now()).bind(edit.now()).bind(actor()).bind(importId);
        else
            q.bind(edit.now()).bind(actor()).bind(importId).bind(*removedAt);
        if (!q.exec()) {
            edit.failWith(q.error());
            return edit.commit();
        }
    }
    if (removed)
        edit.remove(Entity::Import, importId, rev);
    else
        edit.restore(Entity::Import, importId, rev);
    return edit.commit();
}

} // namespace hs
