// Timeline benchmark: a review with a 20,000-message transcript and 500 events. Prints how long
// the import takes end to end (read + write), how long the review takes to open in the core
// and in the window, how long a transcript search and a scroll take, and the memory used. Then
// the timeline chart as core paints it (for the view and the report) with 20,000 events: how long
// preparing, painting into an image and into a PDF page and hit testing take, and the PDF's size.
// Never asserts timings unless --strict is given; CTest runs it with --smoke.

#include "BenchSupport.h"
#include "DataGen.h"

#include "commands/Editor.h"
#include "domain/Enums.h"
#include "import/SlackImport.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"
#include "timeline/TimelineChartPaint.h"
#include "timeline/TimelinePage.h"
#include "timeline/TranscriptPane.h"

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUndoStack>

#include <cstdio>

using namespace hs;
using namespace hs::bench;

namespace {

// A review whose timeline holds `count` events over six hours, every kind, a milestone in 50.
ReviewDocument chartReview(int count)
{
    ReviewDocument doc;
    doc.review.id = QStringLiteral("bench");
    doc.review.timeZone = QStringLiteral("Europe/Berlin");
    const qint64 t0 = QDateTime(QDate(2026, 4, 14), QTime(7, 0), QTimeZone("Europe/Berlin")).toMSecsSinceEpoch();
    constexpr qint64 minute = 60 * 1000;
    doc.review.keyTimes = {t0 + 60 * minute, t0 + 95 * minute, t0 + 99 * minute, t0 + 180 * minute, t0 + 300 * minute};
    const QStringList kinds = Vocabulary::codes(Vocab::EventKind);
    const qint64 step = 6 * 60 * minute / std::max(1, count);
    doc.events.reserve(count);
    for (int i = 0; i < count; ++i) {
        TimelineEvent e;
        e.id = QStringLiteral("e%1").arg(i);
        e.atMs = t0 + i * step + (i % 7) * 1000;
        e.kind = kinds.at((i * 7 + i / 13) % kinds.size());
        e.text = QStringLiteral("message %1").arg(i);
        e.milestone = i % 50 == 0 ? QStringLiteral("detected") : QString();
        doc.events.append(e);
    }
    return doc;
}

// The chart as core paints it, for the view (an image the size of the widget) and the report
// (a 170 mm x 60 mm PDF page at 1200 dpi). Returns false when a figure misses its target.
bool benchChart(int count, const QString& pdfPath)
{
    heading(QStringLiteral("Timeline chart with %1 events (core painter)").arg(count));
    const ReviewDocument doc = chartReview(count);
    TimelineChartData data;
    bool met = true;
    met &= report(QStringLiteral("prepare the chart data"), timeMs([&] { data = prepareTimelineChart(doc); }), "ms", 50);
    TimelineChartOptions screen;
    screen.font.setPixelSize(11);
    QImage image(1400, 190, QImage::Format_ARGB32_Premultiplied);
    const auto paintImage = [&](TimelineSpan view) {
        QPainter painter(&image);
        paintTimelineChart(painter, QRectF(image.rect()), data, view.startMs, view.endMs, {}, screen);
    };
    const TimelineSpan everything = timelineEverythingView(data);
    const TimelineSpan focus = timelineFocusView(data);
    const TimelineSpan zoomed{focus.startMs, focus.startMs + 20 * 60 * 1000};
    QList<double> all;
    QList<double> incident;
    QList<double> close;
    for (int i = 0; i < 10; ++i) {
        all.append(timeMs([&] { paintImage(everything); }));
        incident.append(timeMs([&] { paintImage(focus); }));
        close.append(timeMs([&] { paintImage(zoomed); }));
    }
    met &= report(QStringLiteral("paint 1400x190, everything, p50 of 10"), percentile(all, 50), "ms", 16);
    report(QStringLiteral("paint 1400x190, the incident, p50 of 10"), percentile(incident, 50), "ms");
    report(QStringLiteral("paint 1400x190, 20 minutes, p50 of 10"), percentile(close, 50), "ms");

    const TimelineChartGeometry geometry(QRectF(image.rect()), data, everything.startMs, everything.endMs, screen);
    int hits = 0;
    const double hitMs = timeMs([&] {
        for (int x = 0; x < 1400; x += 2)
            hits += geometry.eventAt(QPointF(x, geometry.positionOf(QStringLiteral("e0"))->y())).isEmpty() ? 0 : 1;
    });
    report(QStringLiteral("hit test, per call (700 calls)"), hitMs / 700 * 1000, "us");
    Q_UNUSED(hits);

    const double pdfMs = timeMs([&] {
        QPdfWriter pdf(pdfPath);
        pdf.setResolution(1200);
        pdf.setPageSize(QPageSize(QSizeF(170, 60), QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        paintTimelineChart(painter, QRectF(0, 0, pdf.width(), pdf.height()), data, everything.startMs,
                           everything.endMs, {}, printTimelineChartOptions(pdf.resolution()));
    });
    met &= report(QStringLiteral("PDF page 170x60 mm at 1200 dpi, everything"), pdfMs, "ms", 500);
    report(QStringLiteral("PDF file size"), static_cast<double>(QFileInfo(pdfPath).size()) / 1024.0, "KiB");
    return met;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const BenchArgs args(app, QStringLiteral("Hindsight timeline and transcript benchmark."));
    const int messages = args.smoke() ? 2000 : 20000;
    const int events = args.smoke() ? 100 : 500;
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

    allMet &= benchChart(args.smoke() ? 2000 : 20000, dir.filePath(QStringLiteral("chart.pdf")));

    if (!allMet)
        std::printf("\nSome figures missed their targets.\n");
    return args.exitCode(allMet);
}
