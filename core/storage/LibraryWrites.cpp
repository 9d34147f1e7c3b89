#include "storage/Library.h"

#include "search/SearchIndex.h"
#include "storage/Query.h"
#include "util/SortKey.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace hs {

namespace {

// Columns an insert may set besides the editable ones: the owner and fixed identity columns.
QStringList insertOnlyColumns(Entity entity)
{
    switch (entity) {
    case Entity::Section: return {QStringLiteral("key")};
    case Entity::Label: return {QStringLiteral("kind")};
    case Entity::Template: return {QStringLiteral("key")};
    case Entity::ReviewLabel: return {QStringLiteral("label_id")};
    case Entity::WhyEvidence: return {QStringLiteral("why_id"), QStringLiteral("event_id")};
    case Entity::EventEvidence: return {QStringLiteral("event_id"), QStringLiteral("message_id")};
    case Entity::Event: return {QStringLiteral("external_id"), QStringLiteral("import_id")};
    case Entity::PreparedQuestion: return {QStringLiteral("target"), QStringLiteral("target_id")};
    case Entity::Transcript:
        return {QStringLiteral("at_ms"),     QStringLiteral("author"),      QStringLiteral("author_id"),
                QStringLiteral("text"),      QStringLiteral("thread_id"),   QStringLiteral("kind"),
                QStringLiteral("source"),    QStringLiteral("external_id"), QStringLiteral("edited"),
                QStringLiteral("import_id")};
    case Entity::Import:
        return {QStringLiteral("format"), QStringLiteral("source_name"), QStringLiteral("messages"),
                QStringLiteral("events")};
    default: return {};
    }
}

// A null QString would bind as SQL NULL; text columns are NOT NULL, and "" is what was meant.
QVariant bindable(const QVariant& value)
{
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return value;
}

// The last change_log seq handed out; inside a write transaction nobody else can add one.
qint64 lastLoggedSeq(const QSqlDatabase& db)
{
    Query q(db, "SELECT seq FROM sqlite_sequence WHERE name = 'change_log'");
    return q.exec() && q.next() ? q.integer(0) : 0;
}

} // namespace

Library::Edit::Edit(Library& library)
    : m_library(library)
    , m_db(library.m_db->connection())
    , m_now(QDateTime::currentMSecsSinceEpoch())
{
    if (library.isReadOnly()) {
        m_result.status = WriteResult::ReadOnly;
        m_result.message = library.readOnlyReason().message();
        return;
    }
    m_tx.emplace(m_db);
    if (!m_tx->isActive())
        failSql(m_tx->error());
    else
        m_seqBefore = lastLoggedSeq(m_db);
}

bool Library::Edit::fail(const WriteResult& result)
{
    if (m_result.ok())
        m_result = result;
    return false;
}

bool Library::Edit::failSql(const SqlError& error)
{
    return fail(WriteResult::fromSql(error));
}

QString Library::Edit::reviewIdOf(Entity entity, const QString& id)
{
    if (entity == Entity::Review)
        return id;
    if (entity == Entity::WhyEvidence) {
        Query q(m_db, "SELECT w.review_id FROM why_evidence e JOIN why_nodes w ON w.id = e.why_id WHERE e.id = ?");
        q.bind(id);
        return q.exec() && q.next() ? q.text(0) : QString();
    }
    if (entity == Entity::EventEvidence) {
        Query q(m_db, "SELECT ev.review_id FROM event_evidence e JOIN events ev ON ev.id = e.event_id WHERE e.id = ?");
        q.bind(id);
        return q.exec() && q.next() ? q.text(0) : QString();
    }
    const QString column = Columns::reviewColumn(entity);
    if (column.isEmpty())
        return QString();
    Query q(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, Columns::table(entity)));
    q.bind(id);
    return q.exec() && q.next() ? q.text(0) : QString();
}

// The change_log row itself is written by the table's trigger (schema 3), in this transaction;
// here the change is only kept for the changed() signal after commit.
bool Library::Edit::log(Entity entity, const QString& id, const QString& reviewId, Change::Op op, qint64 rev,
                        const QString& column)
{
    m_changes.append(Change{entity, id, reviewId, op, rev, column, m_library.actor(), false});
    return true;
}

