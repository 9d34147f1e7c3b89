#pragma once

#include <QString>

namespace hs {

// Why a library file could not be opened (or was opened read-only), precise enough to tell the
// user what to do. message() is translated.
struct OpenError {
    enum Code {
        None,
        NotFound,
        IsDirectory,
        NotReadable,
        Empty,
        NotSqlite,
        OtherApplication,
        TooNew,
        Locked,
        Corrupt,
        CannotCreate,
        MigrationFailed,
        BackupFailed,
        DriverMissing,
    };

    Code code = None;
    QString path;
    QString detail;
    int fileVersion = 0;   // schema version found in the file
    int neededVersion = 0; // schema version the file asks of a reader
    quint32 applicationId = 0;

    bool isError() const { return code != None; }
    QString message() const;
};

// Why a library that opened fine cannot be written.
struct ReadOnlyReason {
    enum Code { None, Requested, FileReadOnly, FolderReadOnly, NewerVersion, Damaged };
    Code code = None;
    QString detail;
    int fileVersion = 0;

    bool isReadOnly() const { return code != None; }
    QString message() const;
};

} // namespace hs
