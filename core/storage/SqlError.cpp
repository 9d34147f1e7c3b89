#include "storage/SqlError.h"

#include <sqlite3.h>

namespace hs {

SqlError SqlError::from(const QSqlError& error)
{
    SqlError e;
    if (error.type() == QSqlError::NoError)
        return e;
    bool ok = false;
    e.code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        e.code = SQLITE_ERROR;
    e.text = error.text();
    return e;
}

bool SqlError::isBusy() const
{
    return primary() == SQLITE_BUSY || primary() == SQLITE_LOCKED;
}

bool SqlError::isDiskFull() const
{
    return primary() == SQLITE_FULL || code == SQLITE_IOERR_WRITE;
}

bool SqlError::isReadOnly() const
{
    return primary() == SQLITE_READONLY;
}

bool SqlError::isCorrupt() const
{
    return primary() == SQLITE_CORRUPT;
}

bool SqlError::isNotADatabase() const
{
    return primary() == SQLITE_NOTADB;
}

} // namespace hs
