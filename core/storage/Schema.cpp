#include "storage/Schema.h"

#include "search/SearchIndex.h"

namespace hs::Schema {

namespace {

// Columns on every shared row: a stable id, a revision for optimistic concurrency, and a
// tombstone so deletions merge between files and undo restores the same row.
#define SHARED_COLUMNS                                                                             \
    "id TEXT PRIMARY KEY NOT NULL, rev INTEGER NOT NULL DEFAULT 1, created_ms INTEGER NOT NULL, "  \
    "updated_ms INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '', deleted_ms INTEGER"

const char* const kVersion1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, "
    "row_id TEXT NOT NULL, review_id TEXT, op TEXT NOT NULL, rev INTEGER, actor TEXT NOT NULL DEFAULT '', "
    "at_ms INTEGER NOT NULL)",
    "CREATE TABLE templates (" SHARED_COLUMNS ", key TEXT NOT NULL, name TEXT NOT NULL, body TEXT NOT NULL, "
    "sort_key TEXT NOT NULL DEFAULT 'i')",
    "CREATE TABLE categories (" SHARED_COLUMNS ", name TEXT NOT NULL, sort_key TEXT NOT NULL DEFAULT 'i')",
    "CREATE TABLE reviews (" SHARED_COLUMNS ", title TEXT NOT NULL, incident_ref TEXT NOT NULL DEFAULT '', "
    "severity TEXT NOT NULL DEFAULT 'SEV3', status TEXT NOT NULL DEFAULT 'draft', "
    "template_key TEXT NOT NULL DEFAULT 'incident', facilitator TEXT NOT NULL DEFAULT '', "
    "time_zone TEXT NOT NULL DEFAULT 'UTC', started_ms INTEGER, detected_ms INTEGER, "
    "acknowledged_ms INTEGER, mitigated_ms INTEGER, resolved_ms INTEGER)",
    "CREATE INDEX reviews_started ON reviews(started_ms)",
    "CREATE TABLE labels (" SHARED_COLUMNS ", kind TEXT NOT NULL, name TEXT NOT NULL)",
    "CREATE UNIQUE INDEX labels_kind_name ON labels(kind, name) WHERE deleted_ms IS NULL",
    "CREATE TABLE review_labels (" SHARED_COLUMNS ", review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE, "
    "label_id TEXT NOT NULL REFERENCES labels(id) ON DELETE CASCADE)",
    "CREATE INDEX review_labels_review ON review_labels(review_id)",
    "CREATE INDEX review_labels_label ON review_labels(label_id)",
    "CREATE TABLE participants (" SHARED_COLUMNS ", review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE, "
    "name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', attended INTEGER NOT NULL DEFAULT 0, "
    "sort_key TEXT NOT NULL DEFAULT 'i')",
    "CREATE INDEX participants_review ON participants(review_id)",
    "CREATE TABLE sections (" SHARED_COLUMNS ", review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE, "
    "key TEXT NOT NULL, title TEXT NOT NULL, help TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', "
    "sort_key TEXT NOT NULL DEFAULT 'i')",
    "CREATE INDEX sections_review ON sections(review_id)",
    "CREATE TABLE events (" SHARED_COLUMNS ", review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE, "
    "at_ms INTEGER NOT NULL, kind TEXT NOT NULL DEFAULT 'other', actor TEXT NOT NULL DEFAULT '', "
    "text TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT 'typed', link TEXT NOT NULL DEFAULT '', "
    "milestone TEXT NOT NULL DEFAULT '', suspected_trigger INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX events_review_time ON events(review_id, at_ms)",
    "CREATE TABLE why_nodes (" SHARED_COLUMNS ", review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE, "
    "parent_id TEXT REFERENCES why_nodes(id) ON DELETE CASCADE, sort_key TEXT NOT NULL DEFAULT 'i', "
    "text TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', mark TEXT NOT NULL DEFAULT 'cause', "
    "category TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX why_nodes_review ON why_nodes(review_id)",
    "CREATE TABLE why_evidence (" SHARED_COLUMNS ", why_id TEXT NOT NULL REFERENCES why_nodes(id) ON DELETE CASCADE, "
    "event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE)",
    "CREATE INDEX why_evidence_why ON why_evidence(why_id)",
    "CREATE INDEX why_evidence_event ON why_evidence(event_id)",
    "CREATE TABLE actions (" SHARED_COLUMNS ", review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE, "
    "why_id TEXT REFERENCES why_nodes(id) ON DELETE SET NULL, title TEXT NOT NULL, "
    "description TEXT NOT NULL DEFAULT '', type TEXT NOT NULL DEFAULT 'prevent', priority TEXT NOT NULL DEFAULT 'P2', "
    "owner TEXT NOT NULL DEFAULT '', due_date TEXT, status TEXT NOT NULL DEFAULT 'open', "
    "tracker_url TEXT NOT NULL DEFAULT '', follow_up_date TEXT, effectiveness TEXT NOT NULL DEFAULT 'not_checked', "
    "effectiveness_note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX actions_review ON actions(review_id)",
    "CREATE INDEX actions_status_due ON actions(status, due_date)",
    "CREATE TABLE lessons (" SHARED_COLUMNS ", review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE, "
    "kind TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', sort_key TEXT NOT NULL DEFAULT 'i')",
    "CREATE INDEX lessons_review ON lessons(review_id)",
    "CREATE TABLE notes (" SHARED_COLUMNS ", review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE, "
    "kind TEXT NOT NULL DEFAULT 'note', text TEXT NOT NULL DEFAULT '', internal INTEGER NOT NULL DEFAULT 0, "
    "sort_key TEXT NOT NULL DEFAULT 'i')",
    "CREATE INDEX notes_review ON notes(review_id)",
    "CREATE TABLE agenda_items (" SHARED_COLUMNS ", review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE, "
    "title TEXT NOT NULL, minutes INTEGER NOT NULL DEFAULT 0, stage TEXT NOT NULL DEFAULT 'wrap_up', "
    "sort_key TEXT NOT NULL DEFAULT 'i')",
    "CREATE INDEX agenda_items_review ON agenda_items(review_id)",
};

// Version 2: the transcript (imported chat messages, the evidence behind the timeline), which
// messages back which event, and the imports themselves, so an import undoes as one step and a
// re-import can skip what is already there (external ids). Additive: older readers and
// writers ignore the new tables, so read_compat and write_compat stay at 1.
const char* const kVersion2[] = {
    "CREATE TABLE imports (" SHARED_COLUMNS ", review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE, "
    "format TEXT NOT NULL, source_name TEXT NOT NULL DEFAULT '', messages INTEGER NOT NULL DEFAULT 0, "
    "events INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX imports_review ON imports(review_id)",
    "CREATE TABLE transcript (" SHARED_COLUMNS ", review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE, "
    "at_ms INTEGER NOT NULL, author TEXT NOT NULL DEFAULT '', author_id TEXT NOT NULL DEFAULT '', "
    "text TEXT NOT NULL DEFAULT '', thread_id TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'message', "
    "source TEXT NOT NULL DEFAULT 'chat', external_id TEXT NOT NULL DEFAULT '', edited INTEGER NOT NULL DEFAULT 0, "
    "import_id TEXT REFERENCES imports(id) ON DELETE SET NULL)",
    "CREATE INDEX transcript_review_time ON transcript(review_id, at_ms)",
    "CREATE INDEX transcript_external ON transcript(review_id, external_id)",
    "CREATE INDEX transcript_import ON transcript(import_id)",
    "ALTER TABLE events ADD COLUMN external_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE events ADD COLUMN import_id TEXT REFERENCES imports(id) ON DELETE SET NULL",
    "CREATE INDEX events_import ON events(import_id)",
    "CREATE TABLE event_evidence (" SHARED_COLUMNS ", event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, "
    "message_id TEXT NOT NULL REFERENCES transcript(id) ON DELETE CASCADE)",
    "CREATE INDEX event_evidence_event ON event_evidence(event_id)",
    "CREATE INDEX event_evidence_message ON event_evidence(message_id)",
};

// Version 3: several facilitators on one file. Every write to a shared table logs itself into
// change_log through triggers, inside the writer's own transaction, so every path (single
// edits, batches, imports, undo, other tools) is covered and a reader polling data_version can
// refresh row by row. Tables and how a row finds its review; NULL for library-wide rows.
struct LoggedTable {
    const char* name;
    const char* reviewOf; // an expression over a row alias R (NEW or OLD)
};

const LoggedTable kLoggedTables[] = {
    {"templates", "NULL"},
    {"categories", "NULL"},
    {"labels", "NULL"},
    {"reviews", "R.id"},
    {"review_labels", "R.review_id"},
    {"participants", "R.review_id"},
    {"sections", "R.review_id"},
    {"events", "R.review_id"},
    {"why_nodes", "R.review_id"},
    {"why_evidence", "(SELECT review_id FROM why_nodes WHERE id = R.why_id)"},
    {"actions", "R.review_id"},
    {"lessons", "R.review_id"},
    {"notes", "R.review_id"},
    {"agenda_items", "R.review_id"},
    {"imports", "R.review_id"},
    {"transcript", "R.review_id"},
    {"event_evidence", "(SELECT review_id FROM events WHERE id = R.event_id)"},
};

// The three change_log triggers of one shared table. Every step that adds a shared table
// calls this for it, so new tables are logged exactly like the version-3 ones.
QStringList changeLogTriggers(const LoggedTable& t)
{
    QStringList out;
    // A restore (tombstone cleared) is logged as an insert and a tombstone as a remove, as the
    // app's own change signals report them. BulkWriter, which fills new libraries nobody is
    // watching yet, pauses the log for its own transaction with a meta row that it deletes
    // again before committing, so no other connection ever sees the pause.
    const QString when = QStringLiteral("WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'change_log_paused')");
    const QString name = QString::fromLatin1(t.name);
    const QString reviewOf = QString::fromLatin1(t.reviewOf);
    out.append(QStringLiteral("CREATE TRIGGER %1_log_insert AFTER INSERT ON %1 %2 BEGIN "
                              "INSERT INTO change_log(tbl, row_id, review_id, op, rev, actor, at_ms) "
                              "VALUES ('%1', NEW.id, %3, 'insert', NEW.rev, NEW.updated_by, NEW.updated_ms); END")
                   .arg(name, when, QString(reviewOf).replace(QLatin1String("R."), QLatin1String("NEW."))));
    out.append(QStringLiteral("CREATE TRIGGER %1_log_update AFTER UPDATE ON %1 %2 BEGIN "
                              "INSERT INTO change_log(tbl, row_id, review_id, op, rev, actor, at_ms) "
                              "VALUES ('%1', NEW.id, %3, CASE WHEN OLD.deleted_ms IS NULL AND NEW.deleted_ms IS NOT NULL "
                              "THEN 'remove' WHEN OLD.deleted_ms IS NOT NULL AND NEW.deleted_ms IS NULL THEN 'insert' "
                              "ELSE 'update' END, NEW.rev, NEW.updated_by, NEW.updated_ms); END")
                   .arg(name, when, QString(reviewOf).replace(QLatin1String("R."), QLatin1String("NEW."))));
    // Rows are tombstoned, not deleted, by Hindsight; a real DELETE (another tool, a
    // cascade) is still logged so nobody shows a row that is gone.
    out.append(QStringLiteral("CREATE TRIGGER %1_log_delete AFTER DELETE ON %1 %2 BEGIN "
                              "INSERT INTO change_log(tbl, row_id, review_id, op, rev, actor, at_ms) "
                              "VALUES ('%1', OLD.id, %3, 'delete', OLD.rev, '', "
                              "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)); END")
                   .arg(name, when, QString(reviewOf).replace(QLatin1String("R."), QLatin1String("OLD."))));
    return out;
}

QStringList version3()
{
    QStringList out = {
        // Who has the file open, and on which review: one row per running instance, refreshed
        // by a heartbeat; rows whose heartbeat is old are ignored (a crashed instance) and pruned.
        QStringLiteral("CREATE TABLE presence (instance_id TEXT PRIMARY KEY NOT NULL, user TEXT NOT NULL DEFAULT '', "
                       "host TEXT NOT NULL DEFAULT '', review_id TEXT, heartbeat_ms INTEGER NOT NULL)"),
    };
    for (const LoggedTable& t : kLoggedTables)
        out.append(changeLogTriggers(t));
    return out;
}

// Version 4: merging drafts (another .hindsight file) by id. merge_base keeps, per peer file
// and row, what the draft held at the last merge: a hash of the row's merged columns (most
// rows of a second import are skipped on that alone) and the columns themselves as short
// tokens (long text as its hash), for the three-way comparison per column. Bookkeeping, not a
// shared table: no rev, no change_log triggers. Additive, so read_compat and write_compat stay.
const char* const kVersion4[] = {
    "CREATE TABLE merge_base (peer_file_id TEXT NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL, "
    "row_hash TEXT NOT NULL, base_values TEXT NOT NULL, merged_ms INTEGER NOT NULL, "
    "PRIMARY KEY (peer_file_id, tbl, row_id)) WITHOUT ROWID",
};

// Version 5: live facilitation. Questions prepared while drafting, attached to a timeline
// event or a why-node (target 'event' or 'why', target_id its row; '' for the whole review),
// answered in the meeting with one line; and the library's own facilitator prompts per
// meeting stage (no rows = the built-in, translated bank). Both shared and logged; additive,
// so read_compat and write_compat stay.
QStringList version5()
{
    QStringList out = {
        QStringLiteral("CREATE TABLE prepared_questions (" SHARED_COLUMNS ", review_id TEXT NOT NULL REFERENCES "
                       "reviews(id) ON DELETE CASCADE, target TEXT NOT NULL DEFAULT '', target_id TEXT NOT NULL "
                       "DEFAULT '', text TEXT NOT NULL DEFAULT '', answer TEXT NOT NULL DEFAULT '', answered INTEGER "
                       "NOT NULL DEFAULT 0, sort_key TEXT NOT NULL DEFAULT 'i')"),
        QStringLiteral("CREATE INDEX prepared_questions_review ON prepared_questions(review_id)"),
        QStringLiteral("CREATE INDEX prepared_questions_target ON prepared_questions(target_id)"),
        QStringLiteral("CREATE TABLE prompts (" SHARED_COLUMNS ", stage TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', "
                       "sort_key TEXT NOT NULL DEFAULT 'i')"),
    };
    out.append(changeLogTriggers({"prepared_questions", "R.review_id"}));
    out.append(changeLogTriggers({"prompts", "NULL"}));
    return out;
}

#undef SHARED_COLUMNS

// Version 6: full-text search over every review (core/search/SearchIndex.cpp): a table of
// the searchable text kept by triggers, an FTS5 index over it, built here for existing rows.
// Additive: an older Hindsight writing the file still keeps search_docs right through the
// triggers, and the next write by this version catches the index up; compat stays.
QStringList searchIndexStep()
{
    return SearchIndex::schemaStep();
}

template <size_t N>
QStringList toList(const char* const (&statements)[N])
{
    QStringList out;
    for (const char* sql : statements)
        out.append(QString::fromUtf8(sql));
    return out;
}

} // namespace

QStringList createStatements()
{
    // A new file is version 1 plus every step, so new and migrated files have the same schema
    // by construction.
    QStringList out = toList(kVersion1);
    for (const Step& step : migrationSteps())
        out.append(step.statements);
    return out;
}

QList<Step> migrationSteps()
{
    // A step appends here as {N + 1, {statements}}, and a fixture of version N goes to
    // tests/data/ (library-vN.hindsight) for the migration test.
    return {
        {2, toList(kVersion2)},
        {3, version3()},
        {4, toList(kVersion4)},
        {5, version5()},
        {6, searchIndexStep()},
    };
}

} // namespace hs::Schema
