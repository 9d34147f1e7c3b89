#include "Cli.h"
#include "CliSupport.h"

#include "storage/Library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>

namespace hs::cli {

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("hs::cli", text, disambiguation, n);
}

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

namespace {

int info(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints what a Hindsight library holds, without opening a window."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The library file (.hindsight)."));
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err() << tr("hindsight info: name exactly one library file, e.g. hindsight info team.hindsight") << Qt::endl;
        return Usage;
    }
    Database::Options options;
    options.mode = Database::Mode::ReadOnly; // info never changes (or migrates) a file
    options.busyTimeoutMs = 2000;
    OpenError error;
    const std::unique_ptr<Library> library = Library::open(files.first(), options, &error);
    if (!library) {
        err() << tr("hindsight info: %1").arg(error.message()) << Qt::endl;
        return Failed;
    }
    const Database& db = library->database();
    out() << tr("File:         %1").arg(QDir::toNativeSeparators(QFileInfo(library->path()).absoluteFilePath())) << '\n'
          << tr("Format:       Hindsight library, file format %1 (this Hindsight reads up to %2)")
                 .arg(db.schemaVersion())
                 .arg(Schema::currentVersion)
          << '\n'
          << tr("File id:      %1").arg(db.fileId()) << '\n'
          << tr("Created by:   %1").arg(db.metaValue(QStringLiteral("created_by"))) << '\n'
          << tr("Reviews:      %1").arg(library->reviewCount()) << '\n';
    const ReadOnlyReason reason = library->readOnlyReason();
    if (reason.code == ReadOnlyReason::Requested || reason.code == ReadOnlyReason::None) {
        out() << tr("Access:       read and write") << Qt::endl;
        return Ok;
    }
    out() << tr("Access:       read-only") << Qt::endl;
    err() << tr("hindsight info: %1").arg(reason.message()) << Qt::endl;
    return ReadOnly;
}

} // namespace

bool needsFonts(const QStringList& args)
{
    return !args.isEmpty() && (args.first() == QLatin1String("export") || args.first() == QLatin1String("insights"));
}

bool isCommand(const QStringList& args)
{
    static const QStringList commands = {QStringLiteral("info"), QStringLiteral("import"), QStringLiteral("actions"),
                                         QStringLiteral("export"), QStringLiteral("list"),
                                         QStringLiteral("merge"), QStringLiteral("insights"), QStringLiteral("search")};
    return !args.isEmpty() && commands.contains(args.first());
}

QString usage()
{
    return tr("Commands (run without a window):\n"
              "  info FILE        print the file format, review count and access of a library\n"
              "  import LIBRARY --review ID-or-title --format csv|slack|pagerduty|chat PATH\n"
              "                   add a chat export, paging log or CSV to a review's transcript and\n"
              "                   timeline (a review with a new title is created)\n"
              "  actions LIBRARY [--overdue] [--owner NAME] [--open] [--format csv|md]\n"
              "                   print the action items, soonest due first\n"
              "  list LIBRARY     print the reviews: id, severity, status, start, incident, title\n"
              "  export LIBRARY --review ID-or-title --format pdf|md|html [--public] [--roles]\n"
              "                 [--transcript] [--page-size a4|letter] -o FILE\n"
              "                   write a review as a report\n"
              "  merge LIBRARY DRAFT [--review ID]... [--dry-run] [--take theirs|mine]\n"
              "                   bring the reviews of a draft library into LIBRARY; prints the\n"
              "                   plan and any conflicts\n"
              "  insights LIBRARY [--quarter 2026Q3 | --from DATE --to DATE | --months N]\n"
              "                 [--severity SEV1]... [--service NAME] [--tag TAG] [-o FILE.pdf]\n"
              "                   cross-review figures: a summary, or a PDF report with -o\n"
              "  search LIBRARY QUERY [--limit N]\n"
              "                   find words in every review: review, kind, item and the text\n"
              "                   around the match, the matched words between **\n"
              "\n"
              "Exit status: 0 success, 1 the file could not be used, 2 bad arguments,\n"
              "3 (info) the library can only be read, 4 (merge) conflicts to decide,\n"
              "nothing written, 5 (search) nothing matched.\n");
}

int run(const QStringList& args)
{
    const QString command = args.first();
    QStringList rest = args;
    rest[0] = QStringLiteral("hindsight ") + command; // parser treats the first entry as the program
    if (command == QLatin1String("info"))
        return info(rest);
    if (command == QLatin1String("import"))
        return importCommand(rest);
    if (command == QLatin1String("actions"))
        return actionsCommand(rest);
    if (command == QLatin1String("export"))
        return exportCommand(rest);
    if (command == QLatin1String("list"))
        return listCommand(rest);
    if (command == QLatin1String("merge"))
        return mergeCommand(rest);
    if (command == QLatin1String("insights"))
        return insightsCommand(rest);
    if (command == QLatin1String("search"))
        return searchCommand(rest);
    err() << tr("hindsight: unknown command “%1”").arg(command) << Qt::endl << usage();
    return Usage;
}

} // namespace hs::cli
