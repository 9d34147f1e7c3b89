#include "library/ReviewListDelegate.h"

#include "library/ReviewListModel.h"

#include <QApplication>
#include <QPainter>

namespace hs {

ReviewListDelegate::ReviewListDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QColor ReviewListDelegate::severityColor(const QString& severity)
{
    if (severity == QLatin1String("SEV1"))
        return QColor(0xC6, 0x28, 0x28);
    if (severity == QLatin1String("SEV2"))
        return QColor(0xE6, 0x5C, 0x00);
    if (severity == QLatin1String("SEV3"))
        return QColor(0xB5, 0x8B, 0x00);
    return QColor(0x54, 0x6E, 0x7A);
}

QSize ReviewListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    const int line = option.fontMetrics.height();
    return QSize(200, line * 2 + line / 2 + 12);
}

void ReviewListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = textColor;
    dim.setAlphaF(0.7);

    const QRect r = opt.rect.adjusted(8, 6, -8, -6);
    const int line = opt.fontMetrics.height();
    painter->save();
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(textColor);
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QFontMetrics sm(small);

    // Who else has this review open: a green dot and the first name, at the title's end.
    const QStringList here = index.data(ReviewListModel::PresenceRole).toStringList();
    int titleWidth = r.width();
    if (!here.isEmpty()) {
        const QString who = here.size() == 1 ? here.first() : tr("%1 +%2").arg(here.first()).arg(here.size() - 1);
        const QString shownWho = sm.elidedText(who, Qt::ElideRight, r.width() / 3);
        const int dot = sm.height() / 2;
        const int width = dot + 4 + sm.horizontalAdvance(shownWho);
        const QRect area(r.right() - width, r.top(), width, line);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x2e, 0x9d, 0x4f));
        painter->drawEllipse(QRect(area.left(), area.center().y() - dot / 2, dot, dot));
        painter->setFont(small);
        painter->setPen(textColor);
        painter->drawText(area.adjusted(dot + 4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, shownWho);
        titleWidth -= width + 8;
    }
    painter->setFont(titleFont);
    painter->setPen(textColor);
    const QString title = QFontMetrics(titleFont).elidedText(index.data(ReviewListModel::TitleRole).toString(),
                                                             Qt::ElideRight, titleWidth);
    painter->drawText(QRect(r.left(), r.top(), titleWidth, line), Qt::AlignLeft | Qt::AlignVCenter, title);

    painter->setFont(small);
    const QString severity = index.data(ReviewListModel::SeverityRole).toString();
    const int badgeWidth = sm.horizontalAdvance(severity) + 10;
    const QRect badge(r.left(), r.top() + line + line / 4, badgeWidth, sm.height() + 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(severityColor(severity));
    painter->drawRoundedRect(badge, 4, 4);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, severity);

    painter->setPen(dim);
    QString meta = QStringLiteral("%1 · %2").arg(index.data(ReviewListModel::StatusLabelRole).toString(),
                                                index.data(ReviewListModel::DateRole).toString());
    if (index.data(ReviewListModel::OverdueRole).toBool()) {
        // A late review says so in words and colour, not colour alone.
        meta += QStringLiteral(" · ") + tr("review overdue since %1").arg(index.data(ReviewListModel::DueDateRole).toDate().toString(Qt::ISODate));
        if (!(opt.state & QStyle::State_Selected))
            painter->setPen(QColor(0xb3, 0x26, 0x1e));
    }
    const QRect metaRect(badge.right() + 8, badge.top(), r.right() - badge.right() - 8, badge.height());
    painter->drawText(metaRect, Qt::AlignLeft | Qt::AlignVCenter, sm.elidedText(meta, Qt::ElideRight, metaRect.width()));
    painter->restore();
}

} // namespace hs
