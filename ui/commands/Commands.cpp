#include "commands/Commands.h"

#include "commands/Editor.h"
#include "util/Uuid.h"

#include <QCoreApplication>

#include <algorithm>
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

bool CommandBase::checkAndNoteRows(const WriteResult& result)
{
    if (!check(result))
        return false;
    for (const RowRef& row : result.rows)
        m_editor->noteRev(row.entity, row.id, row.rev);
    return true;
}

QString CommandBase::newRowId()
{
    return newId();
}

QList<RowRef> CommandBase::withKnownRevs(QList<RowRef> rows) const
{
    for (RowRef& row : rows)
        row.rev = expectedRev(row.entity, row.id, row.rev);
    return rows;
}

qint64 CommandBase::expectedRev(Entity entity, const QString& id, qint64 fallback) const
{
    // The ledger has this editor's latest write; the command's own revision is newer when the
    // view reloaded someone else's change before the edit was made.
    return std::max(fallback, m_editor->knownRev(entity, id, fallback));
}

bool CommandBase::checkAndNote(const WriteResult& result, Entity entity, const QString& id)
{
    if (!check(result))
        return false;
    m_editor->noteRev(entity, id, result.rev);
    return true;
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
    const WriteResult r =
        library()->updateField(m_entity, m_rowId, m_column, m_new, expectedRev(m_entity, m_rowId, m_rev));
    checkAndNote(r, m_entity, m_rowId);
    m_lastWriteMs = QDateTime::currentMSecsSinceEpoch();
}

void EditFieldCommand::undo()
{
    const WriteResult r =
        library()->updateField(m_entity, m_rowId, m_column, m_old, expectedRev(m_entity, m_rowId, m_rev));
    checkAndNote(r, m_entity, m_rowId);
}

bool EditFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditFieldCommand*>(other);
    if (o->failed() || o->m_entity != m_entity || o->m_rowId != m_rowId || o->m_column != m_column)
        return false;
    if (o->m_lastWriteMs - m_lastWriteMs > kMergeWindowMs)
        return false;
    m_new = o->m_new;
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
        if (checkAndNote(r, m_entity, r.id)) {
            m_rowId = r.id;
            m_rev = r.rev;
        }
        return;
    }
    checkAndNote(library()->restoreRow(m_entity, m_rowId, expectedRev(m_entity, m_rowId, m_rev)), m_entity, m_rowId);
}

void AddRowCommand::undo()
{
    checkAndNote(library()->removeRow(m_entity, m_rowId, expectedRev(m_entity, m_rowId, m_rev)), m_entity, m_rowId);
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
    checkAndNote(library()->removeRow(m_entity, m_rowId, expectedRev(m_entity, m_rowId, m_rev)), m_entity, m_rowId);
}

void RemoveRowCommand::undo()
{
    checkAndNote(library()->restoreRow(m_entity, m_rowId, expectedRev(m_entity, m_rowId, m_rev)), m_entity, m_rowId);
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
        if (checkAndNote(r, Entity::Review, r.id)) {
            m_reviewId = r.id;
            m_rev = r.rev;
        }
        return;
    }
    checkAndNote(library()->restoreRow(Entity::Review, m_reviewId, expectedRev(Entity::Review, m_reviewId, m_rev)),
                 Entity::Review, m_reviewId);
}

void CreateReviewCommand::undo()
{
    checkAndNote(library()->removeRow(Entity::Review, m_reviewId, expectedRev(Entity::Review, m_reviewId, m_rev)),
                 Entity::Review, m_reviewId);
}

} // namespace hs
