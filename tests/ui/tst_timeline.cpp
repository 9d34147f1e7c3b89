// The Timeline tab offscreen: quick entry, in-place edits, milestones, the transcript
// (promote, attach, search), delete and copy, the chart in step with the table, and imports as
// one undo step. Every check reads the file, not only the screen.

#include "WorkspaceTest.h"

#include "commands/Editor.h"
#include "import/ImportTypes.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"
#include "DataGen.h"
#include "timeline/ImportDialog.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelineFilter.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePage.h"
#include "timeline/TranscriptModel.h"
#include "timeline/TranscriptPane.h"
#include "util/TimeFormat.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hs;

namespace {

ImportResult chat(int count)
{
    ImportResult r;
    r.format = QStringLiteral("slack");
    r.sourceName = QStringLiteral("#inc-0417");
    const qint64 base = *parseUserDateTime(QStringLiteral("2026-04-14 09:30"), QStringLiteral("Europe/Berlin"));
    for (int i = 0; i < count; ++i) {
        ImportedMessage m;
        m.externalId = QStringLiteral("slack:C1:%1").arg(i);
        m.atMs = base + i * 60000LL;
        m.author = QStringLiteral("Priya Raman");
        m.text = QStringLiteral("checking the trust bundle on pod %1").arg(i);
        r.messages.append(m);
    }
    return r;
}

} // namespace

class TestTimeline : public test::WorkspaceTest
{
    Q_OBJECT

private:
    TimelinePage* page() const { return m_workspace->timelinePage(); }
    ReviewDocument doc() const { return *m_lib->document(m_review); }
    const TimelineEvent* eventWithText(const ReviewDocument& d, const QString& text) const
    {
        for (const TimelineEvent& e : d.events) {
            if (e.text == text)
                return &e;
        }
        return nullptr;
    }
    qint64 berlin(const char* text) const
    {
        return *parseUserDateTime(QString::fromLatin1(text), QStringLiteral("Europe/Berlin"));
    }

private Q_SLOTS:
    void init()
    {
        QString why;
        QVERIFY2(setUpWorkspace(QSize(1400, 900), &why), qPrintable(why));
        QVERIFY(showTab(page()));
    }

    void cleanup() { tearDownWorkspace(); }

    void modelIsConsistentAndInTimeOrder()
    {
        QAbstractItemModelTester tester(page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const TimelineModel* model = page()->model();
        QCOMPARE(model->rowCount(), static_cast<int>(doc().events.size()));
        for (int i = 1; i < model->rowCount(); ++i)
            QVERIFY(model->rowAt(i - 1).atMs <= model->rowAt(i).atMs);
        // The first row is a week before the incident: it shows its date; 09:15 on the day does not.
        QVERIFY(model->index(0, TimelineModel::TimeColumn).data().toString().contains(QStringLiteral("Apr")));
        const int started = model->rowOfId(eventWithText(doc(), doc().events.at(5).text)->id);
        QVERIFY(started > 0);
        QCOMPARE(model->index(started, TimelineModel::OffsetColumn).data().toString().left(2), QStringLiteral("T+"));
    }

    void quickEntryAddsAndStaysReady()
    {
        auto* quick = page()->findChild<QLineEdit*>(QStringLiteral("quickEntry"));
        QVERIFY(quick);
        const int before = static_cast<int>(doc().events.size());
        quick->setFocus();
        QTest::keyClicks(quick, QStringLiteral("09:40 decision roll back checkout-api"));
        QTest::keyClick(quick, Qt::Key_Return);
        QCOMPARE(quick->text(), QString()); // ready for the next line
        const ReviewDocument added = doc(); // e points into it
        const TimelineEvent* e = eventWithText(added, QStringLiteral("roll back checkout-api"));
        QVERIFY(e);
        QCOMPARE(e->kind, QStringLiteral("decision"));
        QCOMPARE(e->atMs, berlin("2026-04-14 09:40"));
        QCOMPARE(e->source, QStringLiteral("typed"));

        // Relative to the last entry, with who did it.
        QTest::keyClicks(quick, QStringLiteral("+5m action Priya: restarted the pods"));
        QTest::keyClick(quick, Qt::Key_Return);
        const ReviewDocument after = doc();
        e = eventWithText(after, QStringLiteral("restarted the pods"));
        QVERIFY(e);
        QCOMPARE(e->atMs, berlin("2026-04-14 09:45"));
        QCOMPARE(e->actor, QStringLiteral("Priya Raman"));
        QCOMPARE(after.events.size(), before + 2);
        settle();
        QCOMPARE(page()->model()->rowCount(), before + 2);

        // A line that is not an event: said, kept, nothing added.
        QTest::keyClicks(quick, QStringLiteral("lunch break"));
        QTest::keyClick(quick, Qt::Key_Return);
        QCOMPARE(quick->text(), QStringLiteral("lunch break"));
        auto* hint = page()->findChild<QLabel*>(QStringLiteral("quickEntryHint"));
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("not a time")));
        QCOMPARE(doc().events.size(), before + 2);

