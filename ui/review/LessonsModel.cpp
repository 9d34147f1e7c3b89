#include "review/LessonsModel.h"

#include "commands/Editor.h"

namespace hs {

LessonsModel::LessonsModel(Editor* editor, QString kind, QObject* parent)
    : RowListModel<Lesson>(parent)
    , m_editor(editor)
    , m_kind(std::move(kind))
{
}

void LessonsModel::setLessons(const QList<Lesson>& all)
{
    QList<Lesson> mine;
    for (const Lesson& l : all) {
        if (l.kind == m_kind)
            mine.append(l);
    }
    setRows(mine);
}

int LessonsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant LessonsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
        return m_rows.at(index.row()).text;
    return QVariant();
}

bool LessonsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || m_readOnly)
        return false;
    const Lesson& l = m_rows.at(index.row());
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return false;
    return m_editor->editField(Entity::Lesson, l.id, QStringLiteral("text"), l.text, text, l.rev, tr("Edit lesson"));
}

Qt::ItemFlags LessonsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace hs
