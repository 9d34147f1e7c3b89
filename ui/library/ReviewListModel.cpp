#include "library/ReviewListModel.h"

#include <QSet>

#include "domain/Enums.h"
#include "domain/Timeliness.h"
#include "storage/Library.h"
#include "util/TimeFormat.h"

#include <QSettings>

namespace hs {


ReviewListModel::ReviewListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ReviewListModel::setLibrary(Library* library)
{
    beginResetModel();
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    // Read once: data() runs for every row painted.
    m_dueWorkingDays = QSettings().value(QStringLiteral("reviews/dueWorkingDays"), kDefaultReviewDueWorkingDays).toInt();
    m_rows = library ? library->reviewSummaries() : QList<ReviewSummary>();
    if (library)
        connect(library, &Library::changed, this, &ReviewListModel::onChanged);
    endResetModel();
}

int ReviewListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ReviewListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const ReviewSummary& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1\n%2 · %3").arg(r.title, Vocabulary::label(Vocab::Severity, r.severity),
                                                      Vocabulary::label(Vocab::ReviewStatus, r.status));
        const QStringList here = m_presence.value(r.id);
        if (!here.isEmpty())
            tip += QLatin1Char('\n') + tr("Open now by %1").arg(here.join(QStringLiteral(", ")));
        return tip;
    }
    case PresenceRole:
        return m_presence.value(r.id);
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(r.title, r.severity, Vocabulary::label(Vocab::ReviewStatus, r.status));
    case IdRole:
        return r.id;
    case SeverityRole:
        return r.severity;
    case StatusRole:
        return r.status;
    case StatusLabelRole:
        return Vocabulary::label(Vocab::ReviewStatus, r.status);
    case DateRole:
        return r.startedMs ? toZone(*r.startedMs, r.timeZone).date().toString(Qt::ISODate) : tr("no date");
    case SortDateRole:
        return r.startedMs.value_or(r.updatedMs);
    case ReferenceRole:
        return r.incidentRef;
    case OverdueRole:
        return isReviewOverdue(r, QDate::currentDate(), m_dueWorkingDays);
    case DueDateRole: {
        const std::optional<QDate> due = reviewDueDate(r, m_dueWorkingDays);
        return due ? QVariant(*due) : QVariant();
    }
    case SearchTextRole:
        return QStringList{r.title, r.incidentRef, r.severity, Vocabulary::label(Vocab::ReviewStatus, r.status)}.join(
            QLatin1Char(' '));
    default:
        return QVariant();
    }
}

void ReviewListModel::setPresence(const QHash<QString, QStringList>& presence)
{
    if (presence == m_presence)
        return;
    QSet<QString> touched;
    for (auto it = presence.begin(); it != presence.end(); ++it)
        if (m_presence.value(it.key()) != it.value())
            touched.insert(it.key());
    for (auto it = m_presence.begin(); it != m_presence.end(); ++it)
        if (!presence.contains(it.key()))
            touched.insert(it.key());
    m_presence = presence;
    for (const QString& id : std::as_const(touched)) {
        const QModelIndex row = indexOfReview(id);
        if (row.isValid())
            Q_EMIT dataChanged(row, row, {PresenceRole, Qt::ToolTipRole});
    }
}

QModelIndex ReviewListModel::indexOfReview(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return index(i);
    }
    return QModelIndex();
}

void ReviewListModel::onChanged(const Change& change)
{
    if (change.entity == Entity::Review)
        refreshReview(change.id);
}

void ReviewListModel::refreshReview(const QString& id)
{
    const std::optional<ReviewSummary> summary = m_library->reviewSummary(id);
    const QModelIndex existing = indexOfReview(id);
    if (!summary) {
        if (existing.isValid()) {
            beginRemoveRows(QModelIndex(), existing.row(), existing.row());
            m_rows.removeAt(existing.row());
            endRemoveRows();
        }
        return;
    }
    if (existing.isValid()) {
        m_rows[existing.row()] = *summary;
        Q_EMIT dataChanged(existing, existing);
        return;
    }
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(*summary);
    endInsertRows();
}

} // namespace hs
