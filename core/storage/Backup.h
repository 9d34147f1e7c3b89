#pragma once

#include <QDateTime>
#include <QList>
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

// Backups of a library live in one folder beside it, "<dir>/<stem>.backups/", named
// "<stem>.backup-<tag>-<yyyyMMdd-HHmmss>.hindsight"; tag is "daily", "v<N>" (before migrating
// from format N) or "pre-restore". (Hindsight before format 4 put pre-migration backups beside
// the library itself; listBackups still finds those.)
QString backupFolderFor(const QString& libraryPath);
QString backupPathFor(const QString& libraryPath, const QString& tag);

struct BackupInfo {
    enum Kind { Daily, PreMigration, PreRestore, Other };
    QString path;
    QDateTime time; // from the name (local time), else the file's modification time
    Kind kind = Other;
    qint64 size = 0;
};

// Every backup of the library, newest first.
QList<BackupInfo> listBackups(const QString& libraryPath);

struct RollingBackupPolicy {
    int keepDaily = 5;
    int keepPreMigration = 3;
    int keepPreRestore = 3;
};

struct RollingBackupResult {
    bool ok = true;      // false: the backup was needed but failed (error says why)
    QString path;        // the backup made; empty when none was due
    QString error;
    int removed = 0;     // old backups deleted by the policy
};

// The daily backup: made from source (a live connection to libraryPath) unless a backup younger
// than 24 hours exists, then the oldest beyond the policy's counts are deleted, per kind.
RollingBackupResult rollBackups(sqlite3* source, const QString& libraryPath, const QDateTime& now,
                                const RollingBackupPolicy& policy = RollingBackupPolicy());

// Makes a rename or a new file in dir durable.
void syncDirectory(const QString& dir);

} // namespace hs
