#include "actions/ActionsModel.h"

#include "actions/ActionQuery.h"
#include "commands/Editor.h"
#include "domain/Enums.h"

#include <QBrush>
#include <QFont>
#include <QSettings>
#include <QUrl>

namespace hs {

ActionsModel::ActionsModel(Editor* editor, QObject* parent)
    : RowListModel<ActionItem>(parent)
    , m_editor(editor)
    , m_followUpDays(QSettings().value(QStringLiteral("actions/followUpDays"), kDefaultFollowUpDays).toInt())
    , m_today(QDate::currentDate())
{
}

void ActionsModel::setDocument(const ReviewDocument& doc, bool readOnly)
{
    m_doc = doc;
    m_readOnly = readOnly;
    setRows(doc.actions);
}

void ActionsModel::setLibraryRows(const QList<ActionRow>& rows, bool readOnly)
{
    m_readOnly = readOnly;
    m_reviewTitles.clear();
    m_causes.clear();
    m_tags.clear();
    QList<ActionItem> items;
    items.reserve(rows.size());
    for (const ActionRow& r : rows) {
        items.append(r.action);
        m_reviewTitles.insert(r.action.reviewId, r.reviewRef.isEmpty() ? r.reviewTitle : r.reviewRef + QStringLiteral(" ") + r.reviewTitle);
        if (!r.whyText.isEmpty())
            m_causes.insert(r.action.id, r.whyText);
        m_tags.insert(r.action.reviewId, r.reviewTags);
    }
    setRows(items);
}

QString ActionsModel::causeOf(const ActionItem& a) const
{
    if (const auto it = m_causes.constFind(a.id); it != m_causes.constEnd())
        return *it;
    for (const WhyNode& w : m_doc.whys) {
        if (w.id == a.whyId)
            return w.text;
    }
    return QString();
}

QStringList ActionsModel::owners() const
{
    QStringList out;
    for (const ActionItem& a : m_rows) {
        if (!a.owner.isEmpty() && !out.contains(a.owner))
            out.append(a.owner);
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

int ActionsModel::overdueCount() const
{
    int n = 0;
    for (const ActionItem& a : m_rows)
        n += isOverdue(a, m_today) ? 1 : 0;
    return n;
}

int ActionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionsModel::columnName(Column column) const
{
    switch (column) {
    case TitleColumn: return QStringLiteral("title");
    case TypeColumn: return QStringLiteral("type");
    case PriorityColumn: return QStringLiteral("priority");
    case OwnerColumn: return QStringLiteral("owner");
    case DueColumn: return QStringLiteral("due_date");
    case StatusColumn: return QStringLiteral("status");
    case LinkColumn: return QStringLiteral("tracker_url");
    default: return QString();
    }
}

QVariant ActionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const ActionItem& a = m_rows.at(index.row());
    const bool overdue = isOverdue(a, m_today);
    if (role == IdRole)
        return a.id;
    if (role == OverdueRole)
        return overdue;
    if (role == ReviewIdRole)
        return a.reviewId;
    if (role == TagsRole)
        return m_tags.contains(a.reviewId) ? m_tags.value(a.reviewId) : m_doc.review.tags;
    if (role == WhyIdRole)
        return a.whyId;
    if (role == SearchRole)
        return QStringList{a.title, a.owner, m_reviewTitles.value(a.reviewId), a.description}.join(QLatin1Char(' ')).toLower();
    if (role == SortRole) {
        switch (index.column()) {
        case DueColumn: return a.dueDate.isValid() ? a.dueDate.toJulianDay() : std::numeric_limits<qint64>::max();
        case FollowUpColumn: return a.followUpDate.isValid() ? a.followUpDate.toJulianDay() : std::numeric_limits<qint64>::max();
        case PriorityColumn: return a.priority;
        case StatusColumn: return static_cast<int>(Vocabulary::codes(Vocab::ActionStatus).indexOf(a.status));
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::ForegroundRole && overdue && index.column() == DueColumn)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::FontRole && overdue && index.column() == DueColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.title;
        if (role == Qt::ToolTipRole)
            return a.description.isEmpty() ? a.title : a.title + QStringLiteral("\n\n") + a.description;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return Vocabulary::label(Vocab::ActionType, a.type);
        if (role == Qt::EditRole || role == CodeRole)
            return a.type;
        break;
    case PriorityColumn:
        if (role == Qt::DisplayRole)
            return a.priority;
        if (role == Qt::ToolTipRole)
            return Vocabulary::label(Vocab::Priority, a.priority);
        if (role == Qt::EditRole || role == CodeRole)
            return a.priority;
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.owner;
        break;
    case DueColumn:
        if (role == Qt::DisplayRole) {
            if (!a.dueDate.isValid())
                return tr("no date");
            const QString day = a.dueDate.toString(Qt::ISODate);
            return overdue ? tr("%1 (overdue)").arg(day) : day;
        }
        if (role == Qt::EditRole)
            return a.dueDate.isValid() ? a.dueDate : m_today.addDays(14);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return Vocabulary::label(Vocab::ActionStatus, a.status);
        if (role == Qt::EditRole || role == CodeRole)
            return a.status;
        break;
    case LinkColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return a.trackerUrl;
        break;
    case CauseColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return causeOf(a);
        break;
    case ReviewColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_reviewTitles.value(a.reviewId);
        break;
    case FollowUpColumn:
        if (role == Qt::DisplayRole) {
            if (a.status != QLatin1String("done"))
                return QString();
            if (a.effectiveness != QLatin1String("not_checked"))
                return Vocabulary::label(Vocab::Effectiveness, a.effectiveness);
            return a.followUpDate.isValid() ? tr("check %1").arg(a.followUpDate.toString(Qt::ISODate)) : QString();
        }
        if (role == Qt::ToolTipRole && !a.effectivenessNote.isEmpty())
            return a.effectivenessNote;
        break;
    default:
        break;
    }
    return QVariant();
}

bool ActionsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || m_readOnly || role != Qt::EditRole)
        return false;
    return setForRows({index.row()}, static_cast<Column>(index.column()), value);
}

