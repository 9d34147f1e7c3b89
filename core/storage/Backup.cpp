#include "storage/Backup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace hs {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hs", text);
}

bool fsyncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

void syncDirectory(const QString& dir)
{
    fsyncPath(dir);
}

QString backupFolderFor(const QString& libraryPath)
{
    const QFileInfo fi(libraryPath);
    return fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral(".backups"));
}

namespace {

QString backupPathAt(const QString& libraryPath, const QString& tag, const QDateTime& at)
{
    const QString stamp = at.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QDir(backupFolderFor(libraryPath))
        .filePath(QStringLiteral("%1.backup-%2-%3.hindsight").arg(QFileInfo(libraryPath).completeBaseName(), tag, stamp));
}

} // namespace

QString backupPathFor(const QString& libraryPath, const QString& tag)
{
    return backupPathAt(libraryPath, tag, QDateTime::currentDateTime());
}

QList<BackupInfo> listBackups(const QString& libraryPath)
{
    const QFileInfo library(libraryPath);
    const QString stem = library.completeBaseName();
    const QString prefix = stem + QStringLiteral(".backup-");
    QList<BackupInfo> out;
    for (const QString& dir : {backupFolderFor(libraryPath), library.absolutePath()}) {
        const QFileInfoList files = QDir(dir).entryInfoList({prefix + QStringLiteral("*.hindsight")}, QDir::Files);
        for (const QFileInfo& f : files) {
            // <stem>.backup-<tag>-<yyyyMMdd>-<HHmmss>.hindsight
            const QString rest = f.fileName().mid(prefix.size()).chopped(int(qstrlen(".hindsight")));
            const QString stamp = rest.right(15);
            const QString tag = rest.left(rest.size() - 16);
            BackupInfo info;
            info.path = f.absoluteFilePath();
            info.size = f.size();
            info.time = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss"));
            if (!info.time.isValid())
                info.time = f.lastModified();
            if (tag == QLatin1String("daily"))
                info.kind = BackupInfo::Daily;
            else if (tag == QLatin1String("pre-restore"))
                info.kind = BackupInfo::PreRestore;
            else if (tag.size() > 1 && tag.startsWith(QLatin1Char('v')) && tag.mid(1).toInt() > 0)
                info.kind = BackupInfo::PreMigration;
            out.append(info);
        }
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.time > b.time; });
    return out;
}

RollingBackupResult rollBackups(sqlite3* source, const QString& libraryPath, const QDateTime& now,
                                const RollingBackupPolicy& policy)
{
    RollingBackupResult result;
    const QList<BackupInfo> existing = listBackups(libraryPath);
    const bool recent = std::any_of(existing.cbegin(), existing.cend(), [&](const BackupInfo& b) {
        return b.time <= now && b.time.secsTo(now) < 24 * 60 * 60;
    });
    if (!recent) {
        const QString target = backupPathAt(libraryPath, QStringLiteral("daily"), now);
        if (!backupDatabase(source, target, &result.error)) {
            result.ok = false;
            return result;
        }
        result.path = target;
    }
    // Only the folder's own backups are pruned; older files beside the library stay.
    const QString folder = QDir(backupFolderFor(libraryPath)).absolutePath();
    QHash<int, int> kept;
    for (const BackupInfo& b : listBackups(libraryPath)) {
        if (QFileInfo(b.path).absolutePath() != folder || b.kind == BackupInfo::Other)
            continue;
        const int limit = b.kind == BackupInfo::Daily          ? policy.keepDaily
                          : b.kind == BackupInfo::PreMigration ? policy.keepPreMigration
                                                               : policy.keepPreRestore;
        if (++kept[b.kind] > limit && QFile::remove(b.path))
            ++result.removed;
    }
    return result;
}

bool backupDatabase(sqlite3* source, const QString& targetPath, QString* error,
                    const std::function<bool(sqlite3*, QString*)>& adjust)
{
    // A name of its own: two processes (or a window's worker and a command) opening the same
    // library in the same second both make the day's backup, and must not write one file.
    const QString tmpPath = QStringLiteral("%1.%2-%3.part")
                                .arg(targetPath)
                                .arg(QCoreApplication::applicationPid())
                                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QDir().mkpath(QFileInfo(targetPath).absolutePath());
    QFile::remove(tmpPath);
    sqlite3* dest = nullptr;
    const QByteArray tmpName = QFile::encodeName(tmpPath);
    int rc = sqlite3_open_v2(tmpName.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        if (dest)
            sqlite3_close(dest);
        QFile::remove(tmpPath);
        return false;
    };
    if (rc != SQLITE_OK)
        return fail(tr("cannot create %1: %2").arg(tmpPath, QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup)
        return fail(QString::fromUtf8(sqlite3_errmsg(dest)));
    // Copy in chunks so a writer in another process is not held off for the whole copy.
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errstr(rc)));
    QString why;
    if (adjust && !adjust(dest, &why))
        return fail(why);

    sqlite3_stmt* check = nullptr;
    QString checkResult;
    if (sqlite3_prepare_v2(dest, "PRAGMA integrity_check", -1, &check, nullptr) == SQLITE_OK) {
        if (sqlite3_step(check) == SQLITE_ROW)
            checkResult = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)));
        sqlite3_finalize(check);
    }
    if (checkResult != QLatin1String("ok"))
        return fail(tr("the copy failed its integrity check: %1").arg(checkResult));
    sqlite3_close(dest);
    dest = nullptr;

    if (!fsyncPath(tmpPath))
        return fail(tr("cannot flush %1 to disk").arg(tmpPath));
    if (::rename(tmpName.constData(), QFile::encodeName(targetPath).constData()) != 0)
        return fail(tr("cannot rename the copy to %1: %2").arg(targetPath, QString::fromLocal8Bit(strerror(errno))));
    syncDirectory(QFileInfo(targetPath).absolutePath());
    return true;
}

} // namespace hs
