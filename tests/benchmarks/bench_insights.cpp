// Insights benchmark: the cross-review figures of a 10,000-review library (about 45,000
// actions dated over three years), the Insights window opened offscreen, the recurring-pattern
// lookup of the Overview, and the quarterly PDF. Prints figures; never asserts timings unless
// --strict is given.

#include "BenchSupport.h"
#include "DataGen.h"

#include "analysis/Insights.h"
#include "analysis/RecurringPatterns.h"
#include "export/InsightsPdf.h"
#include "insights/InsightsView.h"
#include "storage/Library.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace hs;
using namespace hs::bench;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const BenchArgs args(app, QStringLiteral("Hindsight insights benchmark."));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("insights.hindsight"));
    DataGenOptions options;
    options.reviews = args.smoke() ? 300 : 10000;
    options.eventsPerReview = 3; // the timeline does not matter here
    options.datedActions = true;
    QString error;
    const double genMs = timeMs([&] { generateLibrary(path, options, &error); });
    if (!error.isEmpty()) {
        std::fprintf(stderr, "datagen failed: %s\n", qPrintable(error));
        return 2;
    }
    OpenError openError;
    const std::unique_ptr<Library> library = Library::open(path, &openError);
    if (!library)
        return 2;
    heading(QStringLiteral("Insights over %1 reviews (generated in %2 ms)").arg(options.reviews).arg(genMs, 0, 'f', 0));
    bool met = true;

    // DataGen's incidents span the three years before November 2026.
    struct Case {
        QString name;
        InsightsFilter filter;
    };
    auto period = [](const QDate& from, const QDate& to) {
        InsightsFilter f;
        f.from = from;
        f.to = to;
        f.nowMs = QDateTime(QDate(2026, 11, 15), QTime(12, 0)).toMSecsSinceEpoch();
        return f;
    };
    QList<Case> cases = {
        {QStringLiteral("last 12 months, no filter"), period(QDate(2025, 12, 1), QDate(2026, 11, 15))},
        {QStringLiteral("a quarter"), period(QDate(2026, 7, 1), QDate(2026, 9, 30))},
        {QStringLiteral("three years, no filter"), period(QDate(2023, 11, 1), QDate(2026, 11, 15))},
    };
    Case filtered{QStringLiteral("last 12 months, SEV1+SEV2, service payments"), period(QDate(2025, 12, 1), QDate(2026, 11, 15))};
    filtered.filter.severities = {QStringLiteral("SEV1"), QStringLiteral("SEV2")};
    filtered.filter.service = QStringLiteral("payments");
    cases.append(filtered);
    Case tagged{QStringLiteral("last 12 months, tag database"), period(QDate(2025, 12, 1), QDate(2026, 11, 15))};
    tagged.filter.tag = QStringLiteral("database");
    cases.append(tagged);
    std::optional<Insights> last;
    for (const Case& c : std::as_const(cases)) {
        QList<double> times;
        for (int i = 0; i < 5; ++i)
            times.append(timeMs([&] { last = InsightsQuery::compute(*library, c.filter, &error); }));
        if (!last) {
            std::fprintf(stderr, "insights failed: %s\n", qPrintable(error));
            return 2;
        }
        met &= report(QStringLiteral("insights: %1 (median of 5; %2 reviews, %3 months)")
                          .arg(c.name)
                          .arg(last->reviews)
                          .arg(last->months.size()),
                      percentile(times, 50), "ms", 300);
    }

    heading(QStringLiteral("Insights window, offscreen"));
    double openMs = 0;
    {
        InsightsView* view = nullptr;
        openMs = timeMs([&] {
            view = new InsightsView(library.get());
            view->resize(1400, 860);
            view->show();
            QCoreApplication::processEvents();
            view->grab(); // the charts laid out and painted once
        });
        met &= report(QStringLiteral("open the window, last 12 months (6 charts, first paint)"), openMs, "ms", 300);
        QList<double> times;
        for (const int months : {3, 6, 12, 3, 6}) {
            times.append(timeMs([&] {
                view->setLastMonths(months);
                view->grab();
            }));
        }
        met &= report(QStringLiteral("change the period and repaint (median of 5)"), percentile(times, 50), "ms", 300);
        delete view;
    }

    heading(QStringLiteral("Recurring patterns (Overview)"));
    {
        const QList<ReviewSummary> reviews = library->reviewSummaries();
        QList<double> times;
        int shown = 0;
        for (int i = 0; i < 20 && i < reviews.size(); ++i) {
            const QString id = reviews.at(i * reviews.size() / 20).id;
            times.append(timeMs([&] {
                const std::optional<RecurringPatterns> p = RecurringPatternQuery::find(*library, id, 5, 2);
                shown = p ? p->total : -1;
            }));
        }
        met &= report(QStringLiteral("similar reviews of one review (p50 of 20; last had %1)").arg(shown),
                      percentile(times, 50), "ms", 100);
        report(QStringLiteral("similar reviews, p95"), percentile(times, 95), "ms");
    }

    heading(QStringLiteral("Quarterly report"));
    {
        InsightsReport report;
        report.insights = *InsightsQuery::compute(*library, period(QDate(2026, 7, 1), QDate(2026, 9, 30)), &error);
        report.periodName = QStringLiteral("2026 Q3");
        report.libraryName = QStringLiteral("insights.hindsight");
        report.generatedMs = QDateTime::currentMSecsSinceEpoch();
        const QString pdf = dir.filePath(QStringLiteral("q3.pdf"));
        const double ms = timeMs([&] { InsightsPdf::write(report, pdf, &error); });
        met &= bench::report(QStringLiteral("quarter to PDF (%1 KiB)").arg(QFileInfo(pdf).size() / 1024), ms, "ms", 1000);
    }
    report(QStringLiteral("peak memory"), peakRssMiB(), "MiB");
    return args.exitCode(met);
}
