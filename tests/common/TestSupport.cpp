#include "TestSupport.h"

#include <QFile>
#include <QProcess>

#include <sqlite3.h>

namespace hs::test {

std::unique_ptr<QTemporaryDir> tempDir()
{
    auto dir = std::make_unique<QTemporaryDir>();
    dir->setAutoRemove(true);
    return dir;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool rawExec(const QString& path, const QString& sql, QString* error)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(message ? message : "error");
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QString rawScalar(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    QString result;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK) {
            if (sqlite3_step(stmt) == SQLITE_ROW)
                result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
            sqlite3_finalize(stmt);
        }
    }
    sqlite3_close(db);
    return result;
}

TmpfsMount::TmpfsMount(const QString& sizeSpec)
    : m_dir(tempDir())
{
    const int rc = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                               QStringLiteral("size=") + sizeSpec, QStringLiteral("tmpfs"),
                                                               m_dir->path()});
    m_mounted = rc == 0;
}

TmpfsMount::~TmpfsMount()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir->path()});
}

bool TmpfsMount::remountReadOnly()
{
    return m_mounted
        && QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir->path()})
        == 0;
}

ImportResult generatedChat(int count, const QString& channel)
{
    ImportResult r;
    r.format = QStringLiteral("slack");
    r.sourceName = QStringLiteral("#inc-") + channel.toLower();
    for (int i = 0; i < count; ++i) {
        ImportedMessage m;
        m.externalId = QStringLiteral("slack:%1:%2").arg(channel).arg(i);
        m.atMs = (1712999000LL + i) * 1000;
        m.author = QStringLiteral("Priya Raman");
        m.text = QStringLiteral("message %1").arg(i);
        r.messages.append(m);
    }
    return r;
}

} // namespace hs::test
