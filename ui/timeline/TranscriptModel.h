#pragma once

#include "domain/Review.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace hs {

// A review's transcript: imported messages, in time order. Read-only; messages are dragged
// onto the timeline or promoted from the pane. Holds tens of thousands of rows, so searching
// works on a lower-cased copy of each message made once.
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AuthorColumn, TextColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, AtMsRole, SearchTextRole, CitedRole, HighlightedRole, ThreadRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setMessages(const QList<TranscriptMessage>& messages, const QString& timeZone);
    // Messages any event cites (marked), and those the selected event cites (highlighted).
    void setCited(const QSet<QString>& ids);
    void setHighlighted(const QSet<QString>& ids);
    const QSet<QString>& highlighted() const { return m_highlighted; }

    const TranscriptMessage& messageAt(int row) const { return m_messages.at(row); }
    int rowOfId(const QString& id) const { return m_rowOfId.value(id, -1); }
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

private:
    QList<TranscriptMessage> m_messages;
    QStringList m_search;
    QList<bool> m_dayChanges; // the row starts a new day in the review's zone: show its date
    QHash<QString, int> m_rowOfId;
    QSet<QString> m_cited;
    QSet<QString> m_highlighted;
    QString m_timeZone;
};

// Filters the transcript by words (all must appear, in author or text) and, optionally, to
// the messages the selected event cites.
class TranscriptFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setWords(const QString& text);
    void setOnlyHighlighted(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    bool m_onlyHighlighted = false;
};

} // namespace hs
