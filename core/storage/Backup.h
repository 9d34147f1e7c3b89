#pragma once

#include <QString>

#include <functional>

struct sqlite3;

namespace hs {

// Copies a live database with SQLite's online backup API into a temporary file next to the
// target, checks the copy with integrity_check, fsyncs it and renames it into place. (VACUUM INTO
// does not fsync its output; copying the file bytes can catch a half-written transaction.)
// adjust, if given, runs on the copy before it is checked and renamed into place (saveCopyAs
// gives the copy its own identity there, so no copy with the old one is ever visible).
bool backupDatabase(sqlite3* source, const QString& targetPath, QString* error,
                    const std::function<bool(sqlite3* copy, QString* error)>& adjust = {});

// "<dir>/<stem>.backup-<tag>-<yyyyMMdd-HHmmss>.hindsight" beside the library.
QString backupPathFor(const QString& libraryPath, const QString& tag);

// Makes a rename or a new file in dir durable.
void syncDirectory(const QString& dir);

} // namespace hs
