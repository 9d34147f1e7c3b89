#pragma once

#include "storage/Library.h"

#include <QUndoCommand>
#include <QVariant>

namespace hs {

class Editor;

// Undo commands. Design:
// - Each command writes through Library, one transaction per redo/undo, and carries the
//   revision it expects the row to have, so undoing over someone else's newer change is a
//   conflict that is reported, not an overwrite.
// - A command whose write fails marks itself obsolete and records failed(); QUndoStack then
//   drops it, so the stack only ever holds edits that are in the file.
// - Rows are never deleted: removal sets a tombstone, and undo clears it, so the same row (same
//   id, same children) comes back.
class CommandBase : public QUndoCommand
{
public:
    CommandBase(Editor* editor, const QString& text);
    bool failed() const { return m_failed; }

protected:
    bool check(const WriteResult& result);
    // check(), and on success records the row's new revision in the editor's ledger.
    bool checkAndNote(const WriteResult& result, Entity entity, const QString& id);
    // check(), and on success records the revision of every row in result.rows.
    bool checkAndNoteRows(const WriteResult& result);
    static QString newRowId();
    // The revision to expect for a row: the editor's latest, else the command's own.
    qint64 expectedRev(Entity entity, const QString& id, qint64 fallback) const;
    QList<RowRef> withKnownRevs(QList<RowRef> rows) const;
    Library* library() const;
    Editor* editor() const { return m_editor; }

private:
    Editor* m_editor;
    bool m_failed = false;
};

class EditFieldCommand : public CommandBase
{
public:
    EditFieldCommand(Editor* editor, Entity entity, QString id, QString column, QVariant oldValue, QVariant newValue,
                     qint64 expectedRev, const QString& text);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Entity m_entity;
    QString m_rowId;
    QString m_column;
    QVariant m_old;
    QVariant m_new;
    qint64 m_rev;
    qint64 m_lastWriteMs = 0;
};

class AddRowCommand : public CommandBase
{
public:
    AddRowCommand(Editor* editor, Entity entity, QVariantMap values, const QString& text);
    void redo() override;
    void undo() override;
    QString rowId() const { return m_rowId; }

private:
    Entity m_entity;
    QVariantMap m_values;
    QString m_rowId;
    qint64 m_rev = 0;
};

class RemoveRowCommand : public CommandBase
{
public:
    RemoveRowCommand(Editor* editor, Entity entity, QString id, qint64 expectedRev, const QString& text);
    void redo() override;
    void undo() override;

private:
    Entity m_entity;
    QString m_rowId;
    qint64 m_rev;
};

class SetLabelsCommand : public CommandBase
{
public:
    SetLabelsCommand(Editor* editor, QString reviewId, QString kind, QStringList oldNames, QStringList newNames,
                     const QString& text);
    void redo() override;
    void undo() override;

private:
    QString m_reviewId;
    QString m_kind;
    QStringList m_old;
    QStringList m_new;
};

class CreateReviewCommand : public CommandBase
{
public:
    CreateReviewCommand(Editor* editor, QString templateKey, QString title);
    void redo() override;
    void undo() override;
    QString reviewId() const { return m_reviewId; }

private:
    QString m_templateKey;
    QString m_title;
    QString m_reviewId;
    qint64 m_rev = 0;
};

} // namespace hs
