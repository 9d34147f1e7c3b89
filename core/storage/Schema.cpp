#include "storage/Schema.h"

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

#undef SHARED_COLUMNS

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
    };
}

} // namespace hs::Schema
