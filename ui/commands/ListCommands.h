#pragma once

#include "commands/Commands.h"
#include "storage/Lists.h"

namespace hs {

// Renaming or merging a tag, service or category: every redo runs the operation on what the
// file holds now, and undo reverts exactly the rows it logged (with revision checks, so
// undoing over someone else's newer change is reported, not forced).
class ListEditCommand : public CommandBase
{
public:
    enum Op { Rename, Merge };
    ListEditCommand(Editor* editor, Op op, ListKind kind, QString id, QString target, const QString& text);
    void redo() override;
    void undo() override;

private:
    void noteLogged(qint64 bump);

    Op m_op;
    ListKind m_kind;
    QString m_entryId;
    QString m_target; // the new name (Rename) or the id merged into (Merge)
    ListEditLog m_log;
};

} // namespace hs
