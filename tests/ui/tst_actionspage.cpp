// The Actions tab of a review offscreen: add from one line, edit in place (choosers, dates),
// overdue shown, bulk status as one undo step, delete, Markdown and CSV out.

#include "WorkspaceTest.h"

#include "actions/ActionsModel.h"
#include "actions/ActionsPage.h"
#include "commands/Editor.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
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
};

QTEST_MAIN(TestActionsPage)
#include "tst_actionspage.moc"
