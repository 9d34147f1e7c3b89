// `hindsight insights`: the cross-review insights of a period as a PDF report (or a text
// summary), without a window.

#include "Cli.h"
#include "CliSupport.h"

#include "analysis/Insights.h"
#include "domain/Enums.h"
#include "export/InsightsPdf.h"
#include "storage/Library.h"
#include "util/TimeFormat.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>

namespace hs::cli {

namespace {

QString duration(const std::optional<qint64>& ms)
{
    return ms ? formatDuration(ms) : QStringLiteral("-");
}

void printSummary(const Insights& in, const QString& periodName)
{
    out() << tr("Insights, %1 (%2 to %3), %4").arg(periodName, in.filter.from.toString(Qt::ISODate),
                                                     in.filter.to.toString(Qt::ISODate), InsightsPdf::filterText(in.filter))
          << '\n';
    out() << tr("Reviews: %1 (%2 without a start time, not counted)").arg(in.reviews).arg(in.undated) << '\n';
    for (int k = 0; k < kMetricCount; ++k) {
        out() << tr("Median %1: %2 (%3 unknown)")
                     .arg(InsightsQuery::metricName(Metric(k)).toLower(), duration(in.median[k]))
                     .arg(in.unknown(Metric(k)))
              << '\n';
    }
    out() << tr("month\treviews\tdetect\tmitigate\tresolve\tactions created\tdone\toverdue at end") << '\n';
    for (const InsightsMonth& m : in.months) {
        out() << m.month.toString(QStringLiteral("yyyy-MM")) << '\t' << m.reviews << '\t' << duration(m.median[0]) << '\t'
              << duration(m.median[1]) << '\t' << duration(m.median[2]) << '\t' << m.actionsCreated << '\t'
              << m.actionsDone << '\t' << (m.actionsKnown ? QString::number(m.actionsOverdue) : QStringLiteral("-"))
              << '\n';
    }
    const std::pair<const char*, const QList<RankedName>*> tops[] = {
        {QT_TRANSLATE_NOOP("hs::cli", "Contributing factors"), &in.topCategories},
        {QT_TRANSLATE_NOOP("hs::cli", "Services"), &in.topServices},
        {QT_TRANSLATE_NOOP("hs::cli", "Tags"), &in.topTags}};
    for (const auto& [title, rows] : tops) {
        QStringList parts;
        for (const RankedName& r : *rows)
            parts.append(QStringLiteral("%1 (%2)").arg(r.name).arg(r.reviews));
        out() << tr(title) << ": " << (parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "))) << '\n';
    }
    out().flush();
}

} // namespace

int insightsCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The cross-review insights of a period: a PDF report with -o, else a summary."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("library"), tr("The library file (.hindsight)."));
    const QCommandLineOption quarter(QStringLiteral("quarter"), tr("A quarter, e.g. 2026Q3."), QStringLiteral("quarter"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption months(QStringLiteral("months"), tr("The last N months (default 12)."), QStringLiteral("n"));
    const QCommandLineOption severity(QStringLiteral("severity"), tr("Only this severity, e.g. SEV1 (repeatable)."),
                                      QStringLiteral("severity"));
    const QCommandLineOption service(QStringLiteral("service"), tr("Only reviews of this service."), QStringLiteral("name"));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Only reviews with this tag."), QStringLiteral("tag"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the report as a PDF to FILE."), QStringLiteral("file"));
    parser.addOptions({quarter, from, to, months, severity, service, tag, output});
    if (!parser.parse(args)) {
        err() << tr("hindsight insights: %1").arg(parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << tr("hindsight insights: usage: hindsight insights LIBRARY [--quarter 2026Q3 | --from DATE --to DATE | "
                    "--months N] [-o FILE.pdf]")
              << Qt::endl;
        return Usage;
    }
    InsightsFilter filter;
    QString periodName;
    const int periodOptions = int(parser.isSet(quarter)) + int(parser.isSet(from) || parser.isSet(to)) + int(parser.isSet(months));
    if (periodOptions > 1) {
        err() << tr("hindsight insights: choose one of --quarter, --from/--to and --months.") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(quarter)) {
        QString error;
        const auto q = InsightsPeriod::parseQuarter(parser.value(quarter), &error);
        if (!q) {
            err() << tr("hindsight insights: %1").arg(error) << Qt::endl;
            return Usage;
        }
        filter.from = q->first;
        filter.to = q->second;
        periodName = InsightsPeriod::quarterName(q->first);
    } else if (parser.isSet(from) || parser.isSet(to)) {
        filter.from = QDate::fromString(parser.value(from), Qt::ISODate);
        filter.to = QDate::fromString(parser.value(to), Qt::ISODate);
        if (!filter.from.isValid() || !filter.to.isValid()) {
            err() << tr("hindsight insights: give both --from and --to as dates like 2026-07-01.") << Qt::endl;
            return Usage;
        }
        periodName = tr("%1 to %2").arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate));
    } else {
        bool ok = true;
        const int n = parser.isSet(months) ? parser.value(months).toInt(&ok) : 12;
        if (!ok || n < 1) {
            err() << tr("hindsight insights: --months takes a number of months, 1 or more.") << Qt::endl;
            return Usage;
        }
        const auto p = InsightsPeriod::lastMonths(n, QDate::currentDate());
        filter.from = p.first;
        filter.to = p.second;
        periodName = tr("last %n month(s)", nullptr, n);
    }
    for (const QString& s : parser.values(severity)) {
        if (!Vocabulary::contains(Vocab::Severity, s.toUpper())) {
            err() << tr("hindsight insights: “%1” is not a severity; use SEV1 to SEV4.").arg(s) << Qt::endl;
            return Usage;
        }
        filter.severities.append(s.toUpper());
    }
    filter.service = parser.value(service);
    filter.tag = parser.value(tag);

    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    OpenError openError;
    const std::unique_ptr<Library> library = Library::open(parser.positionalArguments().first(), options, &openError);
    if (!library) {
        err() << tr("hindsight insights: %1").arg(openError.message()) << Qt::endl;
        return Failed;
    }
    QString error;
    const std::optional<Insights> insights = InsightsQuery::compute(*library, filter, &error);
    if (!insights) {
        err() << tr("hindsight insights: %1").arg(error) << Qt::endl;
        return Usage;
    }
    if (!parser.isSet(output)) {
        printSummary(*insights, periodName);
        return Ok;
    }
    InsightsReport report;
    report.insights = *insights;
    report.periodName = periodName;
    report.libraryName = QFileInfo(library->path()).fileName();
    report.generatedMs = QDateTime::currentMSecsSinceEpoch();
    if (!InsightsPdf::write(report, parser.value(output), &error)) {
        err() << tr("hindsight insights: %1").arg(error) << Qt::endl;
        return Failed;
    }
    out() << tr("Wrote %1 (%n review(s)).", nullptr, insights->reviews).arg(parser.value(output)) << Qt::endl;
    return Ok;
}

} // namespace hs::cli
