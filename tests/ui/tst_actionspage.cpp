// The Actions tab of a review offscreen: add from one line, edit in place (choosers, dates),
// overdue shown, bulk status as one undo step, delete, Markdown and CSV out.

#include "WorkspaceTest.h"

#include "actions/ActionTracker.h"
#include "actions/ActionsModel.h"
#include "actions/ActionsPage.h"
#include "commands/Editor.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"

#include <QAbstractItemModelTester>

#include <algorithm>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace hs;

class TestActionsPage : public test::WorkspaceTest
{
    Q_OBJECT

private:
    ActionsPage* page() const { return m_workspace->actionsPage(); }
    QList<ActionItem> actions() const { return m_lib->document(m_review)->actions; }

private Q_SLOTS:
    void init()
    {
        QString why;
        QVERIFY2(setUpWorkspace(QSize(1300, 800), &why), qPrintable(why));
        QVERIFY(showTab(page()));
    }

    void cleanup() { tearDownWorkspace(); }

    void addEditAndOverdue()
    {
        QAbstractItemModelTester tester(page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = static_cast<int>(actions().size());
        auto* add = page()->findChild<QLineEdit*>(QStringLiteral("newAction"));
        add->setFocus();
        QTest::keyClicks(add, QStringLiteral("Alert on trust-bundle age"));
        QTest::keyClick(add, Qt::Key_Return);
        QCOMPARE(add->text(), QString());
        settle();
        QCOMPARE(page()->model()->rowCount(), before + 1);
        ActionsModel* model = page()->model();
        int row = -1;
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->rowAt(i).title == QLatin1String("Alert on trust-bundle age"))
                row = i;
        }
        QVERIFY(row >= 0);
        const QString id = model->rowAt(row).id;
        model->setToday(QDate(2026, 6, 1));
        QVERIFY(model->setData(model->index(row, ActionsModel::DueColumn), QDate(2026, 5, 20)));
        settle();
        row = model->rowOfId(id);
        QVERIFY(model->setData(model->index(row, ActionsModel::OwnerColumn), QStringLiteral("  Priya   Raman ")));
        settle();
        row = model->rowOfId(id);
        QVERIFY(model->setData(model->index(row, ActionsModel::TypeColumn), QStringLiteral("detect")));
        QVERIFY(!model->setData(model->index(row, ActionsModel::TypeColumn), QStringLiteral("nonsense")));
        QVERIFY(!model->setData(model->index(row, ActionsModel::TitleColumn), QStringLiteral("  ")));
        settle();
        row = model->rowOfId(id);
        const ActionItem a = model->rowAt(row);
        QCOMPARE(a.dueDate, QDate(2026, 5, 20));
        QCOMPARE(a.owner, QStringLiteral("Priya Raman"));
        QCOMPARE(a.type, QStringLiteral("detect"));
        QVERIFY(model->index(row, ActionsModel::DueColumn).data(ActionsModel::OverdueRole).toBool());
        QVERIFY(model->index(row, ActionsModel::DueColumn).data().toString().contains(QStringLiteral("overdue")));
        QVERIFY(model->overdueCount() >= 1);
    }

    void bulkStatusIsOneStep()
    {
        auto* table = page()->findChild<QTableView*>(QStringLiteral("actionsTable"));
        QVERIFY(table->model()->rowCount() >= 3);
        table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QList<ActionItem> before = actions();
        m_stack->clear();
        // A status none of the three has, so every one of them changes.
        QString target;
        for (const QString& s : {QStringLiteral("in_progress"), QStringLiteral("wont_do"), QStringLiteral("done"), QStringLiteral("open")}) {
            bool unused = true;
            for (int row = 0; row < 3; ++row)
                unused = unused && page()->model()->rowAt(row).status != s;
            if (unused && target.isEmpty())
                target = s;
        }
        QVERIFY(!target.isEmpty());
        const QStringList ids{page()->model()->rowAt(0).id, page()->model()->rowAt(1).id, page()->model()->rowAt(2).id};
        page()->setStatusOfSelected(target);
        settle();
        QCOMPARE(m_stack->count(), 1);
        int changed = 0;
        for (const ActionItem& a : actions())
            changed += ids.contains(a.id) && a.status == target ? 1 : 0;
        QCOMPARE(changed, 3);
        m_stack->undo();
        settle();
        QList<ActionItem> after = actions();
        for (const ActionItem& b : before) {
            for (const ActionItem& a : after) {
                if (a.id == b.id)
                    QCOMPARE(a.status, b.status);
            }
        }
        // Delete two with the keyboard, undo brings both back.
        table->setFocus();
        table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(1, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(actions().size(), before.size() - 2);
        m_stack->undo();
        QCOMPARE(actions().size(), before.size());
    }

    void markdownAndCsvOut()
    {
        const QString md = page()->selectedAsMarkdown();
        QCOMPARE(md.count(QLatin1Char('\n')), page()->model()->rowCount()); // nothing selected: all
        QVERIFY(md.startsWith(QStringLiteral("- [")));
        const QString path = m_dir->filePath(QStringLiteral("actions.csv"));
        QString error;
        QVERIFY2(page()->exportCsv(path, &error), qPrintable(error));
        const QByteArray csv = test::readFile(path);
        QVERIFY(csv.startsWith("Summary,Description,Issue Type"));
        QCOMPARE(csv.count("\r\n"), page()->model()->rowCount() + 1);
        QVERIFY(!page()->exportCsv(m_dir->filePath(QStringLiteral("no/such/dir/a.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("cannot be written")));
    }

    void doneSchedulesTheEffectivenessCheck()
    {
        ActionsModel* model = page()->model();
        model->setToday(QDate(2026, 6, 1));
        int row = -1;
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->rowAt(i).status == QLatin1String("open"))
                row = i;
        }
        QVERIFY(row >= 0);
        const QString id = model->rowAt(row).id;
        QVERIFY(model->setData(model->index(row, ActionsModel::StatusColumn), QStringLiteral("done")));
        ActionItem done;
        for (const ActionItem& a : actions()) {
            if (a.id == id)
                done = a;
        }
        QCOMPARE(done.status, QStringLiteral("done"));
        QCOMPARE(done.followUpDate, QDate(2026, 7, 1));
        m_stack->undo(); // one step takes both back
        for (const ActionItem& a : actions()) {
            if (a.id == id) {
                QCOMPARE(a.status, QStringLiteral("open"));
                QVERIFY(!a.followUpDate.isValid());
            }
        }
    }

    void trackerFiltersEditsAndFollowsUp()
    {
        // A second review with its own actions, so the tracker spans reviews.
        const QString other = m_editor->createReview(QStringLiteral("near-miss"), QStringLiteral("Disk almost full"));
        QVERIFY(!other.isEmpty());
        QVERIFY(!m_editor->addRow(Entity::Action, {{QStringLiteral("review_id"), other},
                                                   {QStringLiteral("title"), QStringLiteral("Alert on disk growth rate")},
                                                   {QStringLiteral("owner"), QStringLiteral("Sam Lee")},
                                                   {QStringLiteral("due_date"), QStringLiteral("2026-01-10")},
                                                   {QStringLiteral("type"), QStringLiteral("detect")}},
                                  QStringLiteral("Add"))
                     .isEmpty());
        ActionTracker tracker(m_lib.get(), m_editor.get());
        ActionsModel* model = tracker.model();
        ActionTrackerFilter* filter = tracker.filter();
        const int total = model->rowCount();
        QCOMPARE(total, static_cast<int>(actions().size()) + 1);
        filter->setToday(QDate(2026, 6, 1));
        model->setToday(QDate(2026, 6, 1));

        filter->setStatusSet(ActionTrackerFilter::StatusSet::Any);
        QCOMPARE(filter->rowCount(), total);
        filter->setReview(other);
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, ActionsModel::ReviewColumn).data().toString(), QStringLiteral("Disk almost full"));
        filter->setReview(QString());
        filter->setWords(QStringLiteral("disk growth"));
        QCOMPARE(filter->rowCount(), 1);
        filter->setWords(QString());
        filter->setStatusSet(ActionTrackerFilter::StatusSet::Open);
        filter->setOverdueOnly(true);
        for (int i = 0; i < filter->rowCount(); ++i)
            QVERIFY(filter->index(i, 0).data(ActionsModel::OverdueRole).toBool());
        QVERIFY(filter->rowCount() >= 1); // the disk action is overdue since January
        filter->setOverdueOnly(false);
        filter->setType(QStringLiteral("detect"));
        for (int i = 0; i < filter->rowCount(); ++i)
            QCOMPARE(filter->index(i, ActionsModel::TypeColumn).data(ActionsModel::CodeRole).toString(), QStringLiteral("detect"));
        filter->setType(QString());
        const QString tag = m_lib->document(m_review)->review.tags.first();
        filter->setTag(tag);
        const QList<ActionItem> sample = actions(); // the sample review carries the tag
        QCOMPARE(filter->rowCount(), static_cast<int>(std::count_if(sample.cbegin(), sample.cend(), [](const ActionItem& a) {
                     return a.status == QLatin1String("open") || a.status == QLatin1String("in_progress");
                 })));
        filter->setTag(QStringLiteral("no-such-tag"));
        QCOMPARE(filter->rowCount(), 0);
        filter->setTag(QString());

        // Bulk owner over two reviews, one undo step.
        filter->setStatusSet(ActionTrackerFilter::StatusSet::Open);
        tracker.table()->selectAll();
        const QList<int> rows = tracker.selectedSourceRows();
        QVERIFY(rows.size() >= 2);
        m_stack->clear();
        tracker.setOwnerOfSelected(QStringLiteral("Reliability guild"));
        QCOMPARE(m_stack->count(), 1);
        settle();
        int owned = 0;
        for (int i = 0; i < model->rowCount(); ++i)
            owned += model->rowAt(i).owner == QLatin1String("Reliability guild") ? 1 : 0;
        QCOMPARE(owned, static_cast<int>(rows.size()));
        m_stack->undo();
        settle();

        // Done today, checked a month later: "not effective" makes a new, linked action.
        int row = -1;
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->rowAt(i).reviewId == other)
                row = i;
        }
        QVERIFY(model->setData(model->index(row, ActionsModel::StatusColumn), QStringLiteral("done")));
        settle();
        filter->setToday(QDate(2026, 7, 2));
        filter->setStatusSet(ActionTrackerFilter::StatusSet::FollowUpDue);
        QCOMPARE(filter->rowCount(), 1);
        row = filter->mapToSource(filter->index(0, 0)).row();
        const QString replacement = tracker.recordEffectiveness(row, QStringLiteral("not_effective"),
                                                                QStringLiteral("Disk filled again in March"));
        QVERIFY(!replacement.isEmpty());
        settle();
        QCOMPARE(filter->rowCount(), 0); // checked: no longer due
        bool found = false;
        const QList<ActionItem> otherActions = m_lib->document(other)->actions;
        for (const ActionItem& a : otherActions) {
            if (a.id == replacement) {
                found = true;
                QVERIFY(a.title.contains(QStringLiteral("Alert on disk growth rate")));
                QCOMPARE(a.status, QStringLiteral("open"));
            }
            if (a.title == QLatin1String("Alert on disk growth rate"))
                QCOMPARE(a.effectiveness, QStringLiteral("not_effective"));
        }
        QVERIFY(found);
        const ActionCounts counts = m_lib->actionCounts(QDate(2026, 7, 2));
        QVERIFY(counts.open >= 1);
        QCOMPARE(counts.followUpsDue, 0);
    }

    void trackerLinksAreWebAddressesOnly()
    {
        ActionsModel* model = page()->model();
        QSignalSpy rejected(model, &ActionsModel::editRejected);
        const QModelIndex link = model->index(0, ActionsModel::LinkColumn);
        QVERIFY(!model->setData(link, QStringLiteral("javascript:alert(1)")));
        QVERIFY(!model->setData(link, QStringLiteral("file:///etc/passwd")));
        QCOMPARE(rejected.size(), 2);
        QVERIFY(model->setData(link, QStringLiteral("https://tracker.example.com/browse/OPS-42")));
        settle();
        QCOMPARE(model->index(0, ActionsModel::LinkColumn).data().toString(), QStringLiteral("https://tracker.example.com/browse/OPS-42"));
        QVERIFY(model->setData(model->index(0, ActionsModel::LinkColumn), QString())); // cleared
        // The tracker exports what its filters show.
        ActionTracker tracker(m_lib.get(), m_editor.get());
        tracker.filter()->setStatusSet(ActionTrackerFilter::StatusSet::Done);
        const QList<ActionRow> shown = tracker.shownRows();
        QCOMPARE(shown.size(), tracker.filter()->rowCount());
        for (const ActionRow& r : shown)
            QCOMPARE(r.action.status, QStringLiteral("done"));
        QVERIFY(!shown.isEmpty());
        QVERIFY(!shown.first().reviewTitle.isEmpty());
    }
};

QTEST_MAIN(TestActionsPage)
#include "tst_actionspage.moc"
