#pragma once

#include <QStyledItemDelegate>

namespace hs {

// Two lines per review: the title, and a severity badge with status and date underneath.
class ReviewListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ReviewListDelegate(QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor severityColor(const QString& severity);
};

} // namespace hs
