#pragma once

#include "storage/OpenError.h"
#include "storage/Schema.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace hs {

// One open library file: owns its named Qt connection (removed on destruction), knows why it is
// read-only, and applies the storage decisions on every open: rollback journal (never WAL),
// synchronous=EXTRA, foreign keys, untrusted schema, a busy timeout, a quick_check, and a
// backup before any migration. Opening never writes to a file that is not a Hindsight library.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    struct Options {
        Mode mode = Mode::ReadWrite;
        int busyTimeoutMs = 5000;
        int targetVersion = Schema::currentVersion;
        QList<Schema::Step> steps = Schema::migrationSteps();
        QString actor;
        // Run quick_check before returning. The window turns this off and checks on a worker
        // thread instead (Library::checkIntegrityInBackground), so a large library opens at
        // once; the command line keeps it on. A migration always checks first.
        bool quickCheck = true;
        // Library::open makes the daily backup (Backup.h rollBackups) of a library opened for
        // writing. Off: the caller runs Library::backupDaily on a worker thread instead.
        bool dailyBackup = true;
    };

    static std::unique_ptr<Database> open(const QString& path, const Options& options, OpenError* error);
    static std::unique_ptr<Database> open(const QString& path, OpenError* error) { return open(path, Options(), error); }
    // Creates a new, empty library at path (replacing any file there only once the new one is
    // complete) and opens it.
    static std::unique_ptr<Database> create(const QString& path, const Options& options, OpenError* error);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QSqlDatabase& connection() const { return m_db; }
    sqlite3* handle() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_name; }
    ReadOnlyReason readOnlyReason() const { return m_readOnly; }
    bool isReadOnly() const { return m_readOnly.isReadOnly(); }
    int schemaVersion() const { return m_version; }
    QString fileId() const { return m_fileId; }
    QString lastBackupPath() const { return m_lastBackup; }
    QString metaValue(const QString& key) const;
    // A quick_check that ran later found damage: from now on the file is read-only.
    void markDamaged(const QString& detail);

private:
    Database() = default;
    bool connect(const QString& path, bool readOnly, int busyTimeoutMs, OpenError* error);
    bool configure(OpenError* error);

    QSqlDatabase m_db;
    QString m_name;
    QString m_path;
    ReadOnlyReason m_readOnly;
    int m_version = 0;
    QString m_fileId;
    QString m_lastBackup;
};

} // namespace hs
