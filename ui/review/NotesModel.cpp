#include "review/NotesModel.h"

namespace hs {

NotesModel::NotesModel(Editor* editor, const QString& kind, QObject* parent)
    : KindListModel<Note>(editor, Entity::Note, kind, tr("Edit note"), parent)
{
}

QVariant NotesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Note& n = m_rows.at(index.row());
    if (role == Qt::CheckStateRole)
        return n.internal ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return n.internal ? tr("Internal: left out of the public version of the report.\n%1").arg(n.text)
                          : tr("In every version of the report.\n%1").arg(n.text);
    return KindListModel<Note>::data(index, role);
}

bool NotesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole)
        return KindListModel<Note>::setData(index, value, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || isReadOnly())
        return false;
    const Note& n = m_rows.at(index.row());
    const bool internal = value.toInt() == Qt::Checked;
    if (internal == n.internal)
        return false;
    return m_editor->editField(Entity::Note, n.id, QStringLiteral("internal"), n.internal ? 1 : 0, internal ? 1 : 0,
                               n.rev, internal ? tr("Mark note internal") : tr("Mark note public"));
}

Qt::ItemFlags NotesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = KindListModel<Note>::flags(index);
    if (index.isValid() && !isReadOnly())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace hs
