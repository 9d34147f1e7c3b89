#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace hs {

class Editor;

// The library's list of contributing-factor categories: add, rename (in place) and remove,
// each an undoable edit. A category in use keeps showing on its causes if removed from the list.
class CategoriesDialog : public QDialog
{
    Q_OBJECT

public:
    CategoriesDialog(Editor* editor, QWidget* parent = nullptr);
    void reload();
    bool addCategory(const QString& name);
    bool renameCategory(int row, const QString& name);
    bool removeCategory(int row);

private:
    Editor* m_editor;
    QListWidget* m_list;
    QPushButton* m_remove;
    bool m_loading = false;
};

} // namespace hs
