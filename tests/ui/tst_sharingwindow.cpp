// The main window with someone else on the same file, offscreen: their changes appearing, edits
// that meet theirs shown side by side, edits waiting for a busy file, presence, drafts imported,
// backups restored, and a library in a sync folder.

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

class TestSharingWindow : public test::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { showWindow(); }
    void init() { openSampleLibrary(); }
    void cleanup() { closeLibraryAfterTest(); }
    void cleanupTestCase() { m_window.reset(); }

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

};

QTEST_MAIN(TestSharingWindow)
#include "tst_sharingwindow.moc"
