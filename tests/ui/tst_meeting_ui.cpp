// Live facilitation through the real main window, offscreen: the meeting panel's one-line
// entries, presentation mode (F5) with its keys, zoom and contrast, the audience and
// facilitator windows in step, and a whole meeting whose notes, attendance, parking lot and
// answers are checked in the file.

#include "TestSupport.h"
#include "WindowTest.h"

#include "commands/Editor.h"
#include "common/Dialogs.h"
#include "meeting/MeetingClock.h"
#include "meeting/MeetingController.h"
#include "meeting/MeetingModels.h"
#include "meeting/MeetingPanel.h"
#include "meeting/MeetingSession.h"
#include "meeting/Prompts.h"
#include "meeting/PresentationWindow.h"
#include "meeting/PromptsBox.h"
#include "review/ParticipantsModel.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"
#include "review/LessonsPage.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePage.h"
#include "whys/RootCausePage.h"
#include "whys/WhyOutline.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hs;

class TestMeetingUi : public test::WindowTest
{
    Q_OBJECT

private:
    QString reviewId() const { return m_window->workspace()->reviewId(); }

    // What is in the file, read by a separate connection as another program would.
    ReviewDocument fromFile() const
    {
        OpenError error;
        auto lib = Library::open(m_path, &error);
        return lib ? lib->document(reviewId()).value_or(ReviewDocument()) : ReviewDocument();
    }

    static QStringList notesOf(const ReviewDocument& doc, const QString& kind)
    {
        QStringList out;
        for (const Note& n : doc.notes) {
            if (n.kind == kind)
                out.append(n.text);
        }
        return out;
    }

