#include "storage/WriteTransaction.h"

#include <QSqlQuery>

namespace hs {

WriteTransaction::WriteTransaction(const QSqlDatabase& db)
    : m_db(db)
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_active = true;
    else
        m_error = SqlError::from(q.lastError());
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        // A failed COMMIT (BUSY, FULL) leaves the transaction open: roll it back so the
        // connection is usable, and let the caller keep the edit for a retry.
        m_error = SqlError::from(q.lastError());
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace hs