        // Up edits the last entry in the table.
        quick->clear();
        QTest::keyClick(quick, Qt::Key_Up);
        QCOMPARE(page()->selectedEventIds().size(), 1);
        QCOMPARE(page()->model()->rowAt(page()->model()->rowOfId(page()->selectedEventIds().first())).text,
                 QStringLiteral("restarted the pods"));

        // Each entry is its own undo step.
        m_stack->undo();
        QVERIFY(!eventWithText(doc(), QStringLiteral("restarted the pods")));
        QVERIFY(eventWithText(doc(), QStringLiteral("roll back checkout-api")));
    }

    void inPlaceEditsAndRefusals()
    {
        TimelineModel* model = page()->model();
        const int row = model->rowOfId(eventWithText(doc(), doc().events.at(8).text)->id);
        const QString id = model->rowAt(row).id;
        QSignalSpy rejected(model, &TimelineModel::editRejected);
        QVERIFY(model->setData(model->index(row, TimelineModel::TimeColumn), QStringLiteral("12:01")));
        settle();
        QCOMPARE(model->rowAt(model->rowOfId(id)).atMs, berlin("2026-04-14 12:01"));
        QVERIFY(model->rowOfId(id) > row); // it moved down into its place in time
        QVERIFY(!model->setData(model->index(model->rowOfId(id), TimelineModel::TimeColumn), QStringLiteral("soon")));
        QCOMPARE(rejected.size(), 1);
        QVERIFY(model->setData(model->index(model->rowOfId(id), TimelineModel::KindColumn), QStringLiteral("decision")));
        QVERIFY(!model->setData(model->index(model->rowOfId(id), TimelineModel::KindColumn), QStringLiteral("nonsense")));
        QVERIFY(!model->setData(model->index(model->rowOfId(id), TimelineModel::TextColumn), QStringLiteral("  ")));
        settle();
        const TimelineEvent* e = nullptr;
        const ReviewDocument d = doc();
        for (const TimelineEvent& x : d.events) {
            if (x.id == id)
                e = &x;
        }
        QVERIFY(e);
        QCOMPARE(e->kind, QStringLiteral("decision"));
        QCOMPARE(e->atMs, berlin("2026-04-14 12:01"));
    }

    void milestonesMoveTheKeyTimes()
    {
        const ReviewDocument before = doc();
        const qint64 oldMitigated = *before.review.keyTime(KeyTime::Mitigated);
        // An event that is not yet a milestone becomes "mitigated".
        const TimelineEvent* target = nullptr;
        for (const TimelineEvent& e : before.events) {
            if (e.milestone.isEmpty() && e.atMs > oldMitigated - 30 * 60000 && e.atMs < oldMitigated)
                target = &e;
        }
        QVERIFY(target);
        QVERIFY(page()->selectEvent(target->id));
        page()->markSelected(QStringLiteral("mitigated"));
        ReviewDocument after = doc();
        QCOMPARE(*after.review.keyTime(KeyTime::Mitigated), target->atMs);
        int holders = 0;
        for (const TimelineEvent& e : after.events)
            holders += e.milestone == QLatin1String("mitigated") ? 1 : 0;
        QCOMPARE(holders, 1);
        // Moving the milestone event moves the key time with it.
        settle();
        TimelineModel* model = page()->model();
        QVERIFY(model->setData(model->index(model->rowOfId(target->id), TimelineModel::TimeColumn),
                               formatUserDateTime(target->atMs + 60000, QStringLiteral("Europe/Berlin"))));
        QCOMPARE(*doc().review.keyTime(KeyTime::Mitigated), target->atMs + 60000);
        // Undo both: the old milestone and key time are back.
        m_stack->undo();
        m_stack->undo();
        after = doc();
        QCOMPARE(*after.review.keyTime(KeyTime::Mitigated), oldMitigated);
        holders = 0;
        for (const TimelineEvent& e : after.events) {
            if (e.milestone == QLatin1String("mitigated")) {
                ++holders;
                QCOMPARE(e.atMs, oldMitigated);
            }
        }
        QCOMPARE(holders, 1);
    }

    void transcriptPromoteAttachAndImportUndo()
    {
        bool added = false;
        QVERIFY(m_editor->applyImport(m_review, chat(30), QStringLiteral("Import"), &added));
        QVERIFY(added);
        QCOMPARE(m_stack->count(), 1);
        settle();
        TranscriptPane* pane = page()->transcript();
        QCOMPARE(pane->model()->rowCount(), 30);
        // Re-importing the same messages adds nothing and leaves no undo step.
        QVERIFY(m_editor->applyImport(m_review, chat(30), QStringLiteral("Import"), &added));
        QVERIFY(!added);
        QCOMPARE(m_stack->count(), 1);

        // Search narrows the pane.
        auto* search = pane->findChild<QLineEdit*>(QStringLiteral("transcriptSearch"));
        search->setText(QStringLiteral("pod 1"));
        auto* view = pane->findChild<QTableView*>(QStringLiteral("transcriptView"));
        QCOMPARE(view->model()->rowCount(), 12); // every word: pod 1, 10..19 and 21
        search->clear();

        // Promote two messages as diagnosis: two events, each citing its message.
        const QString m3 = pane->model()->messageAt(3).id;
        const QString m4 = pane->model()->messageAt(4).id;
        const int before = static_cast<int>(doc().events.size());
        page()->promoteMessages({m3, m4}, QStringLiteral("diagnosis"));
        ReviewDocument d = doc();
        QCOMPARE(d.events.size(), before + 2);
        const TimelineEvent* promoted = eventWithText(d, QStringLiteral("checking the trust bundle on pod 3"));
        QVERIFY(promoted);
        QCOMPARE(promoted->kind, QStringLiteral("diagnosis"));
        QCOMPARE(promoted->actor, QStringLiteral("Priya Raman"));
        QCOMPARE(promoted->evidenceMessageIds, QStringList{m3});
        const QString promotedId = promoted->id;

        // Attach a third message to it; attaching it again changes nothing.
        settle();
        const QString m5 = pane->model()->messageAt(5).id;
        page()->attachMessages({m5}, promotedId);
        settle();
        page()->attachMessages({m5}, promotedId);
        d = doc();
        QCOMPARE(eventWithText(d, QStringLiteral("checking the trust bundle on pod 3"))->evidenceMessageIds,
                 (QStringList{m3, m5}));
        settle();
        // Selecting the event highlights its evidence in the transcript.
        QVERIFY(page()->selectEvent(promotedId));
        QCOMPARE(pane->model()->highlighted(), (QSet<QString>{m3, m5}));
        QCOMPARE(page()->model()->index(page()->model()->rowOfId(promotedId), TimelineModel::EvidenceColumn).data().toString(),
                 QStringLiteral("2"));
        pane->showOnlyEvidence(true);
        QCOMPARE(view->model()->rowCount(), 2);
        pane->showOnlyEvidence(false);

        // Undo: attach, promote, import — each one step.
        m_stack->undo();
        QCOMPARE(eventWithText(doc(), QStringLiteral("checking the trust bundle on pod 3"))->evidenceMessageIds,
                 QStringList{m3});
        m_stack->undo();
        QCOMPARE(doc().events.size(), before);
        m_stack->undo();
        QCOMPARE(m_lib->transcriptCount(m_review), 0);
        settle();
        QCOMPARE(pane->model()->rowCount(), 0);
        m_stack->redo();
        QCOMPARE(m_lib->transcriptCount(m_review), 30);
    }

    void deleteCopyAndFilter()
    {
        auto* table = page()->findChild<QTableView*>(QStringLiteral("timelineTable"));
        const int before = table->model()->rowCount();
        table->setFocus();
        table->selectionModel()->select(QItemSelection(table->model()->index(6, 0), table->model()->index(8, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(page()->selectedEventIds().size(), 3);
        QTest::keySequence(table, QKeySequence::Copy);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.first().startsWith(QStringLiteral("2026-04-14 ")));
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(static_cast<int>(doc().events.size()), before - 3);
        QCOMPARE(m_stack->count(), 1); // one step for the three
        m_stack->undo();
        QCOMPARE(static_cast<int>(doc().events.size()), before);
        settle();

        auto* filter = qobject_cast<TimelineFilter*>(table->model());
        QVERIFY(filter);
        filter->setHiddenKinds({QStringLiteral("change"), QStringLiteral("communication")});
        for (int i = 0; i < filter->rowCount(); ++i) {
            const QString kind = filter->index(i, 0).data(TimelineModel::KindRole).toString();
            QVERIFY(kind != QLatin1String("change") && kind != QLatin1String("communication"));
        }
        QVERIFY(filter->rowCount() < before);
        filter->setHiddenKinds({});
        page()->findChild<QLineEdit*>(QStringLiteral("timelineSearch"))->setText(QStringLiteral("rollback"));
        QVERIFY(filter->rowCount() >= 1);
        QVERIFY(filter->rowCount() < 6);
    }

    void chartAndTableSelectTogether()
    {
        TimelineChart* chart = page()->chart();
        const QString id = doc().events.at(10).id;
        const QPoint at = chart->positionOf(id);
        QVERIFY(chart->rect().contains(at));
        QCOMPARE(chart->eventAt(at), id);
        QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(page()->selectedEventIds(), QStringList{id});
        // Zoom narrows the view and Fit brings the incident back.
        const qint64 span = chart->visibleEndMs() - chart->visibleStartMs();
        chart->zoomBy(2.0);
        QVERIFY(chart->visibleEndMs() - chart->visibleStartMs() < span);
        chart->fitAll();
        QCOMPARE(chart->visibleEndMs() - chart->visibleStartMs(), span);
    }

    void readOnlyRefusesEdits()
    {
        m_workspace->setLibrary(nullptr, nullptr);
        m_workspace.reset();
        m_editor.reset();
        m_stack.reset();
        const QString path = m_lib->path();
        m_lib.reset();
        Database::Options options;
        options.mode = Database::Mode::ReadOnly;
        OpenError error;
        m_lib = Library::open(path, options, &error);
        QVERIFY(m_lib);
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<Editor>(m_lib.get(), m_stack.get());
        m_workspace = std::make_unique<ReviewWorkspace>();
        m_workspace->setLibrary(m_lib.get(), m_editor.get());
        m_workspace->showReview(m_review);
        const int before = static_cast<int>(doc().events.size());
        QVERIFY(!page()->findChild<QLineEdit*>(QStringLiteral("quickEntry"))->isEnabled());
        QVERIFY(!page()->addFromQuickEntry(QStringLiteral("10:00 note nothing")));
        QVERIFY(!(page()->model()->flags(page()->model()->index(0, TimelineModel::TextColumn)) & Qt::ItemIsEditable));
        QCOMPARE(static_cast<int>(doc().events.size()), before);
    }

    void importDialogPreviewsThenImports()
    {
        const QString data = qEnvironmentVariable("HINDSIGHT_TEST_DATA") + QStringLiteral("/import/");
        {
            ImportDialog dialog(m_lib.get(), doc());
            QSignalSpy ready(&dialog, &ImportDialog::previewReady);
            dialog.setSource(ImportFormat::Slack, data + QStringLiteral("slack"));
            QTRY_VERIFY(!dialog.isReading() && ready.size() >= 1);
            auto* channel = dialog.findChild<QComboBox*>(QStringLiteral("importChannel"));
            QCOMPARE(channel->count(), 2);
            QCOMPARE(channel->currentText(), QStringLiteral("inc-2041-payments"));
            auto* summary = dialog.findChild<QLabel*>(QStringLiteral("importSummary"));
            QVERIFY2(summary->text().contains(QStringLiteral("16 message")), qPrintable(summary->text()));
            QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("importPreview"))->rowCount(), 16);
            QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("importOk"))->isEnabled());
            bool added = false;
            QVERIFY(m_editor->applyImport(m_review, dialog.result(), QStringLiteral("Import"), &added));
            QVERIFY(added);
        }
        QCOMPARE(m_lib->transcriptCount(m_review), 16);
        {
            // The same source again: every row marked as already there, nothing to import.
            ImportDialog dialog(m_lib.get(), doc());
            dialog.setSource(ImportFormat::Slack, data + QStringLiteral("slack/inc-2041-payments"));
            QTRY_VERIFY(!dialog.isReading());
            QTRY_VERIFY(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("Nothing new")));
            auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("importPreview"));
            QCOMPARE(preview->item(0, 4)->text(), QStringLiteral("already there"));
            QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importOk"))->isEnabled());
        }
        {
            // A malformed file: its problems with file and line, no way to import.
            ImportDialog dialog(m_lib.get(), doc());
            dialog.setSource(ImportFormat::PagerDuty, data + QStringLiteral("pagerduty/bad-json.json"));
            QTRY_VERIFY(!dialog.isReading());
            auto* problems = dialog.findChild<QListWidget*>(QStringLiteral("importProblems"));
            QTRY_VERIFY(problems->count() > 0);
            QVERIFY(problems->item(0)->text().contains(QStringLiteral("bad-json.json:")));
            QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importOk"))->isEnabled());
            QVERIFY(!dialog.result().ok());
        }
        {
            // Pasted chat lines, with people shown as their roles from the participants.
            ImportDialog dialog(m_lib.get(), doc());
            dialog.setRolesInsteadOfNames(true);
            dialog.setPastedText(QStringLiteral("[09:31] Priya Raman: I see handshake errors\n[09:32] Tomás Herrera: rolling back\n"));
            QTRY_VERIFY(!dialog.isReading() && dialog.result().messages.size() == 2);
            QCOMPARE(dialog.result().messages.first().author, QStringLiteral("Incident commander"));
            QCOMPARE(dialog.result().messages.first().atMs, berlin("2026-04-14 09:31"));
        }
    }

    void importDialogReadingCanBeStopped()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(writeSlackExport(dir.path(), 20000, 3, &error), qPrintable(error));
        ImportDialog dialog(m_lib.get(), doc());
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        dialog.setSource(ImportFormat::Slack, dir.path());
        QVERIFY(dialog.isReading());
        dialog.findChild<QPushButton*>(QStringLiteral("importStop"))->click();
        QTRY_VERIFY(!dialog.isReading());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("stopped")));
        QVERIFY(dialog.result().messages.isEmpty());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importOk"))->isEnabled());
    }

    void droppingMessagesPromotesOrAttaches()
    {
        bool added = false;
        QVERIFY(m_editor->applyImport(m_review, chat(5), QStringLiteral("Import"), &added));
        settle();
        TranscriptPane* pane = page()->transcript();
        TimelineModel* model = page()->model();
        const int before = model->rowCount();
        // Dragged from the transcript: the mime data carries the message ids.
        std::unique_ptr<QMimeData> mime(pane->model()->mimeData({pane->model()->index(0, 0), pane->model()->index(1, 2)}));
        QVERIFY(mime->hasText());
        QVERIFY(model->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, QModelIndex()));
        // Between rows: new events.
        QVERIFY(model->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, QModelIndex()));
        settle();
        QCOMPARE(model->rowCount(), before + 2);
        // Onto an event: evidence for it.
        const QString target = model->rowAt(0).id;
        std::unique_ptr<QMimeData> third(pane->model()->mimeData({pane->model()->index(2, 0)}));
        QVERIFY(model->dropMimeData(third.get(), Qt::CopyAction, -1, -1, model->index(0, 0)));
        settle();
        QCOMPARE(model->rowAt(model->rowOfId(target)).evidenceMessageIds, QStringList{pane->model()->messageAt(2).id});
        // Anything else is not accepted.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QVERIFY(!model->canDropMimeData(&text, Qt::CopyAction, -1, -1, QModelIndex()));
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
