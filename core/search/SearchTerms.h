#pragma once

#include "search/Search.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hs::Search {

// What the user typed, as terms: plain words and "quoted phrases"; the last one is a prefix
// while it is still being typed (no space after it, at least two characters).
struct Term {
    QString text;
    bool phrase = false;
    bool prefix = false;
};
QList<Term> parseTerms(const QString& userText);

// Folds a word as the index's tokenizer does (unicode61, remove_diacritics 2): case and
// accents do not matter.
QString fold(const QString& word);

// The snippet for one item: the column with the most matched words, cut to a window of about
// `tokens` words around them, the matched words marked. Built from the stored text rather
// than by FTS5's snippet(), which costs a phrase query's position lists per row.
QList<SnippetPart> makeSnippet(const QStringList& columns, const QList<Term>& terms, int tokens = 14);

} // namespace hs::Search
