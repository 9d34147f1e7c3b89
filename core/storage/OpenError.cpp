#include "storage/OpenError.h"

#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDir>

namespace hs {

QString OpenError::message() const
{
    const QString file = QDir::toNativeSeparators(path);
    auto tr = [](const char* text) { return QCoreApplication::translate("hs::OpenError", text); };
    switch (code) {
    case None:
        return QString();
    case NotFound:
        return tr("“%1” does not exist.").arg(file);
    case IsDirectory:
        return tr("“%1” is a folder, not a Hindsight library.").arg(file);
    case NotReadable:
        return tr("“%1” cannot be read: %2").arg(file, detail);
    case Empty:
        return tr("“%1” is empty (0 bytes) and holds no library. It may have been cut short while "
                  "copying; look for the original or a backup.")
            .arg(file);
    case NotSqlite:
        return tr("“%1” is not a Hindsight library: it is not an SQLite database at all.").arg(file);
    case OtherApplication:
        if (applicationId != 0)
            return tr("“%1” is an SQLite database of another application (application id 0x%2), "
                      "not a Hindsight library. Hindsight did not change it.")
                .arg(file)
                .arg(applicationId, 8, 16, QLatin1Char('0'));
        return tr("“%1” is an SQLite database of another application, not a Hindsight library. "
                  "Hindsight did not change it.")
            .arg(file);
    case TooNew:
        return tr("“%1” was written by a newer Hindsight (file format %2; this version reads up to %3). "
                  "Update Hindsight to open it.")
            .arg(file)
            .arg(neededVersion)
            .arg(Schema::currentVersion);
    case Locked:
        return tr("“%1” is locked by another program that is writing to it. Try again in a moment.").arg(file);
    case Corrupt:
        return tr("“%1” is damaged and cannot be read (%2). Restore it from a backup.").arg(file, detail);
    case CannotCreate:
        return tr("Cannot create the library “%1”: %2").arg(file, detail);
    case MigrationFailed:
        return tr("Could not update “%1” to the current file format: %2. The file was left as it was.")
            .arg(file, detail);
    case BackupFailed:
        return tr("Could not back up “%1” before updating its format: %2. The file was left as it was.")
            .arg(file, detail);
    case DriverMissing:
        return tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).");
    }
    return QString();
}

QString ReadOnlyReason::message() const
{
    auto tr = [](const char* text) { return QCoreApplication::translate("hs::ReadOnlyReason", text); };
    switch (code) {
    case None:
        return QString();
    case Requested:
        return tr("Opened read-only as requested.");
    case FileReadOnly:
        return tr("Read-only: you do not have permission to change this file.");
    case FolderReadOnly:
        return tr("Read-only: the folder holding this file cannot be written, and Hindsight needs to "
                  "write a journal file next to it to save changes safely.");
    case NewerVersion:
        return tr("Read-only: this file was written by a newer Hindsight (file format %1). You can read "
                  "and export it; update Hindsight to change it.")
            .arg(fileVersion);
    case Damaged:
        return tr("Read-only: the file failed its integrity check (%1). You can read and export what is "
                  "there; restore it from a backup to change it.")
            .arg(detail);
    }
    return QString();
}

} // namespace hs
