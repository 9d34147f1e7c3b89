// Searching all reviews in the real main window, offscreen: Ctrl+Shift+F opens the panel,
// typing shows matches grouped by review, Enter jumps to the item in its tab, results follow
// changes to the library; and the tags, services and categories dialog with undo.

#include "TestSupport.h"

#include "commands/Editor.h"
#include "common/Dialogs.h"
#include "library/LibrarySidebar.h"
#include "library/ListsDialog.h"
#include "review/ReviewWorkspace.h"
#include "search/SearchPanel.h"
#include "search/SearchResultsModel.h"
#include "storage/Library.h"
#include "timeline/TimelinePage.h"
#include "whys/RootCausePage.h"
#include "whys/WhyOutline.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace hs;

class TestSearchPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_other;
    QString m_event;

    template <typename T>
    T* find(const QString& name) const
    {
        T* w = m_window->findChild<T*>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }

    SearchResultsModel* model() const { return m_window->searchPanel()->model(); }

    QLineEdit* openPanelAndType(const QString& text)
    {
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        auto* field = find<QLineEdit>(QStringLiteral("searchField"));
        if (!field)
            return nullptr;
        if (!QTest::qWaitFor([field] { return field->hasFocus(); }))
            qWarning("the search field did not get the focus");
        QTest::keyClicks(field, text);
        return field;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::setTestMode(true);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        new QAbstractItemModelTester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void init()
    {
        m_dir = test::tempDir();
        const QString path = m_dir->filePath(QStringLiteral("team.hindsight"));
        {
            OpenError error;
            auto lib = Library::create(path, true, &error);
            QVERIFY2(lib, qPrintable(error.message()));
            m_other = lib->createReview(QStringLiteral("incident"), QStringLiteral("Zanzibar gateway outage")).id;
            m_event = lib->insertRow(Entity::Event, {{QStringLiteral("review_id"), m_other},
                                                     {QStringLiteral("at_ms"), 1700000000000LL},
                                                     {QStringLiteral("text"), QStringLiteral("Zanzibar <b>timeouts</b> began")}}).id;
            QVERIFY(!m_event.isEmpty());
        }
        QVERIFY(m_window->openLibrary(path));
    }

    void cleanup()
    {
        if (auto* dock = find<QDockWidget>(QStringLiteral("searchDock")))
            dock->hide();
        if (auto* field = find<QLineEdit>(QStringLiteral("searchField")))
            field->clear();
        m_window->closeLibrary();
        m_dir.reset();
    }

    void cleanupTestCase() { m_window.reset(); }

    void typingShowsMatchesGroupedByReview()
    {
        QLineEdit* field = openPanelAndType(QStringLiteral("certif"));
        QVERIFY(field);
        QVERIFY(find<QDockWidget>(QStringLiteral("searchDock"))->isVisible());
        // Prefix matching while typing: the sample review's title and many of its items.
        QTRY_VERIFY(model()->rowCount() > 0);
        QCOMPARE(model()->rowCount(), 1);
        const QModelIndex group = model()->index(0, 0);
        QVERIFY(group.data().toString().contains(QStringLiteral("certificate rotation")));
        QVERIFY(model()->rowCount(group) > 3);
        QCOMPARE(model()->index(0, 0, group).data(SearchResultsModel::EntityRole).toInt(), int(Entity::Review));
        QVERIFY(find<QLabel>(QStringLiteral("searchStatus"))->text().contains(QStringLiteral("in 1 review")));
        // Another word narrows it; the other review is its own group.
        QTest::keyClicks(field, QStringLiteral(" zanzibar"));
        QTRY_VERIFY(model()->rowCount() == 0);
        QVERIFY(find<QLabel>(QStringLiteral("searchStatus"))->text().startsWith(QStringLiteral("Nothing matches")));
        field->clear();
        QTest::keyClicks(field, QStringLiteral("zanzibar"));
        QTRY_COMPARE(model()->rowCount(), 1);
        const QModelIndex other = model()->index(0, 0);
        QCOMPARE(other.data(SearchResultsModel::ReviewIdRole).toString(), m_other);
        QCOMPARE(model()->rowCount(other), 2); // its title and the event
        // The snippet is escaped rich text: the user's markup is text, only matches are bold.
        const QString html = model()->index(1, 0, other).data(SearchResultsModel::SnippetHtmlRole).toString();
        QVERIFY2(html.contains(QStringLiteral("<b>Zanzibar</b> &lt;b&gt;timeouts&lt;/b&gt;")), qPrintable(html));
    }

    void enterJumpsToTheItem()
    {
        // Start on the other (sample) review.
        QString sample;
        for (const ReviewSummary& r : m_window->library()->reviewSummaries()) {
            if (r.id != m_other)
                sample = r.id;
        }
        QVERIFY(m_window->sidebar()->selectReview(sample));
        m_window->workspace()->tabs()->setCurrentIndex(0);
        QLineEdit* field = openPanelAndType(QStringLiteral("zanzibar timeouts"));
        QVERIFY(field);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(m_window->sidebar()->currentReviewId(), sample);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(m_window->sidebar()->currentReviewId(), m_other);
        ReviewWorkspace* ws = m_window->workspace();
        QCOMPARE(ws->tabs()->currentWidget(), ws->timelinePage());
        QCOMPARE(ws->timelinePage()->selectedEventIds(), QStringList{m_event});

        // A cause of the sample review, through the keyboard: Down into the list, Enter.
        field->clear();
        QTest::keyClicks(field, QStringLiteral("\"symlink\" watcher"));
        QTRY_COMPARE(model()->index(0, 0).data(SearchResultsModel::ReviewIdRole).toString(), sample);
        QTest::keyClick(field, Qt::Key_Down);
        auto* view = find<QTreeView>(QStringLiteral("searchResults"));
        QVERIFY(view->hasFocus());
        // The cause among the matches (an event mentions the words too).
        for (int i = 0; i < 10 && view->currentIndex().data(SearchResultsModel::EntityRole).toInt() != int(Entity::WhyNode); ++i)
            QTest::keyClick(view, Qt::Key_Down);
        const QModelIndex hit = view->currentIndex();
        QCOMPARE(hit.data(SearchResultsModel::EntityRole).toInt(), int(Entity::WhyNode));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(ws->tabs()->currentWidget(), ws->rootCausePage());
        QCOMPARE(ws->rootCausePage()->outline()->currentId(), hit.data(SearchResultsModel::ItemIdRole).toString());
        QCOMPARE(m_window->sidebar()->currentReviewId(), hit.data(SearchResultsModel::ReviewIdRole).toString());
        // Escape in the field closes the panel.
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!find<QDockWidget>(QStringLiteral("searchDock"))->isVisible());
    }

    void resultsFollowTheLibrary()
    {
        QVERIFY(openPanelAndType(QStringLiteral("quokka")));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("searchStatus"))->text().startsWith(QStringLiteral("Nothing matches")));
        Editor* editor = m_window->editor();
        const QString id = editor->addRow(Entity::Lesson, {{QStringLiteral("review_id"), m_other},
                                                          {QStringLiteral("kind"), QStringLiteral("lucky")},
                                                          {QStringLiteral("text"), QStringLiteral("A quokka was on call")}},
                                          QStringLiteral("Add lesson"));
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, 0, model()->index(0, 0)).data(SearchResultsModel::ItemIdRole).toString(), id);
        m_window->undoStack()->undo();
        QTRY_COMPARE(model()->rowCount(), 0);
        m_window->undoStack()->redo();
        QTRY_COMPARE(model()->rowCount(), 1);
    }

    void listsDialogRenamesMergesAndUndoes()
    {
        Library* lib = m_window->library();
        QString sample;
        for (const ReviewSummary& r : lib->reviewSummaries()) {
            if (r.id != m_other)
                sample = r.id;
        }
        QVERIFY(lib->setLabels(m_other, QStringLiteral("tag"), {QStringLiteral("transport-security")}).ok());
        ListsDialog dialog(m_window->editor(), m_window.get());
        dialog.showKind(ListKind::Tag);
        QTableWidget* table = dialog.table(ListKind::Tag);
        // Every entry with how many reviews use it.
        int mtls = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QStringLiteral("mtls"))
                mtls = row;
        }
        QVERIFY(mtls >= 0);
        QVERIFY2(table->item(mtls, 1)->text().startsWith(QStringLiteral("1 review")), qPrintable(table->item(mtls, 1)->text()));
        // Rename in place.
        const QString mtlsId = table->item(mtls, 0)->data(Qt::UserRole).toString();
        table->item(mtls, 0)->setText(QStringLiteral("mutual-tls"));
        QVERIFY(lib->review(sample)->tags.contains(QStringLiteral("mutual-tls")));
        // A name another tag has is refused, and the dialog says why.
        QVERIFY(!dialog.rename(mtlsId, QStringLiteral("TLS")));
        QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("listUsage"))->text().contains(QStringLiteral("already in the list")),
                 qPrintable(dialog.findChild<QLabel*>(QStringLiteral("listUsage"))->text()));
        QVERIFY(lib->review(sample)->tags.contains(QStringLiteral("mutual-tls")));
        // Merge it into transport-security with the button; the delete button is off for a tag in use.
        QVERIFY(dialog.selectEntry(mtlsId));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("deleteButton"))->isEnabled());
        auto* target = dialog.findChild<QComboBox*>(QStringLiteral("mergeTarget"));
        target->setCurrentIndex(target->findText(QStringLiteral("transport-security")));
        QVERIFY(target->currentIndex() >= 0);
        dialog.findChild<QPushButton*>(QStringLiteral("mergeButton"))->click();
        QVERIFY(!lib->review(sample)->tags.contains(QStringLiteral("mutual-tls")));
        QVERIFY(lib->review(sample)->tags.contains(QStringLiteral("transport-security")));
        // Undo (from the dialog) twice brings back the original tag on its review.
        auto* undo = dialog.findChild<QPushButton*>(QStringLiteral("undoButton"));
        QVERIFY(undo->isEnabled());
        undo->click();
        QVERIFY(lib->review(sample)->tags.contains(QStringLiteral("mutual-tls")));
        undo->click();
        QVERIFY(lib->review(sample)->tags.contains(QStringLiteral("mtls")));
        QTRY_VERIFY(!table->findItems(QStringLiteral("mtls"), Qt::MatchExactly).isEmpty());
        // An unused tag can be deleted.
        QVERIFY(lib->setLabels(m_other, QStringLiteral("tag"), {}).ok());
        dialog.reload();
        const QList<QTableWidgetItem*> tls = table->findItems(QStringLiteral("transport-security"), Qt::MatchExactly);
        QCOMPARE(tls.size(), 1);
        QVERIFY(dialog.selectEntry(tls.first()->data(Qt::UserRole).toString()));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("deleteButton"))->isEnabled());
        dialog.findChild<QPushButton*>(QStringLiteral("deleteButton"))->click();
        QVERIFY(table->findItems(QStringLiteral("transport-security"), Qt::MatchExactly).isEmpty());
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
