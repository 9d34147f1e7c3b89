#pragma once

#include <QSqlError>
#include <QString>

namespace hs {

// A failed statement, with SQLite's own result code. Qt reports step failures as a
// ConnectionError "Unable to fetch row", so the native code is what tells BUSY from FULL.
struct SqlError {
    int code = 0; // SQLite extended result code; 0 = no error
    QString text;

    static SqlError from(const QSqlError& error);
    bool isError() const { return code != 0 || !text.isEmpty(); }
    int primary() const { return code & 0xFF; }
    bool isBusy() const;     // BUSY, LOCKED (and their extended codes): retry later
    bool isDiskFull() const; // FULL, or a write error from a file-size limit
    bool isReadOnly() const;
    bool isCorrupt() const;
    bool isNotADatabase() const;
};

} // namespace hs
