// `hindsight export` and `hindsight list`: a review to PDF, Markdown or HTML, and the reviews of a
// library, without a window.

#include "Cli.h"
#include "CliSupport.h"

#include "domain/Enums.h"
#include "export/ReportExport.h"
#include "storage/Library.h"
#include "util/TimeFormat.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace hs::cli {

namespace {

std::unique_ptr<Library> openForReading(const QString& path, const QString& command)
{
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    options.busyTimeoutMs = 2000;
    OpenError error;
    std::unique_ptr<Library> library = Library::open(path, options, &error);
    if (!library)
        err() << tr("hindsight %1: %2").arg(command, error.message()) << Qt::endl;
    return library;
}

} // namespace

int exportCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes one review as a PDF, Markdown or HTML report."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("library"), tr("The library file (.hindsight)."));
    const QCommandLineOption review(QStringLiteral("review"), tr("The review: its id (or at least its first 8 characters), or its exact title."),
                                    QStringLiteral("id-or-title"));
    const QCommandLineOption format(QStringLiteral("format"), tr("pdf, md or html (default: from the output file's name)."),
                                    QStringLiteral("format"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."),
                                    QStringLiteral("file"));
    const QCommandLineOption publicVersion(QStringLiteral("public"), tr("The public version: leaves out notes marked internal."));
    const QCommandLineOption roles(QStringLiteral("roles"), tr("Replace participants' names by their roles."));
    const QCommandLineOption transcript(QStringLiteral("transcript"), tr("Add the imported transcript as an appendix."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), tr("a4 (default) or letter (PDF only)."),
                                      QStringLiteral("size"), QStringLiteral("a4"));
    parser.addOptions({review, format, output, publicVersion, roles, transcript, pageSize});
    const QString usageLine = tr("usage: hindsight export LIBRARY --review ID-or-title --format pdf|md|html "
                                 "[--public] [--roles] [--transcript] -o FILE");
    if (!parser.parse(args)) {
        err() << tr("hindsight export: %1").arg(parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(review) || !parser.isSet(output)) {
        err() << tr("hindsight export: %1").arg(usageLine) << Qt::endl;
        return Usage;
    }
    const QString path = parser.value(output);
    const QString formatName = parser.isSet(format) ? parser.value(format) : QFileInfo(path).suffix();
    const std::optional<ReportFormat> fmt = reportFormatFromName(formatName);
    if (!fmt) {
        err() << (parser.isSet(format) ? tr("hindsight export: “%1” is not a format; use pdf, md or html.").arg(formatName)
                                       : tr("hindsight export: say --format pdf, md or html (the output name does not tell)."))
              << Qt::endl;
        return Usage;
    }
    const QString size = parser.value(pageSize).toLower();
    if (size != QLatin1String("a4") && size != QLatin1String("letter")) {
        err() << tr("hindsight export: “%1” is not a page size; use a4 or letter.").arg(parser.value(pageSize)) << Qt::endl;
        return Usage;
    }
    // Before the library is read: a path that cannot be written fails fast and says so.
    const QFileInfo target(path);
    if (target.isDir() || !target.absoluteDir().exists()) {
        err() << tr("hindsight export: cannot write “%1”: %2")
                     .arg(QDir::toNativeSeparators(target.absoluteFilePath()),
                          target.isDir() ? tr("it is a folder") : tr("the folder does not exist"))
              << Qt::endl;
        return Failed;
    }

    const std::unique_ptr<Library> library = openForReading(parser.positionalArguments().first(), QStringLiteral("export"));
    if (!library)
        return Failed;
    QString message;
    const QString reviewId = library->resolveReview(parser.value(review), &message);
    if (reviewId.isEmpty()) {
        err() << tr("hindsight export: %1").arg(message) << Qt::endl;
        return Failed;
    }
    const std::optional<ReviewDocument> doc = library->document(reviewId);
    if (!doc) {
        err() << tr("hindsight export: the review could not be read.") << Qt::endl;
        return Failed;
    }
    ReportOptions options;
    options.publicVersion = parser.isSet(publicVersion);
    options.rolesForNames = parser.isSet(roles);
    options.includeTranscript = parser.isSet(transcript);
    options.pageSize = size == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    options.author = library->actor();
    const QList<TranscriptMessage> messages = options.includeTranscript ? library->transcript(reviewId) : QList<TranscriptMessage>();
    const Report report = prepareReport(*doc, messages, options, QDateTime::currentMSecsSinceEpoch());
    QString error;
    int pages = 0;
    if (!exportReport(report, *fmt, path, &error, &pages)) {
        err() << tr("hindsight export: %1").arg(error) << Qt::endl;
        return Failed;
    }
    const QString written = QDir::toNativeSeparators(target.absoluteFilePath());
    if (*fmt == ReportFormat::Pdf)
        out() << tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(written) << Qt::endl;
    else
        out() << tr("Wrote %1.").arg(written) << Qt::endl;
    return Ok;
}

int listCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the reviews of a library, most recently changed first."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("library"), tr("The library file (.hindsight)."));
    if (!parser.parse(args)) {
        err() << tr("hindsight list: %1").arg(parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << tr("hindsight list: usage: hindsight list LIBRARY") << Qt::endl;
        return Usage;
    }
    const std::unique_ptr<Library> library = openForReading(parser.positionalArguments().first(), QStringLiteral("list"));
    if (!library)
        return Failed;
    QList<ReviewSummary> reviews = library->reviewSummaries();
    std::stable_sort(reviews.begin(), reviews.end(),
                     [](const ReviewSummary& a, const ReviewSummary& b) { return a.updatedMs > b.updatedMs; });
    // Tab-separated, one review per line, so scripts can cut columns; the id comes first since
    // it is what `export --review` takes when titles repeat.
    out() << "id\tseverity\tstatus\tstarted\tincident\ttitle\n"; // for scripts: not translated
    for (const ReviewSummary& r : std::as_const(reviews)) {
        QString title = r.title;
        title.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        out() << r.id << '\t' << r.severity << '\t' << r.status << '\t'
              << formatUserDateTime(r.startedMs, r.timeZone) << '\t' << r.incidentRef << '\t' << title << '\n';
    }
    out() << Qt::flush;
    err() << tr("%n review(s).", nullptr, int(reviews.size())) << Qt::endl;
    return Ok;
}

} // namespace hs::cli
