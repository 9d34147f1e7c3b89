#pragma once

#include <QStyledItemDelegate>
#include <QTreeView>

namespace hs {

class WhyTreeModel;

// The outline of the why-tree, built for typing while the room talks:
//   Enter       a new cause beside this one (after typing one, straight to the next)
//   Tab         "why did this happen?": a new cause under this one
//   Shift+Tab   outdent          F2  edit          Delete  remove the branch (undoable)
//   Ctrl+↑/↓    move among its siblings; drag to put a cause under another
//   Ctrl+Tab    leave the outline (Tab itself asks why)
// A new cause left empty (Escape, or Enter on nothing) is taken away again.
class WhyOutline : public QTreeView
{
    Q_OBJECT

public:
    explicit WhyOutline(QWidget* parent = nullptr);
    void setWhyModel(WhyTreeModel* model);
    QString currentId() const;
    bool selectId(const QString& id);

    // The keyboard actions, also used by the buttons and menus.
    void addSibling();
    void addChild();
    void outdentCurrent();
    void indentCurrent();
    void removeCurrent();

Q_SIGNALS:
    // The text in the open cause editor, as it is typed (for the wording hint).
    void editingTextChanged(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    friend class WhyOutlineDelegate;
    void editWhenShown(const QString& id);
    void afterModelChange();
    void onEditorKey(int key, Qt::KeyboardModifiers modifiers, const QString& typed);
    void dropIfEmptyAndNew(const QString& id, const QString& typed);

    WhyTreeModel* m_model = nullptr;
    QString m_pendingEdit;
    QString m_newId; // the cause just added, until it has text
};

// The in-place editor's keys belong to the outline: Enter, Tab and Shift+Tab commit the text
// and then add or move, Escape on a new empty cause takes it away.
class WhyOutlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WhyOutlineDelegate(WhyOutline* outline);
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    WhyOutline* m_outline;
};

} // namespace hs
