#pragma once

#include "search/Search.h"

#include <QAbstractItemModel>

namespace hs {

// The results of one search as a two-level tree: a review per top-level row (its title and
// how many matches), its matches below (kind and the snippet). A new result set replaces the
// old one with a reset: it is a different list, not an edit of the last one.
class SearchResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        SnippetHtmlRole = Qt::UserRole + 1, // the snippet as escaped rich text, matches in <b>
        KindRole,                           // the hit's kind name ("Event", "Cause", …)
        EntityRole,                         // hs::Entity as int
        ItemIdRole,
        ReviewIdRole,
        IsReviewRole,                       // true on the review (group) rows
    };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setResults(const SearchResults& results);
    const SearchResults& results() const { return m_results; }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    SearchResults m_results;
};

} // namespace hs
