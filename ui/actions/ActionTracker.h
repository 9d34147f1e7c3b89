#pragma once

#include "actions/ActionQuery.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace hs {

class ActionsDelegate;
class ActionsModel;
class Editor;
class Library;
struct Change;

// Narrows the tracker in memory: the rows are read once, so changing a filter never goes back
// to the file. Every condition must hold.
class ActionTrackerFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusSet { Any, Open, Done, WontDo, FollowUpDue };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setWords(const QString& text);
    void setStatusSet(StatusSet set);
    void setType(const QString& type);
    void setPriority(const QString& priority);
    void setReview(const QString& reviewId);
    void setTag(const QString& tag);
    void setOverdueOnly(bool on);
    void setDueThisWeekOnly(bool on);
    void setToday(const QDate& today);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    QStringList m_words;
    StatusSet m_status = StatusSet::Open;
    QString m_type;
    QString m_priority;
    QString m_review;
    QString m_tag;
    bool m_overdue = false;
    bool m_week = false;
    QDate m_today;
};

// The Action Tracker: every review's action items in one table, filtered, sorted, edited in
// place and in bulk, with a way back to the review and cause each came from.
class ActionTracker : public QWidget
{
    Q_OBJECT

public:
    ActionTracker(Library* library, Editor* editor, QWidget* parent = nullptr);

    ActionsModel* model() const { return m_model; }
    ActionTrackerFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    void reload();
    QList<int> selectedSourceRows() const;
    // The rows the filters let through, in the order shown (for copy and export).
    QList<ActionRow> shownRows() const;
    void setStatusOfSelected(const QString& status);
    void setOwnerOfSelected(const QString& owner);
    // Records whether a done action worked; "not effective" offers a new, linked action.
    QString recordEffectiveness(int sourceRow, const QString& verdict, const QString& note);

Q_SIGNALS:
    void openReview(const QString& reviewId, const QString& whyId);
    void message(const QString& text);

private:
    void onChanged(const Change& change);
    void updateCount();
    void fillReviews();

    Library* m_library;
    Editor* m_editor;
    ActionsModel* m_model;
    ActionTrackerFilter* m_filter;
    ActionsDelegate* m_delegate;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_type;
    QComboBox* m_priority;
    QComboBox* m_review;
    QComboBox* m_tag;
    QCheckBox* m_overdue;
    QCheckBox* m_week;
    QLabel* m_count;
    bool m_reloadPending = false;
};

} // namespace hs