QString Library::Edit::insert(Entity entity, QVariantMap values)
{
    if (!isOk())
        return QString();
    const QString id = values.contains(QStringLiteral("id")) ? values.take(QStringLiteral("id")).toString() : newId();
    const QString reviewColumn = Columns::reviewColumn(entity);
    const QStringList extra = insertOnlyColumns(entity);
    QStringList columns = {QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("created_ms"),
                           QStringLiteral("updated_ms"), QStringLiteral("updated_by")};
    QVariantList binds = {id, 1, m_now, m_now, m_library.m_actor};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const bool allowed = Columns::isEditable(entity, it.key()) || extra.contains(it.key())
            || (it.key() == reviewColumn && entity != Entity::Review);
        if (!allowed) {
            fail(WriteResult::failure(WriteResult::Invalid, tr("Internal error: column %1 cannot be set on %2.")
                                                       .arg(it.key(), Columns::table(entity))));
            return QString();
        }
        columns.append(it.key());
        binds.append(bindable(it.value()));
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    Query q(m_db, QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                      .arg(Columns::table(entity), columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariant& v : std::as_const(binds))
        q.bind(v);
    if (!q.exec()) {
        failSql(q.error());
        return QString();
    }
    QString reviewId = entity == Entity::Review ? id : values.value(reviewColumn).toString();
    if (entity == Entity::WhyEvidence || entity == Entity::EventEvidence)
        reviewId = reviewIdOf(entity, id);
    if (!log(entity, id, reviewId, Change::Inserted, 1))
        return QString();
    return id;
}

// Zero rows from a revision-checked UPDATE means the row is gone or someone else changed it
// first; tell which, and who.
bool Library::Edit::checkRevision(Entity entity, const QString& id, qint64 expectedRev)
{
    Query q(m_db, QStringLiteral("SELECT rev, updated_by, deleted_ms FROM %1 WHERE id = ?").arg(Columns::table(entity)));
    q.bind(id);
    if (!q.exec())
        return failSql(q.error());
    if (!q.next())
        return fail(WriteResult::failure(WriteResult::NotFound, tr("The item no longer exists in the library.")));
    const qint64 rev = q.integer(0);
    if (rev != expectedRev) {
        WriteResult r = WriteResult::failure(WriteResult::Conflict,
                                             tr("%1 changed this item after you started editing it. Your change was "
                                                "not applied, so nothing of theirs was overwritten.")
                                                 .arg(q.text(1)));
        r.id = id;
        r.rev = rev;
        r.changedBy = q.text(1);
        return fail(r);
    }
    return fail(WriteResult::failure(WriteResult::NotFound, tr("The item was deleted.")));
}

bool Library::Edit::update(Entity entity, const QString& id, const QString& column, const QVariant& value,
                           qint64 expectedRev)
{
    if (!isOk())
        return false;
    if (!Columns::isEditable(entity, column))
        return fail(WriteResult::failure(WriteResult::Invalid,
                                tr("Internal error: column %1 cannot be edited on %2.").arg(column, Columns::table(entity))));
    Query q(m_db, QStringLiteral("UPDATE %1 SET %2 = ?, rev = rev + 1, updated_ms = ?, updated_by = ? "
                                 "WHERE id = ? AND rev = ? AND deleted_ms IS NULL")
                      .arg(Columns::table(entity), column));
    q.bind(bindable(value)).bind(m_now).bind(m_library.m_actor).bind(id).bind(expectedRev);
    if (!q.exec())
        return failSql(q.error());
    if (q.rowsAffected() == 0)
        return checkRevision(entity, id, expectedRev);
    m_result.id = id;
    m_result.rev = expectedRev + 1;
    return log(entity, id, reviewIdOf(entity, id), Change::Updated, expectedRev + 1, column);
}

bool Library::Edit::setTombstone(Entity entity, const QString& id, qint64 expectedRev, bool deleted)
{
    if (!isOk())
        return false;
    Query q(m_db, QStringLiteral("UPDATE %1 SET deleted_ms = ?, rev = rev + 1, updated_ms = ?, updated_by = ? "
                                 "WHERE id = ? AND rev = ? AND deleted_ms IS %2")
                      .arg(Columns::table(entity), deleted ? QStringLiteral("NULL") : QStringLiteral("NOT NULL")));
    q.bind(deleted ? QVariant(m_now) : QVariant()).bind(m_now).bind(m_library.m_actor).bind(id).bind(expectedRev);
    if (!q.exec())
        return failSql(q.error());
    if (q.rowsAffected() == 0) {
        if (!deleted)
            return fail(WriteResult::failure(WriteResult::Conflict, tr("The item was changed by someone else and cannot be restored.")));
        return checkRevision(entity, id, expectedRev);
    }
    m_result.id = id;
    m_result.rev = expectedRev + 1;
    return log(entity, id, reviewIdOf(entity, id), deleted ? Change::Removed : Change::Inserted, expectedRev + 1);
}

bool Library::Edit::remove(Entity entity, const QString& id, qint64 expectedRev)
{
    return setTombstone(entity, id, expectedRev, true);
}

bool Library::Edit::restore(Entity entity, const QString& id, qint64 expectedRev)
{
    return setTombstone(entity, id, expectedRev, false);
}

WriteResult Library::Edit::commit()
{
    if (!isOk() || !m_tx)
        return m_result;
    // This transaction's log rows are exactly (m_seqBefore, seqAfter]: the write lock was held
    // from BEGIN IMMEDIATE. Telling the watcher keeps our own edits from coming back as foreign.
    const qint64 seqAfter = m_changes.isEmpty() ? m_seqBefore : lastLoggedSeq(m_db);
    // The triggers kept search_docs exact; the full-text index follows in this transaction.
    SqlError searchError;
    if (!m_changes.isEmpty() && !SearchIndex::flush(m_db, &searchError)) {
        m_tx.reset();
        failSql(searchError);
        return m_result;
    }
    if (!m_tx->commit()) {
        failSql(m_tx->error());
        return m_result;
    }
    if (seqAfter > m_seqBefore)
        Q_EMIT m_library.ownChangesLogged(m_seqBefore + 1, seqAfter);
    m_library.emitChanges(m_changes);
    return m_result;
}

WriteResult Library::updateField(Entity entity, const QString& id, const QString& column, const QVariant& value,
                                 qint64 expectedRev)
{
    Edit edit(*this);
    edit.update(entity, id, column, value, expectedRev);
    return edit.commit();
}

WriteResult Library::insertRow(Entity entity, const QVariantMap& values)
{
    Edit edit(*this);
    const QString id = edit.insert(entity, values);
    WriteResult r = edit.commit();
    if (r.ok()) {
        r.id = id;
        r.rev = 1;
    }
    return r;
}

WriteResult Library::removeRow(Entity entity, const QString& id, qint64 expectedRev)
{
    Edit edit(*this);
    edit.remove(entity, id, expectedRev);
    return edit.commit();
}

WriteResult Library::restoreRow(Entity entity, const QString& id, qint64 expectedRev)
{
    Edit edit(*this);
    edit.restore(entity, id, expectedRev);
    return edit.commit();
}

WriteResult Library::setLabels(const QString& reviewId, const QString& kind, const QStringList& names)
{
    QStringList wanted;
    for (const QString& n : names) {
        const QString name = n.simplified();
        if (!name.isEmpty() && !wanted.contains(name, Qt::CaseInsensitive))
            wanted.append(name);
    }
    Edit edit(*this);
    if (!edit.isOk())
        return edit.commit();
    // The review's current links of this kind: label name -> (link id, link rev).
    struct Link {
        QString id;
        qint64 rev;
        QString name;
    };
    QList<Link> current;
    {
        Query q(edit.connection(), "SELECT rl.id, rl.rev, l.name FROM review_labels rl JOIN labels l ON l.id = rl.label_id "
                                   "WHERE rl.review_id = ? AND l.kind = ? AND rl.deleted_ms IS NULL");
        q.bind(reviewId).bind(kind);
        if (q.exec()) {
            while (q.next())
                current.append(Link{q.text(0), q.integer(1), q.text(2)});
        }
    }
    for (const Link& link : std::as_const(current)) {
        if (!wanted.contains(link.name, Qt::CaseInsensitive))
            edit.remove(Entity::ReviewLabel, link.id, link.rev);
    }
    for (const QString& name : std::as_const(wanted)) {
        const bool linked = std::any_of(current.cbegin(), current.cend(), [&](const Link& l) {
            return l.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (linked)
            continue;
        QString labelId;
        {
            Query q(edit.connection(), "SELECT id FROM labels WHERE kind = ? AND lower(name) = lower(?) AND deleted_ms IS NULL");
            q.bind(kind).bind(name);
            if (q.exec() && q.next())
                labelId = q.text(0);
        }
        if (labelId.isEmpty())
            labelId = edit.insert(Entity::Label, {{QStringLiteral("kind"), kind}, {QStringLiteral("name"), name}});
        edit.insert(Entity::ReviewLabel, {{QStringLiteral("review_id"), reviewId}, {QStringLiteral("label_id"), labelId}});
    }
    WriteResult r = edit.commit();
    r.id = reviewId;
    return r;
}

WriteResult Library::createReview(const QString& templateKey, const QString& title)
{
    const std::optional<Template> t = templateByKey(templateKey);
    if (!t) {
        return WriteResult::failure(WriteResult::Invalid,
                           QCoreApplication::translate("hs::Library", "There is no review template “%1” in this library.")
                               .arg(templateKey));
    }
    Edit edit(*this);
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    const QString id = edit.insert(Entity::Review, {{QStringLiteral("title"), title},
                                                    {QStringLiteral("template_key"), t->key},
                                                    {QStringLiteral("time_zone"), zone.isEmpty() ? QStringLiteral("UTC") : zone},
                                                    {QStringLiteral("facilitator"), m_actor}});
    QString key;
    for (const TemplateSection& s : t->sections) {
        key = SortKey::after(key);
        edit.insert(Entity::Section, {{QStringLiteral("review_id"), id},
                                      {QStringLiteral("key"), s.key},
                                      {QStringLiteral("title"), s.title},
                                      {QStringLiteral("help"), s.help},
                                      {QStringLiteral("sort_key"), key}});
    }
    key.clear();
    for (const TemplateAgendaItem& a : t->agenda) {
        key = SortKey::after(key);
        edit.insert(Entity::AgendaItem, {{QStringLiteral("review_id"), id},
                                         {QStringLiteral("title"), a.title},
                                         {QStringLiteral("minutes"), a.minutes},
                                         {QStringLiteral("stage"), a.stage},
                                         {QStringLiteral("sort_key"), key}});
    }
    WriteResult r = edit.commit();
    if (r.ok()) {
        r.id = id;
        r.rev = 1;
    }
    return r;
}

} // namespace hs
