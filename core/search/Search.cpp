#include "search/Search.h"

#include "storage/Library.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <algorithm>
#include <optional>

namespace hs {

namespace {

// Snippet markers: private-use characters, which typed text does not contain in practice.
const QChar kOpen(0xE000);
const QChar kClose(0xE001);

QString quoted(const QString& term)
{
    QString t = term;
    t.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

bool hasWordCharacter(const QString& s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

Entity entityOfKind(const QString& kind)
{
    static const QHash<QString, Entity> kinds = {
        {QStringLiteral("review"), Entity::Review}, {QStringLiteral("section"), Entity::Section},
        {QStringLiteral("event"), Entity::Event},   {QStringLiteral("why"), Entity::WhyNode},
        {QStringLiteral("action"), Entity::Action}, {QStringLiteral("lesson"), Entity::Lesson},
        {QStringLiteral("note"), Entity::Note},
    };
    return kinds.value(kind, Entity::Review);
}

QList<SnippetPart> parseSnippet(const QString& marked)
{
    QList<SnippetPart> parts;
    QString current;
    bool inMatch = false;
    auto flush = [&] {
        if (!current.isEmpty())
            parts.append(SnippetPart{current, inMatch});
        current.clear();
    };
    for (QChar c : marked) {
        if (c == kOpen || c == kClose) {
            flush();
            inMatch = c == kOpen;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            current.append(QLatin1Char(' '));
        } else {
            current.append(c);
        }
    }
    flush();
    return parts;
}

// Ranks in SQL over the index only (bm25 and the tombstone checks), then reads the snippets
// for the few rows kept: snippet() is the expensive part and runs only for what is shown.
// A why-node is hidden when any cause above it is tombstoned (removing a cause removes its
// branch); children of a tombstoned review are hidden by the join on reviews.
const char* const kRankSql =
    "SELECT d.rowid, bm25(search_index, 10.0, 4.0, 2.0) AS score FROM search_index "
    "JOIN search_docs d ON d.rowid = search_index.rowid JOIN reviews r ON r.id = d.review_id "
    "WHERE search_index MATCH ? AND r.deleted_ms IS NULL AND (d.kind <> 'why' OR NOT EXISTS ("
    "WITH RECURSIVE up(id) AS (SELECT parent_id FROM why_nodes WHERE id = d.item_id UNION ALL "
    "SELECT w.parent_id FROM why_nodes w JOIN up ON w.id = up.id) "
    "SELECT 1 FROM up JOIN why_nodes x ON x.id = up.id WHERE x.deleted_ms IS NOT NULL)) "
    "ORDER BY score LIMIT ?";

const char* const kDetailSql =
    "SELECT d.kind, d.item_id, d.review_id, r.title, "
    "snippet(search_index, -1, char(57344), char(57345), '…', 12), "
    "CASE d.kind WHEN 'section' THEN (SELECT title FROM sections WHERE id = d.item_id) ELSE '' END, "
    "CASE d.kind WHEN 'event' THEN (SELECT at_ms FROM events WHERE id = d.item_id) END "
    "FROM search_index JOIN search_docs d ON d.rowid = search_index.rowid JOIN reviews r ON r.id = d.review_id "
    "WHERE search_index MATCH ? AND search_index.rowid = ?";

} // namespace

namespace Search {

QString ftsQuery(const QString& userText)
{
    struct Term {
        QString text;
        bool phrase;
    };
    QList<Term> terms;
    const QString s = userText;
    qsizetype i = 0;
    bool openAtEnd = false; // the last term runs to the end of the text (still being typed)
    while (i < s.size()) {
        if (s.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (s.at(i) == QLatin1Char('"')) {
            const qsizetype close = s.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? s.size() : close;
            terms.append(Term{s.mid(i + 1, end - i - 1), true});
            openAtEnd = close < 0;
            i = close < 0 ? s.size() : close + 1;
            continue;
        }
        qsizetype end = i;
        while (end < s.size() && !s.at(end).isSpace() && s.at(end) != QLatin1Char('"'))
            ++end;
        terms.append(Term{s.mid(i, end - i), false});
        openAtEnd = end == s.size();
        i = end;
    }
    QStringList out;
    for (qsizetype t = 0; t < terms.size(); ++t) {
        if (!hasWordCharacter(terms.at(t).text))
            continue;
        QString q = quoted(terms.at(t).text.simplified());
        if (t == terms.size() - 1 && openAtEnd)
            q.append(QLatin1Char('*'));
        out.append(q);
    }
    return out.join(QLatin1Char(' '));
}

SearchResults run(const QSqlDatabase& db, const QString& userText, int limit)
{
    SearchResults results;
    const QString match = ftsQuery(userText);
    if (match.isEmpty() || limit <= 0)
        return results;
    QList<std::pair<qint64, double>> ranked;
    {
        Query q(db, kRankSql);
        q.bind(match).bind(limit);
        if (!q.exec()) {
            results.ok = false;
            Query hasIndex(db, "SELECT 1 FROM sqlite_schema WHERE name = 'search_index'");
            const bool indexed = hasIndex.exec() && hasIndex.next();
            results.error = indexed ? QCoreApplication::translate("hs::Search", "The library could not be searched: %1")
                                          .arg(q.error().text)
                                    : QCoreApplication::translate("hs::Search",
                                                                  "This library was written by an older Hindsight and has "
                                                                  "no search index yet. Open it once for writing (in the "
                                                                  "window) to add one.");
            return results;
        }
        while (q.next())
            ranked.append({q.integer(0), q.value(1).toDouble()});
    }
    QHash<QString, qsizetype> groupOf;
    for (const auto& [rowid, score] : std::as_const(ranked)) {
        Query q(db, kDetailSql);
        q.bind(match).bind(rowid);
        if (!q.exec() || !q.next())
            continue;
        SearchHit hit;
        hit.entity = entityOfKind(q.text(0));
        hit.itemId = q.text(1);
        hit.reviewId = q.text(2);
        hit.snippet = parseSnippet(q.text(4));
        hit.label = q.text(5);
        hit.atMs = q.optInteger(6);
        hit.rank = score;
        auto it = groupOf.constFind(hit.reviewId);
        if (it == groupOf.constEnd()) {
            it = groupOf.insert(hit.reviewId, results.groups.size());
            results.groups.append(SearchGroup{hit.reviewId, q.text(3), {}});
        }
        results.groups[*it].hits.append(hit);
        ++results.hitCount;
    }
    return results;
}

QString snippetHtml(const QList<SnippetPart>& parts)
{
    QString out;
    for (const SnippetPart& p : parts) {
        const QString text = p.text.toHtmlEscaped();
        out.append(p.match ? QStringLiteral("<b>%1</b>").arg(text) : text);
    }
    return out;
}

QString snippetText(const QList<SnippetPart>& parts, const QString& open, const QString& close)
{
    QString out;
    for (const SnippetPart& p : parts)
        out.append(p.match ? open + p.text + close : p.text);
    return out;
}

QString kindName(Entity entity)
{
    switch (entity) {
    case Entity::Review: return QCoreApplication::translate("hs::Search", "Review");
    case Entity::Section: return QCoreApplication::translate("hs::Search", "Overview");
    case Entity::Event: return QCoreApplication::translate("hs::Search", "Event");
    case Entity::WhyNode: return QCoreApplication::translate("hs::Search", "Cause");
    case Entity::Action: return QCoreApplication::translate("hs::Search", "Action");
    case Entity::Lesson: return QCoreApplication::translate("hs::Search", "Lesson");
    case Entity::Note: return QCoreApplication::translate("hs::Search", "Note");
    default: return QString();
    }
}

} // namespace Search

SearchResults Library::search(const QString& query, int limit) const
{
    return Search::run(m_db->connection(), query, limit);
}

} // namespace hs
