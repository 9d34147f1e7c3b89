// Opening, creating, migrating and protecting library files: every bad file gets a precise
// error (or a read-only open with its reason), and opening never changes a file it refuses.

#include "TestSupport.h"

#include "storage/FileLocation.h"
#include "storage/Backup.h"
#include "storage/Library.h"
#include "storage/Query.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace hs;

class TestStorage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    QString makeLibrary(const QString& name, bool sample = true)
    {
        OpenError error;
        const QString p = path(name);
        auto lib = Library::create(p, sample, &error);
        if (!lib)
            qWarning("create failed: %s", qPrintable(error.message()));
        return p;
    }

    OpenError openError(const QString& p, Database::Options options = Database::Options())
    {
        OpenError error;
        auto lib = Library::open(p, options, &error);
        return error;
    }

private Q_SLOTS:
    void init() { m_dir = test::tempDir(); }
    void cleanup() { m_dir.reset(); }

    void newLibraryIsRecognisableAndDurable()
    {
        const QString p = makeLibrary(QStringLiteral("new.hindsight"));
        QCOMPARE(test::rawScalar(p, QStringLiteral("PRAGMA application_id")).toUInt(), Schema::applicationId);
        QCOMPARE(test::rawScalar(p, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion);
        QCOMPARE(test::rawScalar(p, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));
        QCOMPARE(test::rawScalar(p, QStringLiteral("SELECT value FROM meta WHERE key='read_compat'")), QStringLiteral("1"));
        QCOMPARE(test::rawScalar(p, QStringLiteral("SELECT count(*) FROM templates")), QStringLiteral("4"));
        QCOMPARE(test::rawScalar(p, QStringLiteral("SELECT count(*) FROM reviews")), QStringLiteral("1"));
        QVERIFY(!QFile::exists(p + QStringLiteral(".new")));
        QVERIFY(!QFile::exists(p + QStringLiteral("-journal")));

        OpenError error;
        auto lib = Library::open(p, &error);
        QVERIFY2(lib, qPrintable(error.message()));
        QVERIFY(!lib->isReadOnly());
        QCOMPARE(lib->reviewCount(), 1);
        QCOMPARE(lib->database().schemaVersion(), Schema::currentVersion);
        QCOMPARE(lib->database().fileId().size(), 36);
        // The settings every connection gets.
        Query q(lib->database().connection(), "PRAGMA synchronous");
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.integer(0), 3); // EXTRA
        q.finish();
        Query fk(lib->database().connection(), "PRAGMA foreign_keys");
        QVERIFY(fk.exec() && fk.next());
        QCOMPARE(fk.integer(0), 1);
    }

    void editSurvivesReopen()
    {
        const QString p = makeLibrary(QStringLiteral("durable.hindsight"));
        QString id;
        {
            auto lib = Library::open(p, nullptr);
            QVERIFY(lib);
            id = lib->reviewSummaries().first().id;
            const auto rev = lib->revisionOf(Entity::Review, id);
            QVERIFY(rev);
            QVERIFY(lib->updateField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("Renamed"), *rev).ok());
        }
        QCOMPARE(test::rawScalar(p, QStringLiteral("SELECT title FROM reviews WHERE id='%1'").arg(id)), QStringLiteral("Renamed"));
        auto again = Library::open(p, nullptr);
        QCOMPARE(again->review(id)->title, QStringLiteral("Renamed"));
    }

    void missingFileAndFolder()
    {
        OpenError e = openError(path(QStringLiteral("nope.hindsight")));
        QCOMPARE(e.code, OpenError::NotFound);
        QVERIFY(e.message().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(path(QStringLiteral("nope.hindsight")))); // never created by opening
        QDir(m_dir->path()).mkdir(QStringLiteral("folder.hindsight"));
        QCOMPARE(openError(path(QStringLiteral("folder.hindsight"))).code, OpenError::IsDirectory);
    }

    void emptyFile()
    {
        test::writeFile(path(QStringLiteral("empty.hindsight")), QByteArray());
        const OpenError e = openError(path(QStringLiteral("empty.hindsight")));
        QCOMPARE(e.code, OpenError::Empty);
        QVERIFY(e.message().contains(QStringLiteral("0 bytes")));
        QCOMPARE(QFileInfo(path(QStringLiteral("empty.hindsight"))).size(), 0);
    }

    void notSqlite_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray("hello, this is not a database\n");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n").repeated(20);
        QByteArray random(8192, '\0');
        QRandomGenerator rng(3);
        for (char& c : random)
            c = static_cast<char>(rng.bounded(256));
        QTest::newRow("random") << random;
    }

    void notSqlite()
    {
        QFETCH(QByteArray, bytes);
        const QString p = path(QStringLiteral("x.hindsight"));
        test::writeFile(p, bytes);
        const OpenError e = openError(p);
        QCOMPARE(e.code, OpenError::NotSqlite);
        QVERIFY(e.message().contains(QStringLiteral("not an SQLite database")));
        QCOMPARE(test::readFile(p), bytes); // untouched
    }

    void garbageAtOffsetZero()
    {
        const QString p = makeLibrary(QStringLiteral("g.hindsight"));
        QByteArray bytes = test::readFile(p);
        bytes.replace(0, 16, QByteArray(16, 'X'));
        test::writeFile(p, bytes);
        QCOMPARE(openError(p).code, OpenError::NotSqlite);
        QCOMPARE(test::readFile(p), bytes);
    }

    void anotherApplicationsDatabase()
    {
        const QString plain = path(QStringLiteral("plain.db"));
        QVERIFY(test::rawExec(plain, QStringLiteral("CREATE TABLE songs(id INTEGER PRIMARY KEY, title TEXT);"
                                                    "INSERT INTO songs(title) VALUES ('x');")));
        const QByteArray before = test::readFile(plain);
        OpenError e = openError(plain);
        QCOMPARE(e.code, OpenError::OtherApplication);
        QVERIFY(e.message().contains(QStringLiteral("another application")));
        QCOMPARE(test::readFile(plain), before);

        const QString foreign = path(QStringLiteral("foreign.db"));
        QVERIFY(test::rawExec(foreign, QStringLiteral("PRAGMA application_id = 1234; CREATE TABLE t(a);")));
        e = openError(foreign);
        QCOMPARE(e.code, OpenError::OtherApplication);
        QCOMPARE(e.applicationId, 1234u);
        QVERIFY(e.message().contains(QStringLiteral("0x000004d2")));
    }

    void emptySqliteBecomesLibrary()
    {
        const QString p = path(QStringLiteral("blank.hindsight"));
        QVERIFY(test::rawExec(p, QStringLiteral("PRAGMA user_version = 0; VACUUM;")));
        QVERIFY(QFileInfo(p).size() > 0 || true);
        // sqlite3 leaves a zero-byte file until something is written; give it a header.
        if (QFileInfo(p).size() == 0)
            QVERIFY(test::rawExec(p, QStringLiteral("CREATE TABLE tmp(a); DROP TABLE tmp;")));
        OpenError error;
        auto lib = Library::open(p, &error);
        QVERIFY2(lib, qPrintable(error.message()));
        QCOMPARE(lib->reviewCount(), 0);
        QCOMPARE(lib->templates().size(), 4); // the built-in ones stand in for an empty table
        QCOMPARE(test::rawScalar(p, QStringLiteral("PRAGMA application_id")).toUInt(), Schema::applicationId);
    }

    void newerFileThatOlderVersionsMayRead()
    {
        const QString p = makeLibrary(QStringLiteral("newer.hindsight"));
        QVERIFY(test::rawExec(p, QStringLiteral("PRAGMA user_version = %1; UPDATE meta SET value='%1' WHERE key='write_compat';")
                                     .arg(Schema::currentVersion + 1)));
        const QByteArray before = test::readFile(p);
        OpenError error;
        auto lib = Library::open(p, &error);
        QVERIFY2(lib, qPrintable(error.message()));
        QVERIFY(lib->isReadOnly());
        QCOMPARE(lib->readOnlyReason().code, ReadOnlyReason::NewerVersion);
        QVERIFY(lib->readOnlyReason().message().contains(QString::number(Schema::currentVersion + 1)));
        QCOMPARE(lib->reviewCount(), 1);
        const QString id = lib->reviewSummaries().first().id;
        const WriteResult r = lib->updateField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("x"), 1);
        QCOMPARE(r.status, WriteResult::ReadOnly);
        lib.reset();
        QCOMPARE(test::readFile(p), before);
    }

    void fileTooNewToRead()
    {
        const QString p = makeLibrary(QStringLiteral("toonew.hindsight"));
        QVERIFY(test::rawExec(p, QStringLiteral("PRAGMA user_version = 9; UPDATE meta SET value='7' WHERE key='read_compat';")));
        const OpenError e = openError(p);
        QCOMPARE(e.code, OpenError::TooNew);
        QCOMPARE(e.neededVersion, 7);
        QVERIFY(e.message().contains(QStringLiteral("file format 7")));
        QVERIFY(e.message().contains(QStringLiteral("Update Hindsight")));
    }

    void truncatedFile()
    {
        const QString p = makeLibrary(QStringLiteral("trunc.hindsight"));
        QByteArray bytes = test::readFile(p);
        QVERIFY(bytes.size() > 16384);
        bytes.truncate(bytes.size() / 2);
        test::writeFile(p, bytes);
        OpenError error;
        auto lib = Library::open(p, &error);
        // Either refused as damaged, or opened read-only with the damage named.
        if (lib) {
            QCOMPARE(lib->readOnlyReason().code, ReadOnlyReason::Damaged);
        } else {
            QVERIFY2(error.code == OpenError::Corrupt, qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("damaged")));
        }
        QCOMPARE(test::readFile(p), bytes);
    }

    void randomBytesMidFile()
    {
        const QString p = makeLibrary(QStringLiteral("mid.hindsight"));
        QByteArray bytes = test::readFile(p);
        QRandomGenerator rng(11);
        for (qsizetype i = 8192; i < 8192 + 4096 && i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(rng.bounded(256));
        test::writeFile(p, bytes);
        OpenError error;
        auto lib = Library::open(p, &error);
        if (lib) {
            QCOMPARE(lib->readOnlyReason().code, ReadOnlyReason::Damaged);
            QVERIFY(lib->readOnlyReason().message().contains(QStringLiteral("integrity")));
        } else {
            QVERIFY2(error.code == OpenError::Corrupt || error.code == OpenError::NotSqlite, qPrintable(error.message()));
        }
        QCOMPARE(test::readFile(p), bytes);
    }

    void lockedFile()
    {
        const QString p = makeLibrary(QStringLiteral("locked.hindsight"));
        sqlite3* holder = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(p).constData(), &holder), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        Database::Options options;
        options.busyTimeoutMs = 200;
        const OpenError e = openError(p, options);
        sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(holder);
        QCOMPARE(e.code, OpenError::Locked);
        QVERIFY(e.message().contains(QStringLiteral("locked")));
        // Once released, it opens.
        QVERIFY(Library::open(p, nullptr));
    }

    void walFileIsSwitchedBackToRollbackJournal()
    {
        const QString p = makeLibrary(QStringLiteral("wal.hindsight"));
        QVERIFY(test::rawExec(p, QStringLiteral("PRAGMA journal_mode=WAL;")));
        QCOMPARE(test::rawScalar(p, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        {
            auto lib = Library::open(p, nullptr);
            QVERIFY(lib);
        }
        QCOMPARE(test::rawScalar(p, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));
        QVERIFY(!QFile::exists(p + QStringLiteral("-wal")));
    }

    void migrationBacksUpAndStepsForward()
    {
        const QString p = makeLibrary(QStringLiteral("migrate.hindsight"));
        Database::Options options;
        options.targetVersion = Schema::currentVersion + 1;
        options.steps = {Schema::Step{Schema::currentVersion + 1,
                                      {QStringLiteral("ALTER TABLE reviews ADD COLUMN customer_impact TEXT NOT NULL DEFAULT ''"),
                                       QStringLiteral("CREATE TABLE extra(id TEXT PRIMARY KEY)")}}};
        OpenError error;
        auto db = Database::open(p, options, &error);
        QVERIFY2(db, qPrintable(error.message()));
        QCOMPARE(db->schemaVersion(), Schema::currentVersion + 1);
        QVERIFY(QFile::exists(db->lastBackupPath()));
        QVERIFY(db->lastBackupPath().contains(QStringLiteral("backup-v%1").arg(Schema::currentVersion)));
        db.reset();
        QCOMPARE(test::rawScalar(p, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion + 1);
        QCOMPARE(test::rawScalar(p, QStringLiteral("SELECT count(*) FROM extra")), QStringLiteral("0"));
        // The backup is a complete library at the old version.
        const QDir folder(backupFolderFor(p));
        const QStringList backups = folder.entryList({QStringLiteral("migrate.backup-v*")});
        QCOMPARE(backups.size(), 1);
        const QString backup = folder.filePath(backups.first());
        QCOMPARE(test::rawScalar(backup, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion);
        QCOMPARE(test::rawScalar(backup, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(test::rawScalar(backup, QStringLiteral("SELECT count(*) FROM reviews")), QStringLiteral("1"));
    }

    void failedMigrationLeavesTheFileAsItWas()
    {
        const QString p = makeLibrary(QStringLiteral("badstep.hindsight"));
        Database::Options options;
        options.targetVersion = Schema::currentVersion + 2;
        options.steps = {Schema::Step{Schema::currentVersion + 1, {QStringLiteral("CREATE TABLE ok_step(a)")}},
                         Schema::Step{Schema::currentVersion + 2,
                                      {QStringLiteral("CREATE TABLE half(a)"), QStringLiteral("THIS IS NOT SQL")}}};
        OpenError error;
        auto db = Database::open(p, options, &error);
        QVERIFY(!db);
        QCOMPARE(error.code, OpenError::MigrationFailed);
        QCOMPARE(error.fileVersion, Schema::currentVersion + 1);
        QVERIFY(error.message().contains(QStringLiteral("Could not update")));
        // Step one committed, step two rolled back whole.
        QCOMPARE(test::rawScalar(p, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion + 1);
        QCOMPARE(test::rawScalar(p, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name='half'")), QStringLiteral("0"));
        QCOMPARE(test::rawScalar(p, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void missingStepIsReported()
    {
        const QString p = makeLibrary(QStringLiteral("gap.hindsight"));
        Database::Options options;
        options.targetVersion = Schema::currentVersion + 1;
        options.steps = {};
        OpenError error;
        QVERIFY(!Database::open(p, options, &error));
        QCOMPARE(error.code, OpenError::MigrationFailed);
        QVERIFY(error.detail.contains(QStringLiteral("no update step")));
    }

    void readOnlyRequested()
    {
        const QString p = makeLibrary(QStringLiteral("ro.hindsight"));
        Database::Options options;
        options.mode = Database::Mode::ReadOnly;
        OpenError error;
        auto lib = Library::open(p, options, &error);
        QVERIFY(lib);
        QCOMPARE(lib->readOnlyReason().code, ReadOnlyReason::Requested);
        const QString id = lib->reviewSummaries().first().id;
        QCOMPARE(lib->insertRow(Entity::Lesson, {{QStringLiteral("review_id"), id},
                                                 {QStringLiteral("kind"), QStringLiteral("went_well")},
                                                 {QStringLiteral("text"), QStringLiteral("x")}})
                     .status,
                 WriteResult::ReadOnly);
    }

    void readOnlyFileSystem()
    {
        test::TmpfsMount mount(QStringLiteral("4m"));
        if (!mount.isMounted())
            QSKIP("cannot mount a tmpfs here (needs root)");
        const QString p = mount.path() + QStringLiteral("/team.hindsight");
        { OpenError e; QVERIFY(Library::create(p, true, &e)); }
        QVERIFY(mount.remountReadOnly());
        OpenError error;
        auto lib = Library::open(p, &error);
        QVERIFY2(lib, qPrintable(error.message()));
        QCOMPARE(lib->readOnlyReason().code, ReadOnlyReason::FileReadOnly);
        QCOMPARE(lib->reviewCount(), 1);
        QVERIFY(lib->readOnlyReason().message().contains(QStringLiteral("Read-only")));
        const QString id = lib->reviewSummaries().first().id;
        QCOMPARE(lib->updateField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("x"), 1).status,
                 WriteResult::ReadOnly);
    }

    void diskFullKeepsTheFileIntact()
    {
        // Room for the sample library and the big lesson twice over (its text is stored again
        // for the search index) once the filler is gone.
        test::TmpfsMount mount(QStringLiteral("1536k"));
        if (!mount.isMounted())
            QSKIP("cannot mount a tmpfs here (needs root)");
        const QString p = mount.path() + QStringLiteral("/full.hindsight");
        OpenError error;
        auto lib = Library::create(p, true, &error);
        QVERIFY2(lib, qPrintable(error.message()));
        const QString id = lib->reviewSummaries().first().id;
        // Fill the disk, then try to add a large lesson.
        {
            QFile filler(mount.path() + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray chunk(4096, 'x');
            while (filler.write(chunk) == chunk.size() && filler.flush()) {
            }
        }
        const QString big(200000, QLatin1Char('y'));
        const WriteResult r = lib->insertRow(Entity::Lesson, {{QStringLiteral("review_id"), id},
                                                               {QStringLiteral("kind"), QStringLiteral("went_wrong")},
                                                               {QStringLiteral("text"), big}});
        QCOMPARE(r.status, WriteResult::DiskFull);
        QVERIFY(r.message.contains(QStringLiteral("disk is full")));
        // Nothing half-written: the file checks out and still holds the sample.
        QFile::remove(mount.path() + QStringLiteral("/filler"));
        lib.reset();
        QCOMPARE(test::rawScalar(p, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(test::rawScalar(p, QStringLiteral("SELECT count(*) FROM lessons WHERE length(text) = 200000")),
                 QStringLiteral("0"));
        // The daily backup would take half of this small disk; this test is about the edit.
        Database::Options noBackup;
        noBackup.dailyBackup = false;
        auto again = Library::open(p, noBackup, &error);
        QVERIFY2(again, qPrintable(error.message()));
        QCOMPARE(again->reviewCount(), 1);
        // With space again, the same edit goes through.
        QVERIFY(again->insertRow(Entity::Lesson, {{QStringLiteral("review_id"), id},
                                                  {QStringLiteral("kind"), QStringLiteral("went_wrong")},
                                                  {QStringLiteral("text"), big}})
                    .ok());
    }

    void createReplacesOnlyWhenComplete()
    {
        const QString p = path(QStringLiteral("replace.hindsight"));
        test::writeFile(p, "old content");
        OpenError error;
        auto lib = Library::create(p, false, &error);
        QVERIFY2(lib, qPrintable(error.message()));
        QCOMPARE(lib->reviewCount(), 0);
        QCOMPARE(lib->templates().size(), 4);
        OpenError bad;
        QVERIFY(!Library::create(QStringLiteral("/proc/hindsight-cannot-write-here/x.hindsight"), false, &bad));
        QCOMPARE(bad.code, OpenError::CannotCreate);
        QVERIFY(bad.message().contains(QStringLiteral("Cannot create")));
    }

    void backupCopiesALiveLibrary()
    {
        const QString p = makeLibrary(QStringLiteral("live.hindsight"));
        auto lib = Library::open(p, nullptr);
        const QString copy = path(QStringLiteral("copy.hindsight"));
        QVERIFY(lib->saveCopyAs(copy).ok());
        auto other = Library::open(copy, nullptr);
        QVERIFY(other);
        QCOMPARE(other->reviewCount(), 1);
        // A library of its own (a draft to merge back), not a second file with the same identity.
        QVERIFY(!other->database().fileId().isEmpty());
        QVERIFY(other->database().fileId() != lib->database().fileId());
        QCOMPARE(other->database().metaValue(QStringLiteral("copied_from")), lib->database().fileId());
        QVERIFY(QDir(QFileInfo(copy).absolutePath()).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
        const WriteResult bad = lib->saveCopyAs(QStringLiteral("/proc/nowhere/copy.hindsight"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.message.contains(QStringLiteral("Could not save a copy")));

        // The same by path, through a connection of its own (what the window runs on a worker).
        const QString byPath = path(QStringLiteral("by-path.hindsight"));
        QVERIFY(Library::saveCopyAs(p, byPath).ok());
        auto third = Library::open(byPath, nullptr);
        QVERIFY(third);
        QCOMPARE(third->reviewCount(), 1);
        QCOMPARE(third->database().metaValue(QStringLiteral("copied_from")), lib->database().fileId());
        QVERIFY(third->database().fileId() != lib->database().fileId());
        const QString notes = path(QStringLiteral("notes.txt"));
        QVERIFY(test::writeFile(notes, "just notes"));
        const WriteResult notALibrary = Library::saveCopyAs(notes, path(QStringLiteral("never.hindsight")));
        QVERIFY(!notALibrary.ok());
        QVERIFY2(notALibrary.message.contains(QStringLiteral("cannot be read as a Hindsight library")),
                 qPrintable(notALibrary.message));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.hindsight"))));
    }

    void whereTheFileLives()
    {
        QVERIFY(isNetworkFileSystem("cifs"));
        QVERIFY(isNetworkFileSystem("NFS4"));
        QVERIFY(isNetworkFileSystem("fuse.sshfs"));
        QVERIFY(!isNetworkFileSystem("ext4"));
        QVERIFY(!isNetworkFileSystem("tmpfs"));
        QVERIFY(!isNetworkFileSystem("fuse.portal"));

        const auto dir = test::tempDir();
        const QString local = dir->filePath(QStringLiteral("team.hindsight"));
        const FileLocationInfo here = locateFile(local);
        QCOMPARE(here.kind, FileLocation::Local);
        QVERIFY(here.advice().isEmpty());

        // A Syncthing folder is known by its marker, however deep the library sits in it.
        QVERIFY(QDir(dir->path()).mkpath(QStringLiteral("shared/.stfolder")));
        QVERIFY(QDir(dir->path()).mkpath(QStringLiteral("shared/reviews/2026")));
        const FileLocationInfo synced = locateFile(dir->filePath(QStringLiteral("shared/reviews/2026/team.hindsight")));
        QCOMPARE(synced.kind, FileLocation::SyncFolder);
        QCOMPARE(synced.detail, QStringLiteral("Syncthing"));
        QVERIFY(synced.advice().contains(QStringLiteral("Save a copy as")));
        // A folder named after the tool.
        QVERIFY(QDir(dir->path()).mkpath(QStringLiteral("Dropbox (Team)/ops")));
        QCOMPARE(locateFile(dir->filePath(QStringLiteral("Dropbox (Team)/ops/x.hindsight"))).detail, QStringLiteral("Dropbox"));
        // "Sync" alone is not enough.
        QVERIFY(QDir(dir->path()).mkpath(QStringLiteral("Sync")));
        QCOMPARE(locateFile(dir->filePath(QStringLiteral("Sync/x.hindsight"))).kind, FileLocation::Local);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
