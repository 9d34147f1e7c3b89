#include "commands/BatchCommands.h"

#include "commands/Editor.h"

#include <algorithm>

namespace hs {

EditFieldsCommand::EditFieldsCommand(Editor* editor, QList<FieldChange> changes, const QString& text)
    : CommandBase(editor, text)
    , m_changes(std::move(changes))
{
}

void EditFieldsCommand::write(bool forward)
{
    QList<FieldChange> changes = m_changes;
    if (!forward)
        std::reverse(changes.begin(), changes.end());
    for (FieldChange& c : changes) {
        if (!forward)
            std::swap(c.value, c.previous);
        c.expectedRev = expectedRev(c.entity, c.id, c.expectedRev);
    }
    checkAndNoteRows(library()->updateFields(changes));
}

void EditFieldsCommand::redo()
{
    write(true);
}

void EditFieldsCommand::undo()
{
    write(false);
}

InsertRowsCommand::InsertRowsCommand(Editor* editor, QList<RowInsert> rows, const QString& text)
    : CommandBase(editor, text)
    , m_rows(std::move(rows))
{
    // Ids are fixed up front so rows can point at each other (an event and its evidence).
    for (RowInsert& row : m_rows) {
        if (!row.values.contains(QStringLiteral("id")))
            row.values.insert(QStringLiteral("id"), newRowId());
    }
}

QStringList InsertRowsCommand::ids() const
{
    QStringList out;
    for (const RowInsert& row : m_rows)
        out.append(row.values.value(QStringLiteral("id")).toString());
    return out;
}

void InsertRowsCommand::redo()
{
    if (m_written.isEmpty()) {
        const WriteResult r = library()->insertRows(m_rows);
        if (checkAndNoteRows(r))
            m_written = r.rows;
        return;
    }
    checkAndNoteRows(library()->restoreRows(withKnownRevs(m_written)));
}

void InsertRowsCommand::undo()
{
    checkAndNoteRows(library()->removeRows(withKnownRevs(m_written)));
}

RemoveRowsCommand::RemoveRowsCommand(Editor* editor, QList<RowRef> rows, const QString& text)
    : CommandBase(editor, text)
    , m_rows(std::move(rows))
{
}

void RemoveRowsCommand::redo()
{
    checkAndNoteRows(library()->removeRows(withKnownRevs(m_rows)));
}

void RemoveRowsCommand::undo()
{
    checkAndNoteRows(library()->restoreRows(withKnownRevs(m_rows)));
}

ImportCommand::ImportCommand(Editor* editor, QString reviewId, ImportResult parsed, const QString& text)
    : CommandBase(editor, text)
    , m_reviewId(std::move(reviewId))
    , m_parsed(std::move(parsed))
{
}

void ImportCommand::redo()
{
    if (!m_applied) {
        const WriteResult r = library()->applyImport(m_reviewId, m_parsed);
        if (check(r)) {
            m_applied = true;
            m_importId = r.id;
            m_parsed = ImportResult(); // the rows are in the file now; keep no second copy
            editor()->noteImportAdded(!m_importId.isEmpty());
            if (m_importId.isEmpty())
                setObsolete(true); // nothing was new: nothing to undo
        }
        return;
    }
    check(library()->setImportRemoved(m_importId, false));
}

void ImportCommand::undo()
{
    check(library()->setImportRemoved(m_importId, true));
}

} // namespace hs
