#pragma once

#include "common/RowListModel.h"
#include "domain/Review.h"

#include <QAbstractTableModel>

namespace hs {

class Editor;
class MeetingSession;

// The agenda as the meeting runs it: the session's stages with their timeboxes and the time
// each took so far; the current stage is bold. Title and minutes edit the review's agenda
// items through the Editor (undoable); the default agenda of a review without one is shown
// read-only.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, MinutesColumn, SpentColumn, ColumnCount };

    AgendaModel(MeetingSession* session, Editor* editor, QObject* parent = nullptr);
    void setAgenda(const QList<AgendaItem>& agenda, bool readOnly);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();
    const AgendaItem* itemOf(int row) const;

    MeetingSession* m_session;
    Editor* m_editor;
    QList<AgendaItem> m_agenda;
    int m_rows = 0;
    bool m_readOnly = false;
};

// Prepared questions of a review for what is on screen: the selected event's, the selected
// why-node's and the review-wide ones. Ticking "answered" and typing the answer edit the row
// through the Editor (undoable).
class QuestionsModel : public RowListModel<PreparedQuestion>
{
    Q_OBJECT

public:
    enum Column { QuestionColumn, AnswerColumn, ColumnCount };

    QuestionsModel(Editor* editor, QObject* parent = nullptr);
    void setQuestions(const QList<PreparedQuestion>& all, const QString& eventId, const QString& whyId, bool readOnly);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Records an answer and marks the question answered, as one undo step.
    bool answer(int row, const QString& text);

private:
    Editor* m_editor;
    bool m_readOnly = false;
};

} // namespace hs
