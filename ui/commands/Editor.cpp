#include "commands/Editor.h"

#include "commands/BatchCommands.h"
#include "commands/ListCommands.h"

#include <algorithm>

#include "commands/Commands.h"
#include "storage/Merge.h"
#include "util/Uuid.h"

#include <QUndoStack>

#include <memory>

namespace hs {

bool EditConflict::canKeepBoth() const
{
    return !removal && !theirsDeleted && batch.isEmpty() && Columns::isFreeText(column) && mine.typeId() == QMetaType::QString
           && theirs.typeId() == QMetaType::QString;
}

Editor::Editor(Library* library, QUndoStack* stack, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_stack(stack)
    , m_queue(new WriteQueue(this))
{
    connect(m_queue, &WriteQueue::waitingChanged, this, &Editor::waitingChanged);
    connect(m_queue, &WriteQueue::stalled, this, &Editor::stalled);
}

void Editor::report(const WriteResult& result)
{
    m_failed = true;
    m_lastResult = result;
    if (m_inQueue && result.isRetryable())
        return; // kept and retried; pendingChanged/waitingChanged tell
    if (m_catchConflicts && result.status == WriteResult::Conflict)
        return; // shown side by side through conflictFound
    Q_EMIT writeFailed(result);
}

bool Editor::push(CommandBase* command)
{
    m_failed = false;
    m_stack->push(command); // runs redo(); may merge or delete the command
    return !m_failed;
}

bool Editor::queued(const QString& description, std::function<bool()> op)
{
    struct Outcome {
        int state = -1; // -1 waiting, 0 failed, 1 written
        bool announced = false;
    };
    auto outcome = std::make_shared<Outcome>();
    m_queue->submit(
        description,
        [this, op] {
            m_lastResult = WriteResult();
            m_inQueue = true;
            op();
            m_inQueue = false;
            return m_lastResult;
        },
        [this, outcome](const WriteResult& result) {
            outcome->state = result.ok() ? 1 : 0;
            if (outcome->announced)
                Q_EMIT pendingChanged(m_queue->pendingCount());
        });
    if (outcome->state >= 0)
        return outcome->state == 1;
    outcome->announced = true;
    Q_EMIT pendingChanged(m_queue->pendingCount());
    return true;
}

bool Editor::writeUnrecorded(const QString& description, std::function<WriteResult()> write)
{
    return queued(description, [this, write] {
        const WriteResult result = write();
        if (!result.ok())
            report(result);
        return result.ok();
    });
}

void Editor::discardPending()
{
    m_queue->discardAll();
    Q_EMIT pendingChanged(0);
}

bool Editor::pushOrReportConflict(CommandBase* command, const std::function<std::optional<EditConflict>()>& describe)
{
    m_catchConflicts = true;
    const bool ok = push(command);
    m_catchConflicts = false;
    if (!ok && m_lastResult.status == WriteResult::Conflict) {
        if (const std::optional<EditConflict> conflict = describe())
            reportConflict(m_lastResult, *conflict);
        else
            Q_EMIT writeFailed(m_lastResult);
    }
    return ok;
}

void Editor::reportConflict(const WriteResult& result, EditConflict conflict)
{
    // Resolving met yet another change: the new conflict offers what was typed, not the text
    // a "keep both" had just combined with an older version of theirs.
    if (m_resolving && m_resolving->entity == conflict.entity && m_resolving->id == conflict.id
        && m_resolving->column == conflict.column) {
        conflict.mine = m_resolving->mine;
        conflict.base = m_resolving->base;
    }
    conflict.theirRev = result.rev;
    conflict.changedBy = result.changedBy;
    if (!readTheirs(&conflict)) {
        Q_EMIT writeFailed(result);
        return;
    }
    Q_EMIT conflictFound(conflict);
}

bool Editor::readTheirs(EditConflict* conflict) const
{
    if (conflict->removal) {
        const std::optional<qint64> rev = m_library->revisionOf(conflict->entity, conflict->id);
        if (rev)
            conflict->theirRev = *rev;
        return rev.has_value();
    }
    const std::optional<FieldState> now = m_library->fieldState(conflict->entity, conflict->id, conflict->column);
    if (!now)
        return false;
    conflict->theirs = now->value;
    conflict->theirRev = now->rev;
    conflict->changedBy = now->updatedBy;
    conflict->changedMs = now->updatedMs;
    conflict->theirsDeleted = now->deleted;
    return true;
}

bool Editor::editField(Entity entity, const QString& id, const QString& column, const QVariant& oldValue,
                       const QVariant& newValue, qint64 expectedRev, const QString& description)
{
    if (oldValue == newValue)
        return true;
    // The command expects the newer of expectedRev and this editor's own last write (see
    // CommandBase::expectedRev), so a view that has not reloaded since is no conflict.
    return queued(description, [=, this] {
        return pushOrReportConflict(
            new EditFieldCommand(this, entity, id, column, oldValue, newValue, expectedRev, description), [=] {
                EditConflict conflict;
                conflict.entity = entity;
                conflict.id = id;
                conflict.column = column;
                conflict.base = oldValue;
                conflict.mine = newValue;
                conflict.description = description;
                return std::optional<EditConflict>(conflict);
            });
    });
}

QString Editor::addRow(Entity entity, const QVariantMap& values, const QString& description)
{
    // The id is made here, so a retry after a busy file inserts the same row, and the caller
    // gets it even while the row waits for the file.
    QVariantMap withId = values;
    if (!withId.contains(QStringLiteral("id")))
        withId.insert(QStringLiteral("id"), newId());
    const QString id = withId.value(QStringLiteral("id")).toString();
    const bool ok = queued(description, [=, this] { return push(new AddRowCommand(this, entity, withId, description)); });
    return ok ? id : QString();
}

bool Editor::removeRow(Entity entity, const QString& id, qint64 expectedRev, const QString& description)
{
    return queued(description, [=, this] {
        return pushOrReportConflict(new RemoveRowCommand(this, entity, id, expectedRev, description), [=] {
            EditConflict conflict;
            conflict.entity = entity;
            conflict.id = id;
            conflict.removal = true;
            conflict.description = description;
            return std::optional<EditConflict>(conflict);
        });
    });
}

bool Editor::setLabels(const QString& reviewId, const QString& kind, const QStringList& oldNames,
                       const QStringList& newNames, const QString& description)
{
    if (oldNames == newNames)
        return true;
    return queued(description, [=, this] {
        return push(new SetLabelsCommand(this, reviewId, kind, oldNames, newNames, description));
    });
}

QString Editor::createReview(const QString& templateKey, const QString& title)
{
    auto* command = new CreateReviewCommand(this, templateKey, title);
    return push(command) ? command->reviewId() : QString();
}

bool Editor::resolve(const EditConflict& conflict, EditConflict::Resolution resolution)
{
    m_resolving = &conflict;
    const bool ok = applyResolution(conflict, resolution);
    m_resolving = nullptr;
    return ok;
}

bool Editor::applyResolution(const EditConflict& conflict, EditConflict::Resolution resolution)
{
    switch (resolution) {
    case EditConflict::TakeTheirs:
        return true; // theirs is what the file holds already
    case EditConflict::KeepMine:
        if (conflict.removal)
            return removeRow(conflict.entity, conflict.id, conflict.theirRev, conflict.description);
        if (conflict.theirsDeleted)
            return false; // a deleted row takes no edit; the window offers the text to copy
        if (!conflict.batch.isEmpty()) {
            // Again over what the file holds now, so undoing it brings theirs back.
            QList<FieldChange> again = conflict.batch;
            for (FieldChange& c : again) {
                if (const std::optional<FieldState> now = m_library->fieldState(c.entity, c.id, c.column)) {
                    c.expectedRev = now->rev;
                    c.previous = now->value;
                }
            }
            return editFields(again, conflict.description);
        }
        return editField(conflict.entity, conflict.id, conflict.column, conflict.theirs, conflict.mine,
                         conflict.theirRev, conflict.description);
    case EditConflict::KeepBoth: {
        if (!conflict.canKeepBoth())
            return false;
        const QString who = conflict.changedBy.isEmpty() ? tr("someone else") : conflict.changedBy;
        const QString both = keepBothText(conflict.mine.toString(), conflict.theirs.toString(), tr("— from %1 —").arg(who));
        return editField(conflict.entity, conflict.id, conflict.column, conflict.theirs, both, conflict.theirRev,
                         conflict.description);
    }
    }
    return false;
}

bool Editor::editFields(const QList<FieldChange>& changes, const QString& description)
{
    if (changes.isEmpty())
        return true;
    return queued(description, [=, this] {
        return pushOrReportConflict(new EditFieldsCommand(this, changes, description), [=, this] {
            // Shown as the conflicting row's first changed field; keeping mine writes the
            // whole edit again (all its rows, one step), taking theirs writes none of it.
            const auto hit = std::find_if(changes.cbegin(), changes.cend(),
                                          [this](const FieldChange& c) { return c.id == m_lastResult.id; });
            if (hit == changes.cend())
                return std::optional<EditConflict>();
            EditConflict conflict;
            conflict.entity = hit->entity;
            conflict.id = hit->id;
            conflict.column = hit->column;
            conflict.base = hit->previous;
            conflict.mine = hit->value;
            conflict.description = description;
            conflict.batch = changes;
            return std::optional<EditConflict>(conflict);
        });
    });
}

QStringList Editor::insertRows(const QList<RowInsert>& rows, const QString& description)
{
    if (rows.isEmpty())
        return {};
    // Ids fixed up front: rows can point at each other, and a retry inserts the same rows.
    QList<RowInsert> withIds = rows;
    QStringList ids;
    for (RowInsert& row : withIds) {
        if (!row.values.contains(QStringLiteral("id")))
            row.values.insert(QStringLiteral("id"), newId());
        ids.append(row.values.value(QStringLiteral("id")).toString());
    }
    const bool ok = queued(description, [=, this] { return push(new InsertRowsCommand(this, withIds, description)); });
    return ok ? ids : QStringList();
}

bool Editor::removeRows(const QList<RowRef>& rows, const QString& description)
{
    if (rows.isEmpty())
        return true;
    return queued(description, [=, this] { return push(new RemoveRowsCommand(this, rows, description)); });
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
