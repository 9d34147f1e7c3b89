#include "commands/Editor.h"

#include "commands/BatchCommands.h"
#include "commands/ListCommands.h"

#include <algorithm>

#include "commands/Commands.h"

#include <QUndoStack>

namespace hs {

Editor::Editor(Library* library, QUndoStack* stack, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_stack(stack)
{
}

void Editor::report(const WriteResult& result)
{
    m_failed = true;
    Q_EMIT writeFailed(result);
}

bool Editor::push(CommandBase* command)
{
    m_failed = false;
    m_stack->push(command); // runs redo(); may merge or delete the command
    return !m_failed;
}

bool Editor::editField(Entity entity, const QString& id, const QString& column, const QVariant& oldValue,
                       const QVariant& newValue, qint64 expectedRev, const QString& description)
{
    if (oldValue == newValue)
        return true;
    // A view that has not reloaded since this editor's own last write still shows the older
    // revision; that is not a conflict with anyone.
    const qint64 rev = std::max(expectedRev, knownRev(entity, id, expectedRev));
    return push(new EditFieldCommand(this, entity, id, column, oldValue, newValue, rev, description));
}

QString Editor::addRow(Entity entity, const QVariantMap& values, const QString& description)
{
    auto* command = new AddRowCommand(this, entity, values, description);
    const QString id = push(command) ? command->rowId() : QString();
    return id;
}

bool Editor::removeRow(Entity entity, const QString& id, qint64 expectedRev, const QString& description)
{
    const qint64 rev = std::max(expectedRev, knownRev(entity, id, expectedRev));
    return push(new RemoveRowCommand(this, entity, id, rev, description));
}

bool Editor::setLabels(const QString& reviewId, const QString& kind, const QStringList& oldNames,
                       const QStringList& newNames, const QString& description)
{
    if (oldNames == newNames)
        return true;
    return push(new SetLabelsCommand(this, reviewId, kind, oldNames, newNames, description));
}

QString Editor::createReview(const QString& templateKey, const QString& title)
{
    auto* command = new CreateReviewCommand(this, templateKey, title);
    return push(command) ? command->reviewId() : QString();
}

bool Editor::editFields(const QList<FieldChange>& changes, const QString& description)
{
    if (changes.isEmpty())
        return true;
    QList<FieldChange> fixed = changes;
    for (FieldChange& c : fixed)
        c.expectedRev = std::max(c.expectedRev, knownRev(c.entity, c.id, c.expectedRev));
    return push(new EditFieldsCommand(this, fixed, description));
}

QStringList Editor::insertRows(const QList<RowInsert>& rows, const QString& description)
{
    if (rows.isEmpty())
        return {};
    auto* command = new InsertRowsCommand(this, rows, description);
    const QStringList ids = command->ids();
    return push(command) ? ids : QStringList();
}

bool Editor::removeRows(const QList<RowRef>& rows, const QString& description)
{
    if (rows.isEmpty())
        return true;
    QList<RowRef> fixed = rows;
    for (RowRef& r : fixed)
        r.rev = std::max(r.rev, knownRev(r.entity, r.id, r.rev));
    return push(new RemoveRowsCommand(this, fixed, description));
}

bool Editor::applyImport(const QString& reviewId, const ImportResult& parsed, const QString& description, bool* added)
{
    // push() deletes the command when nothing was new (nothing to undo), so the command tells
    // the editor what it added before that can happen.
    m_importAdded = false;
    const bool ok = push(new ImportCommand(this, reviewId, parsed, description));
    if (added)
        *added = ok && m_importAdded;
    return ok;
}

namespace {

QString ledgerKey(Entity entity, const QString& id)
{
    return QString::number(static_cast<int>(entity)) + QLatin1Char(':') + id;
}

} // namespace

qint64 Editor::knownRev(Entity entity, const QString& id, qint64 fallback) const
{
    return m_revs.value(ledgerKey(entity, id), fallback);
}

void Editor::noteRev(Entity entity, const QString& id, qint64 rev)
{
    m_revs.insert(ledgerKey(entity, id), rev);
}

bool Editor::renameListEntry(ListKind kind, const QString& id, const QString& name, const QString& description)
{
    return push(new ListEditCommand(this, ListEditCommand::Rename, kind, id, name, description));
}

bool Editor::mergeListEntries(ListKind kind, const QString& fromId, const QString& intoId, const QString& description)
{
    return push(new ListEditCommand(this, ListEditCommand::Merge, kind, fromId, intoId, description));
}

} // namespace hs
