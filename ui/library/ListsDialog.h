#pragma once

#include "storage/Lists.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace hs {

class Editor;
struct Change;

// Review ▸ Tags, services and categories: each list with how many reviews use every entry.
// Rename in place (double-click), merge one entry into another (all its reviews or causes
// move over, nothing is lost), delete an entry nobody uses. Every change is one undo step.
class ListsDialog : public QDialog
{
    Q_OBJECT

public:
    ListsDialog(Editor* editor, QWidget* parent = nullptr);

    void showKind(ListKind kind);
    ListKind currentKind() const;
    void reload();
    // The same as the buttons and in-place editing, for the selected list.
    bool rename(const QString& id, const QString& name);
    bool mergeInto(const QString& fromId, const QString& intoId);
    bool remove(const QString& id);
    QTableWidget* table(ListKind kind) const;
    bool selectEntry(const QString& id);

private:
    void onChanged(const Change& change);
    void updateButtons();
    bool finish(bool ok);
    QString currentId() const;
    const ListEntry* entryById(const QString& id) const;

    Editor* m_editor;
    QTabWidget* m_tabs;
    QList<QTableWidget*> m_tables; // by ListKind
    QList<QList<ListEntry>> m_entries;
    QLabel* m_usage;
    QComboBox* m_target;
    QPushButton* m_merge;
    QPushButton* m_delete;
    QTimer* m_reload;
    QString m_failure; // why the last change was refused, shown under the list
    bool m_loading = false;
};

} // namespace hs
