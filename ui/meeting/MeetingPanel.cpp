#include "meeting/MeetingPanel.h"

#include "commands/Editor.h"
#include "common/WordingHint.h"
#include "meeting/MeetingClock.h"
#include "meeting/MeetingController.h"
#include "meeting/MeetingModels.h"
#include "meeting/MeetingSession.h"
#include "meeting/Prompts.h"
#include "meeting/PromptsBox.h"
#include "review/NotesModel.h"
#include "review/ParticipantsModel.h"
#include "storage/Library.h"
#include "util/SortKey.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hs {

namespace {

QTableView* compactTable(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    view->setWordWrap(true);
    return view;
}

QGroupBox* box(const QString& title, QWidget* content, QWidget* parent)
{
    auto* b = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(b);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return b;
}

} // namespace

MeetingPanel::MeetingPanel(MeetingController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_clock(new MeetingClock(controller->session(), true, this))
    , m_agenda(compactTable(this, QStringLiteral("meetingAgenda"), tr("Agenda")))
    , m_prompts(new PromptsBox(controller->session(), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("meetingPanel"));
    MeetingSession* session = controller->session();
    m_agenda->setToolTip(tr("Enter on a stage goes to it. F2 renames it or changes its timebox."));
    connect(m_agenda, &QTableView::activated, session, [session](const QModelIndex& i) { session->goTo(i.row()); });

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("meetingSplit"));
    split->setChildrenCollapsible(false);
    auto* top = new QWidget(split);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_clock);
    topLayout->addWidget(m_agenda, 1);
    m_agendaEntry = new QLineEdit(top);
    m_agendaEntry->setObjectName(QStringLiteral("agendaEntry"));
    m_agendaEntry->setPlaceholderText(tr("Add a stage after this one: “DNS deep dive, 10”, then Enter"));
    m_agendaEntry->setAccessibleName(tr("Add an agenda stage"));
    m_agendaError = new QLabel(top);
    m_agendaError->setObjectName(QStringLiteral("agendaError"));
    m_agendaError->setWordWrap(true);
    m_agendaError->hide();
    topLayout->addWidget(m_agendaEntry);
    topLayout->addWidget(m_agendaError);
    connect(m_agendaEntry, &QLineEdit::returnPressed, this, [this] {
        if (addAgendaItem(m_agendaEntry->text()))
            m_agendaEntry->clear();
    });
    connect(m_agendaEntry, &QLineEdit::textChanged, m_agendaError, &QLabel::hide);
    m_agenda->installEventFilter(this);
    split->addWidget(top);
    split->addWidget(box(tr("Prompts for this stage (only you see them)"), m_prompts, split));
    split->addWidget(buildQuestions());
    m_tabs->setObjectName(QStringLiteral("meetingTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildAttendance(), tr("Attendance"));
    m_parkingEntry = new QLineEdit(this);
    m_tabs->addTab(buildNotes(QStringLiteral("parkingLot"), m_parkingEntry,
                              tr("Park a topic to take elsewhere, then Enter")),
                   tr("Parking lot"));
    m_logEntry = new QLineEdit(this);
    m_tabs->addTab(buildNotes(QStringLiteral("meetingLog"), m_logEntry, tr("Add to the meeting notes, then Enter")),
                   tr("Meeting log"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    split->setStretchFactor(3, 3);
    split->setSizes({260, 170, 200, 300});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_parkingEntry, &QLineEdit::returnPressed, this, [this] {
        if (parkTopic(m_parkingEntry->text()))
            m_parkingEntry->clear();
    });
    connect(m_logEntry, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_logEntry->text().simplified();
        if (text.isEmpty() || !m_editor || m_controller->document().review.id.isEmpty())
            return;
        const QString id = m_editor->addRow(Entity::Note, {{QStringLiteral("review_id"), m_controller->document().review.id},
                                                           {QStringLiteral("kind"), QStringLiteral("meeting_log")},
                                                           {QStringLiteral("text"), text},
                                                           {QStringLiteral("internal"), 1},
                                                           {QStringLiteral("sort_key"), nextNoteKey()}},
                                            tr("Add meeting note"));
        if (!id.isEmpty())
            m_logEntry->clear();
    });
    connect(controller, &MeetingController::documentChanged, this, &MeetingPanel::refresh);
    connect(session, &MeetingSession::eventSelected, this, [this](const QString& id) {
        if (!id.isEmpty())
            m_questionTarget->setCurrentIndex(0);
        refreshQuestions();
    });
    // A question prepared on the timeline stage is about an event, on the root cause stage
    // about a cause; selecting one or the other changes it too.
    connect(session, &MeetingSession::stageChanged, this, [this, session] {
        if (session->stageCode() == QLatin1String("timeline"))
            m_questionTarget->setCurrentIndex(0);
        else if (session->stageCode() == QLatin1String("root_cause"))
            m_questionTarget->setCurrentIndex(1);
    });
    connect(session, &MeetingSession::whySelected, this, [this](const QString& id) {
        if (!id.isEmpty())
            m_questionTarget->setCurrentIndex(1);
        refreshQuestions();
    });
}

WordingHintLabel* MeetingPanel::hintFor(QLineEdit* edit)
{
    WordingHintLabel* hint = WordingHintLabel::following(edit);
    m_hints.append(hint);
    return hint;
}

QWidget* MeetingPanel::buildQuestions()
{
    auto* page = new QGroupBox(this);
    page->setObjectName(QStringLiteral("questionsBox"));
    m_questionsTitle = new QLabel(page);
    m_questionsTitle->setWordWrap(true);
    m_questionsView = compactTable(page, QStringLiteral("preparedQuestions"), tr("Prepared questions"));
    m_answer = new QLineEdit(page);
    m_answer->setObjectName(QStringLiteral("questionAnswer"));
    m_answer->setPlaceholderText(tr("Answer the selected question in a line, then Enter"));
    m_answer->setAccessibleName(tr("Answer"));
    m_questionTarget = new QComboBox(page);
    m_questionTarget->setObjectName(QStringLiteral("questionTarget"));
    m_questionTarget->setAccessibleName(tr("Prepare the question for"));
    m_questionTarget->addItems({tr("Selected event"), tr("Selected cause"), tr("Whole review")});
    m_newQuestion = new QLineEdit(page);
    m_newQuestion->setObjectName(QStringLiteral("newQuestion"));
    m_newQuestion->setPlaceholderText(tr("Prepare a question, e.g. “What did the dashboard show here?”"));
    m_newQuestion->setAccessibleName(tr("Prepare a question"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_questionTarget);
    row->addWidget(m_newQuestion, 1);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_questionsTitle);
    layout->addWidget(m_questionsView, 1);
    layout->addWidget(m_answer);
    layout->addWidget(hintFor(m_answer));
    layout->addLayout(row);
    layout->addWidget(hintFor(m_newQuestion));
    connect(m_answer, &QLineEdit::returnPressed, this, [this] {
        if (answerQuestion(m_answer->text()))
            m_answer->clear();
    });
    connect(m_newQuestion, &QLineEdit::returnPressed, this, [this] {
        if (prepareQuestion(m_newQuestion->text()))
            m_newQuestion->clear();
    });
    return page;
}

QWidget* MeetingPanel::buildAttendance()
{
    auto* page = new QWidget(this);
    m_attendanceView = compactTable(page, QStringLiteral("attendance"), tr("Attendance"));
    m_attendanceView->setToolTip(tr("Tick who is here. Space ticks the selected person."));
    m_attendeeEntry = new QLineEdit(page);
    m_attendeeEntry->setObjectName(QStringLiteral("attendeeEntry"));
    m_attendeeEntry->setPlaceholderText(tr("Add who is here: “Priya Raman, SRE on call”, then Enter"));
    m_attendeeEntry->setAccessibleName(tr("Add a participant"));
    m_attendeeError = new QLabel(page);
    m_attendeeError->setObjectName(QStringLiteral("attendeeError"));
    m_attendeeError->setWordWrap(true);
    m_attendeeError->hide();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_attendanceView, 1);
    layout->addWidget(m_attendeeEntry);
    layout->addWidget(m_attendeeError);
    layout->addWidget(hintFor(m_attendeeEntry));
    connect(m_attendeeEntry, &QLineEdit::returnPressed, this, [this] {
        if (addAttendee(m_attendeeEntry->text()))
            m_attendeeEntry->clear();
    });
    connect(m_attendeeEntry, &QLineEdit::textChanged, m_attendeeError, &QLabel::hide);
    return page;
}

