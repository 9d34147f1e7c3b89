#include "storage/Query.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSql, "hindsight.sql")

namespace hs {

Query::Query(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared) {
        m_error = SqlError::from(m_query.lastError());
        qCWarning(lcSql) << "prepare failed:" << m_error.code << m_error.text << "SQL:" << m_sql;
    }
}

Query::Query(const QSqlDatabase& db, const char* sql)
    : Query(db, QString::fromUtf8(sql))
{
}

Query& Query::bind(const QVariant& value)
{
    m_binds.append(value);
    m_query.addBindValue(value);
    return *this;
}

bool Query::exec()
{
    if (!m_prepared)
        return false;
    if (m_query.exec()) {
        m_error = SqlError();
        return true;
    }
    m_error = SqlError::from(m_query.lastError());
    if (!m_error.isBusy()) {
        // Bound values can be whole documents: log their start only.
        QStringList binds;
        for (const QVariant& v : std::as_const(m_binds)) {
            const QString text = v.isNull() ? QStringLiteral("NULL") : v.toString();
            binds.append(text.size() > 60 ? text.left(60) + QStringLiteral("…(%1 chars)").arg(text.size()) : text);
        }
        qCWarning(lcSql) << "exec failed:" << m_error.code << m_error.text << "SQL:" << m_sql << "binds:" << binds;
    }
    return false;
}

std::optional<qint64> Query::optInteger(int i) const
{
    const QVariant v = m_query.value(i);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

} // namespace hs
