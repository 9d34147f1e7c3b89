#pragma once

#include <QList>
#include <QStringList>

namespace hs {

// The file format. A new file gets the full current schema; an older one is brought forward by
// the numbered steps, each in one BEGIN IMMEDIATE with its user_version. read_compat and
// write_compat in the meta table say which reader versions may read or write a file, so an
// additive change keeps older Hindsights able to open it.
namespace Schema {

inline constexpr quint32 applicationId = 0x48534754; // 'HSGT'
inline constexpr int currentVersion = 6;
inline constexpr int readCompat = 1;
inline constexpr int writeCompat = 1;

struct Step {
    int toVersion;
    QStringList statements;
};

// DDL for a new file at currentVersion, without the pragmas.
QStringList createStatements();
// Steps N -> N+1 for every released version below currentVersion.
QList<Step> migrationSteps();

} // namespace Schema
} // namespace hs
