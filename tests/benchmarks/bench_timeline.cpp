// Timeline benchmark: a review with a 20,000-message transcript and 500 events. Prints how long
// the import takes end to end (read + write), how long the review takes to open in the core
// and in the window, how long a transcript search and a scroll take, and the memory used.
// Never asserts timings unless --strict is given; CTest runs it with --smoke.

#include "BenchSupport.h"
#include "DataGen.h"

#include "commands/Editor.h"
#include "import/SlackImport.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"
#include "timeline/TimelinePage.h"
#include "timeline/TranscriptPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace hs;
using namespace hs::bench;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hindsight timeline and transcript benchmark."));
    parser.addHelpOption();
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("Small sizes: a quick check that it runs."));
    const QCommandLineOption strict(QStringLiteral("strict"), QStringLiteral("Exit 1 when a figure misses its target."));
    parser.addOptions({smoke, strict});
    parser.process(app);
    const int messages = parser.isSet(smoke) ? 2000 : 20000;
    const int events = parser.isSet(smoke) ? 100 : 500;
    bool allMet = true;

    QTemporaryDir dir;
    const QString exportDir = dir.filePath(QStringLiteral("export"));
    const QString path = dir.filePath(QStringLiteral("timeline.hindsight"));
    QString error;
    if (!writeSlackExport(exportDir, messages, 11, &error)) {
        std::fprintf(stderr, "writing the export failed: %s\n", qPrintable(error));
        return 2;
    }
    DataGenOptions options;
    options.reviews = 1;
    options.eventsPerReview = events;
    if (!generateLibrary(path, options, &error)) {
        std::fprintf(stderr, "datagen failed: %s\n", qPrintable(error));
        return 2;
    }
    OpenError openError;
    std::unique_ptr<Library> library = Library::open(path, &openError);
    if (!library) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(openError.message()));
        return 2;
    }
    const QString reviewId = library->reviewSummaries().first().id;

    heading(QStringLiteral("Import of a %1-message Slack export into a review with %2 events").arg(messages).arg(events));
    ImportResult parsed;
    const double readMs = timeMs([&] { parsed = importSlackExport(exportDir); });
    if (!parsed.ok()) {
        std::fprintf(stderr, "import failed: %s\n",
                     parsed.problems.isEmpty() ? "cancelled" : qPrintable(parsed.problems.first().toString()));
        return 2;
    }
    report(QStringLiteral("read the export"), readMs, "ms");
    WriteResult written;
    const double writeMs = timeMs([&] { written = library->applyImport(reviewId, parsed); });
    if (!written.ok()) {
        std::fprintf(stderr, "writing failed: %s\n", qPrintable(written.message));
        return 2;
    }
    report(QStringLiteral("write it (one transaction)"), writeMs, "ms");
    allMet &= report(QStringLiteral("import, read + write"), readMs + writeMs, "ms", 1000);
    parsed = ImportResult();
    const double again = timeMs([&] {
        const ImportResult second = importSlackExport(exportDir);
        library->applyImport(reviewId, second);
    });
    report(QStringLiteral("import the same export again (adds nothing)"), again, "ms");

    heading(QStringLiteral("Opening the review"));
    std::optional<ReviewDocument> doc;
    QList<TranscriptMessage> transcript;
    allMet &= report(QStringLiteral("core: document + transcript"), timeMs([&] {
                         doc = library->document(reviewId);
                         transcript = library->transcript(reviewId);
                     }),
                     "ms", 200);
    if (transcript.size() != messages) {
        std::fprintf(stderr, "expected %d messages, read %d\n", messages, static_cast<int>(transcript.size()));
        return 2;
    }
    transcript.clear();

    QUndoStack stack;
    Editor editor(library.get(), &stack);
    ReviewWorkspace workspace;
    workspace.resize(1400, 900);
    workspace.setLibrary(library.get(), &editor);
    workspace.tabs()->setCurrentWidget(workspace.timelinePage());
    workspace.show();
    QCoreApplication::processEvents();
    allMet &= report(QStringLiteral("window: show the review on the Timeline tab"), timeMs([&] {
                         workspace.showReview(reviewId);
                         QCoreApplication::processEvents();
                     }),
                     "ms", 200);

    auto* search = workspace.timelinePage()->transcript()->findChild<QLineEdit*>(QStringLiteral("transcriptSearch"));
    auto* view = workspace.timelinePage()->transcript()->findChild<QTableView*>(QStringLiteral("transcriptView"));
    QList<double> searches;
    for (const QString& words : {QStringLiteral("rollback"), QStringLiteral("p99 checkout"), QStringLiteral("zzz-none"),
                                 QStringLiteral("pool"), QString()}) {
        searches.append(timeMs([&] {
            search->setText(words);
            QCoreApplication::processEvents();
        }));
    }
    allMet &= report(QStringLiteral("transcript search, worst of 5"), percentile(searches, 100), "ms", 50);

    QList<double> scrolls;
    QScrollBar* bar = view->verticalScrollBar();
    for (int i = 0; i <= 20; ++i) {
        scrolls.append(timeMs([&] {
            bar->setValue(bar->maximum() * i / 20);
            view->viewport()->repaint();
        }));
    }
    allMet &= report(QStringLiteral("transcript scroll + repaint, p99 of 21 jumps"), percentile(scrolls, 99), "ms", 16);

    QList<double> edits;
    auto* quick = workspace.timelinePage()->findChild<QLineEdit*>(QStringLiteral("quickEntry"));
    for (int i = 0; i < 20; ++i) {
        edits.append(timeMs([&] {
            workspace.timelinePage()->addFromQuickEntry(QStringLiteral("+1m note benchmark entry %1").arg(i));
            QCoreApplication::processEvents();
        }));
    }
    Q_UNUSED(quick);
    allMet &= report(QStringLiteral("quick entry to shown, p50 of 20"), percentile(edits, 50), "ms", 100);
    allMet &= report(QStringLiteral("peak resident memory"), peakRssMiB(), "MiB", 150);

    if (!allMet)
        std::printf("\nSome figures missed their targets.\n");
    return parser.isSet(strict) && !allMet ? 1 : 0;
}
