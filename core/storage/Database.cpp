#include "storage/Database.h"

#include "storage/IntegrityCheck.h"

#include "storage/Backup.h"
#include "storage/Migrator.h"
#include "storage/Query.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QtEndian>

#include <sqlite3.h>

#include <unistd.h>

namespace hs {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("hindsight-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What the first 100 bytes (the SQLite header) say, read without SQLite so a foreign file is
// never handed to it for writing.
struct Header {
    bool sqlite = false;
    quint32 applicationId = 0;
    qint64 size = 0;
};

bool readHeader(const QString& path, Header* header, OpenError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error->code = OpenError::NotReadable;
        error->detail = file.errorString();
        return false;
    }
    header->size = file.size();
    const QByteArray bytes = file.read(100);
    static const char magic[] = "SQLite format 3";
    header->sqlite = bytes.size() == 100 && bytes.startsWith(QByteArray(magic, sizeof magic));
    if (header->sqlite)
        header->applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return true;
}

bool canWrite(const QString& path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

OpenError::Code codeForSqlError(const SqlError& e)
{
    if (e.isNotADatabase())
        return OpenError::NotSqlite;
    if (e.isBusy())
        return OpenError::Locked;
    if (e.isCorrupt())
        return OpenError::Corrupt;
    return OpenError::NotReadable;
}

} // namespace

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

sqlite3* Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

QString Database::metaValue(const QString& key) const
{
    Query q(m_db, "SELECT value FROM meta WHERE key = ?");
    q.bind(key);
    QString value;
    if (q.exec() && q.next())
        value = q.text(0);
    return value;
}

bool Database::connect(const QString& path, bool readOnly, int busyTimeoutMs, OpenError* error)
{
    m_path = path;
    m_name = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!m_db.isValid()) {
        error->code = OpenError::DriverMissing;
        return false;
    }
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        error->code = OpenError::NotReadable;
        error->detail = m_db.lastError().text();
        return false;
    }
    return true;
}

// Pragmas every connection needs. journal_mode is checked by reading it back: a file left in
// WAL by another tool must not stay in WAL on a shared folder.
bool Database::configure(OpenError* error)
{
    auto run = [&](const char* sql, QString* result = nullptr) {
        Query q(m_db, sql);
        if (!q.exec()) {
            error->code = codeForSqlError(q.error());
            error->detail = q.error().text;
            return false;
        }
        if (result && q.next())
            *result = q.text(0);
        q.finish();
        return true;
    };
    if (!run("PRAGMA foreign_keys = ON") || !run("PRAGMA trusted_schema = OFF"))
        return false;
    if (!isReadOnly()) {
        QString mode;
        if (!run("PRAGMA journal_mode = DELETE", &mode))
            return false;
        if (mode.compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
            error->code = OpenError::Locked;
            error->detail = QStringLiteral("journal_mode=%1").arg(mode);
            return false;
        }
        if (!run("PRAGMA synchronous = EXTRA"))
            return false;
    }
    return true;
}

