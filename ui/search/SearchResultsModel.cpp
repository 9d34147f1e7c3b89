#include "search/SearchResultsModel.h"

namespace hs {

namespace {

// Internal ids: 0 for a review row, group + 1 for a hit row (whose parent is that group).
constexpr quintptr kGroupRow = 0;

} // namespace

SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void SearchResultsModel::setResults(const SearchResults& results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    if (!parent.isValid())
        return createIndex(row, column, kGroupRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex SearchResultsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return QModelIndex();
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupRow);
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_results.groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupRow)
        return 0;
    return static_cast<int>(m_results.groups.at(parent.row()).hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return QVariant();
    if (index.internalId() == kGroupRow) {
        const SearchGroup& g = m_results.groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return g.reviewTitle;
        case Qt::ToolTipRole: return g.reviewTitle;
        case Qt::AccessibleTextRole:
            return tr("%1, %n match(es)", nullptr, static_cast<int>(g.hits.size())).arg(g.reviewTitle);
        case ReviewIdRole: return g.reviewId;
        case ItemIdRole: return g.reviewId;
        case EntityRole: return static_cast<int>(Entity::Review);
        case IsReviewRole: return true;
        case KindRole: return tr("%n match(es)", nullptr, static_cast<int>(g.hits.size()));
        default: return QVariant();
        }
    }
    const SearchGroup& g = m_results.groups.at(static_cast<qsizetype>(index.internalId() - 1));
    const SearchHit& h = g.hits.at(index.row());
    QString kind = Search::kindName(h.entity);
    if (!h.label.isEmpty())
        kind = tr("%1 · %2", "kind · section title").arg(kind, h.label);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2", "kind: text").arg(kind, Search::snippetText(h.snippet, QString(), QString()));
    case SnippetHtmlRole: return Search::snippetHtml(h.snippet);
    case KindRole: return kind;
    case EntityRole: return static_cast<int>(h.entity);
    case ItemIdRole: return h.itemId;
    case ReviewIdRole: return h.reviewId;
    case IsReviewRole: return false;
    default: return QVariant();
    }
}

} // namespace hs
