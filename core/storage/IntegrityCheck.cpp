#include "storage/IntegrityCheck.h"

#include <QFile>

#include <sqlite3.h>

namespace hs {

IntegrityReport quickCheckFile(const QString& path, int maxProblems)
{
    IntegrityReport report;
    sqlite3* db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    int rc = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt* stmt = nullptr;
    const QByteArray sql = "PRAGMA quick_check(" + QByteArray::number(maxProblems) + ")";
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            const QString line = QString::fromUtf8(text ? text : "");
            if (line != QLatin1String("ok"))
                report.problems.append(line);
        }
        report.ran = rc == SQLITE_DONE;
    }
    if (!report.ran) {
        // A file damaged badly enough fails the check itself (SQLITE_CORRUPT): that is a
        // finding, not an inability to look.
        const int code = db ? sqlite3_errcode(db) & 0xff : rc;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            report.ran = true;
            report.problems.append(QString::fromUtf8(sqlite3_errmsg(db)));
        } else {
            report.error = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
            report.sqliteCode = code;
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close_v2(db);
    return report;
}

} // namespace hs