std::unique_ptr<Database> Database::open(const QString& path, const Options& options, OpenError* errorOut)
{
    OpenError scratch;
    OpenError* error = errorOut ? errorOut : &scratch;
    *error = OpenError();
    error->path = path;

    const QFileInfo fi(path);
    if (!fi.exists()) {
        error->code = OpenError::NotFound;
        return nullptr;
    }
    if (fi.isDir()) {
        error->code = OpenError::IsDirectory;
        return nullptr;
    }
    Header header;
    if (!readHeader(path, &header, error))
        return nullptr;
    if (header.size == 0) {
        error->code = OpenError::Empty;
        return nullptr;
    }
    if (!header.sqlite) {
        error->code = OpenError::NotSqlite;
        return nullptr;
    }
    if (header.applicationId != 0 && header.applicationId != Schema::applicationId) {
        error->code = OpenError::OtherApplication;
        error->applicationId = header.applicationId;
        return nullptr;
    }

    // The most specific reason wins: a read-only file opened "read-only as requested" still
    // says that it could not have been written anyway.
    std::unique_ptr<Database> db(new Database);
    if (!canWrite(fi.absoluteFilePath()))
        db->m_readOnly.code = ReadOnlyReason::FileReadOnly;
    else if (!canWrite(fi.absolutePath()))
        db->m_readOnly.code = ReadOnlyReason::FolderReadOnly;
    else if (options.mode == Mode::ReadOnly)
        db->m_readOnly.code = ReadOnlyReason::Requested;

    if (!db->connect(fi.absoluteFilePath(), db->isReadOnly(), options.busyTimeoutMs, error))
        return nullptr;

    // The first statement is where SQLite notices a file that is not a database (26) or damaged.
    Query idQuery(db->m_db, "PRAGMA application_id");
    if (!idQuery.exec() || !idQuery.next()) {
        error->code = codeForSqlError(idQuery.error());
        error->detail = idQuery.error().text;
        return nullptr;
    }
    const quint32 appId = static_cast<quint32>(idQuery.integer(0));
    idQuery.finish();
    Query tables(db->m_db, "SELECT count(*) FROM sqlite_schema");
    if (!tables.exec() || !tables.next()) {
        error->code = codeForSqlError(tables.error());
        error->detail = tables.error().text;
        return nullptr;
    }
    const qint64 tableCount = tables.integer(0);
    tables.finish();
    if (appId != Schema::applicationId && (appId != 0 || tableCount > 0)) {
        error->code = OpenError::OtherApplication;
        error->applicationId = appId;
        return nullptr;
    }

    if (!db->configure(error))
        return nullptr;

    if (tableCount == 0) {
        // A valid, empty SQLite file: make it a library.
        if (db->isReadOnly()) {
            error->code = OpenError::CannotCreate;
            error->detail = db->m_readOnly.message();
            return nullptr;
        }
        QString why;
        if (!initialiseSchema(db->m_db, options.actor, &why)) {
            error->code = OpenError::CannotCreate;
            error->detail = why;
            return nullptr;
        }
    }

    Query versionQuery(db->m_db, "PRAGMA user_version");
    if (!versionQuery.exec() || !versionQuery.next()) {
        error->code = codeForSqlError(versionQuery.error());
        error->detail = versionQuery.error().text;
        return nullptr;
    }
    db->m_version = static_cast<int>(versionQuery.integer(0));
    versionQuery.finish();

    if (db->m_version > options.targetVersion) {
        const int readCompat = db->metaValue(QStringLiteral("read_compat")).toInt();
        const int writeCompat = db->metaValue(QStringLiteral("write_compat")).toInt();
        if (readCompat == 0 || readCompat > options.targetVersion) {
            error->code = OpenError::TooNew;
            error->fileVersion = db->m_version;
            error->neededVersion = readCompat ? readCompat : db->m_version;
            return nullptr;
        }
        if (writeCompat == 0 || writeCompat > options.targetVersion) {
            db->m_readOnly.code = ReadOnlyReason::NewerVersion;
            db->m_readOnly.fileVersion = db->m_version;
        }
    }

    // A damaged file still opens, read-only, so its content can be exported.
    if (options.quickCheck || db->m_version < options.targetVersion) {
        const IntegrityReport report = quickCheckFile(db->m_path);
        if (!report.ran) {
            const bool locked = report.sqliteCode == SQLITE_BUSY || report.sqliteCode == SQLITE_LOCKED;
            error->code = locked ? OpenError::Locked : OpenError::NotReadable;
            error->detail = report.error;
            return nullptr;
        }
        if (!report.ok())
            db->markDamaged(report.problems.join(QStringLiteral("; ")));
    }

    if (db->m_version < options.targetVersion && options.mode == Mode::ReadWrite) {
        if (db->isReadOnly()) {
            error->code = OpenError::MigrationFailed;
            error->detail = db->m_readOnly.message();
            return nullptr;
        }
        QString why;
        const QString backup = backupPathFor(fi.absoluteFilePath(), QStringLiteral("v%1").arg(db->m_version));
        if (!backupDatabase(db->handle(), backup, &why)) {
            error->code = OpenError::BackupFailed;
            error->detail = why;
            return nullptr;
        }
        db->m_lastBackup = backup;
        const MigrationResult result = migrate(db->m_db, db->m_version, options.targetVersion, options.steps);
        db->m_version = result.reachedVersion;
        if (!result.ok) {
            error->code = OpenError::MigrationFailed;
            error->detail = result.error;
            error->fileVersion = result.reachedVersion;
            return nullptr;
        }
    }
    db->m_fileId = db->metaValue(QStringLiteral("file_id"));
    return db;
}

std::unique_ptr<Database> Database::create(const QString& path, const Options& options, OpenError* errorOut)
{
    OpenError scratch;
    OpenError* error = errorOut ? errorOut : &scratch;
    *error = OpenError();
    error->path = path;
    const QFileInfo fi(path);
    if (!QDir().mkpath(fi.absolutePath())) {
        error->code = OpenError::CannotCreate;
        error->detail = QCoreApplication::translate("hs::OpenError", "cannot create the folder %1")
                            .arg(QDir::toNativeSeparators(fi.absolutePath()));
        return nullptr;
    }
    // Build the new library under a temporary name and rename it into place, so a crash or a
    // full disk never leaves a half-made library (or a damaged one it was meant to replace).
    const QString tmpPath = fi.absoluteFilePath() + QStringLiteral(".new");
    QFile::remove(tmpPath);
    {
        Database tmp;
        if (!tmp.connect(tmpPath, false, options.busyTimeoutMs, error) || !tmp.configure(error)) {
            error->code = OpenError::CannotCreate;
            QFile::remove(tmpPath);
            return nullptr;
        }
        QString why;
        if (!initialiseSchema(tmp.m_db, options.actor, &why)) {
            error->code = OpenError::CannotCreate;
            error->detail = why;
            tmp.m_db.close();
            QFile::remove(tmpPath);
            return nullptr;
        }
    }
    if (::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(fi.absoluteFilePath()).constData()) != 0) {
        error->code = OpenError::CannotCreate;
        error->detail = QString::fromLocal8Bit(strerror(errno));
        QFile::remove(tmpPath);
        return nullptr;
    }
    syncDirectory(fi.absolutePath());
    Options openOptions = options;
    openOptions.mode = Mode::ReadWrite;
    return open(fi.absoluteFilePath(), openOptions, error);
}

void Database::markDamaged(const QString& detail)
{
    m_readOnly.code = ReadOnlyReason::Damaged;
    m_readOnly.detail = detail;
}

} // namespace hs
