// `hindsight search`: full-text search over a library, without a window.

#include "Cli.h"
#include "CliSupport.h"

#include "search/Search.h"
#include "storage/Library.h"

#include <QCommandLineParser>

namespace hs::cli {

namespace {

// User text on a terminal: control characters (escape sequences, tabs, line breaks) become
// spaces, so a review cannot move the cursor or break the tab-separated columns.
QString terminalSafe(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            c = QLatin1Char(' ');
    }
    return out;
}

} // namespace

int searchCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Searches the text of every review: titles, incident references, overview sections, timeline "
           "events, causes, actions, lessons and notes. Words are matched as typed (the last one also as a "
           "prefix); \"quoted words\" match as a phrase."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("library"), tr("The library file (.hindsight)."));
    parser.addPositionalArgument(QStringLiteral("query"), tr("The words to find."), QStringLiteral("QUERY..."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N matches (default 50)."), QStringLiteral("n"),
                                   QStringLiteral("50"));
    parser.addOption(limit);
    if (!parser.parse(args)) {
        err() << tr("hindsight search: %1").arg(parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        err() << tr("hindsight search: usage: hindsight search LIBRARY QUERY [--limit N]") << Qt::endl;
        return Usage;
    }
    bool isNumber = false;
    const int max = parser.value(limit).toInt(&isNumber);
    if (!isNumber || max < 1) {
        err() << tr("hindsight search: “%1” is not a number of matches; give a whole number from 1.").arg(parser.value(limit))
              << Qt::endl;
        return Usage;
    }
    const QString query = positional.mid(1).join(QLatin1Char(' '));
    if (Search::ftsQuery(query).isEmpty()) {
        err() << tr("hindsight search: “%1” has no words to search for.").arg(query) << Qt::endl;
        return Usage;
    }
    Database::Options options;
    options.mode = Database::Mode::ReadOnly; // searching never changes (or migrates) a file
    options.busyTimeoutMs = 2000;
    OpenError error;
    const std::unique_ptr<Library> library = Library::open(positional.first(), options, &error);
    if (!library) {
        err() << tr("hindsight search: %1").arg(error.message()) << Qt::endl;
        return Failed;
    }
    const SearchResults results = library->search(query, max);
    if (!results.ok) {
        err() << tr("hindsight search: %1").arg(results.error) << Qt::endl;
        return Failed;
    }
    // Tab-separated, one match per line, best first within each review and reviews in the
    // order of their best match; the matched words between ** for a terminal.
    out() << "review_id\treview\tkind\titem_id\tmatch\n"; // for scripts: not translated
    for (const SearchGroup& g : results.groups) {
        for (const SearchHit& h : g.hits) {
            QString kind = Search::kindName(h.entity);
            if (!h.label.isEmpty())
                kind += QStringLiteral(" · ") + h.label;
            out() << g.reviewId << '\t' << terminalSafe(g.reviewTitle) << '\t' << terminalSafe(kind) << '\t' << h.itemId
                  << '\t' << terminalSafe(Search::snippetText(h.snippet, QStringLiteral("**"), QStringLiteral("**")))
                  << '\n';
        }
    }
    out() << Qt::flush;
    if (results.capped)
        err() << tr("So many items match that only the most recently written ones and the best titles were ranked; "
                    "add a word to narrow the search.")
              << Qt::endl;
    err() << tr("%n match(es)", nullptr, results.hitCount) << ' '
          << tr("in %n review(s).", nullptr, int(results.groups.size())) << Qt::endl;
    return results.hitCount > 0 ? Ok : NoMatches;
}

} // namespace hs::cli
