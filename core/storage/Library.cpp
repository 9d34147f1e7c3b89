#include "storage/Library.h"

#include "storage/Backup.h"
#include "storage/BulkWriter.h"
#include "storage/IntegrityCheck.h"
#include "storage/MergeEngine.h"
#include "storage/SampleReview.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>

#include <sqlite3.h>

namespace hs {

WriteResult WriteResult::fromSql(const SqlError& error)
{
    WriteResult r;
    r.sqliteCode = error.code;
    auto tr = [](const char* text) { return QCoreApplication::translate("hs::WriteResult", text); };
    if (error.isBusy()) {
        r.status = Busy;
        r.message = tr("The library file is busy: another program is writing to it. Your change was not saved yet.");
    } else if (error.isDiskFull()) {
        r.status = DiskFull;
        r.message = tr("The disk is full, so the change could not be saved. Free some space and try again; "
                       "the file itself is unharmed.");
    } else if (error.isReadOnly()) {
        r.status = ReadOnly;
        r.message = tr("The library file cannot be written (it is read-only).");
    } else {
        r.status = Failed;
        r.message = tr("The change could not be saved: %1").arg(error.text);
    }
    return r;
}

Library::Library(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_actor(defaultActor())
{
    qRegisterMetaType<hs::Change>();
}

Library::~Library() = default;

QString Library::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("library.hindsight"));
}

QString Library::defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

std::unique_ptr<Library> Library::open(const QString& path, const Database::Options& options, OpenError* error)
{
    auto db = Database::open(path, options, error);
    if (!db)
        return nullptr;
    std::unique_ptr<Library> library(new Library(std::move(db)));
    if (!library->isReadOnly() && library->database().schemaVersion() >= 3)
        library->pruneChangeLog(QDateTime::currentMSecsSinceEpoch());
    if (!library->isReadOnly())
        library->catchUpSearchIndex();
    if (!library->isReadOnly() && options.dailyBackup) {
        library->m_dailyBackup = rollBackups(library->m_db->handle(), library->path(), QDateTime::currentDateTime());
        if (!library->m_dailyBackup.ok)
            qWarning("hindsight: daily backup failed: %s", qPrintable(library->m_dailyBackup.error));
    }
    return library;
}

std::unique_ptr<Library> Library::create(const QString& path, bool withSample, OpenError* error)
{
    Database::Options options;
    options.actor = defaultActor();
    auto db = Database::create(path, options, error);
    if (!db)
        return nullptr;
    // Templates (and the sample) go in with the bulk writer: one transaction, no change events,
    // since nobody is looking at a library that is still being made.
    BulkWriter writer(*db);
    QString why;
    bool ok = writer.begin(&why);
    int order = 0;
    for (const Template& t : builtInTemplates()) {
        if (ok)
            ok = writer.insertTemplate(t, ++order, &why);
    }
    const QStringList categories = {
        QCoreApplication::translate("hs::Library", "Technology"),
        QCoreApplication::translate("hs::Library", "Process"),
        QCoreApplication::translate("hs::Library", "Communication"),
        QCoreApplication::translate("hs::Library", "Monitoring"),
        QCoreApplication::translate("hs::Library", "Dependency"),
        QCoreApplication::translate("hs::Library", "Environment"),
        QCoreApplication::translate("hs::Library", "Other"),
    };
    for (int i = 0; ok && i < categories.size(); ++i)
        ok = writer.insertCategory(categories.at(i), i + 1, &why);
    if (ok && withSample) {
        if (auto sample = sampleReview(&why))
            ok = writer.insertDocument(*sample, &why);
        else
            ok = false;
    }
    if (ok)
        ok = writer.commit(&why);
    if (!ok) {
        if (error) {
            error->code = OpenError::CannotCreate;
            error->path = path;
            error->detail = why;
        }
        return nullptr;
    }
    return std::unique_ptr<Library>(new Library(std::move(db)));
}

void Library::emitChanges(const QList<Change>& changes)
{
    for (const Change& c : changes)
        Q_EMIT changed(c);
}

WriteResult Library::saveCopyAs(const QString& path) const
{
    return saveCopy(m_db->handle(), m_db->fileId(), path);
}

WriteResult Library::saveCopy(sqlite3* source, const QString& sourceFileId, const QString& path)
{
    WriteResult result;
    QString why;
    // A copy is a library of its own: the same file_id would make a merge back look like
    // merging the library with itself (and both files the same peer for merge_base).
    const QString sourceId = sourceFileId;
    auto newIdentity = [sourceId](sqlite3* copy, QString* error) {
        const QString sql = QStringLiteral("BEGIN IMMEDIATE; "
                                           "UPDATE meta SET value = '%1' WHERE key = 'file_id'; "
                                           "INSERT OR REPLACE INTO meta(key, value) VALUES ('copied_from', '%2'); "
                                           "INSERT OR REPLACE INTO meta(key, value) VALUES ('copied_at_ms', '%3');")
                                .arg(newId(), sourceId)
                                .arg(QDateTime::currentMSecsSinceEpoch());
        char* message = nullptr;
        if (sqlite3_exec(copy, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK
            && MergeEngine::snapshotBase(copy, sourceId, error)
            && sqlite3_exec(copy, "COMMIT", nullptr, nullptr, &message) == SQLITE_OK) {
            // Nobody has the copy open yet (schema 3 and later keep who has).
            sqlite3_exec(copy, "DELETE FROM presence", nullptr, nullptr, nullptr);
            return true;
        }
        if (message)
            *error = QString::fromUtf8(message);
        sqlite3_free(message);
        sqlite3_exec(copy, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    };
    if (!backupDatabase(source, path, &why, newIdentity)) {
        result.status = WriteResult::Failed;
        result.message = QCoreApplication::translate("hs::Library", "Could not save a copy as “%1”: %2")
                             .arg(QDir::toNativeSeparators(path), why);
    }
    return result;
}

void Library::checkIntegrityInBackground()
{
    const QPointer<Library> self(this);
    const QString file = path();
    QThreadPool::globalInstance()->start([self, file] {
        const IntegrityReport report = quickCheckFile(file);
        // A check that could not look (locked) counts as clean: the next open checks again.
        const bool clean = !report.ran || report.ok();
        const QString detail = clean ? QString() : report.problems.join(QStringLiteral("; "));
        // Deliver on the library's thread; if it was closed meanwhile, nothing to tell.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, file, clean, detail] {
                if (!self || self->path() != file)
                    return;
                if (!clean) {
                    self->m_db->markDamaged(detail);
                    Q_EMIT self->damageFound(detail);
                }
                Q_EMIT self->integrityChecked(clean);
            },
            Qt::QueuedConnection);
    });
}

} // namespace hs
