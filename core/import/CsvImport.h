#pragma once

#include "import/ImportTypes.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace hs {

// Comma-separated files as spreadsheets and logging tools write them (RFC 4180): quoted fields
// with doubled quotes, delimiters and line breaks inside quotes, CRLF or LF, UTF-8 with or
// without a byte order mark. Semicolons (spreadsheets in locales with a decimal comma) and tabs
// are read too; the delimiter is the one the header line uses most.
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines;           // the 1-based line each row starts on (fields can span lines)
    QChar delimiter = QLatin1Char(',');
    int errorLine = 0;             // with an error: the line it is on
};

// Reads the file; on failure *error says why (translated) and errorLine where.
CsvTable readCsv(const QString& path, QString* error);
CsvTable parseCsv(const QString& text, QString* error);

// Which column holds what. Columns are 0-based; -1 is "none". Times without an offset are in
// timeZone (an IANA id; empty is UTC).
struct CsvMapping {
    int timeColumn = -1;
    int authorColumn = -1;
    int textColumn = -1;
    int kindColumn = -1;
    int threadColumn = -1;
    QString timeZone;
    bool asEvents = false;         // rows become timeline events instead of transcript messages
};

// A first guess from the header names (time/timestamp/date/when, author/user/name/who,
// text/message/body/description/what, kind/type/event, thread), for the person to confirm. asEvents
// is guessed when most cells of the kind column name an event kind.
CsvMapping guessCsvMapping(const CsvTable& table);

// The event kind code a cell names ("Mitigation", "key moment", "key_moment"), or empty.
QString csvEventKind(const QString& cell);

// Rows become messages or events with externalId "csv:<SHA-1 of the row>" (cells trimmed), so
// the same rows give the same ids whatever the quoting, line endings or mapping.
ImportResult importCsv(const QString& path, const CsvMapping& mapping, const ImportProgress& progress = {});

} // namespace hs
