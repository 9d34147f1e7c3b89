#pragma once

#include "domain/Review.h"

#include <QAbstractItemModel>
#include <QHash>

namespace hs {

class Editor;

// The why-tree of one review for the outline: top-level causes under the problem, each
// answering "why?" for its parent. Reading the review again keeps selection and expanded
// branches (persistent indexes follow node ids). Edits go through the Editor; structure changes
// (add, indent, outdent, move, drop) write parent and order in one undo step.
class WhyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, LevelColumn, MarkColumn, CategoryColumn, EvidenceColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DepthRole, MarkRole, CategoryRole };

    explicit WhyTreeModel(Editor* editor, QObject* parent = nullptr);

    void setDocument(const ReviewDocument& doc, bool readOnly);
    const ReviewDocument& document() const { return m_doc; }
    bool isReadOnly() const { return m_readOnly; }
    const WhyNode* node(const QString& id) const;
    QModelIndex indexOfId(const QString& id, int column = 0) const;
    QString idOf(const QModelIndex& index) const;
    int depthOf(const QString& id) const; // 1 for a top-level cause

    // Structure edits; each returns the id of the node it made or moved (empty on failure).
    QString addSibling(const QString& afterId);     // after afterId, or a first cause when empty
    QString addChild(const QString& parentId);      // last child
    bool indent(const QString& id);                 // becomes the last child of its previous sibling
    bool outdent(const QString& id);                // becomes the next sibling of its parent
    bool moveUp(const QString& id);
    bool moveDown(const QString& id);
    bool reparent(const QString& id, const QString& newParentId, int row);
    bool removeBranch(const QString& id);
    bool isDescendant(const QString& id, const QString& ancestorId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction | Qt::LinkAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    void editRejected(const QString& message);
    // Timeline events dropped onto a cause: link them as its evidence.
    void eventsDropped(const QStringList& eventIds, const QString& whyId);

private:
    void rebuild();
    const QStringList& childrenOf(const QString& parentId) const;
    QString sortKeyBetween(const QString& parentId, int row) const;
    quintptr handleOf(const QString& id) const;

    Editor* m_editor;
    ReviewDocument m_doc;
    bool m_readOnly = false;
    QHash<QString, qsizetype> m_nodeIndex;       // id -> position in m_doc.whys
    QHash<QString, QStringList> m_children;      // parent id ("" = top) -> ordered child ids
    QHash<QString, QString> m_parentOf;          // id -> parent id as shown ("" = top)
    // Stable handles for indexes: a node keeps its handle for the model's lifetime, so
    // persistent indexes can be moved to wherever the node is after a re-read.
    mutable QHash<QString, quintptr> m_handles;
    mutable QList<QString> m_handleIds;
};

inline constexpr const char* kWhyMimeType = "application/x-hindsight-why-nodes";

} // namespace hs
