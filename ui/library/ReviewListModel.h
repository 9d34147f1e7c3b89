#pragma once

#include "domain/Review.h"

#include <QAbstractListModel>

namespace hs {

class Library;
struct Change;

// The library sidebar's reviews. Follows Library::changed row by row (insert, update, remove),
// never with a reset, so selection and scroll position survive every edit.
class ReviewListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SeverityRole,
        StatusRole,
        StatusLabelRole,
        DateRole,      // the incident's start (or creation) as text in the review's zone
        SortDateRole,  // milliseconds, for sorting
        ReferenceRole,
        SearchTextRole,
        OverdueRole,      // the review itself is late (see Timeliness)
        DueDateRole,
        PresenceRole,     // QStringList: who else has this review open (see setPresence)
    };

    explicit ReviewListModel(QObject* parent = nullptr);

    void setLibrary(Library* library);
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QModelIndex indexOfReview(const QString& id) const;
    // Who else has each review open (review id -> names); rows whose list changed repaint.
    void setPresence(const QHash<QString, QStringList>& presence);

private:
    void onChanged(const Change& change);
    void refreshReview(const QString& id);

    Library* m_library = nullptr;
    QList<ReviewSummary> m_rows;
    QHash<QString, QStringList> m_presence;
    int m_dueWorkingDays = 5;
};

} // namespace hs
