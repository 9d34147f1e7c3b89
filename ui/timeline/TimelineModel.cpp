#include "timeline/TimelineModel.h"

#include "commands/Editor.h"
#include "common/DragData.h"
#include "domain/Enums.h"
#include "domain/QuickEntry.h"
#include "timeline/KindStyle.h"
#include "timeline/TimelineEdits.h"
#include "util/TimeFormat.h"

#include <QFont>
#include <QMimeData>

namespace hs {

TimelineModel::TimelineModel(Editor* editor, QObject* parent)
    : RowListModel<TimelineEvent>(parent)
    , m_editor(editor)
{
}

void TimelineModel::setDocument(const ReviewDocument& doc, bool readOnly)
{
    const bool zoneChanged = doc.review.timeZone != m_doc.review.timeZone
        || doc.review.keyTime(KeyTime::Started) != m_doc.review.keyTime(KeyTime::Started);
    m_doc = doc;
    m_readOnly = readOnly;
    setRows(doc.events);
    if (zoneChanged && rowCount() > 0)
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, OffsetColumn));
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TimelineModel::showsDate(int row) const
{
    const QString& zone = m_doc.review.timeZone;
    const QDate day = toZone(m_rows.at(row).atMs, zone).date();
    if (row == 0) {
        const std::optional<qint64> start = m_doc.review.keyTime(KeyTime::Started);
        return !start || toZone(*start, zone).date() != day;
    }
    return toZone(m_rows.at(row - 1).atMs, zone).date() != day;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const TimelineEvent& e = m_rows.at(index.row());
    switch (role) {
    case IdRole: return e.id;
    case KindRole: return e.kind;
    case AtMsRole: return e.atMs;
    case MilestoneRole: return e.milestone;
    case EvidenceCountRole: return static_cast<int>(e.evidenceMessageIds.size());
    case SuspectedTriggerRole: return e.suspectedTrigger;
    case SearchTextRole:
        return QStringList{e.text, e.actor, Vocabulary::label(Vocab::EventKind, e.kind)}.join(QLatin1Char(' ')).toLower();
    default: break;
    }
    const QString& zone = m_doc.review.timeZone;
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole) {
            const QString time = formatEventTime(e.atMs, zone);
            return showsDate(index.row()) ? toZone(e.atMs, zone).toString(QStringLiteral("ddd d MMM ")) + time : time;
        }
        if (role == Qt::EditRole)
            return formatUserDateTime(e.atMs, zone);
        if (role == Qt::ToolTipRole) {
            QString tip = formatUserDateTime(e.atMs, zone) + QLatin1Char(' ') + zone;
            if (!e.milestone.isEmpty())
                tip += QLatin1Char('\n') + tr("Milestone: %1").arg(Vocabulary::label(Vocab::Milestone, e.milestone));
            return tip;
        }
        if (role == Qt::FontRole && !e.milestone.isEmpty()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case OffsetColumn:
        if (role == Qt::DisplayRole)
            return formatOffset(e.atMs, m_doc.review.keyTime(KeyTime::Started));
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole) {
            QString label = Vocabulary::label(Vocab::EventKind, e.kind);
            if (!e.milestone.isEmpty())
                label += QStringLiteral(" · ") + Vocabulary::label(Vocab::Milestone, e.milestone);
            return label;
        }
        if (role == Qt::EditRole)
            return e.kind;
        if (role == Qt::DecorationRole)
            return KindStyle::icon(e.kind);
        break;
    case ActorColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return e.actor;
        break;
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return e.text;
        if (role == Qt::ToolTipRole)
            return e.suspectedTrigger ? tr("Suspected trigger: %1").arg(e.text) : e.text;
        if (role == Qt::FontRole && e.suspectedTrigger) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole)
            return Vocabulary::label(Vocab::EventSource, e.source);
        break;
    case EvidenceColumn:
        if (role == Qt::DisplayRole)
            return e.evidenceMessageIds.isEmpty() ? QString() : QString::number(e.evidenceMessageIds.size());
        if (role == Qt::ToolTipRole && !e.evidenceMessageIds.isEmpty())
            return tr("%n transcript message(s) back this event", nullptr, int(e.evidenceMessageIds.size()));
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    default:
        break;
    }
    if (role == Qt::AccessibleTextRole && index.column() == TextColumn)
        return tr("%1, %2, %3").arg(formatUserDateTime(e.atMs, zone), Vocabulary::label(Vocab::EventKind, e.kind), e.text);
    return QVariant();
}

bool TimelineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || m_readOnly || role != Qt::EditRole)
        return false;
    const TimelineEvent e = m_rows.at(index.row());
    switch (index.column()) {
    case TimeColumn: {
        TimeEntryContext context;
        context.timeZone = m_doc.review.timeZone;
        context.referenceMs = e.atMs;
        QString error;
        const std::optional<qint64> at = parseEventTime(value.toString(), context, &error);
        if (!at) {
            Q_EMIT editRejected(error);
            return false;
        }
        return m_editor->editFields(moveEvent(m_doc, e.id, *at), tr("Change time of “%1”").arg(e.text.left(40)));
    }
    case KindColumn: {
        const QString kind = value.toString();
        if (!Vocabulary::contains(Vocab::EventKind, kind))
            return false;
        return m_editor->editField(Entity::Event, e.id, QStringLiteral("kind"), e.kind, kind, e.rev,
                                   tr("Change kind of “%1”").arg(e.text.left(40)));
    }
    case ActorColumn:
        return m_editor->editField(Entity::Event, e.id, QStringLiteral("actor"), e.actor, value.toString().simplified(),
                                   e.rev, tr("Change who in “%1”").arg(e.text.left(40)));
    case TextColumn: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            Q_EMIT editRejected(tr("An event needs a text; delete it instead if it should go."));
            return false;
        }
        return m_editor->editField(Entity::Event, e.id, QStringLiteral("text"), e.text, text, e.rev, tr("Edit event text"));
    }
    default:
        return false;
    }
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_readOnly)
        f |= Qt::ItemIsDropEnabled;
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled; // onto a cause in the Root cause tab, as its evidence
    if (!index.isValid() || m_readOnly)
        return f;
    switch (index.column()) {
    case TimeColumn:
    case KindColumn:
    case ActorColumn:
    case TextColumn: return f | Qt::ItemIsEditable;
    default: return f;
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TimeColumn: return tr("Time");
    case OffsetColumn: return tr("Offset");
    case KindColumn: return tr("Kind");
    case ActorColumn: return tr("Who");
    case TextColumn: return tr("What happened");
    case SourceColumn: return tr("Source");
    case EvidenceColumn: return tr("Cites");
    default: return QVariant();
    }
}

QStringList TimelineModel::mimeTypes() const
{
    return {QString::fromLatin1(kMessageMimeType)};
}

QMimeData* TimelineModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    QStringList lines;
    for (int row : DragData::distinctRows(indexes)) {
        const TimelineEvent& e = m_rows.at(row);
        ids.append(e.id);
        lines.append(formatUserDateTime(e.atMs, m_doc.review.timeZone) + QLatin1Char('\t') + e.text);
    }
    return DragData::make(kEventMimeType, ids, lines);
}

bool TimelineModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const
{
    return !m_readOnly && data && data->hasFormat(QString::fromLatin1(kMessageMimeType));
}

bool TimelineModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList ids = DragData::ids(data, kMessageMimeType);
    // Dropped onto a row: evidence for that event. Between rows or below: new events.
    const QString onEvent = parent.isValid() ? m_rows.at(parent.row()).id : QString();
    Q_EMIT messagesDropped(ids, onEvent);
    return true;
}

} // namespace hs
