#pragma once

#include "storage/Columns.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace hs {

// Full-text search over a library (the index: SearchIndex.h). Users type plain words: every
// word is searched as a literal (FTS5 operators, quotes and stray punctuation are never
// syntax), "quoted text" is a phrase, the last word also matches as a prefix while typing,
// and all of them must occur in the item. Hits are ranked by bm25 with titles weighing most.

// One piece of a snippet: text as the user wrote it, and whether it matched the query. The
// parts are plain text; each front end marks the matches in its own safe way.
struct SnippetPart {
    QString text;
    bool match = false;
};

struct SearchHit {
    Entity entity = Entity::Review; // Review, Section, Event, WhyNode, Action, Lesson or Note
    QString itemId;
    QString reviewId;
    QString label;               // a section's title; empty for other items
    std::optional<qint64> atMs;  // an event's time
    QList<SnippetPart> snippet;
    double rank = 0;             // bm25: lower is better
};

// The hits of one review, best first; groups come in the order of their best hit.
struct SearchGroup {
    QString reviewId;
    QString reviewTitle;
    QList<SearchHit> hits;
};

struct SearchResults {
    QList<SearchGroup> groups;
    int hitCount = 0;
    // The query matched so much that only the most recently written items (and the best
    // titles) were ranked: a few more words will find older ones.
    bool capped = false;
    bool ok = true;
    QString error; // for a library without the index or a failed read
};

namespace Search {

// The FTS5 query for what the user typed; empty when there is nothing to search for.
QString ftsQuery(const QString& userText);
// At most limit hits, grouped by review.
SearchResults run(const QSqlDatabase& db, const QString& userText, int limit);

// A snippet as rich text: the text escaped, matches in <b>.
QString snippetHtml(const QList<SnippetPart>& parts);
// A snippet as plain text with the matches between open and close (for terminals).
QString snippetText(const QList<SnippetPart>& parts, const QString& open, const QString& close);
// "Event", "Cause", … for a hit's entity, translated.
QString kindName(Entity entity);

} // namespace Search
} // namespace hs
