#pragma once

#include "import/ImportTypes.h"
#include "storage/Library.h"
#include "storage/Lists.h"

#include <QHash>
#include <QObject>
#include <QVariant>

class QUndoStack;

namespace hs {

// The façade every view edits through: plain functions ("edit a field", "add a row",
// "remove a row") that push undo commands onto the document's stack. The command classes stay
// hidden in ui/commands. A write that fails (a conflict, a busy or full disk, a read-only file)
// is reported through writeFailed and leaves nothing on the undo stack.
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

private:
    // Pushes and tells whether the command's write went through (a failed command made itself
    // obsolete, so the stack dropped it).
    bool push(class CommandBase* command);

    Library* m_library;
    QUndoStack* m_stack;
    bool m_failed = false;
    QHash<QString, qint64> m_revs;
    bool m_importAdded = false;
};

} // namespace hs
