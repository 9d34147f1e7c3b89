#pragma once

#include "storage/Schema.h"

#include <QSqlDatabase>
#include <QString>

namespace hs {

// Applies Schema steps from the file's user_version up to target, each step and its
// PRAGMA user_version in one BEGIN IMMEDIATE (SQLite's DDL is transactional, so a failed step
// leaves the file at the previous version).
struct MigrationResult {
    bool ok = true;
    int reachedVersion = 0;
    QString error;
};

MigrationResult migrate(const QSqlDatabase& db, int fromVersion, int targetVersion, const QList<Schema::Step>& steps);

// Writes the full current schema into an empty database, in one transaction.
bool initialiseSchema(const QSqlDatabase& db, const QString& actor, QString* error);

} // namespace hs
