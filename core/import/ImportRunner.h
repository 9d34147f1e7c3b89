#pragma once

#include "import/CsvImport.h"
#include "import/ImportFormat.h"
#include "import/ImportTypes.h"

#include <QDate>
#include <QHash>

#include <optional>

namespace hs {

// One import as the window and the command line both describe it: which reader, what to read,
// and the choices a person makes (channel, time zone, day, CSV columns, roles for names).
struct ImportRequest {
    ImportFormat format = ImportFormat::Chat;
    QString path;              // a file, or for Slack a folder
    QString pastedText;        // chat only: read instead of path when path is empty
    QString channel;           // Slack: the channel, when path is an export's top folder
    QString timeZone = QStringLiteral("UTC"); // CSV and chat times without an offset
    QDate day;                 // chat lines with a time but no date
    std::optional<CsvMapping> csvMapping;     // CSV: guessed from the header when not given
    bool rolesInsteadOfNames = false;
    QHash<QString, QString> knownRoles;       // name -> role, e.g. from the review's participants
};

// Runs the reader the request names. A request that cannot run (no path, a CSV without a time
// column) comes back with a problem that says what is missing.
ImportResult runImport(const ImportRequest& request, const ImportProgress& progress = {});

// Shows people as their roles ("Incident commander" instead of "Priya Raman") in authors,
// actors and text, for a transcript shared beyond the team. Roles come from knownRoles (the
// review's participants, by name) and then from the source (Slack profile titles); a person
// with neither keeps their name.
void replaceNamesWithRoles(ImportResult& result, const QHash<QString, QString>& knownRoles);

} // namespace hs
