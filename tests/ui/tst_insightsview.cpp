// The Insights window and "This has happened before" on the Overview, in the real main window
// offscreen: opened from the menu, the period and a change to the library update the charts,
// charts save as PNG and SVG, the period as a PDF, and a pattern link opens the other review.

#include "TestSupport.h"

#include "common/Dialogs.h"
#include "insights/InsightsView.h"
#include "library/LibrarySidebar.h"
#include "review/RecurringPanel.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"
#include "util/SortKey.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QSvgRenderer>
#include <QTest>

using namespace hs;

namespace {

qint64 msOf(const QDate& day)
{
    return day.startOfDay().addSecs(10 * 3600).toMSecsSinceEpoch();
}

// Reviews per severity as the stacked bar chart shows them.
QHash<QString, int> shownBySeverity(InsightsView* view)
{
    QHash<QString, int> out;
    QChart* chart = view->chartView(InsightsCharts::Severity)->chart();
    for (QAbstractSeries* s : chart->series()) {
        if (auto* bars = qobject_cast<QStackedBarSeries*>(s)) {
            for (QBarSet* set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    out[set->label()] += static_cast<int>(set->at(i));
            }
        }
    }
    return out;
}

} // namespace

class TestInsightsView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_recent;  // a month ago, SEV2
    QString m_older;   // five months ago, SEV1
    QString m_old;     // twenty months ago, SEV3
    QDate m_oldDay;

    QString review(const QString& title, const QString& severity, const QDate& day)
    {
        Library* lib = m_window->library();
        const WriteResult w = lib->createReview(QStringLiteral("incident"), title);
        if (!w.ok())
            return QString();
        lib->updateField(Entity::Review, w.id, QStringLiteral("severity"), severity,
                         *lib->revisionOf(Entity::Review, w.id));
        lib->updateField(Entity::Review, w.id, QStringLiteral("started_ms"), msOf(day),
                         *lib->revisionOf(Entity::Review, w.id));
        lib->updateField(Entity::Review, w.id, QStringLiteral("detected_ms"), msOf(day) + 15 * 60000,
                         *lib->revisionOf(Entity::Review, w.id));
        lib->setLabels(w.id, QStringLiteral("service"), {QStringLiteral("checkout")});
        lib->setLabels(w.id, QStringLiteral("tag"), {QStringLiteral("deploy")});
        lib->insertRow(Entity::WhyNode, {{QStringLiteral("review_id"), w.id},
                                         {QStringLiteral("text"), QStringLiteral("Alert too late")},
                                         {QStringLiteral("mark"), QStringLiteral("contributing")},
                                         {QStringLiteral("category"), QStringLiteral("Monitoring")},
                                         {QStringLiteral("sort_key"), SortKey::first()}});
        return w.id;
    }

    InsightsView* openInsights()
    {
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("actionInsights"));
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        return m_window->insightsView();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::setTestMode(true);
        m_dir = test::tempDir();
        const QString path = m_dir->filePath(QStringLiteral("insights.hindsight"));
        {
            OpenError error;
            QVERIFY2(Library::create(path, false, &error), qPrintable(error.message()));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openLibrary(path));
        const QDate firstOfMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
        m_recent = review(QStringLiteral("Checkout timeouts"), QStringLiteral("SEV2"), firstOfMonth.addDays(-10));
        m_older = review(QStringLiteral("Checkout errors"), QStringLiteral("SEV1"), firstOfMonth.addMonths(-5).addDays(9));
        m_oldDay = firstOfMonth.addMonths(-20).addDays(4);
        m_old = review(QStringLiteral("Old outage"), QStringLiteral("SEV3"), m_oldDay);
        QVERIFY(!m_recent.isEmpty() && !m_older.isEmpty() && !m_old.isEmpty());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_dir.reset();
    }

    void opensFromTheViewMenu()
    {
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("actionInsights"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+I")));
        InsightsView* view = openInsights();
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(view));
        // The last 12 months: the two recent reviews, not the one from 20 months ago.
        const QHash<QString, int> shown = shownBySeverity(view);
        QCOMPARE(shown.value(QStringLiteral("SEV1")), 1);
        QCOMPARE(shown.value(QStringLiteral("SEV2")), 1);
        QCOMPARE(shown.value(QStringLiteral("SEV3")), 0);
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("insightsSummary"))->text().contains(QStringLiteral("2 review")));
        QCOMPARE(view->insights().topServices.value(0).name, QStringLiteral("checkout"));
        for (int k = 0; k < InsightsCharts::KindCount; ++k)
            QVERIFY(view->chartView(InsightsCharts::Kind(k))->chart());

        // Also from the link under the library list.
        view->hide();
        auto* link = m_window->sidebar()->findChild<QPushButton*>(QStringLiteral("sidebarInsights"));
        QVERIFY(link);
        QTest::mouseClick(link, Qt::LeftButton);
        QVERIFY(view->isVisible());
        QCOMPARE(m_window->insightsView(), view); // the same window, not a second one
    }

    void periodChangesUpdateTheCharts()
    {
        InsightsView* view = openInsights();
        auto* period = view->findChild<QComboBox*>(QStringLiteral("insightsPeriod"));
        QVERIFY(period);
        // Choosing "Last 3 months" in the box: only the review of a month ago.
        const int three = period->findText(QStringLiteral("Last 3 month"), Qt::MatchStartsWith);
        QVERIFY(three >= 0);
        period->setCurrentIndex(three);
        Q_EMIT period->activated(three);
        QCOMPARE(view->insights().months.size(), 3);
        QCOMPARE(shownBySeverity(view).value(QStringLiteral("SEV1")), 0);
        QCOMPARE(shownBySeverity(view).value(QStringLiteral("SEV2")), 1);

        // A custom period around the old review.
        view->setCustomPeriod(m_oldDay.addDays(-3), m_oldDay.addDays(3));
        QCOMPARE(shownBySeverity(view).value(QStringLiteral("SEV3")), 1);
        QVERIFY(view->findChild<QDateEdit*>(QStringLiteral("insightsFrom"))->isVisible());
        auto* stack = view->findChild<QStackedWidget*>();
        QVERIFY(stack);
        QVERIFY(!view->findChild<QLabel*>(QStringLiteral("insightsEmpty"))->isVisible());

        // A period with no reviews says so instead of drawing empty axes.
        view->setCustomPeriod(m_oldDay.addMonths(2), m_oldDay.addMonths(3));
        QVERIFY(view->insights().isEmpty());
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("insightsEmpty"))->isVisible());
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("insightsEmpty"))->text().contains(QStringLiteral("No reviews")));

        // A filter: SEV1 only, over the last 12 months.
        view->setLastMonths(12);
        view->setSeverities({QStringLiteral("SEV1")});
        QCOMPARE(view->insights().reviews, 1);
        view->setSeverities({});
        QCOMPARE(view->insights().reviews, 2);
    }

    void followsChangesToTheLibrary()
    {
        InsightsView* view = openInsights();
        view->setLastMonths(12);
        Library* lib = m_window->library();
        QVERIFY(lib->updateField(Entity::Review, m_recent, QStringLiteral("severity"), QStringLiteral("SEV1"),
                                 *lib->revisionOf(Entity::Review, m_recent))
                    .ok());
        QTRY_COMPARE(shownBySeverity(view).value(QStringLiteral("SEV1")), 2);
        QVERIFY(lib->updateField(Entity::Review, m_recent, QStringLiteral("severity"), QStringLiteral("SEV2"),
                                 *lib->revisionOf(Entity::Review, m_recent))
                    .ok());
        QTRY_COMPARE(shownBySeverity(view).value(QStringLiteral("SEV1")), 1);
    }

    void savesChartsAndTheReport()
    {
        InsightsView* view = openInsights();
        view->setLastMonths(12);
        QString error;
        const QString png = m_dir->filePath(QStringLiteral("severity.png"));
        QVERIFY2(view->saveChart(InsightsCharts::Severity, png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 640);
        const QString svg = m_dir->filePath(QStringLiteral("medians.svg"));
        QVERIFY2(view->saveChart(InsightsCharts::Medians, svg, &error), qPrintable(error));
        QVERIFY(test::readFile(svg).contains("<svg"));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        // A suffix it cannot write, and a folder that is not there.
        QVERIFY(!view->saveChart(InsightsCharts::Severity, m_dir->filePath(QStringLiteral("chart.gif")), &error));
        QVERIFY2(error.contains(QStringLiteral(".png or .svg")), qPrintable(error));
        QVERIFY(!view->saveChart(InsightsCharts::Severity, m_dir->filePath(QStringLiteral("nope/chart.png")), &error));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("nope/chart.png"))));

        // The report button, answered by the file dialog hook.
        const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
        Dialogs::setNextFile(pdf);
        view->findChild<QPushButton*>(QStringLiteral("insightsReport"))->click();
        QVERIFY(test::readFile(pdf).startsWith("%PDF-"));
    }

    void followsADarkPalette()
    {
        InsightsView* view = openInsights();
        view->setLastMonths(12);
        const QPalette light = view->palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::PlaceholderText, QColor(0xaa, 0xaa, 0xaa));
        view->setPalette(dark);
        QTRY_COMPARE(view->chartView(InsightsCharts::Severity)->chart()->titleBrush().color(), QColor(0xee, 0xee, 0xee));
        if (const QString shot = qEnvironmentVariable("HINDSIGHT_SHOT"); !shot.isEmpty())
            view->grab().save(shot);
        view->setPalette(light);
        QTRY_COMPARE(view->chartView(InsightsCharts::Severity)->chart()->titleBrush().color(),
                     light.color(QPalette::WindowText));
    }

    void overviewLinksToRecurringReviews()
    {
        QVERIFY(m_window->sidebar()->selectReview(m_recent));
        auto* panel = m_window->findChild<RecurringPanel*>(QStringLiteral("recurringPanel"));
        QVERIFY(panel);
        // Both others share checkout, deploy and Monitoring; the more recent incident first.
        QTRY_COMPARE(panel->shownIds(), (QStringList{m_older, m_old}));
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("recurringHeadline"))->text().contains(QStringLiteral("Seen 2 time")));
        auto* link = panel->findChild<QPushButton*>(QStringLiteral("recurringLink_0"));
        QVERIFY(link);
        QVERIFY(link->text().contains(QStringLiteral("Checkout errors")));
        QTest::mouseClick(link, Qt::LeftButton);
        QTRY_COMPARE(m_window->sidebar()->currentReviewId(), m_older);
        QTRY_COMPARE(m_window->findChild<QLineEdit*>(QStringLiteral("reviewTitle"))->text(), QStringLiteral("Checkout errors"));

        // Unlinking the shared tag and service leaves one trait in common: below the two the
        // Overview asks for, so the panel follows and lists nobody.
        Library* lib = m_window->library();
        QVERIFY(lib->setLabels(m_older, QStringLiteral("service"), {}).ok());
        QVERIFY(lib->setLabels(m_older, QStringLiteral("tag"), {}).ok());
        QTRY_VERIFY(panel->shownIds().isEmpty());
    }
};

QTEST_MAIN(TestInsightsView)
#include "tst_insightsview.moc"
