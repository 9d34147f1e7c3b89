#include "timeline/TimelineFilter.h"

#include "timeline/TimelineModel.h"

namespace hs {

void TimelineFilter::setWords(const QString& text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void TimelineFilter::setHiddenKinds(const QSet<QString>& kinds)
{
    if (kinds == m_hidden)
        return;
    m_hidden = kinds;
    invalidateFilter();
}

bool TimelineFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_hidden.isEmpty() && m_hidden.contains(i.data(TimelineModel::KindRole).toString()))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = i.data(TimelineModel::SearchTextRole).toString();
    for (const QString& w : m_words) {
        if (!text.contains(w))
            return false;
    }
    return true;
}

} // namespace hs
