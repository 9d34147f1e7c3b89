#include "timeline/TimelineDelegates.h"

#include "domain/Enums.h"
#include "timeline/KindStyle.h"
#include "timeline/TimelineModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPainter>

namespace hs {

QWidget* TimelineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    switch (index.column()) {
    case TimelineModel::KindColumn: {
        auto* box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("kindEditor"));
        for (const QString& code : Vocabulary::codes(Vocab::EventKind))
            box->addItem(KindStyle::icon(code), Vocabulary::label(Vocab::EventKind, code), code);
        // A choice is an edit: commit at once instead of waiting for focus to leave.
        connect(box, &QComboBox::activated, this, [this, box] {
            auto* self = const_cast<TimelineDelegate*>(this);
            Q_EMIT self->commitData(box);
            Q_EMIT self->closeEditor(box);
        });
        return box;
    }
    case TimelineModel::TimeColumn: {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("timeEditor"));
        edit->setPlaceholderText(tr("14:32, +5m or 2026-04-14 14:32"));
        return edit;
    }
    case TimelineModel::ActorColumn: {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("actorEditor"));
        auto* completer = new QCompleter(m_participants, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void TimelineDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TimelineDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void TimelineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    // A milestone gets a bar in its kind's colour at the left edge of the row; a suspected
    // trigger a dashed one.
    if (index.column() != TimelineModel::TimeColumn)
        return;
    const bool milestone = !index.data(TimelineModel::MilestoneRole).toString().isEmpty();
    const bool trigger = index.data(TimelineModel::SuspectedTriggerRole).toBool();
    if (!milestone && !trigger)
        return;
    painter->save();
    QPen pen(KindStyle::color(index.data(TimelineModel::KindRole).toString()), 4);
    if (!milestone)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawLine(option.rect.topLeft() + QPoint(2, 1), option.rect.bottomLeft() + QPoint(2, -1));
    painter->restore();
}

} // namespace hs
