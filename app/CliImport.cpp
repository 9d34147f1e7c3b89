// `hindsight import`: the window's import, without a window. Same readers, same checks, same
// duplicate handling, one transaction.

#include "Cli.h"
#include "CliSupport.h"

#include "import/ImportRunner.h"
#include "import/SlackImport.h"
#include "storage/Library.h"
#include "util/TimeFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTimeZone>

namespace hs::cli {

namespace {

int columnOf(const QString& value, const CsvTable& table)
{
    bool number = false;
    const int index = value.toInt(&number);
    if (number)
        return index - 1; // 1-based on the command line, like cut and awk
    for (int i = 0; i < table.header.size(); ++i) {
        if (table.header.at(i).compare(value, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -2;
}

} // namespace

int importCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds a chat export, paging log or CSV file to a review: messages go to its transcript, structured "
           "records (pages, acknowledgements, resolutions) to its timeline. Importing the same file again adds "
           "nothing."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("library"), tr("The library file (.hindsight)."));
    parser.addPositionalArgument(QStringLiteral("path"), tr("The file, or for Slack the export or channel folder."));
    const QCommandLineOption review(QStringLiteral("review"),
                                    tr("The review's id or title; a title that matches no review creates one."),
                                    QStringLiteral("id-or-title"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv, slack, pagerduty or chat."), QStringLiteral("format"));
    const QCommandLineOption channel(QStringLiteral("channel"), tr("Slack: the channel, when PATH is the export's top folder."),
                                     QStringLiteral("name"));
    const QCommandLineOption zone(QStringLiteral("time-zone"),
                                  tr("For times without an offset (CSV, chat); default: the review's time zone."),
                                  QStringLiteral("zone"));
    const QCommandLineOption day(QStringLiteral("date"), tr("Chat: the day of lines that have only a time (YYYY-MM-DD)."),
                                 QStringLiteral("date"));
    const QCommandLineOption roles(QStringLiteral("roles"), tr("Show people as their roles instead of their names."));
    const QCommandLineOption csvTime(QStringLiteral("csv-time"), tr("CSV: the time column (name or 1-based number)."),
                                     QStringLiteral("column"));
    const QCommandLineOption csvAuthor(QStringLiteral("csv-author"), tr("CSV: the author column."), QStringLiteral("column"));
    const QCommandLineOption csvText(QStringLiteral("csv-text"), tr("CSV: the text column."), QStringLiteral("column"));
    const QCommandLineOption csvKind(QStringLiteral("csv-kind"), tr("CSV: the event kind column."), QStringLiteral("column"));
    const QCommandLineOption csvEvents(QStringLiteral("csv-events"), tr("CSV: rows become timeline events, not messages."));
    parser.addOptions({review, format, channel, zone, day, roles, csvTime, csvAuthor, csvText, csvKind, csvEvents});
    if (!parser.parse(args)) {
        err() << tr("hindsight import: %1").arg(parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(review) || !parser.isSet(format)) {
        err() << tr("hindsight import: usage: hindsight import LIBRARY --review ID-or-title --format "
                    "csv|slack|pagerduty|chat PATH")
              << Qt::endl;
        return Usage;
    }
    const std::optional<ImportFormat> fmt = formatFromName(parser.value(format));
    if (!fmt) {
        err() << tr("hindsight import: “%1” is not a format; use csv, slack, pagerduty or chat.").arg(parser.value(format))
              << Qt::endl;
        return Usage;
    }
    const QString path = positional.at(1);
    if (!QFileInfo::exists(path)) {
        err() << tr("hindsight import: “%1” does not exist.").arg(path) << Qt::endl;
        return Failed;
    }

    OpenError openError;
    std::unique_ptr<Library> library = Library::open(positional.first(), &openError);
    if (!library) {
        err() << tr("hindsight import: %1").arg(openError.message()) << Qt::endl;
        return Failed;
    }
    if (library->isReadOnly()) {
        err() << tr("hindsight import: %1").arg(library->readOnlyReason().message()) << Qt::endl;
        return Failed;
    }
    library->setActor(Library::defaultActor());

    QString message;
    int matches = 0;
    QString reviewId = library->resolveReview(parser.value(review), &message, &matches);
    // Several matches are ambiguous; no match is a new review with that title, made once the
    // file has been read without problems.
    if (matches > 1) {
        err() << tr("hindsight import: %1").arg(message) << Qt::endl;
        return Failed;
    }
    std::optional<ReviewDocument> doc = reviewId.isEmpty() ? std::optional<ReviewDocument>(ReviewDocument())
                                                           : library->document(reviewId);
    if (reviewId.isEmpty()) {
        doc->review.title = parser.value(review).simplified();
        doc->review.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    }

    ImportRequest request;
    request.format = *fmt;
    request.path = path;
    request.channel = parser.value(channel);
    request.timeZone = parser.isSet(zone) ? parser.value(zone) : doc->review.timeZone;
    if (parser.isSet(zone) && !zoneOrUtc(request.timeZone).isValid()) {
        err() << tr("hindsight import: “%1” is not a time zone; use an IANA name such as Europe/Berlin.").arg(request.timeZone)
              << Qt::endl;
        return Usage;
    }
    if (parser.isSet(day)) {
        request.day = QDate::fromString(parser.value(day), Qt::ISODate);
        if (!request.day.isValid()) {
            err() << tr("hindsight import: “%1” is not a date; use YYYY-MM-DD.").arg(parser.value(day)) << Qt::endl;
            return Usage;
        }
    } else if (const auto started = doc->review.keyTime(KeyTime::Started)) {
        request.day = toZone(*started, doc->review.timeZone).date();
    }
    request.rolesInsteadOfNames = parser.isSet(roles);
    for (const Participant& p : doc->participants) {
        if (!p.role.isEmpty())
            request.knownRoles.insert(p.name, p.role);
    }
    if (*fmt == ImportFormat::Csv
        && (parser.isSet(csvTime) || parser.isSet(csvAuthor) || parser.isSet(csvText) || parser.isSet(csvKind)
            || parser.isSet(csvEvents))) {
        QString error;
        const CsvTable table = readCsv(path, &error);
        if (!error.isEmpty()) {
            err() << tr("hindsight import: %1: %2").arg(path, error) << Qt::endl;
            return Failed;
        }
        CsvMapping mapping = guessCsvMapping(table);
        const QList<QPair<const QCommandLineOption*, int*>> columns = {
            {&csvTime, &mapping.timeColumn}, {&csvAuthor, &mapping.authorColumn},
            {&csvText, &mapping.textColumn}, {&csvKind, &mapping.kindColumn}};
        for (const auto& [option, target] : columns) {
            if (!parser.isSet(*option))
                continue;
            const int column = columnOf(parser.value(*option), table);
            if (column < 0 || column >= table.header.size()) {
                err() << tr("hindsight import: the CSV file has no column “%1”; its columns are: %2")
                             .arg(parser.value(*option), table.header.join(QStringLiteral(", ")))
                      << Qt::endl;
                return Usage;
            }
            *target = column;
        }
        mapping.asEvents = mapping.asEvents || parser.isSet(csvEvents);
        request.csvMapping = mapping;
    }

    const ImportResult parsed = runImport(request);
    if (!parsed.ok()) {
        for (const ImportProblem& p : parsed.problems)
            err() << tr("hindsight import: %1").arg(p.toString()) << Qt::endl;
        err() << tr("hindsight import: nothing was imported.") << Qt::endl;
        return Failed;
    }
    const bool created = reviewId.isEmpty();
    if (created) {
        const WriteResult made = library->createReview(QStringLiteral("incident"), doc->review.title);
        if (!made.ok()) {
            err() << tr("hindsight import: %1").arg(made.message) << Qt::endl;
            return Failed;
        }
        reviewId = made.id;
        const qint64 rev = made.rev;
        library->updateField(Entity::Review, reviewId, QStringLiteral("time_zone"), doc->review.timeZone, rev);
    }
    const ImportPlan plan = library->planImport(reviewId, parsed);
    const WriteResult r = library->applyImport(reviewId, parsed);
    if (!r.ok()) {
        if (created) // leave no empty review behind
            library->removeRow(Entity::Review, reviewId, *library->revisionOf(Entity::Review, reviewId));
        err() << tr("hindsight import: %1").arg(r.message) << Qt::endl;
        return Failed;
    }
    if (created)
        out() << tr("Created the review “%1”.").arg(doc->review.title) << '\n';
    out() << tr("Imported %1 and %2 from %3 into “%4”.")
                 .arg(QCoreApplication::translate("hs::cli", "%n message(s)", nullptr, plan.newMessages),
                      QCoreApplication::translate("hs::cli", "%n event(s)", nullptr, plan.newEvents), parsed.sourceName,
                      doc->review.title)
          << '\n';
    const int skipped = plan.duplicateMessages + plan.duplicateEvents;
    if (skipped > 0)
        out() << QCoreApplication::translate("hs::cli", "%n item(s) were already there and were left out.", nullptr, skipped)
              << '\n';
    out().flush();
    return Ok;
}

} // namespace hs::cli
