#include "whys/WhyOutline.h"

#include "commands/Editor.h"
#include "whys/WhyTreeModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

namespace hs {

WhyOutline::WhyOutline(QWidget* parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("whyOutline"));
    setItemDelegate(new WhyOutlineDelegate(this));
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    // Causes move within the tree; timeline events dropped from the Timeline tab become evidence.
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setUniformRowHeights(true);
    setAnimated(false);
    setAccessibleName(tr("Causes outline"));
    header()->setStretchLastSection(false);
}

void WhyOutline::setWhyModel(WhyTreeModel* model)
{
    m_model = model;
    setModel(model);
    header()->setSectionResizeMode(WhyTreeModel::TextColumn, QHeaderView::Stretch);
    for (int c = WhyTreeModel::LevelColumn; c < WhyTreeModel::ColumnCount; ++c)
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::layoutChanged, this, &WhyOutline::afterModelChange);
    connect(model, &QAbstractItemModel::modelReset, this, &WhyOutline::afterModelChange);
}

QString WhyOutline::currentId() const
{
    return m_model ? m_model->idOf(currentIndex()) : QString();
}

bool WhyOutline::selectId(const QString& id)
{
    const QModelIndex i = m_model ? m_model->indexOfId(id) : QModelIndex();
    if (!i.isValid())
        return false;
    for (QModelIndex p = i.parent(); p.isValid(); p = p.parent())
        expand(p);
    setCurrentIndex(i);
    scrollTo(i);
    return true;
}

void WhyOutline::editWhenShown(const QString& id)
{
    if (id.isEmpty())
        return;
    m_pendingEdit = id;
    afterModelChange(); // already there when the model was read again synchronously
}

void WhyOutline::afterModelChange()
{
    // Trees start open: every cause in view, as on the diagram.
    expandAll();
    if (m_pendingEdit.isEmpty() || !m_model || !m_model->indexOfId(m_pendingEdit).isValid())
        return;
    const QString id = m_pendingEdit;
    m_pendingEdit.clear();
    selectId(id);
    setFocus();
    edit(m_model->indexOfId(id));
}

void WhyOutline::addSibling()
{
    if (!m_model || m_model->isReadOnly())
        return;
    const QString id = m_model->addSibling(currentId());
    if (!id.isEmpty()) {
        m_newId = id;
        editWhenShown(id);
    }
}

void WhyOutline::addChild()
{
    if (!m_model || m_model->isReadOnly() || currentId().isEmpty())
        return;
    const QString id = m_model->addChild(currentId());
    if (!id.isEmpty()) {
        m_newId = id;
        editWhenShown(id);
    }
}

void WhyOutline::outdentCurrent()
{
    const QString id = currentId();
    if (m_model && !id.isEmpty() && m_model->outdent(id))
        selectId(id);
}

void WhyOutline::indentCurrent()
{
    const QString id = currentId();
    if (m_model && !id.isEmpty() && m_model->indent(id))
        selectId(id);
}

void WhyOutline::removeCurrent()
{
    const QString id = currentId();
    if (m_model && !id.isEmpty())
        m_model->removeBranch(id);
}

void WhyOutline::dropIfEmptyAndNew(const QString& id, const QString& typed)
{
    // A cause added and left without text was not meant: take it away.
    if (id == m_newId && typed.trimmed().isEmpty() && m_model) {
        m_newId.clear();
        m_model->removeBranch(id);
    }
}

void WhyOutline::onEditorKey(int key, Qt::KeyboardModifiers modifiers, const QString& typed)
{
    const QString id = currentId();
    if (key == Qt::Key_Escape) {
        dropIfEmptyAndNew(id, typed);
        return;
    }
    if (typed.trimmed().isEmpty() && id == m_newId) {
        // Enter on a new empty cause ends the run of new ones.
        dropIfEmptyAndNew(id, typed);
        return;
    }
    if (id == m_newId)
        m_newId.clear();
    if (key == Qt::Key_Backtab || (key == Qt::Key_Tab && (modifiers & Qt::ShiftModifier)))
        outdentCurrent();
    else if (key == Qt::Key_Tab)
        addChild();
    else
        addSibling();
}

void WhyOutline::keyPressEvent(QKeyEvent* event)
{
    if (state() == QAbstractItemView::EditingState) {
        QTreeView::keyPressEvent(event);
        return;
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    // Tab belongs to the tree here, so Ctrl+Tab and Ctrl+Shift+Tab are the way out of it.
    if (ctrl && (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)) {
        QTreeView::focusNextPrevChild(event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier));
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Insert:
        addSibling();
        return;
    case Qt::Key_Tab:
        addChild();
        return;
    case Qt::Key_Backtab:
        outdentCurrent();
        return;
    case Qt::Key_Delete:
        removeCurrent();
        return;
    case Qt::Key_Up:
        if (ctrl) {
            const QString id = currentId();
            if (m_model && m_model->moveUp(id))
                m_pendingEdit.clear();
            return;
        }
        break;
    case Qt::Key_Down:
        if (ctrl) {
            const QString id = currentId();
            if (m_model)
                m_model->moveDown(id);
            return;
        }
        break;
    default:
        break;
    }
    QTreeView::keyPressEvent(event);
}

bool WhyOutline::focusNextPrevChild(bool next)
{
    // Tab and Shift+Tab edit the tree here; Ctrl+Tab leaves it (keyPressEvent).
    Q_UNUSED(next);
    return false;
}

WhyOutlineDelegate::WhyOutlineDelegate(WhyOutline* outline)
    : QStyledItemDelegate(outline)
    , m_outline(outline)
{
}

QWidget* WhyOutlineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setObjectName(QStringLiteral("whyEditor"));
        line->setPlaceholderText(tr("Why did this happen? Enter: next cause · Tab: ask why · Esc: cancel"));
        connect(line, &QLineEdit::textChanged, m_outline, &WhyOutline::editingTextChanged);
    }
    return editor;
}

bool WhyOutlineDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QLineEdit*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int k = key->key();
        if (k == Qt::Key_Return || k == Qt::Key_Enter || k == Qt::Key_Tab || k == Qt::Key_Backtab
            || k == Qt::Key_Escape) {
            const QString typed = editor->text();
            const Qt::KeyboardModifiers mods = key->modifiers();
            if (k == Qt::Key_Escape) {
                Q_EMIT closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
            } else {
                Q_EMIT commitData(editor);
                Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            }
            // After the editor has gone: the add or move starts a fresh edit.
            QPointer<WhyOutline> outline(m_outline);
            QTimer::singleShot(0, m_outline, [outline, k, mods, typed] {
                if (outline)
                    outline->onEditorKey(k, mods, typed);
            });
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void WhyOutlineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString mark = index.data(WhyTreeModel::MarkRole).toString();
    if (index.column() == WhyTreeModel::TextColumn && mark == QLatin1String("root"))
        opt.font.setBold(true);
    if (index.column() == WhyTreeModel::TextColumn && index.data(Qt::EditRole).toString().isEmpty())
        opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
    QStyledItemDelegate::paint(painter, opt, index);
}

} // namespace hs
