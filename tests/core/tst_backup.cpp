// Rolling backups (one a day on open, a few kept per kind, in "<stem>.backups/") and restoring
// one into the live file, with its refusals.

#include "TestSupport.h"

#include "storage/Backup.h"
#include "storage/Library.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace hs;

class TestBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    QStringList dailies() const
    {
        return QDir(backupFolderFor(m_path)).entryList({QStringLiteral("team.backup-daily-*.hindsight")});
    }

private Q_SLOTS:
    void init()
    {
        m_dir = test::tempDir();
        m_path = m_dir->filePath(QStringLiteral("team.hindsight"));
        OpenError error;
        QVERIFY(Library::create(m_path, true, &error));
    }
    void cleanup() { m_dir.reset(); }

    void openMakesOneBackupADay()
    {
        QCOMPARE(dailies().size(), 0); // creating is not opening
        {
            auto lib = Library::open(m_path, nullptr);
            QVERIFY(lib);
            QVERIFY(lib->dailyBackupResult().ok);
            QVERIFY(!lib->dailyBackupResult().path.isEmpty());
        }
        QCOMPARE(dailies().size(), 1);
        auto again = Library::open(m_path, nullptr);
        QVERIFY(again->dailyBackupResult().path.isEmpty()); // younger than 24 h: none due
        QCOMPARE(dailies().size(), 1);
        const QList<BackupInfo> list = again->backups();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().kind, BackupInfo::Daily);
        QVERIFY(list.first().size > 0);
        QVERIFY(list.first().time.secsTo(QDateTime::currentDateTime()) < 60);
        QCOMPARE(test::rawScalar(list.first().path, QStringLiteral("SELECT value FROM meta WHERE key = 'file_id'")),
                 again->database().fileId());
    }

    void readOnlyOpenMakesNone()
    {
        Database::Options options;
        options.mode = Database::Mode::ReadOnly;
        QVERIFY(Library::open(m_path, options, nullptr));
        options = Database::Options();
        options.dailyBackup = false;
        QVERIFY(Library::open(m_path, options, nullptr));
        QVERIFY(!QFileInfo::exists(backupFolderFor(m_path)));
    }

    void oldBackupsArePrunedPerKind()
    {
        Database::Options options;
        options.dailyBackup = false;
        auto lib = Library::open(m_path, options, nullptr);
        sqlite3* handle = lib->database().handle();
        const QDateTime start(QDate(2026, 3, 1), QTime(9, 0));
        for (int day = 0; day < 8; ++day) {
            const RollingBackupResult r = rollBackups(handle, m_path, start.addDays(day));
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(!r.path.isEmpty());
            // A second open the same day makes none.
            QVERIFY(rollBackups(handle, m_path, start.addDays(day).addSecs(3600)).path.isEmpty());
        }
        QCOMPARE(dailies().size(), 5);
        QVERIFY(dailies().first().contains(QStringLiteral("20260304"))); // the oldest three went
        // Pre-migration backups are kept apart (3), and never count against the dailies.
        for (int v = 0; v < 5; ++v)
            test::writeFile(QDir(backupFolderFor(m_path)).filePath(QStringLiteral("team.backup-v%1-20250101-0000%2%3.hindsight").arg(v + 1).arg(v).arg(0)), "x");
        rollBackups(handle, m_path, start.addDays(8).addSecs(60));
        int migration = 0;
        for (const BackupInfo& b : lib->backups())
            migration += b.kind == BackupInfo::PreMigration;
        QCOMPARE(migration, 3);
        QCOMPARE(dailies().size(), 5);
    }

    void restoreIntoTheLiveFile()
    {
        Database::Options options;
        options.dailyBackup = false;
        auto lib = Library::open(m_path, options, nullptr);
        auto other = Library::open(m_path, options, nullptr); // another instance, kept open
        const QString review = lib->reviewSummaries().first().id;
        const QString backup = m_dir->filePath(QStringLiteral("snapshot.hindsight"));
        QString why;
        QVERIFY(backupDatabase(lib->database().handle(), backup, &why));
        QVERIFY(lib->updateField(Entity::Review, review, QStringLiteral("title"), QStringLiteral("after the backup"),
                                 *lib->revisionOf(Entity::Review, review)).ok());
        const qint64 seq = lib->lastChangeSeq();
        struct stat before {};
        ::stat(QFile::encodeName(m_path).constData(), &before);

        const WriteResult r = lib->restoreFromBackup(backup);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(lib->review(review)->title != QStringLiteral("after the backup"));
        QVERIFY(other->review(review)->title != QStringLiteral("after the backup")); // same file, seen at once
        struct stat after {};
        ::stat(QFile::encodeName(m_path).constData(), &after);
        QCOMPARE(after.st_ino, before.st_ino); // written into, not replaced
        // Watchers are told to reload, after everything they saw.
        QVERIFY(lib->lastChangeSeq() > seq);
        QCOMPARE(test::rawScalar(m_path, QStringLiteral("SELECT op FROM change_log ORDER BY seq DESC LIMIT 1")), QStringLiteral("reload"));
        // The state before the restore was kept.
        bool preRestore = false;
        for (const BackupInfo& b : lib->backups()) {
            if (b.kind == BackupInfo::PreRestore) {
                preRestore = true;
                QCOMPARE(test::rawScalar(b.path, QStringLiteral("SELECT title FROM reviews WHERE id = '%1'").arg(review)),
                         QStringLiteral("after the backup"));
            }
        }
        QVERIFY(preRestore);
        QCOMPARE(test::rawScalar(m_path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void restoreRefusals()
    {
        Database::Options options;
        options.dailyBackup = false;
        auto lib = Library::open(m_path, options, nullptr);
        const QByteArray before = test::readFile(m_path);
        // Damaged backup.
        const QString damaged = m_dir->filePath(QStringLiteral("damaged.hindsight"));
        QString why;
        QVERIFY(backupDatabase(lib->database().handle(), damaged, &why));
        QByteArray bytes = test::readFile(damaged);
        for (qsizetype i = 4096 * 2; i < bytes.size(); i += 61)
            bytes[i] = char(0x5A);
        test::writeFile(damaged, bytes);
        WriteResult r = lib->restoreFromBackup(damaged);
        QCOMPARE(r.status, WriteResult::Invalid);
        QVERIFY2(r.message.contains(QStringLiteral("damaged")) || r.message.contains(QStringLiteral("not a backup")), qPrintable(r.message));
        // A backup of another library.
        const QString otherPath = m_dir->filePath(QStringLiteral("other.hindsight"));
        OpenError error;
        QVERIFY(Library::create(otherPath, true, &error));
        r = lib->restoreFromBackup(otherPath);
        QCOMPARE(r.status, WriteResult::Invalid);
        QVERIFY(r.message.contains(QStringLiteral("another library")));
        // Not a library at all, and missing.
        const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
        test::writeFile(text, "notes\n");
        QCOMPARE(lib->restoreFromBackup(text).status, WriteResult::Invalid);
        QCOMPARE(lib->restoreFromBackup(m_dir->filePath(QStringLiteral("missing.hindsight"))).status, WriteResult::NotFound);
        lib.reset();
        QCOMPARE(test::readFile(m_path), before);
        // A library opened read-only cannot be restored into.
        const QString good = m_dir->filePath(QStringLiteral("good.hindsight"));
        {
            auto rw = Library::open(m_path, options, nullptr);
            QVERIFY(backupDatabase(rw->database().handle(), good, &why));
        }
        options.mode = Database::Mode::ReadOnly;
        auto readOnly = Library::open(m_path, options, nullptr);
        QCOMPARE(readOnly->restoreFromBackup(good).status, WriteResult::ReadOnly);
        QVERIFY(!QFileInfo::exists(backupFolderFor(m_path)));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
