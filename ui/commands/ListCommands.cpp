#include "commands/ListCommands.h"

#include "commands/Editor.h"

namespace hs {

ListEditCommand::ListEditCommand(Editor* editor, Op op, ListKind kind, QString id, QString target, const QString& text)
    : CommandBase(editor, text)
    , m_op(op)
    , m_kind(kind)
    , m_entryId(std::move(id))
    , m_target(std::move(target))
{
}

void ListEditCommand::redo()
{
    ListEditLog log;
    const WriteResult r = m_op == Rename ? library()->renameListEntry(m_kind, m_entryId, m_target, &log)
                                         : library()->mergeListEntries(m_kind, m_entryId, m_target, &log);
    if (!check(r))
        return;
    m_log = log;
    noteLogged(0);
}

void ListEditCommand::undo()
{
    // Expect what this editor last wrote to each row (later commands were undone first).
    ListEditLog log = m_log;
    for (RowRef& row : log.inserted)
        row.rev = expectedRev(row.entity, row.id, row.rev);
    for (RowRef& row : log.removed)
        row.rev = expectedRev(row.entity, row.id, row.rev);
    for (FieldChange& c : log.changed)
        c.expectedRev = expectedRev(c.entity, c.id, c.expectedRev);
    if (!check(library()->revertListEdit(log)))
        return;
    m_log = log;
    noteLogged(1);
}

// Tells the editor's ledger the rows' revisions after the write (bump: 1 after an undo).
void ListEditCommand::noteLogged(qint64 bump)
{
    for (const RowRef& row : std::as_const(m_log.inserted))
        editor()->noteRev(row.entity, row.id, row.rev + bump);
    for (const RowRef& row : std::as_const(m_log.removed))
        editor()->noteRev(row.entity, row.id, row.rev + bump);
    for (const FieldChange& c : std::as_const(m_log.changed))
        editor()->noteRev(c.entity, c.id, c.expectedRev + bump);
}

} // namespace hs
