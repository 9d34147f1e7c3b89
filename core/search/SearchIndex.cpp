#include "search/SearchIndex.h"

#include "storage/Query.h"

#include <QSqlDatabase>

#include <sqlite3.h>

namespace hs::SearchIndex {

namespace {

// Design. search_docs holds one row per live item with text worth finding: its kind, id and
// review, and three text columns weighted differently when ranking (title: review and action
// titles; body: the item's main text; detail: incident reference, event actor, why notes).
// Its rowid is AUTOINCREMENT, so a rowid is never reused: an edit is a delete plus an insert
// with a new rowid, and "rowids above indexed_upto" are exactly the rows not yet indexed.
// search_index is FTS5 with search_docs as external content (the text is stored once).
// search_pending keeps what the index must forget: a deleted doc's rowid and its old text
// (FTS5 needs the indexed values to delete them from an external-content index).
//
// Tombstones: a row is in search_docs only while its own deleted_ms is NULL. What a tombstone
// hides further down (a review's children, a why-node's branch) is checked when searching,
// so removing or restoring a review or a branch is one row's change here, not thousands.
//
// Transcript messages are left out: an import adds 20,000 of them in one go, the transcript
// has its own search inside the review, and what matters in a chat becomes timeline events
// (which are indexed).
struct Source {
    const char* table;
    const char* kind;
    const char* review;  // over a row alias R
    const char* title;
    const char* body;
    const char* detail;
    const char* columns; // the columns an UPDATE must touch to change the indexed text
};

const Source kSources[] = {
    {"reviews", "review", "R.id", "R.title", "''", "R.incident_ref", "title, incident_ref, deleted_ms"},
    {"sections", "section", "R.review_id", "''", "R.body", "''", "body, deleted_ms"},
    {"events", "event", "R.review_id", "''", "R.text", "R.actor", "text, actor, deleted_ms"},
    {"why_nodes", "why", "R.review_id", "''", "R.text", "R.notes", "text, notes, deleted_ms"},
    {"actions", "action", "R.review_id", "R.title", "R.description", "''", "title, description, deleted_ms"},
    {"lessons", "lesson", "R.review_id", "''", "R.text", "''", "text, deleted_ms"},
    {"notes", "note", "R.review_id", "''", "R.text", "''", "text, deleted_ms"},
};

QString over(const char* expression, const char* alias)
{
    return QString::fromLatin1(expression).replace(QLatin1String("R."), QLatin1String(alias));
}

// SELECT of the doc row for source s over alias (NEW. or a table name), keeping live rows
// with some text.
QString docSelect(const Source& s, const char* alias, const QString& from = QString())
{
    const QString title = over(s.title, alias);
    const QString body = over(s.body, alias);
    const QString detail = over(s.detail, alias);
    return QStringLiteral("SELECT '%1', %2id, %3, %4, %5, %6 %7WHERE %2deleted_ms IS NULL AND (%4 <> '' OR %5 <> '' OR %6 <> '')")
        .arg(QLatin1String(s.kind), QLatin1String(alias), over(s.review, alias), title, body, detail,
             from.isEmpty() ? QString() : QStringLiteral("FROM %1 ").arg(from));
}

const char* const kInsertDoc = "INSERT INTO search_docs(kind, item_id, review_id, title, body, detail) ";

const char* const kUpto = "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed_upto')";

QStringList flushStatements()
{
    return {
        QStringLiteral("INSERT INTO search_index(search_index, rowid, title, body, detail) "
                       "SELECT 'delete', doc_rowid, title, body, detail FROM search_pending WHERE doc_rowid <= %1 ORDER BY seq")
            .arg(QLatin1String(kUpto)),
        QStringLiteral("INSERT INTO search_index(rowid, title, body, detail) "
                       "SELECT rowid, title, body, detail FROM search_docs WHERE rowid > %1 ORDER BY rowid")
            .arg(QLatin1String(kUpto)),
        QStringLiteral("DELETE FROM search_pending"),
        QStringLiteral("UPDATE meta SET value = CAST(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'search_docs'), 0) AS TEXT) "
                       "WHERE key = 'search_indexed_upto'"),
    };
}

// Whether anything waits: a queued forget, or docs past the indexed mark. -1: no index.
const char* const kStateSql = "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed_upto'";
const char* const kPendingSql = "SELECT EXISTS (SELECT 1 FROM search_pending) "
                                "OR coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'search_docs'), 0) > ?";

} // namespace

QStringList schemaStep()
{
    QStringList out = {
        QStringLiteral("CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
                       "item_id TEXT NOT NULL UNIQUE, review_id TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', "
                       "body TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '')"),
        // A prefix index for two letters only: on 10,000 generated reviews a two-letter prefix
        // ("ca" while typing) took 140 ms without it and 35 ms with it; from three letters on
        // the terms are few enough to merge, and the 3-letter index would add as much again
        // (FTS5 data per 2,000 reviews: 5.4 MiB bare, 10.5 with '2', 15.3 with '2 3').
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(title, body, detail, content='search_docs', "
                       "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2')"),
        QStringLiteral("CREATE TABLE search_pending (seq INTEGER PRIMARY KEY, doc_rowid INTEGER NOT NULL, "
                       "title TEXT NOT NULL, body TEXT NOT NULL, detail TEXT NOT NULL)"),
        QStringLiteral("CREATE TRIGGER search_docs_forget AFTER DELETE ON search_docs BEGIN "
                       "INSERT INTO search_pending(doc_rowid, title, body, detail) "
                       "VALUES (OLD.rowid, OLD.title, OLD.body, OLD.detail); END"),
    };
    for (const Source& s : kSources) {
        const QString table = QString::fromLatin1(s.table);
        out.append(QString::fromLatin1(kInsertDoc) + docSelect(s, "", table));
        out.append(QStringLiteral("CREATE TRIGGER %1_search_insert AFTER INSERT ON %1 BEGIN %2%3; END")
                       .arg(table, QLatin1String(kInsertDoc), docSelect(s, "NEW.")));
        out.append(QStringLiteral("CREATE TRIGGER %1_search_update AFTER UPDATE OF %2 ON %1 BEGIN "
                                  "DELETE FROM search_docs WHERE item_id = OLD.id; %3%4; END")
                       .arg(table, QLatin1String(s.columns), QLatin1String(kInsertDoc), docSelect(s, "NEW.")));
        out.append(QStringLiteral("CREATE TRIGGER %1_search_delete AFTER DELETE ON %1 BEGIN "
                                  "DELETE FROM search_docs WHERE item_id = OLD.id; END")
                       .arg(table));
    }
    // The rows copied above were never indexed: build the index from them in one pass.
    out.append(QStringLiteral("INSERT INTO search_index(search_index) VALUES ('rebuild')"));
    out.append(QStringLiteral("DELETE FROM search_pending"));
    out.append(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('search_indexed_upto', "
                              "CAST(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'search_docs'), 0) AS TEXT))"));
    return out;
}

bool hasPending(const QSqlDatabase& db)
{
    qint64 upto = -1;
    {
        Query q(db, kStateSql);
        if (q.exec() && q.next())
            upto = q.integer(0);
    }
    if (upto < 0)
        return false;
    Query q(db, kPendingSql);
    q.bind(upto);
    return q.exec() && q.next() && q.integer(0) != 0;
}

bool flush(const QSqlDatabase& db, SqlError* error)
{
    if (!hasPending(db))
        return true;
    for (const QString& sql : flushStatements()) {
        Query q(db, sql);
        if (!q.exec()) {
            if (error)
                *error = q.error();
            return false;
        }
    }
    return true;
}

bool flush(sqlite3* db, QString* error)
{
    // The same as above through the C API, for BulkWriter's raw transaction.
    sqlite3_stmt* s = nullptr;
    qint64 upto = -1;
    if (sqlite3_prepare_v2(db, kStateSql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        upto = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    if (upto < 0)
        return true;
    for (const QString& sql : flushStatements()) {
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    return true;
}

} // namespace hs::SearchIndex
