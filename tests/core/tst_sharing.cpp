// One file, several facilitators, inside one process: schema 3's change log (filled by
// triggers on every write path), the v2 -> v3 step on a real v2 file, ChangeWatcher across two
// connections, pruning, presence, and the retrying writes. The same with real processes is in
// tests/integration/tst_faults.cpp.

#include "TestSupport.h"

#include "import/ImportTypes.h"
#include "storage/ChangeWatcher.h"
#include "storage/Library.h"
#include "storage/WriteRetry.h"
#include "util/Uuid.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <sqlite3.h>

#include <thread>

using namespace hs;

namespace {

// A raw connection holding the write lock, as another process would.
class LockHolder
{
public:
    explicit LockHolder(const QString& path)
    {
        sqlite3_open(QFile::encodeName(path).constData(), &m_db);
        m_locked = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~LockHolder()
    {
        release();
        sqlite3_close(m_db);
    }
    bool isLocked() const { return m_locked; }
    void release()
    {
        if (m_locked)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_locked = false;
    }

private:
    sqlite3* m_db = nullptr;
    bool m_locked = false;
};

} // namespace

class TestSharing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_review;

    std::unique_ptr<Library> openAs(const QString& actor, int busyTimeoutMs = 5000)
    {
        Database::Options options;
        options.busyTimeoutMs = busyTimeoutMs;
        OpenError error;
        auto lib = Library::open(m_path, options, &error);
        if (lib)
            lib->setActor(actor);
        else
            qWarning("open failed: %s", qPrintable(error.message()));
        return lib;
    }

    QString scalar(const QString& sql) const { return test::rawScalar(m_path, sql); }
    qint64 logCount() const { return scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong(); }

private Q_SLOTS:
    void init()
    {
        m_dir = test::tempDir();
        m_path = m_dir->filePath(QStringLiteral("team.hindsight"));
        OpenError error;
        auto lib = Library::create(m_path, true, &error);
        QVERIFY2(lib, qPrintable(error.message()));
        m_review = lib->reviewSummaries().first().id;
    }
    void cleanup() { m_dir.reset(); }

    void newLibraryLogsOneReloadRowNotEveryRow()
    {
        // BulkWriter filled the sample without logging each row, and left no pause behind.
        QCOMPARE(scalar(QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion);
        QCOMPARE(logCount(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT op || ':' || tbl FROM change_log")), QStringLiteral("reload:*"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'change_log_paused'")), QStringLiteral("0"));
    }

