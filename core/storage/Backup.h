#pragma once

#include <QString>

struct sqlite3;

namespace hs {

// Copies a live database with SQLite's online backup API into a temporary file next to the
// target, checks the copy with integrity_check, fsyncs it and renames it into place. (VACUUM INTO
// does not fsync its output; copying the file bytes can catch a half-written transaction.)
bool backupDatabase(sqlite3* source, const QString& targetPath, QString* error);

// "<dir>/<stem>.backup-<tag>-<yyyyMMdd-HHmmss>.hindsight" beside the library.
QString backupPathFor(const QString& libraryPath, const QString& tag);

// Makes a rename or a new file in dir durable.
void syncDirectory(const QString& dir);

} // namespace hs
