// The real main window, offscreen: open a library through it, create and edit reviews with
// the keyboard, undo and redo, and find every edit in the file after reopening it.

#include "TestSupport.h"
#include "WindowTest.h"

#include "actions/ActionTracker.h"
#include "actions/ActionsModel.h"
#include "commands/Editor.h"
#include "common/Dialogs.h"
#include "library/LibrarySidebar.h"
#include "library/ReviewListModel.h"
#include "library/NewReviewDialog.h"
#include "export/ExportDialog.h"
#include "review/ReviewWorkspace.h"
#include "sharing/ConflictPanel.h"
#include "storage/ChangeWatcher.h"
#include "storage/Library.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUndoStack>

using namespace hs;

class TestMainWindow : public test::WindowTest
{
    Q_OBJECT

private:
    QString currentId() const { return m_window->sidebar()->currentReviewId(); }

    // What is in the file, read by a separate connection as another program would.
    std::optional<ReviewDocument> fromFile(const QString& id) const
    {
        OpenError error;
        auto lib = Library::open(m_path, &error);
        if (!lib)
            return std::nullopt;
        return lib->document(id);
    }

    void typeInto(QWidget* w, const QString& text, bool replace = true)
    {
        w->setFocus();
        QApplication::setActiveWindow(m_window.get());
        if (replace)
            QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(w, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::setTestMode(true);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init()
    {
        m_dir = test::tempDir();
        m_path = m_dir->filePath(QStringLiteral("team.hindsight"));
        {
            OpenError error;
            QVERIFY2(Library::create(m_path, true, &error), qPrintable(error.message()));
        }
        QVERIFY(m_window->openLibrary(m_path));
        QVERIFY(!currentId().isEmpty());
        Dialogs::takeShownMessages();
    }

    void cleanup()
    {
        m_window->conflictPanel()->clear(); // a failed test must not keep the next from opening
        m_window->closeLibrary();
        m_dir.reset();
    }

    void cleanupTestCase() { m_window.reset(); }

    void showsTheSampleReview()
    {
        auto* title = find<QLineEdit>(QStringLiteral("reviewTitle"));
        QVERIFY(title);
        QVERIFY(title->text().contains(QStringLiteral("certificate")));
        QVERIFY(find<QLabel>(QStringLiteral("reviewCount"))->text().startsWith(QStringLiteral("1 review")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("team.hindsight")));
        QCOMPARE(find<QLabel>(QStringLiteral("statusMode"))->text(), QStringLiteral("Saved automatically"));
        QVERIFY(!find<QLabel>(QStringLiteral("banner"))->isVisible());
        auto* tabs = find<QTabWidget>(QStringLiteral("reviewTabs"));
        QCOMPARE(tabs->count(), 5);
        // Every section of the sample has its text on screen.
        auto* summary = find<QPlainTextEdit>(QStringLiteral("section_summary"));
        QVERIFY(summary);
        QVERIFY(!summary->toPlainText().isEmpty());
        QVERIFY(!find<QLabel>(QStringLiteral("metric0"))->text().contains(QStringLiteral("—")));
    }

    void editedTitleIsInTheFileAndUndoable()
    {
        const QString id = currentId();
        const QString before = fromFile(id)->review.title;
        auto* title = find<QLineEdit>(QStringLiteral("reviewTitle"));
        typeInto(title, QStringLiteral("Payments outage"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(fromFile(id)->review.title, QStringLiteral("Payments outage"));
        // The sidebar follows.
        auto* list = find<QListView>(QStringLiteral("reviewList"));
        QTRY_COMPARE(list->currentIndex().data().toString(), QStringLiteral("Payments outage"));

        trigger(QStringLiteral("actionUndo"));
        QCOMPARE(fromFile(id)->review.title, before);
        QTRY_COMPARE(title->text(), before);
        trigger(QStringLiteral("actionRedo"));
        QCOMPARE(fromFile(id)->review.title, QStringLiteral("Payments outage"));
        QTRY_COMPARE(title->text(), QStringLiteral("Payments outage"));
    }

    void emptyTitleIsRefused()
    {
        const QString id = currentId();
        const QString before = fromFile(id)->review.title;
        auto* title = find<QLineEdit>(QStringLiteral("reviewTitle"));
        title->setFocus();
        QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(title, Qt::Key_Delete);
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(fromFile(id)->review.title, before);
        QCOMPARE(title->text(), before);
        QVERIFY(m_window->lastMessage().contains(QStringLiteral("needs a title")));
    }

    void sectionTextSavesItselfWhileTyping()
    {
        const QString id = currentId();
        auto* impact = find<QPlainTextEdit>(QStringLiteral("section_impact"));
        QVERIFY(impact);
        impact->setFocus();
        QTest::keyClick(impact, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(impact, QStringLiteral(" Added during the review."));
        // No focus change, no Enter: the pause in typing is enough.
        auto bodyOf = [&](const QString& key) {
            const std::optional<ReviewDocument> doc = fromFile(id);
            for (const Section& s : doc->sections) {
                if (s.key == key)
                    return s.body;
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(bodyOf(QStringLiteral("impact")).endsWith(QStringLiteral("Added during the review.")), 3000);
        // One undo step for the whole run of typing.
        trigger(QStringLiteral("actionUndo"));
        QVERIFY(!bodyOf(QStringLiteral("impact")).contains(QStringLiteral("Added during")));
    }

    void severityAndStatusChoosers()
    {
        const QString id = currentId();
        auto* severity = find<QComboBox>(QStringLiteral("severity"));
        const int sev1 = severity->findData(QStringLiteral("SEV1"));
        severity->setCurrentIndex(sev1);
        Q_EMIT severity->activated(sev1);
        QCOMPARE(fromFile(id)->review.severity, QStringLiteral("SEV1"));
        auto* status = find<QComboBox>(QStringLiteral("status"));
        const int draft = status->findData(QStringLiteral("draft"));
        status->setCurrentIndex(draft);
        Q_EMIT status->activated(draft);
        QCOMPARE(fromFile(id)->review.status, QStringLiteral("draft"));
        trigger(QStringLiteral("actionUndo"));
        QCOMPARE(fromFile(id)->review.status, QStringLiteral("published"));
        QTRY_COMPARE(status->currentData().toString(), QStringLiteral("published"));
    }

    void keyTimesAreCheckedAndDriveTheMetrics()
    {
        const QString id = currentId();
        const Review before = fromFile(id)->review;
        auto* detected = find<QLineEdit>(QStringLiteral("keyTime_detected"));
        auto* error = find<QLabel>(QStringLiteral("keyTimeError"));
        typeInto(detected, QStringLiteral("half past nine"));
        QTest::keyClick(detected, Qt::Key_Return);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("half past nine")));
        QCOMPARE(fromFile(id)->review.keyTimes, before.keyTimes);
        QCOMPARE(detected->text(), QStringLiteral("half past nine")); // what was typed stays

        typeInto(detected, QStringLiteral("2026-04-14 09:42"));
        QTest::keyClick(detected, Qt::Key_Return);
        QVERIFY(!error->isVisible());
        const Review after = fromFile(id)->review;
        QCOMPARE(*after.keyTime(KeyTime::Detected) - *after.keyTime(KeyTime::Started), 30 * 60000LL);
        QTRY_VERIFY(find<QLabel>(QStringLiteral("metric0"))->text().contains(QStringLiteral("30 min")));

        // Clearing a key time removes it (and its metric).
        typeInto(detected, QString());
        QTest::keyClick(detected, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(detected, Qt::Key_Delete);
        QTest::keyClick(detected, Qt::Key_Return);
        QVERIFY(!fromFile(id)->review.keyTime(KeyTime::Detected));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("metric0"))->text().contains(QStringLiteral("—")));
    }

    void servicesAndTags()
    {
        const QString id = currentId();
        auto* tags = find<QLineEdit>(QStringLiteral("tags"));
        typeInto(tags, QStringLiteral("dns, Capacity, dns"));
        QTest::keyClick(tags, Qt::Key_Return);
        QCOMPARE(fromFile(id)->review.tags, (QStringList{QStringLiteral("Capacity"), QStringLiteral("dns")}));
        trigger(QStringLiteral("actionUndo"));
        QVERIFY(fromFile(id)->review.tags.contains(QStringLiteral("tls")));
    }

    void participantsByKeyboard()
    {
        const QString id = currentId();
        const qsizetype before = fromFile(id)->participants.size();
        auto* entry = find<QLineEdit>(QStringLiteral("newParticipant"));
        typeInto(entry, QStringLiteral("Sam Lee, Scribe"));
        QTest::keyClick(entry, Qt::Key_Return);
        QVERIFY(entry->text().isEmpty());
        const ReviewDocument doc = *fromFile(id);
        QCOMPARE(doc.participants.size(), before + 1);
        QCOMPARE(doc.participants.last().name, QStringLiteral("Sam Lee"));
        QCOMPARE(doc.participants.last().role, QStringLiteral("Scribe"));
        QVERIFY(doc.participants.last().attended);

        auto* view = find<QTableView>(QStringLiteral("participants"));
        QTRY_COMPARE(view->model()->rowCount(), static_cast<int>(before + 1));
        const QModelIndex attended = view->model()->index(static_cast<int>(before), 2);
        QVERIFY(view->model()->setData(attended, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!fromFile(id)->participants.last().attended);
        // Remove it through the button; undo brings the same person back.
        view->selectRow(static_cast<int>(before));
        find<QPushButton>(QStringLiteral("removeParticipant"))->click();
        QCOMPARE(fromFile(id)->participants.size(), before);
        trigger(QStringLiteral("actionUndo"));
        QCOMPARE(fromFile(id)->participants.size(), before + 1);
        QCOMPARE(fromFile(id)->participants.last().name, QStringLiteral("Sam Lee"));
    }

    void lessonsAddEditRemove()
    {
        const QString id = currentId();
        find<QTabWidget>(QStringLiteral("reviewTabs"))->setCurrentIndex(4);
        auto* entry = find<QLineEdit>(QStringLiteral("newLesson_got_lucky"));
        auto* list = find<QListView>(QStringLiteral("lessons_got_lucky"));
        const int before = list->model()->rowCount();
        typeInto(entry, QStringLiteral("The incident fell outside the sales peak"));
        QTest::keyClick(entry, Qt::Key_Return);
        QTRY_COMPARE(list->model()->rowCount(), before + 1);
        auto lucky = [&] {
            QStringList out;
            const std::optional<ReviewDocument> doc = fromFile(id);
            for (const Lesson& l : doc->lessons) {
                if (l.kind == QLatin1String("got_lucky"))
                    out.append(l.text);
            }
            return out;
        };
        QVERIFY(lucky().contains(QStringLiteral("The incident fell outside the sales peak")));
        // Edit in place.
        const QModelIndex last = list->model()->index(before, 0);
        QVERIFY(list->model()->setData(last, QStringLiteral("It fell outside the sales peak")));
        QVERIFY(lucky().contains(QStringLiteral("It fell outside the sales peak")));
        // Delete with the keyboard.
        list->setFocus();
        list->setCurrentIndex(list->model()->index(before, 0));
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_COMPARE(list->model()->rowCount(), before);
        QVERIFY(!lucky().contains(QStringLiteral("It fell outside the sales peak")));
        trigger(QStringLiteral("actionUndo"));
        QTRY_COMPARE(list->model()->rowCount(), before + 1);
        find<QTabWidget>(QStringLiteral("reviewTabs"))->setCurrentIndex(0);
    }

    void newReviewFromTheDialog()
    {
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<NewReviewDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                for (QWidget* w : QApplication::topLevelWidgets()) {
                    if (auto* d = qobject_cast<NewReviewDialog*>(w); d && d->isVisible())
                        dialog = d;
                }
            }
            QVERIFY(dialog);
            auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("newReviewTitle"));
            auto* templates = dialog->findChild<QListWidget*>(QStringLiteral("newReviewTemplate"));
            QTest::keyClicks(title, QStringLiteral("Chaos day: zone failure"));
            templates->setCurrentRow(3); // GameDay
            dialog->accept();
        });
        trigger(QStringLiteral("actionNewReview"));
        QTRY_COMPARE(find<QLineEdit>(QStringLiteral("reviewTitle"))->text(), QStringLiteral("Chaos day: zone failure"));
        const QString id = currentId();
        const ReviewDocument doc = *fromFile(id);
        QCOMPARE(doc.review.templateKey, QStringLiteral("gameday"));
        QVERIFY(find<QPlainTextEdit>(QStringLiteral("section_hypothesis")));
        QVERIFY(find<QLabel>(QStringLiteral("reviewCount"))->text().startsWith(QStringLiteral("2 review")));
        // Undo takes the whole review away again.
        trigger(QStringLiteral("actionUndo"));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("reviewCount"))->text().startsWith(QStringLiteral("1 review")));
        QVERIFY(!fromFile(id));
    }

    void deleteReviewAndUndo()
    {
        const QString id = currentId();
        trigger(QStringLiteral("actionDeleteReview"));
        QVERIFY(!fromFile(id));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("reviewCount"))->text().startsWith(QStringLiteral("0 review")));
        trigger(QStringLiteral("actionUndo"));
        QVERIFY(fromFile(id));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("reviewCount"))->text().startsWith(QStringLiteral("1 review")));
    }

    void filterNarrowsTheList()
    {
        m_window->createReview(QStringLiteral("near-miss"), QStringLiteral("Disk almost full on build runners"));
        auto* filter = find<QLineEdit>(QStringLiteral("reviewFilter"));
        auto* list = find<QListView>(QStringLiteral("reviewList"));
        QCOMPARE(list->model()->rowCount(), 2);
        typeInto(filter, QStringLiteral("disk runners"));
        QCOMPARE(list->model()->rowCount(), 1);
        typeInto(filter, QStringLiteral("no such words"));
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(find<QLabel>(QStringLiteral("reviewCount"))->text().startsWith(QStringLiteral("0 of 2")));
        filter->clear();
        QCOMPARE(list->model()->rowCount(), 2);
    }

    void othersChangesAppearWithinASecond()
    {
        const QString id = currentId();
        QVERIFY(m_window->changeWatcher() && m_window->changeWatcher()->isActive());
        auto* title = find<QLineEdit>(QStringLiteral("reviewTitle"));
        QTest::qWait(50); // the window settles first, so only the watcher can bring the change
        auto other = Library::open(m_path, nullptr);
        other->setActor(QStringLiteral("priya"));
        QVERIFY(other->updateField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("Renamed by Priya"),
                                   *other->revisionOf(Entity::Review, id))
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), QStringLiteral("Renamed by Priya"), 1000);
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->lastMessage().contains(QStringLiteral("priya")), qPrintable(m_window->lastMessage()), 1000);
        QCOMPARE(currentId(), id); // still on the same review
        QCOMPARE(m_window->undoStack()->count(), 0); // someone else's edit is not ours to undo

        // A field being typed in keeps what is typed when someone else changes the review.
        auto* ref = find<QLineEdit>(QStringLiteral("incidentRef"));
        typeInto(ref, QStringLiteral("INC-TYPING"));
        QVERIFY(other->updateField(Entity::Review, id, QStringLiteral("severity"), QStringLiteral("sev1"),
                                   *other->revisionOf(Entity::Review, id))
                    .ok());
        QTest::qWait(700);
        QCOMPARE(ref->text(), QStringLiteral("INC-TYPING"));

        // Presence: the other instance shows in the status bar while its heartbeat is fresh.
        QVERIFY(other->heartbeat(QStringLiteral("other-instance"), id).ok());
        m_window->refreshPresence();
        auto* presence = find<QLabel>(QStringLiteral("statusPresence"));
        QVERIFY2(presence->text().startsWith(QStringLiteral("Also on this review: ")), qPrintable(presence->text()));
        // …and on the review's row in the list.
        auto* reviews = m_window->sidebar()->findChild<ReviewListModel*>();
        QVERIFY(reviews);
        QCOMPARE(reviews->indexOfReview(id).data(ReviewListModel::PresenceRole).toStringList(),
                 QStringList{QStringLiteral("priya")});
        QVERIFY(reviews->indexOfReview(id).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Open now by priya")));
        QVERIFY(other->leave(QStringLiteral("other-instance")).ok());
        m_window->refreshPresence();
        QVERIFY(presence->text().isEmpty());
        QVERIFY(reviews->indexOfReview(id).data(ReviewListModel::PresenceRole).toStringList().isEmpty());
    }

    void anEditThatMeetsTheirChangeIsShownSideBySide()
    {
        const QString id = currentId();
        m_window->changeWatcher()->stop(); // the window has not seen Priya's change yet
        auto other = Library::open(m_path, nullptr);
        other->setActor(QStringLiteral("priya"));
        QVERIFY(other->updateField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("Renamed by Priya"),
                                   *other->revisionOf(Entity::Review, id))
                    .ok());
        auto* title = find<QLineEdit>(QStringLiteral("reviewTitle"));
        typeInto(title, QStringLiteral("Renamed by me"));
        QTest::keyClick(title, Qt::Key_Return);
        ConflictPanel* panel = m_window->conflictPanel();
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(panel->count(), 1);
        QVERIFY2(find<QLabel>(QStringLiteral("conflictTitle"))->text().startsWith(QStringLiteral("priya changed this")),
                 qPrintable(find<QLabel>(QStringLiteral("conflictTitle"))->text()));
        QCOMPARE(find<QPlainTextEdit>(QStringLiteral("conflictTheirs"))->toPlainText(), QStringLiteral("Renamed by Priya"));
        QCOMPARE(find<QPlainTextEdit>(QStringLiteral("conflictMine"))->toPlainText(), QStringLiteral("Renamed by me"));
        QVERIFY(!find<QPushButton>(QStringLiteral("conflictKeepBoth"))->isVisible()); // a title is not free text
        QCOMPARE(fromFile(id)->review.title, QStringLiteral("Renamed by Priya")); // nothing overwritten yet
        QVERIFY(!find<QLabel>(QStringLiteral("banner"))->isVisible());

        // Priya changes it once more while the choice waits: their side follows.
        m_window->changeWatcher()->start();
        QTest::qWait(50);
        QVERIFY(other->updateField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("Renamed by Priya again"),
                                   *other->revisionOf(Entity::Review, id))
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(find<QPlainTextEdit>(QStringLiteral("conflictTheirs"))->toPlainText(),
                                  QStringLiteral("Renamed by Priya again"), 2000);
        QCOMPARE(panel->count(), 1);

        find<QPushButton>(QStringLiteral("conflictKeepMine"))->click();
        QVERIFY(!panel->isVisible());
        QCOMPARE(fromFile(id)->review.title, QStringLiteral("Renamed by me"));
        QTRY_COMPARE(title->text(), QStringLiteral("Renamed by me"));
        m_window->undoStack()->undo(); // the choice is an ordinary undo step
        QCOMPARE(fromFile(id)->review.title, QStringLiteral("Renamed by Priya again"));
    }

    void closingAsksAboutUndecidedConflicts()
    {
        const QString id = currentId();
        m_window->changeWatcher()->stop();
        auto other = Library::open(m_path, nullptr);
        other->setActor(QStringLiteral("priya"));
        QVERIFY(other->updateField(Entity::Review, id, QStringLiteral("incident_ref"), QStringLiteral("INC-PRIYA"),
                                   *other->revisionOf(Entity::Review, id))
                    .ok());
        auto* ref = find<QLineEdit>(QStringLiteral("incidentRef"));
        typeInto(ref, QStringLiteral("INC-MINE"));
        QTest::keyClick(ref, Qt::Key_Return);
        QTRY_COMPARE(m_window->conflictPanel()->count(), 1);
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_window->close()); // back to the panel
        QCOMPARE(m_window->conflictPanel()->count(), 1);
        QVERIFY(Dialogs::takeShownMessages().join(QLatin1Char(' ')).contains(QStringLiteral("not decided")));
        Dialogs::setNextAnswer(QMessageBox::Save);
        m_window->closeLibrary(); // saves mine over theirs, then closes
        QCOMPARE(fromFile(id)->review.incidentRef, QStringLiteral("INC-MINE"));
        QVERIFY(m_window->openLibrary(m_path));
    }

    void editsWaitForABusyFileAndAreWrittenLater()
    {
        const QString id = currentId();
        RetryPolicy fast;
        fast.noticeAfterMs = 100;
        fast.giveUpAfterMs = 400;
        m_window->editor()->setRetryPolicy(fast);
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(m_path);
        QVERIFY(locker.open());
        QVERIFY(QSqlQuery(locker).exec(QStringLiteral("BEGIN IMMEDIATE"))); // another program writing
        auto* ref = find<QLineEdit>(QStringLiteral("incidentRef"));
        typeInto(ref, QStringLiteral("INC-WAITED"));
        QTest::keyClick(ref, Qt::Key_Return); // waits up to the window's 1 s busy timeout, then queues
        QCOMPARE(m_window->editor()->pendingCount(), 1);
        auto* bar = find<QWidget>(QStringLiteral("pendingBar"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 3000);
        QVERIFY2(find<QLabel>(QStringLiteral("pendingLabel"))->text().contains(QStringLiteral("busy")),
                 qPrintable(find<QLabel>(QStringLiteral("pendingLabel"))->text()));
        m_window->workspace()->reload(); // as a change by anyone else would
        QCOMPARE(ref->text(), QStringLiteral("INC-WAITED")); // what was typed stays on screen
        QVERIFY(!find<QLabel>(QStringLiteral("banner"))->isVisible());

        QVERIFY(QSqlQuery(locker).exec(QStringLiteral("ROLLBACK")));
        locker.close();
        find<QPushButton>(QStringLiteral("pendingRetry"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->editor()->pendingCount(), 0, 3000);
        QVERIFY(!bar->isVisible());
        QCOMPARE(fromFile(id)->review.incidentRef, QStringLiteral("INC-WAITED"));
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }

    void importReviewsFromADraft()
    {
        const QString id = currentId();
        const QString draftPath = m_dir->filePath(QStringLiteral("draft.hindsight"));
        QVERIFY(m_window->library()->saveCopyAs(draftPath).ok());
        {
            auto draft = Library::open(draftPath, nullptr);
            QVERIFY(draft);
            draft->setActor(QStringLiteral("sam"));
            QVERIFY(draft->updateField(Entity::Review, id, QStringLiteral("incident_ref"), QStringLiteral("INC-DRAFT"),
                                       *draft->revisionOf(Entity::Review, id)).ok());
            QVERIFY(draft->updateField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("Title from the draft"),
                                       *draft->revisionOf(Entity::Review, id)).ok());
        }
        Library* here = m_window->library();
        QVERIFY(here->updateField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("Title from here"),
                                  *here->revisionOf(Entity::Review, id)).ok());
        Dialogs::setNextFile(draftPath);
        trigger(QStringLiteral("actionMergeDraft"));
        QVERIFY2(m_window->lastMessage().startsWith(QStringLiteral("Imported ")), qPrintable(m_window->lastMessage()));
        const std::optional<ReviewDocument> doc = fromFile(id);
        QCOMPARE(doc->review.incidentRef, QStringLiteral("INC-DRAFT"));   // changed only there: taken
        QCOMPARE(doc->review.title, QStringLiteral("Title from here"));   // changed on both: mine kept
        QTRY_COMPARE(find<QLineEdit>(QStringLiteral("incidentRef"))->text(), QStringLiteral("INC-DRAFT"));
        // A second import finds nothing new.
        Dialogs::takeShownMessages();
        Dialogs::setNextFile(draftPath);
        trigger(QStringLiteral("actionMergeDraft"));
        QVERIFY(Dialogs::takeShownMessages().join(QString()).contains(QStringLiteral("already has everything")));
        // The library itself is refused with a reason.
        Dialogs::setNextFile(m_path);
        trigger(QStringLiteral("actionMergeDraft"));
        QVERIFY(Dialogs::takeShownMessages().join(QString()).contains(QStringLiteral("this library itself")));
    }

    void restoreFromABackup()
    {
        const QString id = currentId();
        const QString original = fromFile(id)->review.title;
        // Opening made the day's backup on a worker thread.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->library()->backups().isEmpty(), 30000);
        Library* here = m_window->library();
        QVERIFY(here->updateField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("Changed after the backup"),
                                  *here->revisionOf(Entity::Review, id)).ok());
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        trigger(QStringLiteral("actionRestoreBackup"));
        QCOMPARE(fromFile(id)->review.title, QStringLiteral("Changed after the backup")); // cancelled: as it was
        Dialogs::setNextAnswer(QMessageBox::Yes);
        trigger(QStringLiteral("actionRestoreBackup"));
        QVERIFY2(m_window->lastMessage().startsWith(QStringLiteral("Restored ")), qPrintable(m_window->lastMessage()));
        QCOMPARE(fromFile(id)->review.title, original);
        QTRY_COMPARE(find<QLineEdit>(QStringLiteral("reviewTitle"))->text(), original);
        QCOMPARE(m_window->undoStack()->count(), 0);
    }

    void aLibraryInASyncFolderIsWarnedAbout()
    {
        QVERIFY(!find<QLabel>(QStringLiteral("banner"))->isVisible()); // a local disk: nothing to say
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("Dropbox/ops")));
        const QString synced = m_dir->filePath(QStringLiteral("Dropbox/ops/team.hindsight"));
        QVERIFY(QFile::copy(m_path, synced));
        QVERIFY(m_window->openLibrary(synced));
        auto* banner = find<QLabel>(QStringLiteral("banner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Dropbox folder")), qPrintable(banner->text()));
        QVERIFY(find<QLabel>(QStringLiteral("statusFile"))->text().endsWith(QStringLiteral("(Dropbox)")));
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionNewReview"))->isEnabled()); // still writable
    }

    void conflictingEditIsShownNotApplied()
    {
        const QString id = currentId();
        {
            auto other = Library::open(m_path, nullptr);
            other->setActor(QStringLiteral("bob"));
            QVERIFY(other->updateField(Entity::Review, id, QStringLiteral("incident_ref"), QStringLiteral("INC-BOB"),
                                       *other->revisionOf(Entity::Review, id))
                        .ok());
        }
        auto* ref = find<QLineEdit>(QStringLiteral("incidentRef"));
        typeInto(ref, QStringLiteral("INC-ALICE"));
        QTest::keyClick(ref, Qt::Key_Return);
        QCOMPARE(fromFile(id)->review.incidentRef, QStringLiteral("INC-BOB")); // not overwritten
        QVERIFY(m_window->conflictPanel()->isVisible());
        QVERIFY(find<QLabel>(QStringLiteral("conflictTitle"))->text().contains(QStringLiteral("bob")));
        // What was typed is not lost: the panel holds it until the choice; the field shows the file.
        QCOMPARE(find<QPlainTextEdit>(QStringLiteral("conflictMine"))->toPlainText(), QStringLiteral("INC-ALICE"));
        QTRY_COMPARE(ref->text(), QStringLiteral("INC-BOB"));
        ref->setFocus();
        ref->clearFocus(); // leaving the field does not write the refused text behind the user's back
        QCOMPARE(fromFile(id)->review.incidentRef, QStringLiteral("INC-BOB"));
        QCOMPARE(m_window->undoStack()->count(), 0);
        find<QPushButton>(QStringLiteral("conflictTakeTheirs"))->click();
        QVERIFY(!m_window->conflictPanel()->isVisible());
        QCOMPARE(m_window->undoStack()->count(), 0);
        QTRY_COMPARE(ref->text(), QStringLiteral("INC-BOB")); // the watcher brings theirs
    }

    void badFileKeepsTheCurrentLibrary()
    {
        const QString bad = m_dir->filePath(QStringLiteral("notes.hindsight"));
        test::writeFile(bad, "just some notes");
        QVERIFY(!m_window->openLibrary(bad));
        const QStringList shown = Dialogs::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().contains(QStringLiteral("not an SQLite database")));
        QCOMPARE(m_window->library()->path(), QFileInfo(m_path).absoluteFilePath());
    }

    void readOnlyLibraryIsSaidAndNotEditable()
    {
        m_window->closeLibrary();
        QVERIFY(test::rawExec(m_path, QStringLiteral("PRAGMA user_version = %1; UPDATE meta SET value='%1' WHERE key='write_compat';")
                                                   .arg(Schema::currentVersion + 1)));
        QVERIFY(m_window->openLibrary(m_path));
        auto* banner = find<QLabel>(QStringLiteral("banner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("newer Hindsight")));
        QCOMPARE(find<QLabel>(QStringLiteral("statusMode"))->text(), QStringLiteral("Read-only"));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(find<QLineEdit>(QStringLiteral("reviewTitle"))->isReadOnly());
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionNewReview"))->isEnabled());
        QVERIFY(!find<QLineEdit>(QStringLiteral("newParticipant"))->isEnabled());
    }

    void damageFoundAfterOpeningTurnsReadOnly()
    {
        m_window->closeLibrary();
        // Overwrite the timeline table's first page: the schema still reads, so the file
        // opens, and the background page check finds the damage.
        const int root = test::rawScalar(m_path, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'events'")).toInt();
        QVERIFY(root > 1);
        QByteArray bytes = test::readFile(m_path);
        const qsizetype page = 4096;
        const qsizetype at = (root - 1) * page;
        QVERIFY(at + page <= bytes.size());
        for (qsizetype i = at; i < at + page; ++i)
            bytes[i] = static_cast<char>(0x5a);
        test::writeFile(m_path, bytes);
        QVERIFY(m_window->openLibrary(m_path));
        QTRY_COMPARE(find<QLabel>(QStringLiteral("statusMode"))->text(), QStringLiteral("Read-only"));
        QVERIFY(find<QLabel>(QStringLiteral("banner"))->isVisible());
        QVERIFY(find<QLabel>(QStringLiteral("banner"))->text().contains(QStringLiteral("integrity")));
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionNewReview"))->isEnabled());
        QCOMPARE(test::readFile(m_path), bytes); // looking never writes
    }

    void lateReviewsStandOut()
    {
        const QString id = m_window->createReview(QStringLiteral("incident"), QStringLiteral("Late review"));
        QVERIFY(!id.isEmpty());
        Library* lib = m_window->library();
        QVERIFY(lib->updateField(Entity::Review, id, QStringLiteral("resolved_ms"), 1577836800000LL, // 2020-01-01
                                 *lib->revisionOf(Entity::Review, id))
                    .ok());
        auto* status = find<QComboBox>(QStringLiteral("reviewStatusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("@overdue")));
        auto* list = find<QListView>(QStringLiteral("reviewList"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data(ReviewListModel::TitleRole).toString(), QStringLiteral("Late review"));
        QVERIFY(list->model()->index(0, 0).data(ReviewListModel::OverdueRole).toBool());
        status->setCurrentIndex(0);
    }

    void actionTrackerAndCounts()
    {
        QVERIFY(find<QLabel>(QStringLiteral("statusActions"))->text().contains(QStringLiteral("open action")));
        QVERIFY(find<QLabel>(QStringLiteral("sidebarActions"))->text().contains(QStringLiteral("open action")));
        trigger(QStringLiteral("actionTracker"));
        ActionTracker* tracker = m_window->actionTracker();
        QVERIFY(tracker);
        QVERIFY(tracker->isVisible());
        QVERIFY(tracker->model()->rowCount() > 0);
        // Going back from an action opens its review on its cause (or the Actions tab).
        const QModelIndex first = tracker->filter()->index(0, 0);
        QVERIFY(first.isValid());
        Q_EMIT tracker->openReview(first.data(ActionsModel::ReviewIdRole).toString(),
                                   first.data(ActionsModel::WhyIdRole).toString());
        QCOMPARE(currentId(), first.data(ActionsModel::ReviewIdRole).toString());
        // Closing the library closes the tracker with it.
        m_window->closeLibrary();
        QVERIFY(!m_window->actionTracker());
        QVERIFY(m_window->openLibrary(m_path));
    }

    void newLibraryAndSaveCopy()
    {
        const QString copy = m_dir->filePath(QStringLiteral("copy"));
        Dialogs::setNextFile(copy);
        QSignalSpy saved(m_window.get(), &MainWindow::copySavedAs);
        trigger(QStringLiteral("actionSaveCopy"));
        QVERIFY(saved.wait(10000)); // written off the window thread
        QCOMPARE(saved.first().first().toString(), copy + QStringLiteral(".hindsight"));
        QVERIFY(QFile::exists(copy + QStringLiteral(".hindsight")));
        QCOMPARE(Library::open(copy + QStringLiteral(".hindsight"), nullptr)->reviewCount(), 1);
        QCOMPARE(m_window->library()->path(), QFileInfo(m_path).absoluteFilePath()); // still working in the original

        const QString fresh = m_dir->filePath(QStringLiteral("fresh.hindsight"));
        Dialogs::setNextFile(fresh);
        trigger(QStringLiteral("actionNewLibrary"));
        QCOMPARE(m_window->library()->path(), fresh);
        QCOMPARE(m_window->library()->reviewCount(), 0);
        QVERIFY(find<QLabel>(QStringLiteral("reviewCount"))->text().startsWith(QStringLiteral("0 review")));
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->isEnabled()); // a fresh stack
        // The recent-files menu lists both.
        auto* recent = m_window->findChild<QMenu*>(QStringLiteral("recentMenu"));
        QStringList tips;
        for (QAction* a : recent->actions())
            tips.append(a->toolTip());
        QVERIFY(tips.contains(fresh));
        QVERIFY(tips.contains(QFileInfo(m_path).absoluteFilePath()));
    }

    void notesKeepTheirInternalMark()
    {
        const QString id = currentId();
        find<QTabWidget>(QStringLiteral("reviewTabs"))->setCurrentIndex(4);
        auto* list = find<QListView>(QStringLiteral("notes"));
        auto* entry = find<QLineEdit>(QStringLiteral("newNote"));
        auto* internal = find<QCheckBox>(QStringLiteral("newNoteInternal"));
        const int before = list->model()->rowCount();
        internal->setChecked(true);
        typeInto(entry, QStringLiteral("Vendor contract terms under NDA"));
        QTest::keyClick(entry, Qt::Key_Return);
        QTRY_COMPARE(list->model()->rowCount(), before + 1);
        auto noteInFile = [&](const QString& text) -> std::optional<Note> {
            const std::optional<ReviewDocument> doc = fromFile(id);
            for (const Note& n : doc->notes) {
                if (n.text == text)
                    return n;
            }
            return std::nullopt;
        };
        QVERIFY(noteInFile(QStringLiteral("Vendor contract terms under NDA"))->internal);
        // The tick turns it public, undo internal again.
        const QModelIndex added = list->model()->index(before, 0);
        QCOMPARE(added.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(list->model()->setData(added, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!noteInFile(QStringLiteral("Vendor contract terms under NDA"))->internal);
        trigger(QStringLiteral("actionUndo"));
        QTRY_VERIFY(noteInFile(QStringLiteral("Vendor contract terms under NDA"))->internal);
        QTRY_COMPARE(list->model()->index(before, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        internal->setChecked(false);
        find<QTabWidget>(QStringLiteral("reviewTabs"))->setCurrentIndex(0);
    }

    // Answers the export dialog once it is up: the format, the public version, then a button.
    void answerExportDialog(ReportFormat format, bool publicVersion, const QString& button)
    {
        QTimer::singleShot(0, this, [=] {
            auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* formats = dialog->findChild<QComboBox*>(QStringLiteral("exportFormat"));
            formats->setCurrentIndex(formats->findData(int(format)));
            dialog->findChild<QCheckBox*>(QStringLiteral("exportPublic"))->setChecked(publicVersion);
            dialog->findChild<QCheckBox*>(QStringLiteral("exportOpen"))->setChecked(false);
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("exportPublicNote"))->text().contains(
                publicVersion ? QStringLiteral("left out") : QStringLiteral("included")));
            dialog->findChild<QPushButton*>(button)->click();
        });
    }

    void exportWritesTheChosenVersionOffTheWindowThread()
    {
        const QString path = m_dir->filePath(QStringLiteral("public.md"));
        Dialogs::setNextFile(path);
        QSignalSpy written(m_window.get(), &MainWindow::reportExported);
        answerExportDialog(ReportFormat::Markdown, true, QStringLiteral("exportButton"));
        trigger(QStringLiteral("actionExportReview"));
        QVERIFY(written.wait(20000));
        QCOMPARE(written.first().first().toString(), path);
        const QString md = QString::fromUtf8(test::readFile(path));
        QVERIFY(md.startsWith(QStringLiteral("# Card payments failed")));
        QVERIFY(md.contains(QStringLiteral("**Public version**")));
        // The sample's internal note is left out of the public version, kept in the full one.
        const QString internalNote = QStringLiteral("Finance asked that the unrecovered-orders estimate");
        QVERIFY(!md.contains(internalNote));
        QVERIFY(m_window->lastMessage().startsWith(QStringLiteral("Exported ")));

        const QString pdf = m_dir->filePath(QStringLiteral("full.pdf"));
        Dialogs::setNextFile(pdf);
        answerExportDialog(ReportFormat::Pdf, false, QStringLiteral("exportButton"));
        trigger(QStringLiteral("actionExportReview"));
        QVERIFY(m_window->isExporting() || QFileInfo::exists(pdf));
        QVERIFY(written.wait(20000));
        QVERIFY(test::readFile(pdf).startsWith("%PDF-"));
        QVERIFY(m_window->lastMessage().contains(QStringLiteral("page")));
        QVERIFY(!m_window->isExporting());
    }

    void printAndPreviewPaintTheReport()
    {
        const QString printed = m_dir->filePath(QStringLiteral("printed.pdf"));
        Dialogs::setNextFile(printed);
        trigger(QStringLiteral("actionPrintReview"));
        QVERIFY(test::readFile(printed).startsWith("%PDF-"));
        QVERIFY2(m_window->lastMessage().startsWith(QStringLiteral("Sent ")), qPrintable(m_window->lastMessage()));
        answerExportDialog(ReportFormat::Pdf, true, QStringLiteral("exportPreview"));
        trigger(QStringLiteral("actionExportReview"));
        QVERIFY2(m_window->lastMessage().startsWith(QStringLiteral("Previewed ")), qPrintable(m_window->lastMessage()));
        QVERIFY(Dialogs::takeShownMessages().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
