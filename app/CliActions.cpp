// `hindsight actions`: the action items of a library for a weekly report, without a window.

#include "Cli.h"
#include "CliSupport.h"

#include "actions/ActionQuery.h"
#include "domain/Enums.h"
#include "storage/Library.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTimeZone>

namespace hs::cli {

int actionsCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the action items of a library, soonest due first."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("library"), tr("The library file (.hindsight)."));
    const QCommandLineOption overdue(QStringLiteral("overdue"), tr("Only open actions past their due date."));
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Only actions whose owner matches NAME."), QStringLiteral("name"));
    const QCommandLineOption status(QStringLiteral("status"), tr("Only actions with this status: open, in_progress, done, wont_do (repeatable)."),
                                    QStringLiteral("status"));
    const QCommandLineOption open(QStringLiteral("open"), tr("Only open and in-progress actions."));
    const QCommandLineOption format(QStringLiteral("format"), tr("md (default) or csv."), QStringLiteral("format"),
                                    QStringLiteral("md"));
    parser.addOptions({overdue, owner, status, open, format});
    if (!parser.parse(args)) {
        err() << tr("hindsight actions: %1").arg(parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << tr("hindsight actions: usage: hindsight actions LIBRARY [--overdue] [--owner NAME] [--format csv|md]")
              << Qt::endl;
        return Usage;
    }
    const QString fmt = parser.value(format).toLower();
    if (fmt != QLatin1String("md") && fmt != QLatin1String("csv")) {
        err() << tr("hindsight actions: “%1” is not a format; use md or csv.").arg(parser.value(format)) << Qt::endl;
        return Usage;
    }
    ActionFilter filter;
    for (const QString& s : parser.values(status)) {
        if (!Vocabulary::contains(Vocab::ActionStatus, s)) {
            err() << tr("hindsight actions: “%1” is not a status; use open, in_progress, done or wont_do.").arg(s) << Qt::endl;
            return Usage;
        }
        filter.statuses.append(s);
    }
    if (parser.isSet(open))
        filter.statuses = {QStringLiteral("open"), QStringLiteral("in_progress")};
    filter.owner = parser.value(owner);
    filter.overdueOnly = parser.isSet(overdue);
    filter.today = todayIn(QString::fromUtf8(QTimeZone::systemTimeZoneId()), QDateTime::currentMSecsSinceEpoch());

    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    OpenError error;
    const std::unique_ptr<Library> library = Library::open(parser.positionalArguments().first(), options, &error);
    if (!library) {
        err() << tr("hindsight actions: %1").arg(error.message()) << Qt::endl;
        return Failed;
    }
    const QList<ActionRow> rows = library->actions(filter);
    out() << (fmt == QLatin1String("csv") ? actionsToCsv(rows) : actionsToMarkdown(rows, filter.today));
    out().flush();
    return Ok;
}

} // namespace hs::cli
