#include "meeting/MeetingModels.h"

#include "commands/Editor.h"
#include "meeting/MeetingSession.h"

#include <QColor>
#include <QFont>

namespace hs {

AgendaModel::AgendaModel(MeetingSession* session, Editor* editor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_editor(editor)
{
    connect(session, &MeetingSession::tick, this, [this] {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, SpentColumn), index(m_rows - 1, SpentColumn), {Qt::DisplayRole});
    });
    connect(session, &MeetingSession::stageChanged, this, &AgendaModel::refresh);
    connect(session, &MeetingSession::stateChanged, this, &AgendaModel::refresh);
}

void AgendaModel::setAgenda(const QList<AgendaItem>& agenda, bool readOnly)
{
    m_agenda = agenda;
    m_readOnly = readOnly;
    refresh();
}

void AgendaModel::refresh()
{
    const int rows = static_cast<int>(m_session->stages().size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

const AgendaItem* AgendaModel::itemOf(int row) const
{
    if (row < 0 || row >= m_session->stages().size())
        return nullptr;
    const QString id = m_session->stages().at(row).agendaItemId;
    for (const AgendaItem& a : m_agenda) {
        if (!id.isEmpty() && a.id == id)
            return &a;
    }
    return nullptr;
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= m_session->stages().size())
        return QVariant();
    const MeetingStage& s = m_session->stages().at(index.row());
    const MeetingTimer& t = m_session->timer();
    const bool current = index.row() == m_session->stageIndex();
    if (role == Qt::FontRole && current) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::AccessibleDescriptionRole && current)
        return tr("Current stage");
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return s.title;
        if (role == Qt::ToolTipRole)
            return tr("%1 — double-click or F2 to rename; Enter on a row goes to that stage.").arg(s.title);
        break;
    case MinutesColumn:
        if (role == Qt::DisplayRole)
            return tr("%n min", nullptr, s.minutes);
        if (role == Qt::EditRole)
            return s.minutes;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SpentColumn: {
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        const qint64 spent = t.stageElapsedMs(index.row());
        if (role == Qt::DisplayRole)
            return t.isStarted() && (spent > 0 || current) ? MeetingSession::formatClock(spent) : QString();
        if (role == Qt::ForegroundRole && spent > t.stageBudgetMs(index.row()) && t.stageBudgetMs(index.row()) > 0)
            return QColor(0xd5, 0x5e, 0x00);
        break;
    }
    default:
        break;
    }
    return QVariant();
}

bool AgendaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const AgendaItem* a = checkIndex(index, CheckIndexOption::IndexIsValid) && role == Qt::EditRole ? itemOf(index.row())
                                                                                                    : nullptr;
    if (!a || m_readOnly)
        return false;
    if (index.column() == TitleColumn) {
        const QString title = value.toString().simplified();
        if (title.isEmpty() || title == a->title)
            return false;
        return m_editor->editField(Entity::AgendaItem, a->id, QStringLiteral("title"), a->title, title, a->rev,
                                   tr("Rename agenda item"));
    }
    if (index.column() == MinutesColumn) {
        bool ok = false;
        const int minutes = value.toInt(&ok);
        if (!ok || minutes < 0 || minutes > 600 || minutes == a->minutes)
            return false;
        return m_editor->editField(Entity::AgendaItem, a->id, QStringLiteral("minutes"), a->minutes, minutes, a->rev,
                                   tr("Change timebox"));
    }
    return false;
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != SpentColumn && !m_readOnly && itemOf(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TitleColumn: return tr("Stage");
    case MinutesColumn: return tr("Timebox");
    case SpentColumn: return tr("Spent");
    default: return QVariant();
    }
}

QuestionsModel::QuestionsModel(Editor* editor, QObject* parent)
    : RowListModel<PreparedQuestion>(parent)
    , m_editor(editor)
{
}

void QuestionsModel::setQuestions(const QList<PreparedQuestion>& all, const QString& eventId, const QString& whyId,
                                  bool readOnly)
{
    m_readOnly = readOnly;
    QList<PreparedQuestion> shown;
    for (const PreparedQuestion& q : all) {
        const bool onScreen = q.target.isEmpty() || (q.target == QLatin1String("event") && q.targetId == eventId)
            || (q.target == QLatin1String("why") && q.targetId == whyId);
        if (onScreen)
            shown.append(q);
    }
    setRows(shown);
}

int QuestionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const PreparedQuestion& q = m_rows.at(index.row());
    if (index.column() == QuestionColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return q.text;
        if (role == Qt::CheckStateRole)
            return q.answered ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return q.target == QLatin1String("event") ? tr("For the selected event: %1").arg(q.text)
                 : q.target == QLatin1String("why")   ? tr("For the selected cause: %1").arg(q.text)
                                                      : tr("For the whole review: %1").arg(q.text);
    } else if (index.column() == AnswerColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return q.answer;
    }
    return QVariant();
}

bool QuestionsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || m_readOnly)
        return false;
    const PreparedQuestion& q = m_rows.at(index.row());
    if (index.column() == QuestionColumn && role == Qt::CheckStateRole) {
        const bool answered = value.toInt() == Qt::Checked;
        if (answered == q.answered)
            return false;
        return m_editor->editField(Entity::PreparedQuestion, q.id, QStringLiteral("answered"), q.answered ? 1 : 0,
                                   answered ? 1 : 0, q.rev, answered ? tr("Mark question answered") : tr("Reopen question"));
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().simplified();
    if (index.column() == QuestionColumn) {
        if (text.isEmpty() || text == q.text)
            return false;
        return m_editor->editField(Entity::PreparedQuestion, q.id, QStringLiteral("text"), q.text, text, q.rev,
                                   tr("Edit prepared question"));
    }
    return answer(index.row(), text);
}

bool QuestionsModel::answer(int row, const QString& text)
{
    if (row < 0 || row >= m_rows.size() || m_readOnly)
        return false;
    const PreparedQuestion& q = m_rows.at(row);
    const QString answer = text.simplified();
    QList<FieldChange> changes;
    if (answer != q.answer)
        changes.append(FieldChange{Entity::PreparedQuestion, q.id, QStringLiteral("answer"), answer, q.rev, q.answer});
    const bool answered = !answer.isEmpty();
    if (answered != q.answered)
        changes.append(FieldChange{Entity::PreparedQuestion, q.id, QStringLiteral("answered"), answered ? 1 : 0, q.rev,
                                   q.answered ? 1 : 0});
    if (changes.isEmpty())
        return false;
    return m_editor->editFields(changes, tr("Answer prepared question"));
}

Qt::ItemFlags QuestionsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = RowListModel<PreparedQuestion>::flags(index);
    if (index.isValid() && !m_readOnly) {
        f |= Qt::ItemIsEditable;
        if (index.column() == QuestionColumn)
            f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant QuestionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == QuestionColumn ? tr("Question") : tr("Answer");
}

} // namespace hs
