#pragma once

#include "import/ImportTypes.h"
#include "storage/Library.h"
#include "storage/WriteRetry.h"
#include "storage/Lists.h"

#include <QHash>
#include <QObject>
#include <QVariant>

#include <functional>
#include <optional>

class QUndoStack;

namespace hs {

// An edit refused because someone else changed (or deleted) the row since it was shown: what
// they have and what was typed, side by side, until the user decides.
struct EditConflict {
    enum Resolution { KeepMine, TakeTheirs, KeepBoth };
    Entity entity = Entity::Event;
    QString id;
    QString column;      // empty for a removal
    QVariant base;       // what was shown before the edit
    QVariant mine;       // what was typed
    QVariant theirs;     // what the file holds now
    qint64 theirRev = 0;
    QString changedBy;
    qint64 changedMs = 0;
    bool theirsDeleted = false; // they deleted the row
    bool removal = false;       // the edit was a removal of the row they changed
    QString description;        // the edit's undo text
    // A multi-field edit (one step over several fields or rows) that met the change: shown as
    // the conflicting row's field above; keeping mine writes all of it again.
    QList<FieldChange> batch;

    // Free text both sides changed can keep both versions one after the other.
    bool canKeepBoth() const;
};

// The façade every view edits through: plain functions ("edit a field", "add a row",
// "remove a row") that push undo commands onto the document's stack. The command classes stay
// hidden in ui/commands. A write that fails (a conflict, a full disk, a read-only file) is
// reported through writeFailed and leaves nothing on the undo stack.
//
// Busy or full file: single edits (fields, rows, labels) go through a WriteQueue. An edit the
// file cannot take now (BUSY, LOCKED, FULL…) is kept and retried in order with backoff; the
// call returns true (the edit is accepted, a new row's id is returned) and pendingChanged /
// waitingChanged / stalled tell the window what to show. Later edits wait behind it, so
// nothing is reordered; nothing is dropped unless the user discards it.
//
// Conflicts: a field edit or a removal refused because someone else changed the row also comes
// as conflictFound with both versions; resolve() applies the user's choice as a new edit.
class Editor : public QObject
{
    Q_OBJECT

public:
    Editor(Library* library, QUndoStack* stack, QObject* parent = nullptr);

    Library* library() const { return m_library; }
    QUndoStack* undoStack() const { return m_stack; }

    // expectedRev is the revision the caller last saw; a newer one in the file is a conflict.
    bool editField(Entity entity, const QString& id, const QString& column, const QVariant& oldValue,
                   const QVariant& newValue, qint64 expectedRev, const QString& description);
    // Returns the new row's id, or empty if it could not be written.
    QString addRow(Entity entity, const QVariantMap& values, const QString& description);
    bool removeRow(Entity entity, const QString& id, qint64 expectedRev, const QString& description);
    bool setLabels(const QString& reviewId, const QString& kind, const QStringList& oldNames,
                   const QStringList& newNames, const QString& description);
    QString createReview(const QString& templateKey, const QString& title);

    // A write that is not an undo step (a meeting's log line), kept in order with the edits and
    // retried like them when the file is busy. write must be repeatable: inserts carry their id.
    bool writeUnrecorded(const QString& description, std::function<WriteResult()> write);

    // Applies the user's choice for a conflict: KeepMine writes what was typed over theirs (or
    // removes the row), KeepBoth writes both texts, TakeTheirs writes nothing. Undoable.
    bool resolve(const EditConflict& conflict, EditConflict::Resolution resolution);
    // Reads their side again (they may have changed it once more); false if the row is gone.
    bool readTheirs(EditConflict* conflict) const;

    // The last edit that returned false met someone else's change and went to conflictFound.
    bool lastEditConflicted() const { return m_lastResult.status == WriteResult::Conflict; }

    // Edits waiting for the file (busy or full), oldest first.
    int pendingCount() const { return m_queue->pendingCount(); }
    QStringList pendingDescriptions() const { return m_queue->pendingDescriptions(); }
    bool isWaiting() const { return m_queue->isWaiting(); }
    bool isStalled() const { return m_queue->isStalled(); }
    WriteResult pendingError() const { return m_queue->lastError(); }
    void retryPending() { m_queue->retryNow(); }
    // Drops the waiting edits (only on the user's say-so).
    void discardPending();
    void setRetryPolicy(const RetryPolicy& policy) { m_queue->setPolicy(policy); }

    // Multi-row and multi-field edits, each one transaction and one undo step.
    bool editFields(const QList<FieldChange>& changes, const QString& description);
    // Returns the ids of the new rows (pre-made ids in the values are kept), or none on failure.
    QStringList insertRows(const QList<RowInsert>& rows, const QString& description);
    bool removeRows(const QList<RowRef>& rows, const QString& description);
    // Applies a parsed import to a review. Returns false if it could not be written; *added
    // tells whether anything was new (a re-import of the same file adds nothing).
    bool applyImport(const QString& reviewId, const ImportResult& parsed, const QString& description, bool* added);
    // Managed lists (tags, services, categories): rename in place, or merge one into another.
    bool renameListEntry(ListKind kind, const QString& id, const QString& name, const QString& description);
    bool mergeListEntries(ListKind kind, const QString& fromId, const QString& intoId, const QString& description);

    // Called by the commands.
    void report(const WriteResult& result);

    // The revision of each row as this editor last wrote or was told it. Several commands on the
    // stack touch the same row (rename, then change severity, then undo both); each undo or redo
    // must expect the row's latest revision from this editor, not the one its own command saw
    // when it was made. A write by another process leaves the ledger behind, which is exactly
    // the conflict that must be reported.
    qint64 knownRev(Entity entity, const QString& id, qint64 fallback) const;
    void noteRev(Entity entity, const QString& id, qint64 rev);
    void noteImportAdded(bool added) { m_importAdded = added; }

Q_SIGNALS:
    void writeFailed(const hs::WriteResult& result);
    void conflictFound(const hs::EditConflict& conflict);
    void pendingChanged(int count);
    // After about a second of waiting (see RetryPolicy): show that edits wait for the file.
    void waitingChanged(bool waiting);
    // Retrying stopped by itself; the edits stay until retryPending() or discardPending().
    void stalled(const hs::WriteResult& lastError);

private:
    // Pushes and tells whether the command's write went through (a failed command made itself
    // obsolete, so the stack dropped it).
    bool push(class CommandBase* command);
    // Runs op (which pushes one command) through the retry queue; true when it was written or
    // is kept for a retry.
    bool queued(const QString& description, std::function<bool()> op);
    // Pushes command; a conflict it meets goes to conflictFound as describe() tells it (or to
    // writeFailed when describe has nothing to show).
    bool pushOrReportConflict(class CommandBase* command, const std::function<std::optional<EditConflict>()>& describe);
    void reportConflict(const WriteResult& result, EditConflict conflict);
    bool applyResolution(const EditConflict& conflict, EditConflict::Resolution resolution);

    Library* m_library;
    QUndoStack* m_stack;
    bool m_failed = false;
    QHash<QString, qint64> m_revs;
    bool m_importAdded = false;
    WriteQueue* m_queue;
    WriteResult m_lastResult;
    bool m_inQueue = false;
    bool m_catchConflicts = false;
    const EditConflict* m_resolving = nullptr;
};

} // namespace hs

Q_DECLARE_METATYPE(hs::EditConflict)
