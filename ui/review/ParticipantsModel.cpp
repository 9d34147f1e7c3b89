#include "review/ParticipantsModel.h"

#include "commands/Editor.h"

namespace hs {

ParticipantsModel::ParticipantsModel(Editor* editor, QObject* parent)
    : RowListModel<Participant>(parent)
    , m_editor(editor)
{
}

int ParticipantsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Participant& p = m_rows.at(index.row());
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.name;
        break;
    case RoleColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.role;
        break;
    case AttendedColumn:
        if (role == Qt::CheckStateRole)
            return p.attended ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return p.attended ? tr("Attended") : tr("Absent");
        break;
    default:
        break;
    }
    return QVariant();
}

bool ParticipantsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || m_readOnly)
        return false;
    const Participant& p = m_rows.at(index.row());
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().simplified();
        if (role != Qt::EditRole || name.isEmpty())
            return false;
        return m_editor->editField(Entity::Participant, p.id, QStringLiteral("name"), p.name, name, p.rev,
                                   tr("Rename participant"));
    }
    case RoleColumn:
        if (role != Qt::EditRole)
            return false;
        return m_editor->editField(Entity::Participant, p.id, QStringLiteral("role"), p.role,
                                   value.toString().simplified(), p.rev, tr("Change role of %1").arg(p.name));
    case AttendedColumn: {
        if (role != Qt::CheckStateRole)
            return false;
        const bool attended = value.toInt() == Qt::Checked;
        return m_editor->editField(Entity::Participant, p.id, QStringLiteral("attended"), p.attended ? 1 : 0,
                                   attended ? 1 : 0, p.rev,
                                   attended ? tr("Mark %1 present").arg(p.name) : tr("Mark %1 absent").arg(p.name));
    }
    default:
        return false;
    }
}

Qt::ItemFlags ParticipantsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_readOnly)
        return f;
    if (index.column() == AttendedColumn)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn: return tr("Name");
    case RoleColumn: return tr("Role");
    case AttendedColumn: return tr("Attended");
    default: return QVariant();
    }
}

} // namespace hs
