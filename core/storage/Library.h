#pragma once

#include "domain/Review.h"
#include "domain/Template.h"
#include "storage/Backup.h"
#include "storage/Columns.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QObject>
#include <QSet>
#include <QVariant>

#include <memory>
#include <optional>

namespace hs {

struct ImportResult;
struct ActionFilter;
struct ActionRow;
struct ActionCounts;
struct MergePlan;
struct ConflictChoice;
struct SearchResults;
struct ListEntry;
struct ListEditLog;
enum class ListKind;

// One change to one row, as reported after its transaction committed. Every model listens to
// Library::changed, so edits, undo, redo (and later other processes' changes) take one path.
struct Change {
    enum Op { Inserted, Updated, Removed };
    Entity entity = Entity::Review;
    QString id;
    QString reviewId;
    Op op = Updated;
    qint64 rev = 0;
    QString column; // for Updated: the column that changed
    QString actor;   // who made it, when another connection did (foreign)
    bool foreign = false;
};

// One row named for a multi-row write, with the revision the caller expects it to have (for
// removal and restore) or, in a result, the revision it has after the write.
struct RowRef {
    Entity entity = Entity::Event;
    QString id;
    qint64 rev = 0;
};

// One row to insert; values may carry a pre-made "id" (newId()) so later rows in the same
// write can point at it.
struct RowInsert {
    Entity entity = Entity::Event;
    QVariantMap values;
};

// One field to change in a multi-field write.
struct FieldChange {
    Entity entity = Entity::Event;
    QString id;
    QString column;
    QVariant value;
    qint64 expectedRev = 0;
    QVariant previous; // the value before, for undo; the library does not look at it
};

// What an import would add to a review, after leaving out what an earlier import of the same
// source already put there (same external ids).
struct ImportPlan {
    int newMessages = 0;
    int newEvents = 0;
    int duplicateMessages = 0;
    int duplicateEvents = 0;
    QSet<QString> duplicateIds; // external ids already in the review
};

// One running Hindsight that has this library open (the presence table, schema 3).
struct PresenceEntry {
    QString instanceId;
    QString user;
    QString host;
    QString reviewId; // the review it shows; empty for the library view
    qint64 heartbeatMs = 0;
};

// One column of one row as the file holds it now, with who changed the row last: what a
// conflict shows as "theirs".
struct FieldState {
    QVariant value;
    qint64 rev = 0;
    QString updatedBy;
    qint64 updatedMs = 0;
    bool deleted = false;
};

struct WriteResult {
    enum Status { Ok, Conflict, NotFound, Busy, DiskFull, ReadOnly, Invalid, Failed };
    Status status = Ok;
    QString message;  // translated, for the user
    QString id;       // the row written (new id for inserts)
    qint64 rev = 0;   // the row's revision after the write
    QString changedBy; // for Conflict: who made the newer change
    QList<RowRef> rows; // multi-row writes: every row written, with its new revision
    int sqliteCode = 0; // the SQLite extended result code behind Busy/DiskFull/ReadOnly/Failed

    bool ok() const { return status == Ok; }
    // Busy (BUSY, BUSY_SNAPSHOT, LOCKED) and DiskFull (FULL, IOERR_WRITE): the same edit may
    // succeed later, so it is kept and retried (see WriteRetry.h), never dropped.
    bool isRetryable() const { return status == Busy || status == DiskFull; }
    static WriteResult fromSql(const SqlError& error);
    static WriteResult failure(Status status, const QString& message)
    {
        WriteResult r;
        r.status = status;
        r.message = message;
        return r;
    }
};

// The library of reviews in one .hindsight file: typed reads that return plain values (no
// statement stays open), and writes that are each one short BEGIN IMMEDIATE transaction with
// a revision check (UPDATE … WHERE id=? AND rev=?) so a concurrent change is reported, never
// overwritten.
class Library : public QObject
{
    Q_OBJECT

public:
    class Edit;

    static std::unique_ptr<Library> open(const QString& path, const Database::Options& options, OpenError* error);
    static std::unique_ptr<Library> open(const QString& path, OpenError* error)
    {
        return open(path, Database::Options(), error);
    }
    // A new library with the built-in templates (and the sample review if asked).
    static std::unique_ptr<Library> create(const QString& path, bool withSample, OpenError* error);
    // The library a first start opens: <AppDataLocation>/library.hindsight.
    static QString defaultPath();
    static QString defaultActor();

    ~Library() override;

