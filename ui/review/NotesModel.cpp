#include "review/NotesModel.h"

#include "commands/Editor.h"

namespace hs {

NotesModel::NotesModel(Editor* editor, QString kind, QObject* parent)
    : RowListModel<Note>(parent)
    , m_editor(editor)
    , m_kind(std::move(kind))
{
}

void NotesModel::setNotes(const QList<Note>& all)
{
    QList<Note> mine;
    for (const Note& n : all) {
        if (n.kind == m_kind)
            mine.append(n);
    }
    std::stable_sort(mine.begin(), mine.end(), [](const Note& a, const Note& b) {
        return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.id < b.id;
    });
    setRows(mine);
}

int NotesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant NotesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Note& n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return n.text;
    case Qt::CheckStateRole:
        return n.internal ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return n.internal ? tr("Internal: left out of the public version of the report.\n%1").arg(n.text)
                          : tr("In every version of the report.\n%1").arg(n.text);
    default:
        return QVariant();
    }
}

bool NotesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || m_readOnly)
        return false;
    const Note& n = m_rows.at(index.row());
    if (role == Qt::CheckStateRole) {
        const bool internal = value.toInt() == Qt::Checked;
        if (internal == n.internal)
            return false;
        return m_editor->editField(Entity::Note, n.id, QStringLiteral("internal"), n.internal ? 1 : 0, internal ? 1 : 0,
                                   n.rev, internal ? tr("Mark note internal") : tr("Mark note public"));
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text == n.text)
        return false;
    return m_editor->editField(Entity::Note, n.id, QStringLiteral("text"), n.text, text, n.rev, tr("Edit note"));
}

Qt::ItemFlags NotesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        f |= Qt::ItemIsEditable | Qt::ItemIsUserCheckable;
    return f;
}

} // namespace hs
