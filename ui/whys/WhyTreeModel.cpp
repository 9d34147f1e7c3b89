#include "whys/WhyTreeModel.h"

#include "commands/Editor.h"
#include "common/DragData.h"
#include "domain/Enums.h"
#include "timeline/TimelineModel.h"
#include "util/SortKey.h"

#include <QMimeData>
#include <QSet>

namespace hs {

WhyTreeModel::WhyTreeModel(Editor* editor, QObject* parent)
    : QAbstractItemModel(parent)
    , m_editor(editor)
{
    m_handleIds.append(QString()); // handle 0 is "no node"
}

quintptr WhyTreeModel::handleOf(const QString& id) const
{
    const auto it = m_handles.constFind(id);
    if (it != m_handles.constEnd())
        return *it;
    const auto h = static_cast<quintptr>(m_handleIds.size());
    m_handles.insert(id, h);
    m_handleIds.append(id);
    return h;
}

void WhyTreeModel::setDocument(const ReviewDocument& doc, bool readOnly)
{
    const bool otherReview = doc.review.id != m_doc.review.id;
    m_readOnly = readOnly;
    if (otherReview) {
        beginResetModel();
        m_doc = doc;
        rebuild();
        endResetModel();
        return;
    }
    // Same review read again: keep persistent indexes (selection, current, expanded) on their
    // nodes, wherever the nodes are now.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<QPair<QString, int>> where;
    where.reserve(before.size());
    for (const QModelIndex& i : before)
        where.append({idOf(i), i.column()});
    m_doc = doc;
    rebuild();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto& [id, column] : std::as_const(where))
        after.append(m_nodeIndex.contains(id) ? indexOfId(id, column) : QModelIndex());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

void WhyTreeModel::rebuild()
{
    m_nodeIndex.clear();
    m_children.clear();
    m_parentOf.clear();
    for (qsizetype i = 0; i < m_doc.whys.size(); ++i)
        m_nodeIndex.insert(m_doc.whys.at(i).id, i);
    QList<const WhyNode*> ordered;
    for (const WhyNode& w : std::as_const(m_doc.whys))
        ordered.append(&w);
    std::sort(ordered.begin(), ordered.end(), [](const WhyNode* a, const WhyNode* b) {
        return a->sortKey != b->sortKey ? a->sortKey < b->sortKey : a->id < b->id;
    });
    for (const WhyNode* w : std::as_const(ordered)) {
        // A parent that is not in the review (bad data from elsewhere) shows the node at the top.
        QString parent = m_nodeIndex.contains(w->parentId) ? w->parentId : QString();
        // Guard against cycles: walk up; if we come back to w, hang it at the top.
        QString up = parent;
        for (int guard = 0; !up.isEmpty() && guard < 10000; ++guard) {
            if (up == w->id) {
                parent.clear();
                break;
            }
            up = m_doc.whys.at(m_nodeIndex.value(up)).parentId;
            if (!m_nodeIndex.contains(up))
                break;
        }
        m_parentOf.insert(w->id, parent);
        m_children[parent].append(w->id);
    }
}

const QStringList& WhyTreeModel::childrenOf(const QString& parentId) const
{
    static const QStringList none;
    const auto it = m_children.constFind(parentId);
    return it == m_children.constEnd() ? none : *it;
}

const WhyNode* WhyTreeModel::node(const QString& id) const
{
    const auto it = m_nodeIndex.constFind(id);
    return it == m_nodeIndex.constEnd() ? nullptr : &m_doc.whys.at(*it);
}

QString WhyTreeModel::idOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return QString();
    const quintptr h = index.internalId();
    return h < static_cast<quintptr>(m_handleIds.size()) ? m_handleIds.at(static_cast<qsizetype>(h)) : QString();
}

QModelIndex WhyTreeModel::indexOfId(const QString& id, int column) const
{
    if (!m_nodeIndex.contains(id))
        return QModelIndex();
    const int row = static_cast<int>(childrenOf(m_parentOf.value(id)).indexOf(id));
    return createIndex(row, column, handleOf(id));
}

int WhyTreeModel::depthOf(const QString& id) const
{
    int depth = 0;
    QString at = id;
    while (!at.isEmpty() && m_parentOf.contains(at) && depth < 10000) {
        ++depth;
        at = m_parentOf.value(at);
    }
    return depth;
}

QModelIndex WhyTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    const QStringList& kids = childrenOf(idOf(parent));
    if (row >= kids.size())
        return QModelIndex();
    return createIndex(row, column, handleOf(kids.at(row)));
}

QModelIndex WhyTreeModel::parent(const QModelIndex& child) const
{
    const QString parentId = m_parentOf.value(idOf(child));
    return parentId.isEmpty() ? QModelIndex() : indexOfId(parentId);
}

int WhyTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(childrenOf(idOf(parent)).size());
}

int WhyTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant WhyTreeModel::data(const QModelIndex& index, int role) const
{
    const WhyNode* w = node(idOf(index));
    if (!w)
        return QVariant();
    switch (role) {
    case IdRole: return w->id;
    case DepthRole: return depthOf(w->id);
    case MarkRole: return w->mark;
    case CategoryRole: return w->category;
    default: break;
    }
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::DisplayRole)
            return w->text.isEmpty() ? tr("(say why)") : w->text;
        if (role == Qt::EditRole)
            return w->text;
        if (role == Qt::ToolTipRole)
            return tr("Why %1: %2").arg(depthOf(w->id)).arg(w->text);
        break;
    case LevelColumn:
        if (role == Qt::DisplayRole)
            return tr("Why %1").arg(depthOf(w->id));
        break;
    case MarkColumn:
        if (role == Qt::DisplayRole)
            return w->mark == QLatin1String("cause") ? QString() : Vocabulary::label(Vocab::WhyMark, w->mark);
        break;
    case CategoryColumn:
        if (role == Qt::DisplayRole)
            return w->category;
        break;
    case EvidenceColumn:
        if (role == Qt::DisplayRole) {
            QString s = w->evidenceEventIds.isEmpty() ? QString() : QString::number(w->evidenceEventIds.size());
            if (w->deletedEvidence > 0)
                s += QStringLiteral(" (−%1)").arg(w->deletedEvidence);
            return s;
        }
        if (role == Qt::ToolTipRole && w->deletedEvidence > 0)
            return tr("%n linked event(s) were deleted from the timeline", nullptr, w->deletedEvidence);
        break;
    default:
        break;
    }
    return QVariant();
}

bool WhyTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const WhyNode* w = node(idOf(index));
    if (!w || m_readOnly || role != Qt::EditRole || index.column() != TextColumn)
        return false;
    const QString text = value.toString().trimmed();
    if (text == w->text)
        return true;
    return m_editor->editField(Entity::WhyNode, w->id, QStringLiteral("text"), w->text, text, w->rev,
                               tr("Edit cause"));
}

Qt::ItemFlags WhyTreeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!m_readOnly)
        f |= Qt::ItemIsDropEnabled;
    if (index.isValid() && !m_readOnly) {
        f |= Qt::ItemIsDragEnabled;
        if (index.column() == TextColumn)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant WhyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TextColumn: return tr("Cause");
    case LevelColumn: return tr("Level");
    case MarkColumn: return tr("Mark");
    case CategoryColumn: return tr("Category");
    case EvidenceColumn: return tr("Evidence");
    default: return QVariant();
    }
}

QString WhyTreeModel::sortKeyBetween(const QString& parentId, int row) const
{
    const QStringList& kids = childrenOf(parentId);
    const QString lo = row > 0 && row - 1 < kids.size() ? node(kids.at(row - 1))->sortKey : QString();
    const QString hi = row >= 0 && row < kids.size() ? node(kids.at(row))->sortKey : QString();
    // Equal keys (rows from an older copy) fall back to a key after the lower one.
    return lo.isEmpty() || hi.isEmpty() || lo < hi ? SortKey::between(lo, hi) : SortKey::after(lo);
}

QString WhyTreeModel::addSibling(const QString& afterId)
{
    if (m_readOnly)
        return QString();
    const QString parent = afterId.isEmpty() ? QString() : m_parentOf.value(afterId);
    const int row = afterId.isEmpty() ? static_cast<int>(childrenOf(QString()).size())
                                      : static_cast<int>(childrenOf(parent).indexOf(afterId)) + 1;
    QVariantMap values{{QStringLiteral("review_id"), m_doc.review.id},
                       {QStringLiteral("sort_key"), sortKeyBetween(parent, row)},
                       {QStringLiteral("text"), QString()}};
    if (!parent.isEmpty())
        values.insert(QStringLiteral("parent_id"), parent);
    return m_editor->addRow(Entity::WhyNode, values, tr("Add cause"));
}

QString WhyTreeModel::addChild(const QString& parentId)
{
    if (m_readOnly || !node(parentId))
        return QString();
    return m_editor->addRow(Entity::WhyNode,
                            {{QStringLiteral("review_id"), m_doc.review.id},
                             {QStringLiteral("parent_id"), parentId},
                             {QStringLiteral("sort_key"), sortKeyBetween(parentId, static_cast<int>(childrenOf(parentId).size()))},
                             {QStringLiteral("text"), QString()}},
                            tr("Ask why"));
}