    void typeLine(QLineEdit* edit, const QString& text)
    {
        QApplication::setActiveWindow(edit->window());
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    // A key to the presentation window, as the room's keyboard sends it.
    void presentKey(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        PresentationWindow* p = m_window->presentation();
        QApplication::setActiveWindow(p);
        QWidget* target = QApplication::focusWidget() && p->isAncestorOf(QApplication::focusWidget())
            ? QApplication::focusWidget()
            : p;
        QTest::keyClick(target, Qt::Key(key), mods);
    }

    MeetingSession* session() const { return m_window->meeting()->session(); }

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::setTestMode(true);
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init()
    {
        m_dir = test::tempDir();
        m_path = m_dir->filePath(QStringLiteral("meeting.hindsight"));
        {
            OpenError error;
            QVERIFY2(Library::create(m_path, true, &error), qPrintable(error.message()));
        }
        QSettings().remove(QStringLiteral("meeting/clock"));
        QVERIFY(m_window->openLibrary(m_path));
        QVERIFY(!reviewId().isEmpty());
        QCOMPARE(session()->reviewId(), reviewId());
        m_window->meetingDock()->show();
    }

    void cleanup()
    {
        m_window->stopPresentation();
        m_window->closeLibrary();
        m_dir.reset();
    }

    void cleanupTestCase() { m_window.reset(); }

    void panelFollowsTheReviewsAgenda()
    {
        // The sample review's template agenda, in order, on the panel and in the session.
        const ReviewDocument doc = fromFile();
        QCOMPARE(session()->stages().size(), doc.agenda.size());
        QCOMPARE(session()->stageCode(), QStringLiteral("ground_rules"));
        auto* agenda = find<QTableView>(QStringLiteral("meetingAgenda"));
        QCOMPARE(agenda->model()->rowCount(), int(doc.agenda.size()));
        // Changing a timebox in the agenda writes the agenda item, and undo restores it.
        const QModelIndex minutes = agenda->model()->index(1, AgendaModel::MinutesColumn);
        const int before = minutes.data(Qt::EditRole).toInt();
        QVERIFY(agenda->model()->setData(minutes, 25));
        QTRY_COMPARE(session()->stages().at(1).minutes, 25);
        QVERIFY(!agenda->model()->setData(minutes, -3)); // refused, nothing written
        m_window->undoStack()->undo();
        QTRY_COMPARE(session()->stages().at(1).minutes, before);
        // A stage added in one line goes after the current one, with the current part of the review.
        const int stages = int(session()->stages().size());
        typeLine(find<QLineEdit>(QStringLiteral("agendaEntry")), QStringLiteral("Introductions, 3"));
        QTRY_COMPARE(int(session()->stages().size()), stages + 1);
        QCOMPARE(session()->stages().at(1).title, QStringLiteral("Introductions"));
        QCOMPARE(session()->stages().at(1).minutes, 3);
        QCOMPARE(session()->stages().at(1).stage, QStringLiteral("ground_rules"));
        QCOMPARE(int(fromFile().agenda.size()), stages + 1);
        typeLine(find<QLineEdit>(QStringLiteral("agendaEntry")), QStringLiteral("Deep dive, lots"));
        QVERIFY(find<QLabel>(QStringLiteral("agendaError"))->isVisible());
        QVERIFY(find<QLabel>(QStringLiteral("agendaError"))->text().contains(QStringLiteral("minutes")));
        QCOMPARE(int(fromFile().agenda.size()), stages + 1);
        // Delete removes the selected stage; undo brings it back.
        agenda->setFocus();
        agenda->setCurrentIndex(agenda->model()->index(1, 0));
        QTest::keyClick(agenda, Qt::Key_Delete);
        QTRY_COMPARE(int(session()->stages().size()), stages);
        m_window->undoStack()->undo();
        QTRY_COMPARE(int(session()->stages().size()), stages + 1);
        // Prompts for the stage, facilitator only.
        auto* prompts = find<QListWidget>(QStringLiteral("meetingPrompts"));
        QCOMPARE(prompts->count(), int(Prompts::forStage(Prompts::builtIn(), QStringLiteral("ground_rules")).size()));
    }

    void attendanceInOneLine()
    {
        auto* entry = find<QLineEdit>(QStringLiteral("attendeeEntry"));
        typeLine(entry, QStringLiteral("Dana Kim, DBA on call"));
        QTRY_VERIFY(entry->text().isEmpty());
        ReviewDocument doc = fromFile();
        const auto dana = std::find_if(doc.participants.cbegin(), doc.participants.cend(),
                                       [](const Participant& p) { return p.name == QLatin1String("Dana Kim"); });
        QVERIFY(dana != doc.participants.cend());
        QCOMPARE(dana->role, QStringLiteral("DBA on call"));
        QVERIFY(dana->attended);

        // A name already listed is ticked present rather than added twice.
        const Participant absent = [&] {
            for (const Participant& p : doc.participants) {
                if (!p.attended)
                    return p;
            }
            return Participant();
        }();
        QVERIFY2(!absent.id.isEmpty(), "the sample has someone not ticked");
        const int count = int(doc.participants.size());
        typeLine(entry, absent.name.toUpper());
        doc = fromFile();
        QCOMPARE(int(doc.participants.size()), count);
        for (const Participant& p : doc.participants) {
            if (p.id == absent.id)
                QVERIFY(p.attended);
        }
        m_window->undoStack()->undo();
        for (const Participant& p : fromFile().participants) {
            if (p.id == absent.id)
                QVERIFY(!p.attended);
        }

        // Bad input: a clear message, nothing written, the line kept for fixing.
        typeLine(entry, QStringLiteral(", SRE"));
        auto* error = find<QLabel>(QStringLiteral("attendeeError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("name comes first")));
        QCOMPARE(entry->text(), QStringLiteral(", SRE"));
        QCOMPARE(int(fromFile().participants.size()), count);

        // Ticking in the list is an edit of the file too.
        auto* view = find<QTableView>(QStringLiteral("attendance"));
        const int row = m_window->meetingPanel()->attendance()->rowOfId(absent.id);
        QVERIFY(view->model()->setData(view->model()->index(row, ParticipantsModel::AttendedColumn), Qt::Checked,
                                       Qt::CheckStateRole));
        for (const Participant& p : fromFile().participants) {
            if (p.id == absent.id)
                QVERIFY(p.attended);
        }
    }

    void wordingHintsInMeetingFields()
    {
        find<QTabWidget>(QStringLiteral("meetingTabs"))->setCurrentIndex(1);
        auto* parking = find<QLineEdit>(QStringLiteral("parkingLotEntry"));
        QApplication::setActiveWindow(m_window.get());
        parking->setFocus();
        QTest::keyClicks(parking, QStringLiteral("human error by the on-call"));
        auto* hint = find<QLabel>(QStringLiteral("parkingLotEntryHint"));
        QTRY_VERIFY(hint->isVisible());
        parking->clear();
        QTRY_VERIFY(!hint->isVisible());
        QVERIFY(find<QLabel>(QStringLiteral("questionAnswerHint")));
        QVERIFY(find<QLabel>(QStringLiteral("newQuestionHint")));
        // The pages the meeting edits on screen have them too: the timeline's quick entry.
        TimelinePage* timeline = m_window->workspace()->timelinePage();
        m_window->workspace()->tabs()->setCurrentWidget(timeline);
        auto* quick = timeline->findChild<QLineEdit*>(QStringLiteral("quickEntry"));
        auto* quickHint = timeline->findChild<QLabel*>(QStringLiteral("quickEntryWordingHint"));
        QVERIFY(quick && quickHint);
        QApplication::setActiveWindow(m_window.get());
        quick->setFocus();
        QTest::keyClicks(quick, QStringLiteral("09:40 Priya should have checked the bundle"));
        QTRY_VERIFY(quickHint->isVisible());
        quick->clear();
        QTRY_VERIFY(!quickHint->isVisible());
    }

    void promptsAreEditablePerLibraryAndUndoable()
    {
        PromptsBox* box = m_window->meetingPanel()->prompts();
        const int builtIn = int(Prompts::builtIn().size());
        const int shown = box->list()->count();
        typeLine(box->entry(), QStringLiteral("What did the runbook say to do here?"));
        QTRY_COMPARE(box->list()->count(), shown + 1);
        QCOMPARE(test::rawScalar(m_path, QStringLiteral("SELECT count(*) FROM prompts WHERE deleted_ms IS NULL")).toInt(),
                 builtIn + 1);
        // The first edit copied the bank; undo takes the copy away and the built-in bank is back.
        m_window->undoStack()->undo();
        QTRY_COMPARE(box->list()->count(), shown);
        QCOMPARE(test::rawScalar(m_path, QStringLiteral("SELECT count(*) FROM prompts WHERE deleted_ms IS NULL")).toInt(), 0);
        // Removing one from the library's own bank.
        QVERIFY(box->removePrompt(0));
        QTRY_COMPARE(box->list()->count(), shown - 1);
        QCOMPARE(test::rawScalar(m_path, QStringLiteral("SELECT count(*) FROM prompts WHERE deleted_ms IS NULL")).toInt(),
                 builtIn - 1);
    }

    void presentationModeKeysZoomAndContrast()
    {
        trigger(QStringLiteral("actionPresent"));
        PresentationWindow* p = m_window->presentation();
        QVERIFY(p);
        QTRY_VERIFY(p->isVisible());
        QVERIFY2(p->isFullScreen(), qPrintable(QString::number(int(p->windowState()))));
        QCOMPARE(p->currentPage(), static_cast<QWidget*>(p->groundRules()));
        QVERIFY(p->groundRules()->text().contains(QStringLiteral("not to find someone to blame")));
        // Facilitator-only prompts never reach the room's screen.
        for (const FacilitatorPrompt& prompt : Prompts::builtIn())
            QVERIFY(!p->groundRules()->text().contains(prompt.text.toHtmlEscaped()));

        presentKey(Qt::Key_PageDown);
        QCOMPARE(session()->stageCode(), QStringLiteral("timeline"));
        QCOMPARE(p->currentPage(), static_cast<QWidget*>(p->workspace()->timelinePage()));
        // In the quick-entry line Ctrl+Right moves by a word, as in every text field...
        presentKey(Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(session()->stageCode(), QStringLiteral("timeline"));
        // ...and anywhere else it is the next stage.
        p->findChild<QTableView*>(QStringLiteral("timelineTable"))->setFocus();
        presentKey(Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(session()->stageCode(), QStringLiteral("root_cause"));
        QCOMPARE(p->currentPage(), static_cast<QWidget*>(p->workspace()->rootCausePage()));
        QCOMPARE(find<QComboBox>(QStringLiteral("questionTarget"))->currentIndex(), 1); // questions now about causes
        // The facilitator's window follows the stage.
        QCOMPARE(m_window->workspace()->tabs()->currentWidget(), static_cast<QWidget*>(m_window->workspace()->rootCausePage()));
        presentKey(Qt::Key_PageUp);
        QCOMPARE(session()->stageCode(), QStringLiteral("timeline"));
        QCOMPARE(find<QComboBox>(QStringLiteral("questionTarget"))->currentIndex(), 0);

        // Zoom: larger type, remembered for the next presentation.
        const qreal base = QApplication::font().pointSizeF();
        const int zoom = p->zoom();
        presentKey(Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(p->zoom(), zoom + 25);
        QVERIFY(qAbs(p->font().pointSizeF() - base * (zoom + 25) / 100.0) < 0.01);
        QCOMPARE(p->workspace()->timelinePage()->font().pointSizeF(), p->font().pointSizeF());
        QCOMPARE(QSettings().value(QStringLiteral("presentation/zoom")).toInt(), zoom + 25);
        presentKey(Qt::Key_Minus, Qt::ControlModifier);
        presentKey(Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(p->zoom(), zoom - 25);
        for (int i = 0; i < 20; ++i)
            p->setZoom(p->zoom() - 25);
        QCOMPARE(p->zoom(), PresentationWindow::kMinZoom); // never unreadably small

        // High contrast: white on black, remembered.
        QVERIFY(!p->isHighContrast());
        presentKey(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(p->isHighContrast());
        QCOMPARE(p->palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(p->workspace()->timelinePage()->palette().color(QPalette::Text), QColor(Qt::white));
        QVERIFY(QSettings().value(QStringLiteral("presentation/highContrast")).toBool());

        // Esc leaves, also from the timeline's quick entry where typing starts: the first Esc
        // clears what was typed, the next one leaves. A new presentation comes back with the
        // remembered look.
        QApplication::setActiveWindow(p);
        for (int i = 0; i < session()->stages().size(); ++i) {
            if (session()->stages().at(i).stage == QLatin1String("timeline"))
                session()->goTo(i);
        }
        QCOMPARE(session()->stageCode(), QStringLiteral("timeline"));
        auto* quick = p->workspace()->timelinePage()->findChild<QLineEdit*>(QStringLiteral("quickEntry"));
        QVERIFY(quick);
        quick->setFocus();
        QTest::keyClicks(quick, QStringLiteral("half typed"));
        QTest::keyClick(quick, Qt::Key_Escape);
        QVERIFY(p->isVisible());
        QVERIFY(quick->text().isEmpty());
        QTest::keyClick(quick, Qt::Key_Escape);
        QTRY_VERIFY(!p->isVisible());
        m_window->stopPresentation();
        trigger(QStringLiteral("actionPresent"));
        QCOMPARE(m_window->presentation()->zoom(), PresentationWindow::kMinZoom);
        QVERIFY(m_window->presentation()->isHighContrast());
        m_window->presentation()->setZoom(PresentationWindow::kDefaultZoom);
        m_window->presentation()->setHighContrast(false);
    }

    void presenterViewFallsBackOnOneScreen()
    {
        QCOMPARE(QGuiApplication::screens().size(), 1); // offscreen has one
        QVERIFY(!m_window->startPresenterView());
        QVERIFY(m_window->presentation()->isVisible());
        QVERIFY(m_window->presentation()->isFullScreen());
        QVERIFY(m_window->lastMessage().contains(QStringLiteral("Only one screen")));
    }

    // Two top-level windows on one screen, as on two: the room's and the facilitator's.
    void audienceAndFacilitatorStayInStep()
    {
        m_window->showAudienceWindow(nullptr);
        PresentationWindow* audience = m_window->presentation();
        QVERIFY(QTest::qWaitForWindowExposed(audience));
        QVERIFY(!audience->isFullScreen());
        ReviewWorkspace* mine = m_window->workspace();
        ReviewWorkspace* theirs = audience->workspace();
        const ReviewDocument doc = fromFile();

        session()->goTo(1); // timeline
        QCOMPARE(mine->tabs()->currentWidget(), static_cast<QWidget*>(mine->timelinePage()));
        QCOMPARE(audience->currentPage(), static_cast<QWidget*>(theirs->timelinePage()));
        // An event selected by the facilitator is selected for the room, and back.
        const QString e1 = doc.events.at(5).id;
        const QString e2 = doc.events.at(9).id;
        QVERIFY(mine->timelinePage()->selectEvent(e1));
        QCOMPARE(session()->selectedEventId(), e1);
        QCOMPARE(theirs->timelinePage()->selectedEventIds(), QStringList{e1});
        QVERIFY(theirs->timelinePage()->selectEvent(e2));
        QCOMPARE(mine->timelinePage()->selectedEventIds(), QStringList{e2});
        // The same for causes.
        session()->goTo(2);
        const QString why = doc.whys.at(2).id;
        QVERIFY(theirs->rootCausePage()->selectNode(why));
        QCOMPARE(session()->selectedWhyId(), why);
        QCOMPARE(mine->rootCausePage()->outline()->currentId(), why);
        // An edit in the room's window is on the facilitator's undo stack and in both views.
        const int events = int(doc.events.size());
        session()->goTo(1);
        QVERIFY(theirs->timelinePage()->addFromQuickEntry(QStringLiteral("10:02 action restarted the gateway pods")));
        QCOMPARE(int(fromFile().events.size()), events + 1);
        QTRY_COMPARE(mine->timelinePage()->model()->rowCount(), events + 1);
        m_window->undoStack()->undo();
        QCOMPARE(int(fromFile().events.size()), events);
        QTRY_COMPARE(theirs->timelinePage()->model()->rowCount(), events);
    }

    void preparedQuestionShowsWithItsEventAndIsAnswered()
    {
        const ReviewDocument doc = fromFile();
        const QString event = doc.events.at(7).id;
        const QString other = doc.events.at(8).id;
        QVERIFY(m_window->workspace()->timelinePage()->selectEvent(event));
        MeetingPanel* panel = m_window->meetingPanel();
        typeLine(find<QLineEdit>(QStringLiteral("newQuestion")), QStringLiteral("What did the dashboard show at this point?"));
        QTRY_COMPARE(panel->questions()->rowCount(), 1);
        QCOMPARE(fromFile().questions.size(), 1);
        QCOMPARE(fromFile().questions.first().targetId, event);
        // Another event on screen: the question is not shown; back: it is.
        QVERIFY(m_window->workspace()->timelinePage()->selectEvent(other));
        QTRY_COMPARE(panel->questions()->rowCount(), 0);
        QVERIFY(m_window->workspace()->timelinePage()->selectEvent(event));
        QTRY_COMPARE(panel->questions()->rowCount(), 1);
        // Answered in one line: answer and tick in one undo step.
        typeLine(find<QLineEdit>(QStringLiteral("questionAnswer")), QStringLiteral("p99 was flat; errors only in logs"));
        QTRY_VERIFY(fromFile().questions.first().answered);
        QCOMPARE(fromFile().questions.first().answer, QStringLiteral("p99 was flat; errors only in logs"));
        m_window->undoStack()->undo();
        QVERIFY(!fromFile().questions.first().answered);
        QCOMPARE(fromFile().questions.first().answer, QString());
        // Without an event selected, a question for "the selected event" is refused with a reason.
        session()->selectWhy(QString());
        find<QComboBox>(QStringLiteral("questionTarget"))->setCurrentIndex(1); // selected cause: none
        typeLine(find<QLineEdit>(QStringLiteral("newQuestion")), QStringLiteral("Who else knew?"));
        QCOMPARE(fromFile().questions.size(), 1);
        QVERIFY(find<QLineEdit>(QStringLiteral("newQuestion"))->text() == QStringLiteral("Who else knew?"));
    }

    void meetingClockComesBackPausedAfterReopening()
    {
        QVERIFY(session()->start());
        QVERIFY(session()->next());
        QVERIFY(session()->timer().isRunning());
        m_window->closeLibrary(); // as a crash or a quit would leave it
        QVERIFY(!session()->timer().isStarted());
        QVERIFY(m_window->openLibrary(m_path));
        QVERIFY(session()->timer().isStarted());
        QVERIFY(session()->timer().isPaused());
        QCOMPARE(session()->stageIndex(), 1);
        QCOMPARE(m_window->workspace()->tabs()->currentWidget(), static_cast<QWidget*>(m_window->workspace()->timelinePage()));
        // An ended meeting is not brought back: the review's next meeting starts afresh.
        QVERIFY(session()->end());
        m_window->closeLibrary();
        QVERIFY(m_window->openLibrary(m_path));
        QVERIFY(!session()->timer().isStarted());
    }

    void wholeMeeting()
    {
        const int events = int(fromFile().events.size());
        // F5, then the meeting runs from the room's keyboard.
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        PresentationWindow* p = m_window->presentation();
        QTRY_VERIFY(p && p->isVisible());
        presentKey(Qt::Key_Space, Qt::ControlModifier | Qt::ShiftModifier); // start
        QVERIFY(session()->timer().isRunning());
        presentKey(Qt::Key_PageDown);
        QCOMPARE(session()->stageCode(), QStringLiteral("timeline"));

        // Quick entry on the room's screen.
        auto* quick = p->findChild<QLineEdit*>(QStringLiteral("quickEntry"));
        QVERIFY(quick);
        QApplication::setActiveWindow(p);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(quick)); // the timeline stage starts typing there
        QTest::keyClicks(quick, QStringLiteral("10:07 decision roll back the mesh issuer"));
        QTest::keyClick(quick, Qt::Key_Return);
        QTRY_COMPARE(int(fromFile().events.size()), events + 1);
        presentKey(Qt::Key_PageDown);
        QCOMPARE(session()->stageCode(), QStringLiteral("root_cause"));

        // Pause and resume from the facilitator's window.
        trigger(QStringLiteral("actionMeetingStartPause"));
        QVERIFY(session()->timer().isPaused());
        QVERIFY(m_window->meetingPanel()->clock()->timerText().contains(QLatin1Char('/')));
        trigger(QStringLiteral("actionMeetingStartPause"));
        QVERIFY(session()->timer().isRunning());

        // Attendance, parking lot, a meeting note.
        typeLine(find<QLineEdit>(QStringLiteral("attendeeEntry")), QStringLiteral("Ravi Shah (security)"));
        typeLine(find<QLineEdit>(QStringLiteral("parkingLotEntry")), QStringLiteral("Certificate expiry dashboard for all teams"));
        typeLine(find<QLineEdit>(QStringLiteral("meetingLogEntry")), QStringLiteral("Agreed to revisit alert thresholds"));

        trigger(QStringLiteral("actionNextStage"));
        trigger(QStringLiteral("actionNextStage"));
        QCOMPARE(session()->stageCode(), QStringLiteral("lessons"));
        QCOMPARE(p->currentPage(), static_cast<QWidget*>(p->workspace()->lessonsPage()));
        trigger(QStringLiteral("actionEndMeeting"));
        QVERIFY(session()->timer().isEnded());
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionEndMeeting"))->isEnabled());
        QApplication::setActiveWindow(p);
        p->setFocus();
        QTest::keyClick(p, Qt::Key_Escape);
        QTRY_VERIFY(!p->isVisible());

        // Everything the meeting produced is in the file.
        const ReviewDocument doc = fromFile();
        QCOMPARE(int(doc.events.size()), events + 1);
        const QStringList log = notesOf(doc, QStringLiteral("meeting_log"));
        const QString all = log.join(QLatin1Char('\n'));
        QVERIFY2(log.size() >= 8, qPrintable(all)); // start, 2 moves, pause, resume, 2 moves, end, the typed note
        QVERIFY2(all.contains(QStringLiteral("Meeting started")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Paused during")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Resumed")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Meeting ended after")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Agreed to revisit alert thresholds")));
        for (const Note& n : doc.notes) {
            if (n.kind == QLatin1String("meeting_log"))
                QVERIFY(n.internal); // left out of the public report
        }
        QVERIFY(notesOf(doc, QStringLiteral("parking")).contains(QStringLiteral("Certificate expiry dashboard for all teams")));
        bool ravi = false;
        for (const Participant& pt : doc.participants)
            ravi = ravi || (pt.name == QLatin1String("Ravi Shah") && pt.role == QLatin1String("security") && pt.attended);
        QVERIFY(ravi);
        // The log lines are the meeting's record, not edits: undo takes back the typed note
        // first, not a stage change.
        m_window->undoStack()->undo();
        QVERIFY(!notesOf(fromFile(), QStringLiteral("meeting_log")).join(QLatin1Char('\n')).contains(QStringLiteral("Agreed to revisit")));
        QVERIFY(notesOf(fromFile(), QStringLiteral("meeting_log")).join(QLatin1Char('\n')).contains(QStringLiteral("Meeting ended")));
    }
};

QTEST_MAIN(TestMeetingUi)
#include "tst_meeting_ui.moc"