QWidget* MeetingPanel::buildNotes(const QString& name, QLineEdit* entry, const QString& placeholder)
{
    auto* page = new QWidget(this);
    auto* view = new QListView(page);
    view->setObjectName(name);
    view->setWordWrap(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    entry->setObjectName(name + QStringLiteral("Entry"));
    entry->setPlaceholderText(placeholder);
    entry->setAccessibleName(placeholder);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(view, 1);
    layout->addWidget(entry);
    layout->addWidget(hintFor(entry));
    return page;
}

void MeetingPanel::setEditor(Editor* editor)
{
    m_editor = editor;
    m_prompts->setEditor(editor);
    delete m_agendaModel;
    delete m_questionsModel;
    delete m_attendanceModel;
    delete m_parkingModel;
    delete m_logModel;
    m_agendaModel = nullptr;
    m_questionsModel = nullptr;
    m_attendanceModel = nullptr;
    m_parkingModel = nullptr;
    m_logModel = nullptr;
    if (editor) {
        // The models hold the editor, so they are made anew for each library.
        m_agendaModel = new AgendaModel(m_controller->session(), editor, this);
        m_questionsModel = new QuestionsModel(editor, this);
        m_attendanceModel = new ParticipantsModel(editor, this);
        m_parkingModel = new NotesModel(editor, QStringLiteral("parking"), this);
        m_logModel = new NotesModel(editor, QStringLiteral("meeting_log"), this);
    }
    m_agenda->setModel(m_agendaModel);
    m_questionsView->setModel(m_questionsModel);
    m_attendanceView->setModel(m_attendanceModel);
    findChild<QListView*>(QStringLiteral("parkingLot"))->setModel(m_parkingModel);
    findChild<QListView*>(QStringLiteral("meetingLog"))->setModel(m_logModel);
    if (m_agendaModel)
        m_agenda->horizontalHeader()->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    refresh();
}

void MeetingPanel::refresh()
{
    const ReviewDocument& doc = m_controller->document();
    const bool readOnly = !m_editor || m_editor->library()->isReadOnly() || doc.review.id.isEmpty();
    QStringList people;
    for (const Participant& p : doc.participants)
        people.append(p.name);
    for (WordingHintLabel* hint : std::as_const(m_hints))
        hint->setPeople(people);
    if (m_agendaModel)
        m_agendaModel->setAgenda(doc.agenda, readOnly);
    if (m_attendanceModel) {
        m_attendanceModel->setReadOnly(readOnly);
        m_attendanceModel->setRows(doc.review.id.isEmpty() ? QList<Participant>() : doc.participants);
        m_parkingModel->setReadOnly(readOnly);
        m_parkingModel->setAll(doc.notes);
        m_logModel->setReadOnly(readOnly);
        m_logModel->setAll(doc.notes);
    }
    int present = 0;
    for (const Participant& p : doc.participants)
        present += p.attended ? 1 : 0;
    m_tabs->setTabText(0, tr("Attendance (%1 of %2)").arg(present).arg(doc.participants.size()));
    int parked = 0;
    for (const Note& n : doc.notes)
        parked += n.kind == QLatin1String("parking") ? 1 : 0;
    m_tabs->setTabText(1, tr("Parking lot (%1)").arg(parked));
    for (QLineEdit* e : {m_attendeeEntry, m_parkingEntry, m_logEntry, m_answer, m_newQuestion, m_agendaEntry})
        e->setEnabled(!readOnly);
    refreshQuestions();
}

void MeetingPanel::refreshQuestions()
{
    if (!m_questionsModel)
        return;
    const ReviewDocument& doc = m_controller->document();
    const MeetingSession* s = m_controller->session();
    const bool readOnly = !m_editor || m_editor->library()->isReadOnly();
    m_questionsModel->setQuestions(doc.questions, s->selectedEventId(), s->selectedWhyId(), readOnly);
    int open = 0;
    for (const PreparedQuestion& q : m_questionsModel->rows())
        open += q.answered ? 0 : 1;
    m_questionsTitle->setText(tr("Prepared questions for what is on screen: %n open", nullptr, open));
    m_questionsView->resizeRowsToContents();
}

QString MeetingPanel::nextNoteKey() const
{
    QString last;
    for (const Note& n : m_controller->document().notes)
        last = std::max(last, n.sortKey);
    return SortKey::after(last);
}

bool MeetingPanel::addAttendee(const QString& line)
{
    const ReviewDocument& doc = m_controller->document();
    if (!m_editor || doc.review.id.isEmpty())
        return false;
    const AttendeeEntry e = AttendeeEntry::parse(line);
    if (!e.ok()) {
        m_attendeeError->setText(e.error);
        m_attendeeError->show();
        return false;
    }
    // Someone already on the list is ticked present (and gets the role typed, if any).
    for (const Participant& p : doc.participants) {
        if (p.name.compare(e.name, Qt::CaseInsensitive) != 0)
            continue;
        QList<FieldChange> changes;
        if (!p.attended)
            changes.append(FieldChange{Entity::Participant, p.id, QStringLiteral("attended"), 1, p.rev, 0});
        if (!e.role.isEmpty() && e.role != p.role)
            changes.append(FieldChange{Entity::Participant, p.id, QStringLiteral("role"), e.role, p.rev, p.role});
        if (changes.isEmpty()) {
            m_attendeeError->setText(tr("%1 is already ticked as present.").arg(p.name));
            m_attendeeError->show();
            return false;
        }
        return m_editor->editFields(changes, tr("Mark %1 present").arg(p.name));
    }
    QString last;
    for (const Participant& p : doc.participants)
        last = std::max(last, p.sortKey);
    return !m_editor
                ->addRow(Entity::Participant,
                         {{QStringLiteral("review_id"), doc.review.id}, {QStringLiteral("name"), e.name},
                          {QStringLiteral("role"), e.role}, {QStringLiteral("attended"), 1},
                          {QStringLiteral("sort_key"), SortKey::after(last)}},
                         tr("Add participant %1").arg(e.name))
                .isEmpty();
}

bool MeetingPanel::parkTopic(const QString& text)
{
    const QString topic = text.simplified();
    const ReviewDocument& doc = m_controller->document();
    if (topic.isEmpty() || !m_editor || doc.review.id.isEmpty())
        return false;
    return !m_editor
                ->addRow(Entity::Note,
                         {{QStringLiteral("review_id"), doc.review.id}, {QStringLiteral("kind"), QStringLiteral("parking")},
                          {QStringLiteral("text"), topic}, {QStringLiteral("sort_key"), nextNoteKey()}},
                         tr("Park a topic"))
                .isEmpty();
}

bool MeetingPanel::prepareQuestion(const QString& text)
{
    const QString question = text.simplified();
    const ReviewDocument& doc = m_controller->document();
    if (question.isEmpty() || !m_editor || doc.review.id.isEmpty())
        return false;
    const MeetingSession* s = m_controller->session();
    QString target;
    QString targetId;
    if (m_questionTarget->currentIndex() == 0 && !s->selectedEventId().isEmpty()) {
        target = QStringLiteral("event");
        targetId = s->selectedEventId();
    } else if (m_questionTarget->currentIndex() == 1 && !s->selectedWhyId().isEmpty()) {
        target = QStringLiteral("why");
        targetId = s->selectedWhyId();
    } else if (m_questionTarget->currentIndex() != 2) {
        m_questionsTitle->setText(m_questionTarget->currentIndex() == 0
                                      ? tr("Select an event in the timeline first, or prepare the question for the whole review.")
                                      : tr("Select a cause in the root cause tree first, or prepare the question for the whole review."));
        return false;
    }
    QString last;
    for (const PreparedQuestion& q : doc.questions)
        last = std::max(last, q.sortKey);
    return !m_editor
                ->addRow(Entity::PreparedQuestion,
                         {{QStringLiteral("review_id"), doc.review.id}, {QStringLiteral("target"), target},
                          {QStringLiteral("target_id"), targetId}, {QStringLiteral("text"), question},
                          {QStringLiteral("sort_key"), SortKey::after(last)}},
                         tr("Prepare a question"))
                .isEmpty();
}

bool MeetingPanel::answerQuestion(const QString& text)
{
    if (!m_questionsModel || m_questionsModel->rowCount() == 0)
        return false;
    int row = m_questionsView->currentIndex().isValid() ? m_questionsView->currentIndex().row() : -1;
    if (row < 0) {
        // Nothing selected: the first open question on screen.
        for (int i = 0; i < m_questionsModel->rowCount() && row < 0; ++i) {
            if (!m_questionsModel->rowAt(i).answered)
                row = i;
        }
    }
    return row >= 0 && m_questionsModel->answer(row, text);
}

bool MeetingPanel::addAgendaItem(const QString& line)
{
    const ReviewDocument& doc = m_controller->document();
    if (!m_editor || doc.review.id.isEmpty())
        return false;
    QString title = line.simplified();
    int minutes = 0;
    const qsizetype comma = title.lastIndexOf(QLatin1Char(','));
    if (comma >= 0) {
        bool ok = false;
        minutes = title.mid(comma + 1).trimmed().toInt(&ok);
        if (!ok || minutes < 0 || minutes > 600) {
            m_agendaError->setText(tr("The timebox after the comma is a number of minutes, 0 to 600: “DNS deep dive, 10”."));
            m_agendaError->show();
            return false;
        }
        title = title.left(comma).trimmed();
    }
    if (title.isEmpty()) {
        m_agendaError->setText(tr("Give the stage a title, then a comma and its minutes: “DNS deep dive, 10”."));
        m_agendaError->show();
        return false;
    }
    const MeetingSession* s = m_controller->session();
    const QString stage = s->stageCode().isEmpty() ? QStringLiteral("wrap_up") : s->stageCode();
    auto values = [&](const QString& t, int m, const QString& st, const QString& key) {
        return QVariantMap{{QStringLiteral("review_id"), doc.review.id}, {QStringLiteral("title"), t},
                           {QStringLiteral("minutes"), m}, {QStringLiteral("stage"), st}, {QStringLiteral("sort_key"), key}};
    };
    if (doc.agenda.isEmpty()) {
        // The review runs on the default agenda: it becomes the review's own, with the new
        // stage after the current one, in one undo step.
        QList<RowInsert> rows;
        QString key;
        for (int i = 0; i < s->stages().size(); ++i) {
            const MeetingStage& st = s->stages().at(i);
            key = SortKey::after(key);
            rows.append(RowInsert{Entity::AgendaItem, values(st.title, st.minutes, st.stage, key)});
            if (i == s->stageIndex()) {
                key = SortKey::after(key);
                rows.append(RowInsert{Entity::AgendaItem, values(title, minutes, stage, key)});
            }
        }
        return !m_editor->insertRows(rows, tr("Add agenda stage")).isEmpty();
    }
    // After the current stage: between its key and the next one's.
    QList<AgendaItem> items = doc.agenda;
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem& a, const AgendaItem& b) {
        return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.id < b.id;
    });
    const int at = std::clamp(s->stageIndex(), 0, int(items.size()) - 1);
    const QString lo = items.at(at).sortKey;
    const QString hi = at + 1 < items.size() ? items.at(at + 1).sortKey : QString();
    return !m_editor->addRow(Entity::AgendaItem, values(title, minutes, stage, SortKey::between(lo, hi)), tr("Add agenda stage"))
                .isEmpty();
}

bool MeetingPanel::removeAgendaItem(int row)
{
    const MeetingSession* s = m_controller->session();
    if (!m_editor || row < 0 || row >= s->stages().size())
        return false;
    const QString id = s->stages().at(row).agendaItemId;
    for (const AgendaItem& a : m_controller->document().agenda) {
        if (a.id == id && !id.isEmpty())
            return m_editor->removeRow(Entity::AgendaItem, a.id, a.rev, tr("Remove agenda stage"));
    }
    return false;
}

bool MeetingPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_agenda && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && m_agenda->currentIndex().isValid()) {
            removeAgendaItem(m_agenda->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hs
