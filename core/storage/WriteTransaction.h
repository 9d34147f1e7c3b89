#pragma once

#include "storage/SqlError.h"

#include <QSqlDatabase>

namespace hs {

// One edit = one short BEGIN IMMEDIATE … COMMIT. IMMEDIATE takes the write lock up front, so the
// busy timeout really waits for another writer; Qt's transaction() would issue a deferred BEGIN
// that can fail at once with BUSY when a read turns into a write. Rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    SqlError error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    SqlError m_error;
};

} // namespace hs
