#include "storage/Migrator.h"

#include "storage/Query.h"
#include "storage/WriteTransaction.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace hs {

namespace {

bool execAll(const QSqlDatabase& db, const QStringList& statements, QString* error)
{
    for (const QString& sql : statements) {
        Query q(db, sql);
        if (!q.exec()) {
            if (error)
                *error = q.error().text;
            return false;
        }
    }
    return true;
}

} // namespace

MigrationResult migrate(const QSqlDatabase& db, int fromVersion, int targetVersion, const QList<Schema::Step>& steps)
{
    MigrationResult result;
    result.reachedVersion = fromVersion;
    for (int version = fromVersion; version < targetVersion; ++version) {
        const Schema::Step* step = nullptr;
        for (const Schema::Step& s : steps) {
            if (s.toVersion == version + 1)
                step = &s;
        }
        if (!step) {
            result.ok = false;
            result.error = QCoreApplication::translate("hs::Migrator", "no update step from format %1 to %2")
                               .arg(version)
                               .arg(version + 1);
            return result;
        }
        WriteTransaction tx(db);
        if (!tx.isActive()) {
            result.ok = false;
            result.error = tx.error().text;
            return result;
        }
        QStringList statements = step->statements;
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        QString error;
        if (!execAll(db, statements, &error) || !tx.commit()) {
            result.ok = false;
            result.error = error.isEmpty() ? tx.error().text : error;
            return result;
        }
        result.reachedVersion = version + 1;
    }
    return result;
}

bool initialiseSchema(const QSqlDatabase& db, const QString& actor, QString* error)
{
    WriteTransaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error().text;
        return false;
    }
    QStringList statements = Schema::createStatements();
    statements.append(QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId));
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion));
    if (!execAll(db, statements, error))
        return false;
    const QList<QPair<QString, QString>> meta = {
        {QStringLiteral("file_id"), newId()},
        {QStringLiteral("read_compat"), QString::number(Schema::readCompat)},
        {QStringLiteral("write_compat"), QString::number(Schema::writeCompat)},
        {QStringLiteral("created_by"), QStringLiteral("Hindsight " HINDSIGHT_VERSION)},
        {QStringLiteral("created_ms"), QString::number(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("created_actor"), actor.isEmpty() ? QStringLiteral("unknown") : actor},
    };
    for (const auto& [key, value] : meta) {
        Query q(db, "INSERT INTO meta(key, value) VALUES (?, ?)");
        q.bind(key).bind(value);
        if (!q.exec()) {
            if (error)
                *error = q.error().text;
            return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error().text;
        return false;
    }
    return true;
}

} // namespace hs
