// Foundation benchmark: how long a big library takes to generate, open, list, load and edit,
// and how long the window takes to show it. Prints figures; never asserts timings unless
// --strict is given (CI runs it with --smoke as a check that it still runs).

#include "BenchSupport.h"
#include "DataGen.h"
#include "TestSupport.h"

#include "library/LibrarySidebar.h"
#include "storage/Library.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace hs;
using namespace hs::bench;

namespace {

struct Sizes {
    int reviews = 10000;
    int eventsPerReview = 40;
    int largeEvents = 20000;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the generated library at PATH."),
                                  QStringLiteral("path"));
    const BenchArgs args(app, QStringLiteral("Hindsight foundation benchmark."), {keep});

    Sizes sizes;
    if (args.smoke())
        sizes = Sizes{300, 40, 2000};

    QTemporaryDir dir;
    const QString path = args.parser().isSet(keep) ? args.parser().value(keep) : dir.filePath(QStringLiteral("bench.hindsight"));
    bool allMet = true;

    heading(QStringLiteral("Library of %1 reviews × %2 events, one review with %3 events")
                .arg(sizes.reviews)
                .arg(sizes.eventsPerReview)
                .arg(sizes.largeEvents));
    DataGenOptions options;
    options.reviews = sizes.reviews;
    options.eventsPerReview = sizes.eventsPerReview;
    options.largeReviews = 1;
    options.largeEvents = sizes.largeEvents;
    QString error;
    const double genMs = timeMs([&] {
        if (!generateLibrary(path, options, &error)) {
            std::fprintf(stderr, "datagen failed: %s\n", qPrintable(error));
            std::exit(2);
        }
    });
    report(QStringLiteral("generate (datagen)"), genMs, "ms");
    report(QStringLiteral("file size"), static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0), "MiB");

    const QString largeId = test::rawScalar(
        path, QStringLiteral("SELECT review_id FROM events GROUP BY review_id ORDER BY count(*) DESC LIMIT 1"));
    const QString typicalId = test::rawScalar(
        path, QStringLiteral("SELECT review_id FROM events GROUP BY review_id ORDER BY count(*) ASC LIMIT 1"));

    heading(QStringLiteral("Core"));
    std::unique_ptr<Library> library;
    OpenError openError;
    allMet &= report(QStringLiteral("open library (checks, quick_check)"),
                     timeMs([&] { library = Library::open(path, &openError); }), "ms", 500);
    if (!library) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(openError.message()));
        return 2;
    }
    QList<ReviewSummary> summaries;
    allMet &= report(QStringLiteral("list all review summaries"), timeMs([&] { summaries = library->reviewSummaries(); }),
                     "ms", 150);
    if (summaries.size() != sizes.reviews) {
        std::fprintf(stderr, "expected %d reviews, listed %d\n", sizes.reviews, static_cast<int>(summaries.size()));
        return 2;
    }
    std::optional<ReviewDocument> doc;
    allMet &= report(QStringLiteral("load a typical review (all parts)"),
                     timeMs([&] { doc = library->document(typicalId); }), "ms", 20);
    allMet &= report(QStringLiteral("load the review with %1 events").arg(sizes.largeEvents),
                     timeMs([&] { doc = library->document(largeId); }), "ms", 500);
    if (!doc || doc->events.size() != sizes.largeEvents) {
        std::fprintf(stderr, "large review did not load completely\n");
        return 2;
    }

    // Every edit is its own durable transaction (synchronous=EXTRA, rollback journal): this is
    // the cost a user pays per committed field.
    QList<double> edits;
    qint64 rev = doc->review.rev;
    for (int i = 0; i < 200; ++i) {
        WriteResult r;
        edits.append(timeMs([&] {
            r = library->updateField(Entity::Review, largeId, QStringLiteral("incident_ref"),
                                     QStringLiteral("INC-%1").arg(i), rev);
        }));
        if (!r.ok()) {
            std::fprintf(stderr, "edit failed: %s\n", qPrintable(r.message));
            return 2;
        }
        rev = r.rev;
    }
    allMet &= report(QStringLiteral("edit to durable, p50 (200 edits)"), percentile(edits, 50), "ms", 30);
    allMet &= report(QStringLiteral("edit to durable, p99"), percentile(edits, 99), "ms", 100);
    library.reset();

    heading(QStringLiteral("Window (offscreen)"));
    {
        MainWindow window;
        window.resize(1400, 900);
        allMet &= report(QStringLiteral("open library in the window and show it"), timeMs([&] {
                             window.openLibrary(path);
                             window.show();
                             QCoreApplication::processEvents();
                         }),
                         "ms", 1000);
        allMet &= report(QStringLiteral("select the review with %1 events").arg(sizes.largeEvents), timeMs([&] {
                             window.sidebar()->selectReview(largeId);
                             QCoreApplication::processEvents();
                         }),
                         "ms", 1000);
    }
    report(QStringLiteral("peak resident memory"), peakRssMiB(), "MiB", 0);

    if (!allMet)
        std::printf("\nSome figures missed their targets.\n");
    return args.exitCode(allMet);
}