    const Database& database() const { return *m_db; }
    QString path() const { return m_db->path(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    ReadOnlyReason readOnlyReason() const { return m_db->readOnlyReason(); }
    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    // Reads
    QList<ReviewSummary> reviewSummaries() const;
    std::optional<ReviewSummary> reviewSummary(const QString& id) const;
    int reviewCount() const;
    std::optional<Review> review(const QString& id) const;
    std::optional<ReviewDocument> document(const QString& reviewId) const;
    // The review's transcript, in time order (see ReviewDocument for why it is separate).
    QList<TranscriptMessage> transcript(const QString& reviewId) const;
    int transcriptCount(const QString& reviewId) const;
    // The live links between a why-node and the given events, to unlink them.
    QList<RowRef> whyEvidenceLinks(const QString& whyId, const QStringList& eventIds) const;
    QList<Template> templates() const;
    std::optional<Template> templateByKey(const QString& key) const;
    QStringList categories() const;
    // The library's facilitator prompts (schema 5), in order. hasOwnPrompts() is false while
    // the library has none (never edited, or every one removed): then the built-in, translated
    // bank applies (meeting/Prompts.h).
    QList<FacilitatorPrompt> prompts() const;
    bool hasOwnPrompts() const;
    QList<Category> categoryRows() const;
    // Action items across the library (LibraryActions.cpp), soonest due first.
    QList<ActionRow> actions(const ActionFilter& filter) const;
    ActionCounts actionCounts(const QDate& today) const;
    QStringList labelNames(const QString& kind) const;
    // Finds a review by id, id prefix (8+ characters) or exact title; ambiguity or no match
    // gives an empty id and a message.
    QString resolveReview(const QString& idOrTitle, QString* message, int* matchCount = nullptr) const;
    std::optional<qint64> revisionOf(Entity entity, const QString& id) const;
    // An editable column (Columns::isEditable) of a row, tombstoned or not; nullopt when the row
    // does not exist or the column is not editable.
    std::optional<FieldState> fieldState(Entity entity, const QString& id, const QString& column) const;
    // Full-text search over every review (core/search/Search.h): at most limit hits.
    SearchResults search(const QString& query, int limit = 200) const;
    // Indexes text that another tool or an older Hindsight wrote since the last Hindsight
    // write (open() runs it; a busy file leaves it to the next edit).
    void catchUpSearchIndex();

    // Writes (one transaction each)
    WriteResult updateField(Entity entity, const QString& id, const QString& column, const QVariant& value,
                            qint64 expectedRev);
    WriteResult insertRow(Entity entity, const QVariantMap& values);
    WriteResult removeRow(Entity entity, const QString& id, qint64 expectedRev);
    WriteResult restoreRow(Entity entity, const QString& id, qint64 expectedRev);
    // Several fields, possibly of one row, in one transaction: all are written or none. A
    // second change to the same row expects the revision the first one produced.
    WriteResult updateFields(const QList<FieldChange>& changes);
    // Several rows in one transaction: all are written or none.
    WriteResult insertRows(const QList<RowInsert>& rows);
    WriteResult removeRows(const QList<RowRef>& rows);
    WriteResult restoreRows(const QList<RowRef>& rows);

    // Imports (LibraryImport.cpp). An import is one transaction and one row in `imports`; its
    // messages and events point at it, so removing the import (undo) takes exactly them away
    // and restoring brings exactly them back.
    ImportPlan planImport(const QString& reviewId, const ImportResult& parsed) const;
    // Adds what planImport counted as new; the result's id is the import's id. Nothing is
    // added when nothing is new (status Ok, empty id).
    WriteResult applyImport(const QString& reviewId, const ImportResult& parsed);
    WriteResult setImportRemoved(const QString& importId, bool removed);

    WriteResult setLabels(const QString& reviewId, const QString& kind, const QStringList& names);

    // Managed lists (LibraryLists.cpp; the types in Lists.h): tags, services and categories
    // with their usage, sorted by name.
    QList<ListEntry> listEntries(ListKind kind) const;
    // Renames an entry; causes carrying a category follow it. Refused (Invalid) when another
    // entry of the kind already has the name: merge them instead.
    WriteResult renameListEntry(ListKind kind, const QString& id, const QString& name, ListEditLog* log);
    // Moves every use of fromId to intoId and removes fromId; nothing is lost (a review with
    // both keeps one link).
    WriteResult mergeListEntries(ListKind kind, const QString& fromId, const QString& intoId, ListEditLog* log);
    // Undoes a rename or merge as logged; a row changed by someone since is a conflict.
    WriteResult revertListEdit(const ListEditLog& log);
    WriteResult createReview(const QString& templateKey, const QString& title);
    // Writes a consistent copy of the whole library to path (online backup API). The copy is a
    // new library with its own file_id (a draft to merge back: meta copied_from and
    // copied_at_ms say where and when it came from); backups keep the file_id.
    WriteResult saveCopyAs(const QString& path) const;
    // The same through a read-only connection of its own, for a worker thread (the window: a
    // 2,000-review library takes seconds to copy).
    static WriteResult saveCopyAs(const QString& libraryPath, const QString& path);

    // Merging reviews from another .hindsight file (LibraryMerge.cpp; the rules are in Merge.h).
    // planMerge only reads: what importing the draft's reviews (reviewIds; empty = all) would
    // do. applyMerge does it in one transaction, with a choice for every conflict.
    MergePlan planMerge(const QString& draftPath, const QStringList& reviewIds = QStringList()) const;
    WriteResult applyMerge(const MergePlan& plan, const QList<ConflictChoice>& choices);

    // Sharing one file (LibrarySharing.cpp).
    // The newest change_log seq (0 for none); a ChangeWatcher starts from here.
    qint64 lastChangeSeq() const;
    // Keeps change_log from growing forever: deletes rows older than keepDays, and rows beyond
    // the newest keepRows once they are ten minutes old (a watcher polls every few hundred ms;
    // one that fell further behind reloads). The newest row always stays. Returns the number
    // of rows deleted, or -1 if the file could not be written now (nothing lost: try later).
    // Library::open runs it when there is something to prune.
    int pruneChangeLog(qint64 nowMs, int keepDays = 7, int keepRows = 50000);
    // Presence: this instance announces itself (upsert with actor, host name and the review
    // shown) every heartbeat, and leaves on close. Not logged in change_log.
    WriteResult heartbeat(const QString& instanceId, const QString& reviewId);
    // Reports a change another connection committed (read from change_log by ChangeWatcher)
    // through changed(), so every view follows it on the same path as our own edits.
    void reportForeignChange(const Change& change) { Q_EMIT changed(change); }
    WriteResult leave(const QString& instanceId);
    // Instances whose heartbeat is newer than nowMs - freshWithinMs, oldest first.
    QList<PresenceEntry> presence(qint64 nowMs, qint64 freshWithinMs = 30000) const;

    // Backups (LibraryBackup.cpp; where they live and their names: Backup.h).
    // The daily backup through its own read-only connection, so it can run on a worker thread
    // (open() runs it itself unless Options::dailyBackup is off).
    static RollingBackupResult backupDaily(const QString& path, const RollingBackupPolicy& policy = RollingBackupPolicy());
    const RollingBackupResult& dailyBackupResult() const { return m_dailyBackup; }
    QList<BackupInfo> backups() const { return listBackups(path()); }
    // Puts a backup's content back into this library through the backup API, into the live
    // file (other instances keep their connections and reload; the file is never replaced).
    // The backup must pass integrity_check and be a backup of this library (same file_id); the
    // current state is backed up first ("pre-restore"). An older format is migrated after.
    // Views must reload everything afterwards.
    WriteResult restoreFromBackup(const QString& backupPath);

    // Runs quick_check on a worker thread through its own connection; if it finds damage the
    // library turns read-only and damageFound() is emitted (on this object's thread). For
    // libraries opened with Options::quickCheck off.
    void checkIntegrityInBackground();

Q_SIGNALS:
    void changed(const hs::Change& change);
    // After each committed edit of this library: the change_log seqs its triggers wrote
    // (first..last). ChangeWatcher uses it so our own edits are not reported as someone else's.
    void ownChangesLogged(qint64 firstSeq, qint64 lastSeq);
    void damageFound(const QString& detail);
    // The background check finished (after damageFound, if it found damage).
    void integrityChecked(bool clean);

private:
    explicit Library(std::unique_ptr<Database> db);
    void emitChanges(const QList<Change>& changes);
    WriteResult setTombstones(const QList<RowRef>& rows, bool removed);
    static WriteResult saveCopy(sqlite3* source, const QString& sourceFileId, const QString& path);

    std::unique_ptr<Database> m_db;
    QString m_actor;
    RollingBackupResult m_dailyBackup;
};

// Several writes in one BEGIN IMMEDIATE transaction; the changes are announced only after the
// commit. The first failing step stops the edit and is what commit() reports; nothing is kept
// unless every step succeeded.
class Library::Edit
{
public:
    explicit Edit(Library& library);

    bool isOk() const { return m_result.ok(); }
    // Returns the new row's id (values may carry "id" to keep one), or empty on failure.
    QString insert(Entity entity, QVariantMap values);
    bool update(Entity entity, const QString& id, const QString& column, const QVariant& value, qint64 expectedRev);
    bool remove(Entity entity, const QString& id, qint64 expectedRev);
    bool restore(Entity entity, const QString& id, qint64 expectedRev);
    WriteResult commit();
    const WriteResult& result() const { return m_result; }
    qint64 now() const { return m_now; }
    const QSqlDatabase& connection() const { return m_db; }
    // Records a change written directly through connection() (bulk writes) for one changed()
    // signal after commit. The change_log rows come from the tables' triggers.
    bool log(Entity entity, const QString& id, const QString& reviewId, Change::Op op, qint64 rev,
             const QString& column = QString());
    bool failWith(const WriteResult& result) { return fail(result); }
    bool failWith(const SqlError& error) { return failSql(error); }

private:
    bool fail(const WriteResult& result);
    bool failSql(const SqlError& error);
    bool setTombstone(Entity entity, const QString& id, qint64 expectedRev, bool deleted);
    bool checkRevision(Entity entity, const QString& id, qint64 expectedRev);
    QString reviewIdOf(Entity entity, const QString& id);

    Library& m_library;
    QSqlDatabase m_db;
    std::optional<WriteTransaction> m_tx;
    QList<Change> m_changes;
    WriteResult m_result;
    qint64 m_now = 0;
    qint64 m_seqBefore = 0;
};

} // namespace hs

Q_DECLARE_METATYPE(hs::Change)
Q_DECLARE_METATYPE(hs::WriteResult)
