#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace hs {

// Narrows the timeline to chosen kinds and to rows containing every typed word. Order stays
// the model's (time order).
class TimelineFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setWords(const QString& text);
    // Empty: every kind.
    void setHiddenKinds(const QSet<QString>& kinds);
    const QSet<QString>& hiddenKinds() const { return m_hidden; }
    bool isFiltering() const { return !m_words.isEmpty() || !m_hidden.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QSet<QString> m_hidden;
};

} // namespace hs
