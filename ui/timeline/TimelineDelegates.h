#pragma once

#include <QStyledItemDelegate>

namespace hs {

// In-place editors for the timeline table: a time field that takes what quick entry takes
// (14:32, +5m, ISO 8601; the model checks it), a kind chooser with the kind colours, and a
// "who" field that completes participant names.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setParticipants(const QStringList& names) { m_participants = names; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QStringList m_participants;
};

} // namespace hs
