#include "actions/ActionsModel.h"

#include "actions/ActionQuery.h"
#include "commands/Editor.h"
#include "domain/Enums.h"

#include <QBrush>
#include <QFont>

namespace hs {

ActionsModel::ActionsModel(Editor* editor, QObject* parent)
    : RowListModel<ActionItem>(parent)
    , m_editor(editor)
    , m_today(QDate::currentDate())
{
}

void ActionsModel::setDocument(const ReviewDocument& doc, bool readOnly)
{
    m_doc = doc;
    m_readOnly = readOnly;
    setRows(doc.actions);
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
    case CauseColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            for (const WhyNode& w : m_doc.whys) {
                if (w.id == a.whyId)
                    return w.text;
            }
            return QString();
        }
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
        case DueColumn: old = a.dueDate.isValid() ? QVariant(a.dueDate.toString(Qt::ISODate)) : QVariant(); break;
        default: break;
        }
        if (old != v)
            changes.append(FieldChange{Entity::Action, a.id, name, v, a.rev, old});
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
    if (index.isValid() && !m_readOnly && index.column() != CauseColumn)
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
    case CauseColumn: return tr("From cause");
    default: return QVariant();
    }
}

} // namespace hs
