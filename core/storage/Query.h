#pragma once

#include "storage/SqlError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace hs {

// A thin wrapper over QSqlQuery: positional binds, forward-only, and a log line with the SQL
// and its parameters on failure. Reads are meant to be consumed to the end in one function
// (an open statement holds a SHARED lock that blocks other processes' commits).
class Query
{
public:
    Query(const QSqlDatabase& db, const QString& sql);
    Query(const QSqlDatabase& db, const char* sql);

    Query& bind(const QVariant& value);
    bool exec();
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    QString text(int i) const { return m_query.value(i).toString(); }
    qint64 integer(int i) const { return m_query.value(i).toLongLong(); }
    std::optional<qint64> optInteger(int i) const;
    int rowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }
    SqlError error() const { return m_error; }

private:
    QSqlQuery m_query;
    QString m_sql;
    QVariantList m_binds;
    bool m_prepared = false;
    SqlError m_error;
};

} // namespace hs
