#pragma once

#include "export/Report.h"

namespace hs {

// GitHub-flavoured Markdown: headings, tables for the timeline and actions, nested lists for the
// causes. Every piece of user text is escaped, so "<script>", "*", "|" or "# " in a review
// stays text.
QString reportToMarkdown(const Report& report);

// Escapes text for a Markdown paragraph (line breaks kept as hard breaks) or, with inTable, for
// a table cell (line breaks become <br>).
QString markdownEscape(const QString& text, bool inTable = false);

} // namespace hs
