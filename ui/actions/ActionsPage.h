#pragma once

#include "domain/Review.h"

#include <QStyledItemDelegate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace hs {

class ActionsModel;
class Editor;

// In-place editors for action items: choosers for type, priority and status, a calendar for
// the due date, and an owner field that completes participant names.
class ActionsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setPeople(const QStringList& names) { m_people = names; }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QStringList m_people;
};

// The Actions tab of a review: its action items, edited in place, added from one line, set
// in bulk, copied as a Markdown list or saved as CSV for an issue tracker.
class ActionsPage : public QWidget
{
    Q_OBJECT

public:
    ActionsPage(Editor* editor, QWidget* parent = nullptr);
    void setDocument(const ReviewDocument& doc, bool readOnly);
    ActionsModel* model() const { return m_model; }
    QList<int> selectedRows() const;
    // Selects the action and scrolls to it; false when the review has no such action.
    bool selectAction(const QString& id);
    QString addAction(const QString& title);
    void deleteSelected();
    void setStatusOfSelected(const QString& status);
    QString selectedAsMarkdown() const;
    bool exportCsv(const QString& path, QString* error) const;

Q_SIGNALS:
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateSummary();

    Editor* m_editor;
    ReviewDocument m_doc;
    bool m_readOnly = false;
    ActionsModel* m_model;
    ActionsDelegate* m_delegate;
    QTableView* m_table;
    QLineEdit* m_add;
    QLabel* m_summary;
    QToolButton* m_status;
    QToolButton* m_copy;
    QToolButton* m_export;
};

} // namespace hs
