// Report export benchmark: a typical review (60 events, a why-tree, actions, lessons, notes) to
// PDF, Markdown and HTML, and a review of 20,000 events to PDF. Each figure is the whole export
// from the review as read to the file written: preparing the report, typesetting, painting and
// writing. Targets: typical review to PDF under 300 ms, 20,000 events under 5 s. Never asserts
// timings unless --strict is given; CTest runs it with --smoke (2,000 events).

#include "BenchSupport.h"
#include "DataGen.h"
#include "TestSupport.h"

#include "export/ReportExport.h"

#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>

using namespace hs;
using namespace hs::bench;

namespace {

struct Run {
    double ms = 0;
    int pages = 0;
    qint64 bytes = 0;
};

Run exportOnce(const ReviewDocument& doc, ReportFormat format, const QString& path)
{
    Run run;
    QString error;
    run.ms = timeMs([&] {
        const Report report = prepareReport(doc, {}, ReportOptions(), 0);
        if (!exportReport(report, format, path, &error, &run.pages))
            std::fprintf(stderr, "export failed: %s\n", qPrintable(error));
    });
    run.bytes = QFileInfo(path).size();
    return run;
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const BenchArgs args(app, QStringLiteral("Hindsight report export benchmark."));
    const int largeEvents = args.smoke() ? 2000 : 20000;
    const int runs = args.smoke() ? 2 : 5;
    bool allMet = true;

    const auto dir = test::tempDir();
    DataGen gen(20260414);
    const ReviewDocument typical = gen.review(1, 60);
    const ReviewDocument large = gen.review(2, largeEvents);

    heading(QStringLiteral("A typical review: %1 events, %2 causes, %3 actions")
                .arg(typical.events.size())
                .arg(typical.whys.size())
                .arg(typical.actions.size()));
    exportOnce(typical, ReportFormat::Pdf, dir->filePath(QStringLiteral("warm.pdf"))); // fonts loaded once per process
    const struct {
        ReportFormat format;
        const char* name;
        double target;
    } formats[] = {{ReportFormat::Pdf, "PDF", 300}, {ReportFormat::Markdown, "Markdown", 0}, {ReportFormat::Html, "HTML", 0}};
    for (const auto& f : formats) {
        QList<double> times;
        Run last;
        for (int i = 0; i < runs; ++i) {
            last = exportOnce(typical, f.format, dir->filePath(QStringLiteral("typical.%1").arg(reportFormatSuffix(f.format))));
            times.append(last.ms);
        }
        allMet &= report(QStringLiteral("%1, median of %2").arg(QLatin1String(f.name)).arg(runs), percentile(times, 50), "ms",
                         f.target);
        if (f.format == ReportFormat::Pdf)
            std::printf("  %d pages, %.0f KiB\n", last.pages, static_cast<double>(last.bytes) / 1024.0);
    }

    heading(QStringLiteral("A long review: %1 events").arg(large.events.size()));
    const Run pdf = exportOnce(large, ReportFormat::Pdf, dir->filePath(QStringLiteral("large.pdf")));
    allMet &= report(QStringLiteral("PDF"), pdf.ms, "ms", 5000);
    std::printf("  %d pages, %.1f MiB\n", pdf.pages, static_cast<double>(pdf.bytes) / (1024.0 * 1024.0));
    report(QStringLiteral("Markdown"), exportOnce(large, ReportFormat::Markdown, dir->filePath(QStringLiteral("large.md"))).ms, "ms");
    report(QStringLiteral("HTML"), exportOnce(large, ReportFormat::Html, dir->filePath(QStringLiteral("large.html"))).ms, "ms");
    report(QStringLiteral("peak resident memory"), peakRssMiB(), "MiB");

    if (!allMet)
        std::printf("\nSome figures missed their targets.\n");
    return args.exitCode(allMet);
}
