#include "storage/BulkWriter.h"

#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "util/SortKey.h"
#include "util/Uuid.h"

#include <QDateTime>

#include <sqlite3.h>

namespace hs {

namespace {

// Bind helpers: SQLite copies the text (SQLITE_TRANSIENT), so temporaries are fine.
void bindText(sqlite3_stmt* s, int i, const QString& v)
{
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void bindOptText(sqlite3_stmt* s, int i, const QString& v)
{
    if (v.isEmpty())
        sqlite3_bind_null(s, i);
    else
        bindText(s, i, v);
}

void bindOptInt(sqlite3_stmt* s, int i, std::optional<qint64> v)
{
    if (v)
        sqlite3_bind_int64(s, i, *v);
    else
        sqlite3_bind_null(s, i);
}

void bindDate(sqlite3_stmt* s, int i, const QDate& d)
{
    if (d.isValid())
        bindText(s, i, d.toString(Qt::ISODate));
    else
        sqlite3_bind_null(s, i);
}

QString idOr(const QString& id)
{
    return id.isEmpty() ? newId() : id;
}

} // namespace

BulkWriter::BulkWriter(const Database& db, const QString& actor)
    : m_db(db.handle())
    , m_actor(actor.isEmpty() ? QStringLiteral("hindsight") : actor)
    , m_now(QDateTime::currentMSecsSinceEpoch())
{
}

BulkWriter::~BulkWriter()
{
    rollback();
    for (sqlite3_stmt* s : std::as_const(m_statements))
        sqlite3_finalize(s);
}

bool BulkWriter::begin(QString* error)
{
    if (!m_db) {
        *error = QStringLiteral("no SQLite handle");
        return false;
    }
    const int rc = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    m_active = true;
    // Pause the change_log triggers for this transaction only (see Schema version 3): a new
    // library's hundred thousand rows are not news to anyone. commit() lifts the pause again
    // in the same transaction and leaves one "reload" row instead.
    if (sqlite3_exec(m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('change_log_paused', '1')", nullptr,
                     nullptr, nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        rollback();
        return false;
    }
    return true;
}

bool BulkWriter::commit(QString* error)
{
    if (!m_active)
        return false;
    for (sqlite3_stmt* s : std::as_const(m_statements))
        sqlite3_reset(s);
    sqlite3_stmt* reload = statement("INSERT INTO change_log(tbl, row_id, review_id, op, rev, actor, at_ms) "
                                     "VALUES ('*', '', NULL, 'reload', 0, ?, ?)",
                                     error);
    if (!reload || sqlite3_exec(m_db, "DELETE FROM meta WHERE key = 'change_log_paused'", nullptr, nullptr, nullptr) != SQLITE_OK) {
        if (reload == nullptr && error->isEmpty())
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        rollback();
        return false;
    }
    bindText(reload, 1, m_actor);
    sqlite3_bind_int64(reload, 2, m_now);
    if (!finishRow(reload, error) || !SearchIndex::flush(m_db, error)) {
        rollback();
        return false;
    }
    const int rc = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void BulkWriter::rollback()
{
    if (!m_active)
        return;
    for (sqlite3_stmt* s : std::as_const(m_statements))
        sqlite3_reset(s);
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    m_active = false;
    m_labelIds.clear();
}

sqlite3_stmt* BulkWriter::statement(const char* sql, QString* error)
{
    sqlite3_stmt* s = m_statements.value(sql);
    if (s) {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return s;
    }
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return nullptr;
    }
    m_statements.insert(sql, s);
    return s;
}

bool BulkWriter::finishRow(sqlite3_stmt* stmt, QString* error)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

// Parameters 1..4 of every insert: id, created_ms, updated_ms, updated_by.
bool BulkWriter::bindMeta(sqlite3_stmt* stmt, const QString& id)
{
    bindText(stmt, 1, id);
    sqlite3_bind_int64(stmt, 2, m_now);
    sqlite3_bind_int64(stmt, 3, m_now);
    bindText(stmt, 4, m_actor);
    return true;
}

bool BulkWriter::insertTemplate(const Template& t, int order, QString* error)
{
    sqlite3_stmt* s = statement("INSERT INTO templates(id, created_ms, updated_ms, updated_by, key, name, body, sort_key) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                error);
    if (!s)
        return false;
    bindMeta(s, idOr(t.id));
    bindText(s, 5, t.key);
    bindText(s, 6, t.name);
    const QByteArray body = templateToJson(t);
    sqlite3_bind_text(s, 7, body.constData(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
    bindText(s, 8, QStringLiteral("%1").arg(order, 4, 10, QLatin1Char('0')));
    return finishRow(s, error);
}

bool BulkWriter::insertCategory(const QString& name, int order, QString* error)
{
    sqlite3_stmt* s = statement("INSERT INTO categories(id, created_ms, updated_ms, updated_by, name, sort_key) "
                                "VALUES (?, ?, ?, ?, ?, ?)",
                                error);
    if (!s)
        return false;
    bindMeta(s, newId());
    bindText(s, 5, name);
    bindText(s, 6, QStringLiteral("%1").arg(order, 4, 10, QLatin1Char('0')));
    return finishRow(s, error);
}

bool BulkWriter::linkLabel(const QString& reviewId, const QString& kind, const QString& name, QString* error)
{
    const QString key = kind + QLatin1Char('\n') + name.toLower();
    QString labelId = m_labelIds.value(key);
    if (labelId.isEmpty()) {
        sqlite3_stmt* find = statement("SELECT id FROM labels WHERE kind = ? AND lower(name) = lower(?) AND deleted_ms IS NULL",
                                       error);
        if (!find)
            return false;
        bindText(find, 1, kind);
        bindText(find, 2, name);
        if (sqlite3_step(find) == SQLITE_ROW)
            labelId = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(find, 0)));
        sqlite3_reset(find);
        if (labelId.isEmpty()) {
            labelId = newId();
            sqlite3_stmt* s = statement("INSERT INTO labels(id, created_ms, updated_ms, updated_by, kind, name) "
                                        "VALUES (?, ?, ?, ?, ?, ?)",
                                        error);
            if (!s)
                return false;
            bindMeta(s, labelId);
            bindText(s, 5, kind);
            bindText(s, 6, name);
            if (!finishRow(s, error))
                return false;
        }
        m_labelIds.insert(key, labelId);
    }
    sqlite3_stmt* s = statement("INSERT INTO review_labels(id, created_ms, updated_ms, updated_by, review_id, label_id) "
                                "VALUES (?, ?, ?, ?, ?, ?)",
                                error);
    if (!s)
        return false;
    bindMeta(s, newId());
    bindText(s, 5, reviewId);
    bindText(s, 6, labelId);
    return finishRow(s, error);
}

bool BulkWriter::insertEvent(const TimelineEvent& e, QString* error)
{
    sqlite3_stmt* s = statement("INSERT INTO events(id, created_ms, updated_ms, updated_by, review_id, at_ms, kind, actor, "
                                "text, source, link, milestone, suspected_trigger) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                error);
    if (!s)
        return false;
    bindMeta(s, idOr(e.id));
    bindText(s, 5, e.reviewId);
    sqlite3_bind_int64(s, 6, e.atMs);
    bindText(s, 7, e.kind.isEmpty() ? QStringLiteral("other") : e.kind);
    bindText(s, 8, e.actor);
    bindText(s, 9, e.text);
    bindText(s, 10, e.source.isEmpty() ? QStringLiteral("typed") : e.source);
    bindText(s, 11, e.link);
    bindText(s, 12, e.milestone);
    sqlite3_bind_int(s, 13, e.suspectedTrigger ? 1 : 0);
    return finishRow(s, error);
}

bool BulkWriter::insertDocument(const ReviewDocument& doc, QString* error)
{
    const Review& r = doc.review;
    const QString reviewId = idOr(r.id);
    sqlite3_stmt* s = statement("INSERT INTO reviews(id, created_ms, updated_ms, updated_by, title, incident_ref, severity, "
                                "status, template_key, facilitator, time_zone, started_ms, detected_ms, acknowledged_ms, "
                                "mitigated_ms, resolved_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                error);
    if (!s)
        return false;
    bindMeta(s, reviewId);
    bindText(s, 5, r.title);
    bindText(s, 6, r.incidentRef);
    bindText(s, 7, r.severity.isEmpty() ? QStringLiteral("SEV3") : r.severity);
    bindText(s, 8, r.status.isEmpty() ? QStringLiteral("draft") : r.status);
    bindText(s, 9, r.templateKey.isEmpty() ? QStringLiteral("incident") : r.templateKey);
    bindText(s, 10, r.facilitator);
    bindText(s, 11, r.timeZone.isEmpty() ? QStringLiteral("UTC") : r.timeZone);
    for (int i = 0; i < kKeyTimeCount; ++i)
        bindOptInt(s, 12 + i, r.keyTimes[static_cast<size_t>(i)]);
    if (!finishRow(s, error))
        return false;

    for (const QString& name : r.services) {
        if (!linkLabel(reviewId, QStringLiteral("service"), name, error))
            return false;
    }
    for (const QString& name : r.tags) {
        if (!linkLabel(reviewId, QStringLiteral("tag"), name, error))
            return false;
    }

    QString key;
    for (const Participant& p : doc.participants) {
        key = p.sortKey.isEmpty() ? SortKey::after(key) : p.sortKey;
        sqlite3_stmt* q = statement("INSERT INTO participants(id, created_ms, updated_ms, updated_by, review_id, name, role, "
                                    "attended, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    error);
        if (!q)
            return false;
        bindMeta(q, idOr(p.id));
        bindText(q, 5, reviewId);
        bindText(q, 6, p.name);
        bindText(q, 7, p.role);
        sqlite3_bind_int(q, 8, p.attended ? 1 : 0);
        bindText(q, 9, key);
        if (!finishRow(q, error))
            return false;
    }
    key.clear();
    for (const Section& sec : doc.sections) {
        key = sec.sortKey.isEmpty() ? SortKey::after(key) : sec.sortKey;
        sqlite3_stmt* q = statement("INSERT INTO sections(id, created_ms, updated_ms, updated_by, review_id, key, title, help, "
                                    "body, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    error);
        if (!q)
            return false;
        bindMeta(q, idOr(sec.id));
        bindText(q, 5, reviewId);
        bindText(q, 6, sec.key);
        bindText(q, 7, sec.title);
        bindText(q, 8, sec.help);
        bindText(q, 9, sec.body);
        bindText(q, 10, key);
        if (!finishRow(q, error))
            return false;
    }
    for (TimelineEvent e : doc.events) {
        e.reviewId = reviewId;
        if (!insertEvent(e, error))
            return false;
    }
    // Why-nodes: parents before children, which the caller's order guarantees.
    for (const WhyNode& w : doc.whys) {
        sqlite3_stmt* q = statement("INSERT INTO why_nodes(id, created_ms, updated_ms, updated_by, review_id, parent_id, "
                                    "sort_key, text, notes, mark, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    error);
        if (!q)
            return false;
        bindMeta(q, w.id);
        bindText(q, 5, reviewId);
        bindOptText(q, 6, w.parentId);
        bindText(q, 7, w.sortKey.isEmpty() ? SortKey::first() : w.sortKey);
        bindText(q, 8, w.text);
        bindText(q, 9, w.notes);
        bindText(q, 10, w.mark.isEmpty() ? QStringLiteral("cause") : w.mark);
        bindText(q, 11, w.category);
        if (!finishRow(q, error))
            return false;
        for (const QString& eventId : w.evidenceEventIds) {
            sqlite3_stmt* ev = statement("INSERT INTO why_evidence(id, created_ms, updated_ms, updated_by, why_id, event_id) "
                                         "VALUES (?, ?, ?, ?, ?, ?)",
                                         error);
            if (!ev)
                return false;
            bindMeta(ev, newId());
            bindText(ev, 5, w.id);
            bindText(ev, 6, eventId);
            if (!finishRow(ev, error))
                return false;
        }
    }
    for (const ActionItem& a : doc.actions) {
        sqlite3_stmt* q = statement(
            "INSERT INTO actions(id, created_ms, updated_ms, updated_by, review_id, why_id, title, description, type, "
            "priority, owner, due_date, status, tracker_url, follow_up_date, effectiveness, effectiveness_note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            error);
        if (!q)
            return false;
        bindMeta(q, idOr(a.id));
        bindText(q, 5, reviewId);
        bindOptText(q, 6, a.whyId);
        bindText(q, 7, a.title);
        bindText(q, 8, a.description);
        bindText(q, 9, a.type.isEmpty() ? QStringLiteral("prevent") : a.type);
        bindText(q, 10, a.priority.isEmpty() ? QStringLiteral("P2") : a.priority);
        bindText(q, 11, a.owner);
        bindDate(q, 12, a.dueDate);
        bindText(q, 13, a.status.isEmpty() ? QStringLiteral("open") : a.status);
        bindText(q, 14, a.trackerUrl);
        bindDate(q, 15, a.followUpDate);
        bindText(q, 16, a.effectiveness.isEmpty() ? QStringLiteral("not_checked") : a.effectiveness);
        bindText(q, 17, a.effectivenessNote);
        if (!finishRow(q, error))
            return false;
    }
    key.clear();
    for (const Lesson& l : doc.lessons) {
        key = l.sortKey.isEmpty() ? SortKey::after(key) : l.sortKey;
        sqlite3_stmt* q = statement("INSERT INTO lessons(id, created_ms, updated_ms, updated_by, review_id, kind, text, "
                                    "sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                    error);
        if (!q)
            return false;
        bindMeta(q, idOr(l.id));
        bindText(q, 5, reviewId);
        bindText(q, 6, l.kind);
        bindText(q, 7, l.text);
        bindText(q, 8, key);
        if (!finishRow(q, error))
            return false;
    }
    key.clear();
    for (const Note& n : doc.notes) {
        key = n.sortKey.isEmpty() ? SortKey::after(key) : n.sortKey;
        sqlite3_stmt* q = statement("INSERT INTO notes(id, created_ms, updated_ms, updated_by, review_id, kind, text, "
                                    "internal, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    error);
        if (!q)
            return false;
        bindMeta(q, idOr(n.id));
        bindText(q, 5, reviewId);
        bindText(q, 6, n.kind.isEmpty() ? QStringLiteral("note") : n.kind);
        bindText(q, 7, n.text);
        sqlite3_bind_int(q, 8, n.internal ? 1 : 0);
        bindText(q, 9, key);
        if (!finishRow(q, error))
            return false;
    }
    key.clear();
    for (const AgendaItem& a : doc.agenda) {
        key = a.sortKey.isEmpty() ? SortKey::after(key) : a.sortKey;
        sqlite3_stmt* q = statement("INSERT INTO agenda_items(id, created_ms, updated_ms, updated_by, review_id, title, "
                                    "minutes, stage, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    error);
        if (!q)
            return false;
        bindMeta(q, idOr(a.id));
        bindText(q, 5, reviewId);
        bindText(q, 6, a.title);
        sqlite3_bind_int(q, 7, a.minutes);
        bindText(q, 8, a.stage);
        bindText(q, 9, key);
        if (!finishRow(q, error))
            return false;
    }
    return true;
}

} // namespace hs
