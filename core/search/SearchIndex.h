#pragma once

#include <QStringList>

struct sqlite3;
class QSqlDatabase;

namespace hs {
struct SqlError;
}

namespace hs::SearchIndex {

// The full-text index over a library (schema step "search index"; design note in
// SearchIndex.cpp). Triggers on the source tables keep search_docs (a plain table: the text
// of every live item) exact inside every writer's own transaction. The FTS5 index over it
// cannot be written by triggers while trusted_schema is OFF (SQLite refuses "unsafe use of
// virtual table" in any trigger, TEMP ones too), so each Hindsight write brings the index up
// to date just before its COMMIT with flush(): same transaction, same durability.

// The schema step: tables, triggers, and the index built for the rows already there.
QStringList schemaStep();

// Applies what the triggers queued since the last flush, inside the caller's open write
// transaction. Cheap when nothing is queued (one indexed read). A file without the index
// (older schema, mid-migration) is left alone.
bool flush(const QSqlDatabase& db, SqlError* error);
// Whether flush() has anything to do (a read; false for a file without the index).
bool hasPending(const QSqlDatabase& db);
bool flush(sqlite3* db, QString* error);

} // namespace hs::SearchIndex
