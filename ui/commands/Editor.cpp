#include "commands/Editor.h"

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
    return push(new EditFieldCommand(this, entity, id, column, oldValue, newValue, expectedRev, description));
}

QString Editor::addRow(Entity entity, const QVariantMap& values, const QString& description)
{
    auto* command = new AddRowCommand(this, entity, values, description);
    const QString id = push(command) ? command->rowId() : QString();
    return id;
}

bool Editor::removeRow(Entity entity, const QString& id, qint64 expectedRev, const QString& description)
{
    return push(new RemoveRowCommand(this, entity, id, expectedRev, description));
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

} // namespace hs