    void everyWritePathIsLogged()
    {
        auto lib = openAs(QStringLiteral("priya"));
        const qint64 before = logCount();
        const WriteResult ins = lib->insertRow(Entity::Note, {{QStringLiteral("review_id"), m_review},
                                                              {QStringLiteral("text"), QStringLiteral("hello")}});
        QVERIFY(ins.ok());
        const WriteResult upd = lib->updateField(Entity::Note, ins.id, QStringLiteral("text"), QStringLiteral("hi"), 1);
        QVERIFY(upd.ok());
        const WriteResult rem = lib->removeRow(Entity::Note, ins.id, 2);
        QVERIFY(rem.ok());
        QVERIFY(lib->restoreRow(Entity::Note, ins.id, 3).ok());
        QCOMPARE(logCount(), before + 4);
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(op || ':' || rev || ':' || actor || ':' || (review_id = '%1'), ',') "
                                       "FROM (SELECT * FROM change_log WHERE row_id = '%2' ORDER BY seq)")
                            .arg(m_review, ins.id)),
                 QStringLiteral("insert:1:priya:1,update:2:priya:1,remove:3:priya:1,insert:4:priya:1"));

        // An import: one row per message plus the import itself, in the same transaction.
        const qint64 beforeImport = logCount();
        const WriteResult imp = lib->applyImport(m_review, test::generatedChat(50));
        QVERIFY(imp.ok());
        QCOMPARE(logCount(), beforeImport + 51);
        // Undoing it logs every row it takes away.
        QVERIFY(lib->setImportRemoved(imp.id, true).ok());
        QCOMPARE(logCount(), beforeImport + 102);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'transcript' AND op = 'remove'")),
                 QStringLiteral("50"));

        // Evidence links find their review through the why-node.
        const WriteResult why = lib->insertRow(Entity::WhyNode, {{QStringLiteral("review_id"), m_review},
                                                                 {QStringLiteral("text"), QStringLiteral("why")}});
        const QString event = scalar(QStringLiteral("SELECT id FROM events WHERE review_id = '%1' LIMIT 1").arg(m_review));
        const WriteResult link = lib->insertRow(Entity::WhyEvidence, {{QStringLiteral("why_id"), why.id},
                                                                      {QStringLiteral("event_id"), event}});
        QVERIFY2(link.ok(), qPrintable(link.message));
        QCOMPARE(scalar(QStringLiteral("SELECT review_id FROM change_log WHERE row_id = '%1'").arg(link.id)), m_review);

        // Another tool's plain SQL is logged too, deletes included.
        QVERIFY(test::rawExec(m_path, QStringLiteral("DELETE FROM notes WHERE id = '%1'").arg(ins.id)));
        QCOMPARE(scalar(QStringLiteral("SELECT op FROM change_log ORDER BY seq DESC LIMIT 1")), QStringLiteral("delete"));
    }

    void versionTwoFileMigrates()
    {
        const QString fixture = qEnvironmentVariable("HINDSIGHT_TEST_DATA") + QStringLiteral("/library-v2.hindsight");
        const QString old = m_dir->filePath(QStringLiteral("v2.hindsight"));
        QVERIFY(QFile::copy(fixture, old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(test::rawScalar(old, QStringLiteral("PRAGMA user_version")).toInt(), 2);
        OpenError error;
        auto lib = Library::open(old, &error);
        QVERIFY2(lib, qPrintable(error.message()));
        QCOMPARE(lib->database().schemaVersion(), Schema::currentVersion);
        QCOMPARE(test::rawScalar(lib->database().lastBackupPath(), QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(lib->reviewCount(), 3);
        const QString review = test::rawScalar(old, QStringLiteral("SELECT review_id FROM transcript LIMIT 1"));
        QCOMPARE(lib->transcriptCount(review), 8);
        // Same schema as a new file, and the log works on it.
        const QString schemaSql = QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema "
                                                 "WHERE sql IS NOT NULL ORDER BY name)");
        QCOMPARE(test::rawScalar(old, schemaSql), scalar(schemaSql));
        const qint64 rev = *lib->revisionOf(Entity::Review, review);
        QVERIFY(lib->updateField(Entity::Review, review, QStringLiteral("title"), QStringLiteral("moved"), rev).ok());
        QCOMPARE(test::rawScalar(old, QStringLiteral("SELECT tbl || ':' || op FROM change_log ORDER BY seq DESC LIMIT 1")),
                 QStringLiteral("reviews:update"));
        QCOMPARE(test::rawScalar(old, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void watcherReportsOnlyOtherConnections()
    {
        auto mine = openAs(QStringLiteral("me"));
        auto theirs = openAs(QStringLiteral("them"));
        ChangeWatcher watcher(mine.get());
        QSignalSpy arrived(&watcher, &ChangeWatcher::changesArrived);
        QCOMPARE(watcher.poll(), 0);

        // My own edit: not news.
        const qint64 rev = *mine->revisionOf(Entity::Review, m_review);
        QVERIFY(mine->updateField(Entity::Review, m_review, QStringLiteral("title"), QStringLiteral("a"), rev).ok());
        QCOMPARE(watcher.poll(), 0);
        QCOMPARE(watcher.lastSeenSeq(), mine->lastChangeSeq());

        // Theirs, then mine before I poll: only theirs is reported, with who and which revision.
        QVERIFY(theirs->updateField(Entity::Review, m_review, QStringLiteral("title"), QStringLiteral("b"), rev + 1).ok());
        const WriteResult note = mine->insertRow(Entity::Note, {{QStringLiteral("review_id"), m_review}});
        QVERIFY(note.ok());
        QCOMPARE(watcher.poll(), 1);
        QCOMPARE(arrived.size(), 1);
        const auto changes = arrived.first().first().value<QList<LoggedChange>>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().entity, Entity::Review);
        QCOMPARE(changes.first().id, m_review);
        QCOMPARE(changes.first().reviewId, m_review);
        QCOMPARE(changes.first().op, Change::Updated);
        QCOMPARE(changes.first().rev, rev + 2);
        QCOMPARE(changes.first().actor, QStringLiteral("them"));
        QCOMPARE(watcher.lastSeenSeq(), mine->lastChangeSeq());

        // Nothing new: data_version did not move, nothing is read.
        QCOMPARE(watcher.poll(), 0);

        // On its own timer.
        watcher.setInterval(20);
        watcher.start();
        QVERIFY(theirs->insertRow(Entity::Lesson, {{QStringLiteral("review_id"), m_review},
                                                   {QStringLiteral("kind"), QStringLiteral("lucky")}})
                    .ok());
        QVERIFY(arrived.wait(2000));
        QCOMPARE(arrived.last().first().value<QList<LoggedChange>>().first().entity, Entity::Lesson);
    }

    void watcherAsksForReloadWhenTheLogMovedOn()
    {
        auto mine = openAs(QStringLiteral("me"));
        auto theirs = openAs(QStringLiteral("them"));
        ChangeWatcher watcher(mine.get());
        QSignalSpy reload(&watcher, &ChangeWatcher::reloadNeeded);
        for (int i = 0; i < 5; ++i)
            QVERIFY(theirs->insertRow(Entity::Note, {{QStringLiteral("review_id"), m_review}}).ok());
        // Pruned before this watcher looked: it cannot tell what changed.
        QVERIFY(test::rawExec(m_path, QStringLiteral("DELETE FROM change_log WHERE seq < (SELECT max(seq) FROM change_log)")));
        watcher.poll();
        QCOMPARE(reload.size(), 1);
    }

    void pruneKeepsRecentRows()
    {
        auto lib = openAs(QStringLiteral("me"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 24LL * 3600 * 1000;
        QVERIFY(test::rawExec(m_path, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                                                     "INSERT INTO change_log(tbl, row_id, op, rev, actor, at_ms) "
                                                     "SELECT 'notes', 'x' || i, 'update', 1, 'old', %1 FROM n")
                                          .arg(now - 30 * day)));
        QVERIFY(lib->insertRow(Entity::Note, {{QStringLiteral("review_id"), m_review}}).ok());
        const qint64 total = logCount();
        QCOMPARE(lib->pruneChangeLog(now), 300); // the reload row of create() is recent: kept
        QCOMPARE(logCount(), total - 300);
        QCOMPARE(lib->pruneChangeLog(now), 0);
        // Beyond keepRows, only rows older than ten minutes go; the newest always stays.
        QCOMPARE(lib->pruneChangeLog(now, 7, 1), 0);
        QCOMPARE(lib->pruneChangeLog(now + 3600 * 1000, 7, 1), 1);
        QCOMPARE(logCount(), 1);
        QCOMPARE(lib->pruneChangeLog(now + 30 * day, 7, 1), 0);
        // Sequence numbers keep counting after a prune (AUTOINCREMENT).
        const qint64 last = lib->lastChangeSeq();
        QVERIFY(lib->insertRow(Entity::Note, {{QStringLiteral("review_id"), m_review}}).ok());
        QCOMPARE(lib->lastChangeSeq(), last + 1);
    }

    void presenceShowsWhoIsHere()
    {
        auto a = openAs(QStringLiteral("priya"));
        auto b = openAs(QStringLiteral("marcus"));
        QVERIFY(a->heartbeat(QStringLiteral("inst-a"), m_review).ok());
        QVERIFY(b->heartbeat(QStringLiteral("inst-b"), QString()).ok());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<PresenceEntry> here = a->presence(now);
        QCOMPARE(here.size(), 2);
        QCOMPARE(here.first().user, QStringLiteral("priya"));
        QCOMPARE(here.first().reviewId, m_review);
        QVERIFY(here.last().reviewId.isEmpty());
        QCOMPARE(a->presence(now + 60000).size(), 0); // stale heartbeats do not count
        QVERIFY(b->leave(QStringLiteral("inst-b")).ok());
        QCOMPARE(a->presence(now).size(), 1);
        // Not logged: presence is not a change to the library.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'presence'")), QStringLiteral("0"));
    }

    void retryWaitsForTheLock()
    {
        auto lib = openAs(QStringLiteral("me"), 20);
        LockHolder holder(m_path);
        QVERIFY(holder.isLocked());
        const qint64 rev = *lib->revisionOf(Entity::Review, m_review);
        auto attempt = [&] {
            return lib->updateField(Entity::Review, m_review, QStringLiteral("title"), QStringLiteral("x"), rev);
        };
        // Still locked after the bound: reported as Busy with SQLite's code, nothing written.
        RetryPolicy quick;
        quick.giveUpAfterMs = 150;
        int attempts = 0;
        WriteResult r = writeWithRetry(attempt, quick, &attempts);
        QCOMPARE(r.status, WriteResult::Busy);
        QCOMPARE(r.sqliteCode, SQLITE_BUSY);
        QVERIFY(r.isRetryable());
        QVERIFY(attempts > 1);
        QCOMPARE(*lib->revisionOf(Entity::Review, m_review), rev);
        // Released while retrying: the same edit goes through.
        std::thread releaser([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            holder.release();
        });
        r = writeWithRetry(attempt);
        releaser.join();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.rev, rev + 1);
    }

    void queueKeepsEditsUntilTheFileIsFree()
    {
        auto lib = openAs(QStringLiteral("me"), 10);
        WriteQueue queue;
        RetryPolicy policy;
        policy.noticeAfterMs = 60;
        policy.giveUpAfterMs = 250;
        queue.setPolicy(policy);
        QSignalSpy waiting(&queue, &WriteQueue::waitingChanged);
        QSignalSpy stalled(&queue, &WriteQueue::stalled);
        QList<WriteResult> done;
        auto holder = std::make_unique<LockHolder>(m_path);
        const qint64 rev = *lib->revisionOf(Entity::Review, m_review);
        queue.submit(QStringLiteral("Edit title"),
                     [&] { return lib->updateField(Entity::Review, m_review, QStringLiteral("title"), QStringLiteral("one"), rev); },
                     [&](const WriteResult& r) { done.append(r); });
        const QString noteId = newId();
        queue.submit(QStringLiteral("Add note"),
                     [&] { return lib->insertRow(Entity::Note, {{QStringLiteral("id"), noteId}, {QStringLiteral("review_id"), m_review}}); },
                     [&](const WriteResult& r) { done.append(r); });
        QCOMPARE(queue.pendingCount(), 2);
        QVERIFY(waiting.wait(1000));
        QCOMPARE(waiting.first().first().toBool(), true);
        QVERIFY(queue.isWaiting());
        QVERIFY(stalled.wait(2000));
        QCOMPARE(stalled.first().first().value<WriteResult>().status, WriteResult::Busy);
        // Stalled, not dropped: both edits are still there, in order.
        QCOMPARE(queue.pendingDescriptions(), QStringList({QStringLiteral("Edit title"), QStringLiteral("Add note")}));
        QVERIFY(done.isEmpty());
        holder.reset();
        queue.retryNow();
        QCOMPARE(done.size(), 2);
        QVERIFY(done.at(0).ok());
        QVERIFY(done.at(1).ok());
        QCOMPARE(done.at(1).id, noteId);
        QCOMPARE(queue.pendingCount(), 0);
        QVERIFY(!queue.isWaiting());
        QCOMPARE(waiting.last().first().toBool(), false);
        // With nothing in the way an edit runs at once.
        queue.submit(QStringLiteral("Edit title"),
                     [&] { return lib->updateField(Entity::Review, m_review, QStringLiteral("title"), QStringLiteral("two"), rev + 1); },
                     [&](const WriteResult& r) { done.append(r); });
        QCOMPARE(done.size(), 3);
        QVERIFY(done.last().ok());
    }

    void conflictsAreNotRetried()
    {
        auto lib = openAs(QStringLiteral("me"));
        int attempts = 0;
        const WriteResult r = writeWithRetry(
            [&] { return lib->updateField(Entity::Review, m_review, QStringLiteral("title"), QStringLiteral("x"), 99); },
            RetryPolicy(), &attempts);
        QCOMPARE(r.status, WriteResult::Conflict);
        QCOMPARE(attempts, 1);
    }
};

QTEST_GUILESS_MAIN(TestSharing)
#include "tst_sharing.moc"
