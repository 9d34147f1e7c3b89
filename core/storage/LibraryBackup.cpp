// Backups of a library: the daily one and restoring one into the live file.

#include "storage/Library.h"

#include "storage/Migrator.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace hs {

namespace {

QString scalar(sqlite3* db, const char* sql)
{
    sqlite3_stmt* s = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return out;
}

// A read-only connection of our own, closed on scope exit.
struct RawConnection {
    sqlite3* db = nullptr;
    int rc = SQLITE_OK;
    explicit RawConnection(const QString& path)
    {
        rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_busy_timeout(db, 5000);
    }
    ~RawConnection() { sqlite3_close(db); }
};

} // namespace

RollingBackupResult Library::backupDaily(const QString& path, const RollingBackupPolicy& policy)
{
    RawConnection source(path);
    if (source.rc != SQLITE_OK) {
        RollingBackupResult r;
        r.ok = false;
        r.error = QString::fromUtf8(sqlite3_errstr(source.rc));
        return r;
    }
    return rollBackups(source.db, path, QDateTime::currentDateTime(), policy);
}

WriteResult Library::saveCopyAs(const QString& libraryPath, const QString& path)
{
    RawConnection source(libraryPath);
    const QString fileId = source.rc == SQLITE_OK ? scalar(source.db, "SELECT value FROM meta WHERE key = 'file_id'")
                                                  : QString();
    if (fileId.isEmpty())
        return WriteResult::failure(WriteResult::Invalid,
                                    tr("Could not save a copy: “%1” cannot be read as a Hindsight library.")
                                        .arg(QDir::toNativeSeparators(libraryPath)));
    return saveCopy(source.db, fileId, path);
}

WriteResult Library::restoreFromBackup(const QString& backupPath)
{
    const QString file = QDir::toNativeSeparators(backupPath);
    if (isReadOnly())
        return WriteResult::failure(WriteResult::ReadOnly, readOnlyReason().message());
    if (!QFileInfo(backupPath).isFile())
        return WriteResult::failure(WriteResult::NotFound, tr("The backup “%1” does not exist.").arg(file));
    RawConnection backup(backupPath);
    if (backup.rc != SQLITE_OK)
        return WriteResult::failure(WriteResult::Invalid, tr("The backup “%1” cannot be read.").arg(file));
    const QString appId = scalar(backup.db, "PRAGMA application_id");
    if (appId.isEmpty() || appId.toUInt() != Schema::applicationId)
        return WriteResult::failure(WriteResult::Invalid, tr("“%1” is not a backup of a Hindsight library.").arg(file));
    const QString check = scalar(backup.db, "PRAGMA integrity_check");
    if (check != QLatin1String("ok")) {
        return WriteResult::failure(WriteResult::Invalid,
                                    tr("The backup “%1” is damaged (%2); the library was left as it is.")
                                        .arg(file, check.isEmpty() ? tr("it cannot be read") : check));
    }
    if (scalar(backup.db, "SELECT value FROM meta WHERE key = 'file_id'") != m_db->fileId()) {
        return WriteResult::failure(WriteResult::Invalid,
                                    tr("“%1” is a backup of another library; the library was left as it is.").arg(file));
    }
    const int version = scalar(backup.db, "PRAGMA user_version").toInt();
    if (version > Schema::currentVersion) {
        return WriteResult::failure(WriteResult::Invalid,
                                    tr("The backup “%1” was made by a newer Hindsight; the library was left as it is.")
                                        .arg(file));
    }

    QString why;
    if (!backupDatabase(m_db->handle(), backupPathFor(path(), QStringLiteral("pre-restore")), &why))
        return WriteResult::failure(WriteResult::Failed, tr("Could not back up the library before restoring: %1").arg(why));
    const qint64 seqBefore = lastChangeSeq();

    // Into the live file, page by page, as one write transaction on it: other connections
    // stay valid and see a new data_version.
    sqlite3_backup* copy = sqlite3_backup_init(m_db->handle(), "main", backup.db, "main");
    if (!copy)
        return WriteResult::failure(WriteResult::Failed, QString::fromUtf8(sqlite3_errmsg(m_db->handle())));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(copy, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE) {
        WriteResult r = WriteResult::fromSql(SqlError{sqlite3_extended_errcode(m_db->handle()), QString::fromUtf8(sqlite3_errstr(rc))});
        return r;
    }
    if (version < Schema::currentVersion) {
        const MigrationResult migrated = migrate(m_db->connection(), version, Schema::currentVersion, Schema::migrationSteps());
        if (!migrated.ok)
            return WriteResult::failure(WriteResult::Failed, migrated.error);
    }
    // Watchers elsewhere have seen seqs up to seqBefore: the restored log must go on after
    // that, with one row telling them to reload everything.
    Edit edit(*this);
    Query bump(edit.connection(), "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'change_log'");
    bump.bind(seqBefore);
    Query reload(edit.connection(), "INSERT INTO change_log(tbl, row_id, review_id, op, rev, actor, at_ms) "
                                    "VALUES ('*', '', NULL, 'reload', 0, ?, ?)");
    reload.bind(m_actor).bind(edit.now());
    if (edit.isOk() && (!bump.exec() || !reload.exec()))
        edit.failWith(bump.error().isError() ? bump.error() : reload.error());
    return edit.commit();
}

} // namespace hs