bool WhyTreeModel::reparent(const QString& id, const QString& newParentId, int row)
{
    const WhyNode* w = node(id);
    if (!w || m_readOnly || id == newParentId || (!newParentId.isEmpty() && isDescendant(newParentId, id)))
        return false;
    // Rows are counted without the node itself when it moves within its own parent.
    QStringList kids = childrenOf(newParentId);
    const qsizetype own = kids.indexOf(id);
    if (own >= 0) {
        kids.removeAt(own);
        if (row > own)
            --row;
    }
    row = std::clamp(row, 0, static_cast<int>(kids.size()));
    const QString lo = row > 0 ? node(kids.at(row - 1))->sortKey : QString();
    const QString hi = row < kids.size() ? node(kids.at(row))->sortKey : QString();
    const QString key = lo.isEmpty() || hi.isEmpty() || lo < hi ? SortKey::between(lo, hi) : SortKey::after(lo);
    QList<FieldChange> changes;
    const QString currentParent = w->parentId;
    if (currentParent != newParentId) {
        // A top-level cause has no parent: SQL NULL (an invalid QVariant), not "".
        changes.append(FieldChange{Entity::WhyNode, id, QStringLiteral("parent_id"),
                                   newParentId.isEmpty() ? QVariant() : QVariant(newParentId), w->rev,
                                   currentParent.isEmpty() ? QVariant() : QVariant(currentParent)});
    }
    changes.append(FieldChange{Entity::WhyNode, id, QStringLiteral("sort_key"), key, w->rev, w->sortKey});
    return m_editor->editFields(changes, tr("Move cause"));
}

bool WhyTreeModel::indent(const QString& id)
{
    const QString parent = m_parentOf.value(id);
    const QStringList& kids = childrenOf(parent);
    const qsizetype row = kids.indexOf(id);
    if (row <= 0)
        return false; // the first sibling has nothing to go under
    const QString newParent = kids.at(row - 1);
    return reparent(id, newParent, static_cast<int>(childrenOf(newParent).size()));
}

bool WhyTreeModel::outdent(const QString& id)
{
    const QString parent = m_parentOf.value(id);
    if (parent.isEmpty())
        return false;
    const QString grandParent = m_parentOf.value(parent);
    return reparent(id, grandParent, static_cast<int>(childrenOf(grandParent).indexOf(parent)) + 1);
}

bool WhyTreeModel::moveUp(const QString& id)
{
    const QString parent = m_parentOf.value(id);
    const qsizetype row = childrenOf(parent).indexOf(id);
    return row > 0 && reparent(id, parent, static_cast<int>(row) - 1);
}

bool WhyTreeModel::moveDown(const QString& id)
{
    const QString parent = m_parentOf.value(id);
    const qsizetype row = childrenOf(parent).indexOf(id);
    return row >= 0 && row + 1 < childrenOf(parent).size() && reparent(id, parent, static_cast<int>(row) + 2);
}

bool WhyTreeModel::removeBranch(const QString& id)
{
    const WhyNode* w = node(id);
    if (!w || m_readOnly)
        return false;
    int below = 0;
    QStringList stack = childrenOf(id);
    while (!stack.isEmpty()) {
        ++below;
        stack.append(childrenOf(stack.takeLast()));
    }
    const QString label = w->text.isEmpty() ? tr("Remove empty cause")
                          : below == 0   ? tr("Remove “%1”").arg(w->text.left(40))
                                         : tr("Remove “%1” and %n cause(s) below it", nullptr, below).arg(w->text.left(40));
    return m_editor->removeRow(Entity::WhyNode, id, w->rev, label);
}

bool WhyTreeModel::isDescendant(const QString& id, const QString& ancestorId) const
{
    QString at = m_parentOf.value(id);
    for (int guard = 0; !at.isEmpty() && guard < 10000; ++guard) {
        if (at == ancestorId)
            return true;
        at = m_parentOf.value(at);
    }
    return false;
}

QStringList WhyTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(kWhyMimeType), QString::fromLatin1(kEventMimeType)};
}

QMimeData* WhyTreeModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const QModelIndex& i : indexes) {
        const QString id = idOf(i);
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return DragData::make(kWhyMimeType, ids, {});
}

bool WhyTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent) const
{
    if (m_readOnly || !data)
        return false;
    const QString target = idOf(parent);
    if (data->hasFormat(QString::fromLatin1(kEventMimeType)))
        return !target.isEmpty(); // evidence goes onto a cause
    if (!data->hasFormat(QString::fromLatin1(kWhyMimeType)))
        return false;
    const QStringList ids = DragData::ids(data, kWhyMimeType);
    for (const QString& id : ids) {
        if (id == target || (!target.isEmpty() && isDescendant(target, id)))
            return false; // never under itself
    }
    return !ids.isEmpty();
}

bool WhyTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString target = idOf(parent);
    if (data->hasFormat(QString::fromLatin1(kEventMimeType))) {
        Q_EMIT eventsDropped(DragData::ids(data, kEventMimeType), target);
        return false;
    }
    const QStringList ids = DragData::ids(data, kWhyMimeType);
    // Dropped onto a node: its last child. Between nodes: at that row.
    const int at = row < 0 ? static_cast<int>(childrenOf(target).size()) : row;
    reparent(ids.first(), target, at);
    return false; // the move is done by the edit; the view must not remove anything itself
}

} // namespace hs
