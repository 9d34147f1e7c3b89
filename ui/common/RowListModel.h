#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace hs {

// Base for the small per-review table models. setRows() brings the rows to a fresh read with
// exact row signals: rows whose id vanished are removed, rows whose revision changed get
// dataChanged, new rows are inserted where they belong. Views keep selection, scroll position
// and any open editor. T has `id` and `rev` members.
template <typename T>
class RowListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    const QList<T>& rows() const { return m_rows; }
    const T& rowAt(int row) const { return m_rows.at(row); }
    int rowOfId(const QString& id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        return -1;
    }

    void setRows(const QList<T>& fresh)
    {
        QSet<QString> freshIds;
        for (const T& f : fresh)
            freshIds.insert(f.id);
        // A first fill, or a different set altogether (another review): one reset is far
        // cheaper than thousands of row signals, and there is no selection worth keeping.
        qsizetype kept = 0;
        for (const T& r : std::as_const(m_rows))
            kept += freshIds.contains(r.id) ? 1 : 0;
        if ((m_rows.isEmpty() && !fresh.isEmpty()) || (m_rows.size() > 16 && kept * 2 < m_rows.size())) {
            beginResetModel();
            m_rows = fresh;
            endResetModel();
            return;
        }
        for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
            if (!freshIds.contains(m_rows.at(i).id)) {
                beginRemoveRows(QModelIndex(), i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        for (int i = 0; i < fresh.size(); ++i) {
            const T& f = fresh.at(i);
            if (i < m_rows.size() && m_rows.at(i).id == f.id) {
                if (!sameContent(m_rows.at(i), f)) {
                    m_rows[i] = f;
                    Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
                }
                continue;
            }
            for (int j = i + 1; j < m_rows.size(); ++j) {
                if (m_rows.at(j).id == f.id) { // moved: take it out, insert below
                    beginRemoveRows(QModelIndex(), j, j);
                    m_rows.removeAt(j);
                    endRemoveRows();
                    break;
                }
            }
            beginInsertRows(QModelIndex(), i, i);
            m_rows.insert(i, f);
            endInsertRows();
        }
    }

protected:
    // Whether a row read again still shows the same; by default its revision says so. Rows
    // with parts kept in other tables (an event's evidence) compare those too.
    virtual bool sameContent(const T& shown, const T& fresh) const { return shown.rev == fresh.rev; }

    QList<T> m_rows;
};

} // namespace hs
