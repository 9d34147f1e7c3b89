#pragma once

#include "commands/Editor.h"
#include "common/RowListModel.h"

#include <algorithm>

namespace hs {

// One kind of a review's short text rows (lessons that went well, appendix notes, …) as a
// one-column list edited in place through the Editor. T has id, rev, kind, text and sortKey.
template <typename T>
class KindListModel : public RowListModel<T>
{
public:
    KindListModel(Editor* editor, Entity entity, QString kind, QString editDescription, QObject* parent)
        : RowListModel<T>(parent)
        , m_editor(editor)
        , m_entity(entity)
        , m_kind(std::move(kind))
        , m_editDescription(std::move(editDescription))
    {
    }

    QString kind() const { return m_kind; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    // Keeps the rows of this model's kind, in their order.
    void setAll(const QList<T>& all)
    {
        QList<T> mine;
        for (const T& row : all) {
            if (row.kind == m_kind)
                mine.append(row);
        }
        std::stable_sort(mine.begin(), mine.end(), [](const T& a, const T& b) {
            return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.id < b.id;
        });
        this->setRows(mine);
    }

    int columnCount(const QModelIndex& parent = QModelIndex()) const override { return parent.isValid() ? 0 : 1; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!this->checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid))
            return QVariant();
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return this->m_rows.at(index.row()).text;
        return QVariant();
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override
    {
        if (!this->checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid) || role != Qt::EditRole
            || m_readOnly)
            return false;
        const T& row = this->m_rows.at(index.row());
        const QString text = value.toString().trimmed();
        if (text.isEmpty() || text == row.text)
            return false;
        return m_editor->editField(m_entity, row.id, QStringLiteral("text"), row.text, text, row.rev, m_editDescription);
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (index.isValid() && !m_readOnly)
            f |= Qt::ItemIsEditable;
        return f;
    }

protected:
    Editor* m_editor;

private:
    Entity m_entity;
    QString m_kind;
    QString m_editDescription;
    bool m_readOnly = false;
};

} // namespace hs
