#include "timeline/TranscriptModel.h"

#include "common/DragData.h"
#include "domain/QuickEntry.h"
#include "timeline/TimelineModel.h"
#include "util/TimeFormat.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QMimeData>
#include <QPalette>

namespace hs {

void TranscriptModel::setMessages(const QList<TranscriptMessage>& messages, const QString& timeZone)
{
    beginResetModel();
    m_messages = messages;
    m_timeZone = timeZone;
    m_search.clear();
    m_search.reserve(messages.size());
    m_rowOfId.clear();
    m_rowOfId.reserve(messages.size());
    m_dayChanges.clear();
    m_dayChanges.reserve(messages.size());
    const QTimeZone zone = zoneOrUtc(timeZone);
    QDate previous;
    for (int i = 0; i < messages.size(); ++i) {
        const TranscriptMessage& m = messages.at(i);
        m_search.append((m.author + QLatin1Char(' ') + m.text).toLower());
        m_rowOfId.insert(m.id, i);
        const QDate day = QDateTime::fromMSecsSinceEpoch(m.atMs, zone).date();
        m_dayChanges.append(day != previous);
        previous = day;
    }
    endResetModel();
}

void TranscriptModel::setCited(const QSet<QString>& ids)
{
    if (ids == m_cited)
        return;
    m_cited = ids;
    if (!m_messages.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole, CitedRole});
}

void TranscriptModel::setHighlighted(const QSet<QString>& ids)
{
    if (ids == m_highlighted)
        return;
    QSet<QString> touched = m_highlighted;
    touched.unite(ids);
    m_highlighted = ids;
    for (const QString& id : std::as_const(touched)) {
        const int row = rowOfId(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::BackgroundRole, HighlightedRole});
    }
}

int TranscriptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

int TranscriptModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranscriptModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const TranscriptMessage& m = m_messages.at(index.row());
    switch (role) {
    case IdRole: return m.id;
    case AtMsRole: return m.atMs;
    case SearchTextRole: return m_search.at(index.row());
    case CitedRole: return m_cited.contains(m.id);
    case HighlightedRole: return m_highlighted.contains(m.id);
    case ThreadRole: return m.threadId;
    case Qt::BackgroundRole:
        if (m_highlighted.contains(m.id)) {
            QColor c = QGuiApplication::palette().color(QPalette::Highlight);
            c.setAlpha(60);
            return QBrush(c);
        }
        return QVariant();
    case Qt::FontRole:
        if (m_cited.contains(m.id)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (m.kind != QLatin1String("message")) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return QVariant();
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2\n%3").arg(formatUserDateTime(m.atMs, m_timeZone), m.author, m.text.left(600));
    default:
        break;
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case TimeColumn:
        return m_dayChanges.at(index.row())
            ? toZone(m.atMs, m_timeZone).toString(QStringLiteral("ddd d MMM ")) + formatEventTime(m.atMs, m_timeZone)
            : formatEventTime(m.atMs, m_timeZone);
    case AuthorColumn: return m.author;
    case TextColumn: {
        QString text = m.text;
        text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        // A reply in a thread is indented under its first message.
        return m.threadId.isEmpty() || m.externalId == m.threadId ? text : QStringLiteral("↳ ") + text;
    }
    default: return QVariant();
    }
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TimeColumn: return tr("Time");
    case AuthorColumn: return tr("Author");
    case TextColumn: return tr("Message");
    default: return QVariant();
    }
}

Qt::ItemFlags TranscriptModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList TranscriptModel::mimeTypes() const
{
    return {QString::fromLatin1(kMessageMimeType), QStringLiteral("text/plain")};
}

QMimeData* TranscriptModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    QStringList lines;
    for (int row : DragData::distinctRows(indexes)) {
        const TranscriptMessage& m = m_messages.at(row);
        ids.append(m.id);
        lines.append(QStringLiteral("[%1] %2: %3").arg(formatEventTime(m.atMs, m_timeZone), m.author, m.text));
    }
    return DragData::make(kMessageMimeType, ids, lines);
}

void TranscriptFilter::setWords(const QString& text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void TranscriptFilter::setOnlyHighlighted(bool only)
{
    if (only == m_onlyHighlighted)
        return;
    m_onlyHighlighted = only;
    invalidateFilter();
}

bool TranscriptFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyHighlighted && !i.data(TranscriptModel::HighlightedRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = i.data(TranscriptModel::SearchTextRole).toString();
    for (const QString& w : m_words) {
        if (!text.contains(w))
            return false;
    }
    return true;
}

} // namespace hs
