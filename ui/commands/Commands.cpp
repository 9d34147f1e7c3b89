#include "commands/Commands.h"

#include "commands/Editor.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hs {

namespace {

// Typing into one field within this window is one undo step.
constexpr qint64 kMergeWindowMs = 5000;

} // namespace

CommandBase::CommandBase(Editor* editor, const QString& text)
    : m_editor(editor)
{
    setText(text);
}

Library* CommandBase::library() const
{
    return m_editor->library();
}

bool CommandBase::check(const WriteResult& result)
{
    if (result.ok())
        return true;
    m_failed = true;
    setObsolete(true);
    m_editor->report(result);
    return false;
}

EditFieldCommand::EditFieldCommand(Editor* editor, Entity entity, QString id, QString column, QVariant oldValue,
                                   QVariant newValue, qint64 expectedRev, const QString& text)
    : CommandBase(editor, text)
    , m_entity(entity)
    , m_rowId(std::move(id))
    , m_column(std::move(column))
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
    , m_rev(expectedRev)
{
}

void EditFieldCommand::redo()
{
    const WriteResult r = library()->updateField(m_entity, m_rowId, m_column, m_new, m_rev);
    if (check(r))
        m_rev = r.rev;
    m_lastWriteMs = QDateTime::currentMSecsSinceEpoch();
}

void EditFieldCommand::undo()
{
    const WriteResult r = library()->updateField(m_entity, m_rowId, m_column, m_old, m_rev);
    if (check(r))
        m_rev = r.rev;
}

bool EditFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditFieldCommand*>(other);
    if (o->failed() || o->m_entity != m_entity || o->m_rowId != m_rowId || o->m_column != m_column)
        return false;
    if (o->m_lastWriteMs - m_lastWriteMs > kMergeWindowMs)
        return false;
    m_new = o->m_new;
    m_rev = o->m_rev;
    m_lastWriteMs = o->m_lastWriteMs;
    return true;
}

AddRowCommand::AddRowCommand(Editor* editor, Entity entity, QVariantMap values, const QString& text)
    : CommandBase(editor, text)
    , m_entity(entity)
    , m_values(std::move(values))
{
}

void AddRowCommand::redo()
{
    if (m_rowId.isEmpty()) {
        const WriteResult r = library()->insertRow(m_entity, m_values);
        if (check(r)) {
            m_rowId = r.id;
            m_rev = r.rev;
        }
        return;
    }
    const WriteResult r = library()->restoreRow(m_entity, m_rowId, m_rev);
    if (check(r))
        m_rev = r.rev;
}

void AddRowCommand::undo()
{
    const WriteResult r = library()->removeRow(m_entity, m_rowId, m_rev);
    if (check(r))
        m_rev = r.rev;
}

RemoveRowCommand::RemoveRowCommand(Editor* editor, Entity entity, QString id, qint64 expectedRev, const QString& text)
    : CommandBase(editor, text)
    , m_entity(entity)
    , m_rowId(std::move(id))
    , m_rev(expectedRev)
{
}

void RemoveRowCommand::redo()
{
    const WriteResult r = library()->removeRow(m_entity, m_rowId, m_rev);
    if (check(r))
        m_rev = r.rev;
}

void RemoveRowCommand::undo()
{
    const WriteResult r = library()->restoreRow(m_entity, m_rowId, m_rev);
    if (check(r))
        m_rev = r.rev;
}

SetLabelsCommand::SetLabelsCommand(Editor* editor, QString reviewId, QString kind, QStringList oldNames,
                                   QStringList newNames, const QString& text)
    : CommandBase(editor, text)
    , m_reviewId(std::move(reviewId))
    , m_kind(std::move(kind))
    , m_old(std::move(oldNames))
    , m_new(std::move(newNames))
{
}

void SetLabelsCommand::redo()
{
    check(library()->setLabels(m_reviewId, m_kind, m_new));
}

void SetLabelsCommand::undo()
{
    check(library()->setLabels(m_reviewId, m_kind, m_old));
}

CreateReviewCommand::CreateReviewCommand(Editor* editor, QString templateKey, QString title)
    : CommandBase(editor, QCoreApplication::translate("hs::Commands", "New review “%1”").arg(title))
    , m_templateKey(std::move(templateKey))
    , m_title(std::move(title))
{
}

void CreateReviewCommand::redo()
{
    if (m_reviewId.isEmpty()) {
        const WriteResult r = library()->createReview(m_templateKey, m_title);
        if (check(r)) {
            m_reviewId = r.id;
            m_rev = r.rev;
        }
        return;
    }
    const WriteResult r = library()->restoreRow(Entity::Review, m_reviewId, m_rev);
    if (check(r))
        m_rev = r.rev;
}

void CreateReviewCommand::undo()
{
    const WriteResult r = library()->removeRow(Entity::Review, m_reviewId, m_rev);
    if (check(r))
        m_rev = r.rev;
}

} // namespace hs
