#include "commands/Editor.h"

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

} // namespace hs
