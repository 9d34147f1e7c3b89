#include "search/Search.h"

#include "search/SearchIndex.h"
#include "search/SearchTerms.h"

#include "storage/Library.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <algorithm>
#include <optional>

namespace hs {

namespace {

QString quoted(const QString& term)
{
    QString t = term;
    t.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
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

// bm25 costs a few microseconds per matching row, and a broad query ("ch" while typing)
// matches a hundred thousand rows of a 10,000-review library. Past kCap matches only the most
// recently written kCap are ranked (rowids grow with every write), plus the best titles among
// the newest kTitleCap title matches, so a review or action titled with the words is never
// lost to recency. Below the caps the ranking is exact.
constexpr int kCap = 4000;
constexpr int kTitleCap = 2000;

// The kCap-th newest match's rowid: ranking starts there. 0: fewer matches than that.
const char* const kCutoffSql =
    "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?";

// bm25 over the index alone: the tombstone checks below cost more per row than the ranking,
// so they run only for the candidates ranked best.
const char* const kRankSql = "SELECT rowid, bm25(search_index, 10.0, 4.0, 2.0) AS score FROM search_index "
                             "WHERE search_index MATCH ? AND rowid >= ? ORDER BY score LIMIT ?";

// The candidates still visible, with what a hit shows. A why-node is hidden when any cause
// above it is tombstoned (removing a cause removes its branch); the children of a tombstoned
// review are hidden by the join on reviews. %1: the candidates' rowids (integers we format).
const char* const kVisibleSql =
    "SELECT d.rowid, d.kind, d.item_id, d.review_id, r.title, d.title, d.body, d.detail, "
    "CASE d.kind WHEN 'section' THEN (SELECT title FROM sections WHERE id = d.item_id) ELSE '' END, "
    "CASE d.kind WHEN 'event' THEN (SELECT at_ms FROM events WHERE id = d.item_id) END "
    "FROM search_docs d JOIN reviews r ON r.id = d.review_id "
    "WHERE d.rowid IN (%1) AND r.deleted_ms IS NULL AND (d.kind <> 'why' OR NOT EXISTS ("
    "WITH RECURSIVE up(id) AS (SELECT parent_id FROM why_nodes WHERE id = d.item_id UNION ALL "
    "SELECT w.parent_id FROM why_nodes w JOIN up ON w.id = up.id) "
    "SELECT 1 FROM up JOIN why_nodes x ON x.id = up.id WHERE x.deleted_ms IS NOT NULL))";

struct Pass {
    QString match;
    int cap;
    bool capped = false;
    bool exhausted = false; // returned fewer candidates than asked: there are no more
};

// Ranks up to `want` candidates of pass into scores, keeping the better score of a row seen
// twice.
bool rank(const QSqlDatabase& db, Pass& pass, int want, QHash<qint64, double>* scores, SqlError* error)
{
    qint64 cutoff = 0;
    {
        Query q(db, kCutoffSql);
        q.bind(pass.match).bind(pass.cap - 1);
        if (!q.exec()) {
            *error = q.error();
            return false;
        }
        if (q.next()) {
            cutoff = q.integer(0);
            pass.capped = true;
        }
    }
    Query q(db, kRankSql);
    q.bind(pass.match).bind(cutoff).bind(want);
    if (!q.exec()) {
        *error = q.error();
        return false;
    }
    int n = 0;
    while (q.next()) {
        ++n;
        const qint64 rowid = q.integer(0);
        const double score = q.value(1).toDouble();
        const auto it = scores->constFind(rowid);
        if (it == scores->constEnd() || score < *it)
            scores->insert(rowid, score);
    }
    pass.exhausted = n < want;
    return true;
}

} // namespace

namespace Search {

QString ftsQuery(const QString& userText)
{
    QStringList out;
    for (const Term& t : parseTerms(userText))
        out.append(t.prefix ? quoted(t.text) + QLatin1Char('*') : quoted(t.text));
    return out.join(QLatin1Char(' '));
}

SearchResults run(const QSqlDatabase& db, const QString& userText, int limit)
{
    SearchResults results;
    const QString match = ftsQuery(userText);
    if (match.isEmpty() || limit <= 0)
        return results;
    const QList<Term> terms = parseTerms(userText);
    QList<Pass> passes = {Pass{match, kCap}};
    // Rank a few more candidates than wanted (some may be hidden by a tombstone); ask again for
    // more only when too many were.
    for (int want = limit + limit / 2 + 10;; want *= 4) {
        QHash<qint64, double> scores;
        SqlError error;
        bool ok = rank(db, passes[0], want, &scores, &error);
        if (ok && passes[0].capped) {
            if (passes.size() == 1)
                passes.append(Pass{QStringLiteral("{title} : (%1)").arg(match), kTitleCap});
            ok = rank(db, passes[1], want, &scores, &error);
        }
        if (!ok) {
            results.ok = false;
            Query hasIndex(db, "SELECT 1 FROM sqlite_schema WHERE name = 'search_index'");
            const bool indexed = hasIndex.exec() && hasIndex.next();
            results.error = indexed ? QCoreApplication::translate("hs::Search", "The library could not be searched: %1")
                                          .arg(error.text)
                                    : QCoreApplication::translate("hs::Search",
                                                                  "This library was written by an older Hindsight and "
                                                                  "has no search index yet. Open it once for writing "
                                                                  "(in the window) to add one.");
            return results;
        }
        results.capped = passes[0].capped;
        QList<std::pair<qint64, double>> ranked;
        QStringList ids;
        for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
            ranked.append({it.key(), it.value()});
            ids.append(QString::number(it.key()));
        }
        std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
            return a.second < b.second || (a.second == b.second && a.first > b.first);
        });
        struct Row {
            SearchHit hit;
            QStringList columns; // title, body, detail: the snippet is made from them
        };
        QHash<qint64, Row> visible;
        QHash<QString, QString> reviewTitles;
        if (!ids.isEmpty()) {
            Query q(db, QString::fromLatin1(kVisibleSql).arg(ids.join(QLatin1Char(','))));
            if (q.exec()) {
                while (q.next()) {
                    SearchHit hit;
                    hit.entity = entityOfKind(q.text(1));
                    hit.itemId = q.text(2);
                    hit.reviewId = q.text(3);
                    reviewTitles.insert(hit.reviewId, q.text(4));
                    hit.label = q.text(8);
                    hit.atMs = q.optInteger(9);
                    visible.insert(q.integer(0), Row{hit, {q.text(5), q.text(6), q.text(7)}});
                }
            }
        }
        const bool exhausted = std::all_of(passes.cbegin(), passes.cend(), [](const Pass& p) { return p.exhausted; });
        if (visible.size() < limit && !exhausted && visible.size() < ranked.size())
            continue; // tombstones hid too many of the candidates: rank more
        QHash<QString, qsizetype> groupOf;
        for (const auto& [rowid, score] : std::as_const(ranked)) {
            const auto found = visible.find(rowid);
            if (found == visible.end())
                continue;
            SearchHit hit = found->hit;
            hit.snippet = makeSnippet(found->columns, terms);
            hit.rank = score;
            auto it = groupOf.constFind(hit.reviewId);
            if (it == groupOf.constEnd()) {
                it = groupOf.insert(hit.reviewId, results.groups.size());
                results.groups.append(SearchGroup{hit.reviewId, reviewTitles.value(hit.reviewId), {}});
            }
            results.groups[*it].hits.append(hit);
            if (++results.hitCount == limit)
                break;
        }
        return results;
    }
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

void Library::catchUpSearchIndex()
{
    if (!SearchIndex::hasPending(m_db->connection()))
        return;
    WriteTransaction tx(m_db->connection());
    SqlError error;
    if (tx.isActive() && SearchIndex::flush(m_db->connection(), &error))
        tx.commit();
}

} // namespace hs
