#pragma once

#include "commands/Commands.h"
#include "import/ImportTypes.h"

namespace hs {

// Commands that write several rows or fields in one transaction, as one undo step.

class EditFieldsCommand : public CommandBase
{
public:
    EditFieldsCommand(Editor* editor, QList<FieldChange> changes, const QString& text);
    void redo() override;
    void undo() override;

private:
    void write(bool forward);
    QList<FieldChange> m_changes;
};

class InsertRowsCommand : public CommandBase
{
public:
    InsertRowsCommand(Editor* editor, QList<RowInsert> rows, const QString& text);
    void redo() override;
    void undo() override;
    QStringList ids() const;

private:
    QList<RowInsert> m_rows;
    QList<RowRef> m_written;
};

class RemoveRowsCommand : public CommandBase
{
public:
    RemoveRowsCommand(Editor* editor, QList<RowRef> rows, const QString& text);
    void redo() override;
    void undo() override;

private:
    QList<RowRef> m_rows;
};

// An import: the first redo applies it; undo removes exactly its rows, redo restores them.
class ImportCommand : public CommandBase
{
public:
    ImportCommand(Editor* editor, QString reviewId, ImportResult parsed, const QString& text);
    void redo() override;
    void undo() override;
    QString importId() const { return m_importId; }
    bool addedNothing() const { return m_applied && m_importId.isEmpty(); }

private:
    QString m_reviewId;
    ImportResult m_parsed;
    QString m_importId;
    bool m_applied = false;
};

} // namespace hs
