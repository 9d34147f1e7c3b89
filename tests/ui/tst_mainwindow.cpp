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

private Q_SLOTS:
    void initTestCase() { showWindow(); }
    void init() { openSampleLibrary(); }
    void cleanup() { closeLibraryAfterTest(); }
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
