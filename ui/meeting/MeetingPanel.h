#pragma once

#include "domain/Review.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTableView;
class QTabWidget;

namespace hs {

class AgendaModel;
class Editor;
class MeetingClock;
class MeetingController;
class NotesModel;
class ParticipantsModel;
class PromptsBox;
class QuestionsModel;
class WordingHintLabel;

// The facilitator's side of the meeting, docked beside the review in the main window: the
// clock and agenda, the prompts for the stage, the prepared questions for what is on screen,
// and tabs for attendance, the parking lot and the meeting log. Every entry is one line and
// Enter, never a dialog; every edit goes through the Editor, so it is in the file at once and
// undoable; every line shows the blameless wording hints.
class MeetingPanel : public QWidget
{
    Q_OBJECT

public:
    MeetingPanel(MeetingController* controller, QWidget* parent = nullptr);

    void setEditor(Editor* editor);
    MeetingClock* clock() const { return m_clock; }
    QuestionsModel* questions() const { return m_questionsModel; }
    ParticipantsModel* attendance() const { return m_attendanceModel; }
    NotesModel* parkingLot() const { return m_parkingModel; }
    NotesModel* meetingLog() const { return m_logModel; }
    PromptsBox* prompts() const { return m_prompts; }

    // The one-line entries, as typing Enter in them does.
    bool addAttendee(const QString& line);
    bool parkTopic(const QString& text);
    bool prepareQuestion(const QString& text);
    bool answerQuestion(const QString& text);
    // "DNS deep dive, 10": a stage after the current one, for the same part of the review.
    bool addAgendaItem(const QString& line);
    bool removeAgendaItem(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildQuestions();
    QWidget* buildAttendance();
    QWidget* buildNotes(const QString& name, QLineEdit* entry, const QString& placeholder);
    WordingHintLabel* hintFor(QLineEdit* edit);
    void refresh();
    void refreshQuestions();
    QString nextNoteKey() const;
    void showError(QLabel* label, const QString& text);

    MeetingController* m_controller;
    QPointer<Editor> m_editor; // the window deletes an old editor before handing the next
    QList<WordingHintLabel*> m_hints;
    MeetingClock* m_clock;
    AgendaModel* m_agendaModel = nullptr;
    QTableView* m_agenda;
    QLineEdit* m_agendaEntry = nullptr;
    QLabel* m_agendaError = nullptr;
    PromptsBox* m_prompts;
    QuestionsModel* m_questionsModel = nullptr;
    QTableView* m_questionsView = nullptr;
    QLabel* m_questionsTitle = nullptr;
    QComboBox* m_questionTarget = nullptr;
    QLineEdit* m_newQuestion = nullptr;
    QLineEdit* m_answer = nullptr;
    QTabWidget* m_tabs;
    ParticipantsModel* m_attendanceModel = nullptr;
    QTableView* m_attendanceView = nullptr;
    QLineEdit* m_attendeeEntry = nullptr;
    QLabel* m_attendeeError = nullptr;
    NotesModel* m_parkingModel = nullptr;
    QLineEdit* m_parkingEntry = nullptr;
    NotesModel* m_logModel = nullptr;
    QLineEdit* m_logEntry = nullptr;
};

} // namespace hs
