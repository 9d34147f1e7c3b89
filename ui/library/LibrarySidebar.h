#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace hs {

class Library;
class ReviewListModel;
class ReviewFilterProxy;

// The reviews of the open library, newest incident first, filterable by text and status.
class LibrarySidebar : public QWidget
{
    Q_OBJECT

public:
    explicit LibrarySidebar(QWidget* parent = nullptr);

    void setLibrary(Library* library);
    QString currentReviewId() const;
    bool selectReview(const QString& id);
    void focusFilter();
    // The library's open and overdue action items, under the review count.
    void setActionCounts(int open, int overdue);
    // Who else has each review open (review id -> names), shown on the review's row.
    void setPresence(const QHash<QString, QStringList>& presence);

Q_SIGNALS:
    void currentReviewChanged(const QString& id);
    // The "Insights across reviews" link under the list.
    void insightsRequested();

private:
    void onCurrentChanged();
    void updateCount();

    ReviewListModel* m_model;
    ReviewFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_status;
    QListView* m_list;
    QLabel* m_count;
    QLabel* m_actions;
};

} // namespace hs