bool ActionsModel::setForRows(const QList<int>& rows, Column column, const QVariant& value)
{
    const QString name = columnName(column);
    if (name.isEmpty() || m_readOnly)
        return false;
    QVariant v = value;
    switch (column) {
    case TitleColumn:
        v = value.toString().simplified();
        if (v.toString().isEmpty())
            return false;
        break;
    case TypeColumn:
        if (!Vocabulary::contains(Vocab::ActionType, value.toString()))
            return false;
        break;
    case PriorityColumn:
        if (!Vocabulary::contains(Vocab::Priority, value.toString()))
            return false;
        break;
    case StatusColumn:
        if (!Vocabulary::contains(Vocab::ActionStatus, value.toString()))
            return false;
        break;
    case OwnerColumn:
        v = value.toString().simplified();
        break;
    case LinkColumn: {
        // A link is opened in the browser later: only web addresses, nothing a click could run.
        const QString text = value.toString().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty() && (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))) {
            Q_EMIT editRejected(tr("“%1” is not a web address; paste the issue's https:// link.").arg(text));
            return false;
        }
        v = text;
        break;
    }
    case DueColumn: {
        const QDate d = value.toDate();
        v = d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
        break;
    }
    default:
        return false;
    }
    QList<FieldChange> changes;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        const ActionItem& a = m_rows.at(row);
        QVariant old;
        switch (column) {
        case TitleColumn: old = a.title; break;
        case TypeColumn: old = a.type; break;
        case PriorityColumn: old = a.priority; break;
        case OwnerColumn: old = a.owner; break;
        case StatusColumn: old = a.status; break;
        case LinkColumn: old = a.trackerUrl; break;
        case DueColumn: old = a.dueDate.isValid() ? QVariant(a.dueDate.toString(Qt::ISODate)) : QVariant(); break;
        default: break;
        }
        if (old != v) {
            changes.append(FieldChange{Entity::Action, a.id, name, v, a.rev, old});
            // Done schedules the check that the action worked, unless one is already set.
            if (column == StatusColumn && v.toString() == QLatin1String("done") && !a.followUpDate.isValid()) {
                changes.append(FieldChange{Entity::Action, a.id, QStringLiteral("follow_up_date"),
                                           m_today.addDays(m_followUpDays).toString(Qt::ISODate), a.rev, QVariant()});
            }
        }
    }
    if (changes.isEmpty())
        return true;
    const QString label = changes.size() == 1 ? tr("Change %1 of “%2”").arg(headerData(column, Qt::Horizontal).toString(),
                                                                          m_rows.at(rows.first()).title.left(40))
                                              : tr("Change %1 of %n action(s)", nullptr, int(changes.size()))
                                                    .arg(headerData(column, Qt::Horizontal).toString());
    return m_editor->editFields(changes, label);
}

Qt::ItemFlags ActionsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && index.column() < CauseColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TitleColumn: return tr("Action");
    case TypeColumn: return tr("Type");
    case PriorityColumn: return tr("Priority");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    case StatusColumn: return tr("Status");
    case LinkColumn: return tr("Tracker link");
    case CauseColumn: return tr("From cause");
    case ReviewColumn: return tr("Review");
    case FollowUpColumn: return tr("Follow-up");
    default: return QVariant();
    }
}

} // namespace hs
