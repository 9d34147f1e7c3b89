#pragma once

#include <QString>
#include <QStringList>

namespace hs {

// The result of PRAGMA quick_check on a file, run through its own read-only connection so it
// can happen on a worker thread while the window is already usable.
struct IntegrityReport {
    bool ran = false;        // false: the file could not be read (error says why)
    QStringList problems;    // empty when the check passed
    QString error;
    int sqliteCode = 0;      // the primary result code when it did not run

    bool ok() const { return ran && problems.isEmpty(); }
};

// quick_check reads every page but skips the slow index cross-checks: it catches torn or
// overwritten pages. maxProblems bounds the report on a badly damaged file.
IntegrityReport quickCheckFile(const QString& path, int maxProblems = 5);

} // namespace hs
