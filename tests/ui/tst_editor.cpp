// The Editor with someone else on the same file: edits that meet another person's change come
// back as conflicts with both versions (never an overwrite), the user's choice is written as an
// undoable edit, and edits a busy file cannot take now are kept, retried in order, and written
// once the file is free.

#include "TestSupport.h"

#include "commands/Editor.h"
#include "storage/Library.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace hs;

namespace {

const QString kText = QStringLiteral("text");

// Holds the file's write lock from a connection of its own, as another program would.
class WriteLock
{
public:
    explicit WriteLock(const QString& path)
        : m_name(QStringLiteral("locker-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_locked = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~WriteLock()
    {
        release();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isLocked() const { return m_locked; }
    void release()
    {
        if (!m_locked)
            return;
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();
        m_locked = false;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_locked = false;
};

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Library> m_lib;
    std::unique_ptr<Library> m_other; // another facilitator's instance on the same file
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Editor> m_editor;
    QString m_reviewId;
    TimelineEvent m_event;

    TimelineEvent eventNow(const QString& id) const
    {
        const std::optional<ReviewDocument> doc = m_lib->document(m_reviewId);
        for (const TimelineEvent& e : doc->events)
            if (e.id == id)
                return e;
        return {};
    }

    // Priya changes the event's text in her window.
    qint64 theyEdit(const QString& text)
    {
        const std::optional<qint64> rev = m_other->revisionOf(Entity::Event, m_event.id);
        const WriteResult r = m_other->updateField(Entity::Event, m_event.id, kText, text, rev.value_or(0));
        return r.ok() ? r.rev : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<EditConflict>();
        qRegisterMetaType<WriteResult>();
    }

    void init()
    {
        m_dir = test::tempDir();
        m_path = m_dir->filePath(QStringLiteral("e.hindsight"));
        OpenError error;
        QVERIFY(Library::create(m_path, true, &error));
        Database::Options options;
        options.busyTimeoutMs = 50; // a held lock shows as Busy at once
        m_lib = Library::open(m_path, options, &error);
        QVERIFY2(m_lib, qPrintable(error.message()));
        m_lib->setActor(QStringLiteral("alex"));
        m_other = Library::open(m_path, &error);
        QVERIFY(m_other);
        m_other->setActor(QStringLiteral("priya"));
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<Editor>(m_lib.get(), m_stack.get());
        RetryPolicy fast;
        fast.giveUpAfterMs = 300;
        fast.noticeAfterMs = 100;
        m_editor->setRetryPolicy(fast);
        m_reviewId = m_lib->reviewSummaries().first().id;
        m_event = m_lib->document(m_reviewId)->events.first();
    }

    void cleanup()
    {
        m_editor.reset();
        m_stack.reset();
        m_other.reset();
        m_lib.reset();
    }

    void anEditAfterReloadingTheirChangeIsNotAConflict()
    {
        // Our own edit puts the row in the editor's ledger; then Priya changes it, the view
        // reloads her revision, and the next edit builds on hers.
        QVERIFY(m_editor->editField(Entity::Event, m_event.id, kText, m_event.text, QStringLiteral("ours"), m_event.rev,
                                    QStringLiteral("Edit text")));
        QVERIFY(theyEdit(QStringLiteral("hers")) > 0);
        const TimelineEvent reloaded = eventNow(m_event.id);
        QSignalSpy conflicts(m_editor.get(), &Editor::conflictFound);
        QVERIFY(m_editor->editField(Entity::Event, m_event.id, kText, reloaded.text, QStringLiteral("ours again"),
                                    reloaded.rev, QStringLiteral("Edit text")));
        QCOMPARE(conflicts.size(), 0);
        QCOMPARE(eventNow(m_event.id).text, QStringLiteral("ours again"));
    }

    void aConflictComesWithBothVersions()
    {
        QVERIFY(theyEdit(QStringLiteral("Priya's wording")) > 0);
        QSignalSpy conflicts(m_editor.get(), &Editor::conflictFound);
        QSignalSpy failures(m_editor.get(), &Editor::writeFailed);
        // The view still shows the revision from before Priya's edit.
        QVERIFY(!m_editor->editField(Entity::Event, m_event.id, kText, m_event.text, QStringLiteral("Alex's wording"),
                                     m_event.rev, QStringLiteral("Edit event text")));
        QCOMPARE(failures.size(), 0); // told as a conflict, not as a failure
        QCOMPARE(conflicts.size(), 1);
        const auto c = conflicts.first().first().value<EditConflict>();
        QCOMPARE(c.id, m_event.id);
        QCOMPARE(c.column, kText);
        QCOMPARE(c.base.toString(), m_event.text);
        QCOMPARE(c.mine.toString(), QStringLiteral("Alex's wording"));
        QCOMPARE(c.theirs.toString(), QStringLiteral("Priya's wording"));
        QCOMPARE(c.changedBy, QStringLiteral("priya"));
        QVERIFY(c.changedMs > 0);
        QCOMPARE(c.theirRev, *m_lib->revisionOf(Entity::Event, m_event.id));
        QVERIFY(c.canKeepBoth());
        QVERIFY(!c.removal && !c.theirsDeleted);
        QCOMPARE(eventNow(m_event.id).text, QStringLiteral("Priya's wording")); // nothing overwritten
        QCOMPARE(m_stack->count(), 0);
    }

    void resolvingWritesTheChoice_data()
    {
        QTest::addColumn<int>("resolution");
        QTest::addColumn<QString>("expected");
        QTest::newRow("keep mine") << int(EditConflict::KeepMine) << QStringLiteral("Alex's wording");
        QTest::newRow("take theirs") << int(EditConflict::TakeTheirs) << QStringLiteral("Priya's wording");
        QTest::newRow("keep both") << int(EditConflict::KeepBoth)
                                   << QStringLiteral("Alex's wording\n\n— from priya —\nPriya's wording");
    }

    void resolvingWritesTheChoice()
    {
        QFETCH(int, resolution);
        QFETCH(QString, expected);
        QVERIFY(theyEdit(QStringLiteral("Priya's wording")) > 0);
        QSignalSpy conflicts(m_editor.get(), &Editor::conflictFound);
        m_editor->editField(Entity::Event, m_event.id, kText, m_event.text, QStringLiteral("Alex's wording"), m_event.rev,
                            QStringLiteral("Edit event text"));
        QCOMPARE(conflicts.size(), 1);
        const auto c = conflicts.first().first().value<EditConflict>();
        QVERIFY(m_editor->resolve(c, static_cast<EditConflict::Resolution>(resolution)));
        QCOMPARE(eventNow(m_event.id).text, expected);
        const bool wrote = resolution != EditConflict::TakeTheirs;
        QCOMPARE(m_stack->count(), wrote ? 1 : 0);
        if (wrote) {
            m_stack->undo(); // the choice is one undo step, back to Priya's text
            QCOMPARE(eventNow(m_event.id).text, QStringLiteral("Priya's wording"));
        }
    }

    void keepingMineAfterAThirdChangeIsAnotherConflict()
    {
        QVERIFY(theyEdit(QStringLiteral("first")) > 0);
        QSignalSpy conflicts(m_editor.get(), &Editor::conflictFound);
        m_editor->editField(Entity::Event, m_event.id, kText, m_event.text, QStringLiteral("mine"), m_event.rev,
                            QStringLiteral("Edit event text"));
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(theyEdit(QStringLiteral("second")) > 0); // while the choice was being made
        QVERIFY(!m_editor->resolve(conflicts.first().first().value<EditConflict>(), EditConflict::KeepMine));
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflicts.last().first().value<EditConflict>().theirs.toString(), QStringLiteral("second"));
        QCOMPARE(eventNow(m_event.id).text, QStringLiteral("second"));
        // Keeping both after yet another change offers what was typed again, not the combination.
        QVERIFY(theyEdit(QStringLiteral("third")) > 0);
        QVERIFY(!m_editor->resolve(conflicts.last().first().value<EditConflict>(), EditConflict::KeepBoth));
        QCOMPARE(conflicts.size(), 3);
        QCOMPARE(conflicts.last().first().value<EditConflict>().mine.toString(), QStringLiteral("mine"));
        QCOMPARE(conflicts.last().first().value<EditConflict>().theirs.toString(), QStringLiteral("third"));
        QVERIFY(m_editor->resolve(conflicts.last().first().value<EditConflict>(), EditConflict::KeepBoth));
        QCOMPARE(eventNow(m_event.id).text, QStringLiteral("mine\n\n— from priya —\nthird"));
    }

    void aMultiFieldEditIsKeptOrDroppedWhole()
    {
        QVERIFY(theyEdit(QStringLiteral("Priya's wording")) > 0);
        QSignalSpy conflicts(m_editor.get(), &Editor::conflictFound);
        QSignalSpy failures(m_editor.get(), &Editor::writeFailed);
        const QList<FieldChange> changes = {
            {Entity::Event, m_event.id, kText, QStringLiteral("Alex's wording"), m_event.rev, m_event.text},
            {Entity::Event, m_event.id, QStringLiteral("actor"), QStringLiteral("Alex"), m_event.rev, m_event.actor},
        };
        QVERIFY(!m_editor->editFields(changes, QStringLiteral("Edit event")));
        QCOMPARE(failures.size(), 0);
        QCOMPARE(conflicts.size(), 1);
        const auto c = conflicts.first().first().value<EditConflict>();
        QCOMPARE(c.column, kText);
        QCOMPARE(c.mine.toString(), QStringLiteral("Alex's wording"));
        QCOMPARE(c.theirs.toString(), QStringLiteral("Priya's wording"));
        QCOMPARE(c.batch.size(), 2);
        QVERIFY(!c.canKeepBoth()); // the edit is one step: all of it or none
        QCOMPARE(eventNow(m_event.id).actor, m_event.actor); // nothing of it was written

        QVERIFY(m_editor->resolve(c, EditConflict::KeepMine));
        QCOMPARE(eventNow(m_event.id).text, QStringLiteral("Alex's wording"));
        QCOMPARE(eventNow(m_event.id).actor, QStringLiteral("Alex"));
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(eventNow(m_event.id).text, QStringLiteral("Priya's wording"));
        QCOMPARE(eventNow(m_event.id).actor, m_event.actor);
    }

    void removingARowTheyChangedAsks()
    {
        QVERIFY(theyEdit(QStringLiteral("still relevant")) > 0);
        QSignalSpy conflicts(m_editor.get(), &Editor::conflictFound);
        QVERIFY(!m_editor->removeRow(Entity::Event, m_event.id, m_event.rev, QStringLiteral("Delete event")));
        QCOMPARE(conflicts.size(), 1);
        const auto c = conflicts.first().first().value<EditConflict>();
        QVERIFY(c.removal);
        QVERIFY(!c.canKeepBoth());
        QCOMPARE(c.changedBy, QStringLiteral("priya"));
        QVERIFY(!eventNow(m_event.id).id.isEmpty()); // still there
        QVERIFY(m_editor->resolve(c, EditConflict::KeepMine)); // delete anyway
        QVERIFY(eventNow(m_event.id).id.isEmpty());
        m_stack->undo();
        QCOMPARE(eventNow(m_event.id).text, QStringLiteral("still relevant"));
    }

    void editingARowTheyDeletedKeepsTheText()
    {
        QVERIFY(m_other->removeRow(Entity::Event, m_event.id, m_event.rev).ok());
        QSignalSpy conflicts(m_editor.get(), &Editor::conflictFound);
        m_editor->editField(Entity::Event, m_event.id, kText, m_event.text, QStringLiteral("typed meanwhile"), m_event.rev,
                            QStringLiteral("Edit event text"));
        QCOMPARE(conflicts.size(), 1);
        const auto c = conflicts.first().first().value<EditConflict>();
        QVERIFY(c.theirsDeleted);
        QCOMPARE(c.mine.toString(), QStringLiteral("typed meanwhile"));
        QVERIFY(!c.canKeepBoth());
        QVERIFY(!m_editor->resolve(c, EditConflict::KeepMine)); // a deleted row takes no edit
        QVERIFY(eventNow(m_event.id).id.isEmpty());
    }

    void aBusyFileKeepsEditsAndWritesThemInOrder()
    {
        WriteLock lock(m_path);
        QVERIFY(lock.isLocked());
        QSignalSpy failures(m_editor.get(), &Editor::writeFailed);
        QSignalSpy pending(m_editor.get(), &Editor::pendingChanged);
        QVERIFY(m_editor->editField(Entity::Event, m_event.id, kText, m_event.text, QStringLiteral("first"), m_event.rev,
                                    QStringLiteral("Edit event text")));
        QCOMPARE(m_editor->pendingCount(), 1);
        QCOMPARE(pending.last().first().toInt(), 1);
        // Later edits wait behind it, even when the lock is gone by then, so nothing is reordered.
        const QString newId = m_editor->addRow(Entity::Lesson,
                                               {{QStringLiteral("review_id"), m_reviewId},
                                                {QStringLiteral("kind"), QStringLiteral("went_well")},
                                                {kText, QStringLiteral("Paging worked")}},
                                               QStringLiteral("Add lesson"));
        QVERIFY(!newId.isEmpty()); // the id is known while the row waits
        QVERIFY(m_editor->editField(Entity::Event, m_event.id, kText, QStringLiteral("first"), QStringLiteral("second"),
                                    m_event.rev, QStringLiteral("Edit event text")));
        QCOMPARE(m_editor->pendingCount(), 3);
        QCOMPARE(m_editor->pendingDescriptions().first(), QStringLiteral("Edit event text"));
        QCOMPARE(m_other->document(m_reviewId)->events.first().text, m_event.text); // not in the file yet
        QTRY_VERIFY_WITH_TIMEOUT(m_editor->isWaiting() || m_editor->isStalled(), 2000);
        QCOMPARE(m_editor->pendingError().status, WriteResult::Busy);

        lock.release();
        m_editor->retryPending();
        QTRY_COMPARE_WITH_TIMEOUT(m_editor->pendingCount(), 0, 3000);
        QCOMPARE(failures.size(), 0);
        QCOMPARE(pending.last().first().toInt(), 0);
        QCOMPARE(eventNow(m_event.id).text, QStringLiteral("second"));
        bool found = false;
        const std::optional<ReviewDocument> doc = m_lib->document(m_reviewId);
        for (const Lesson& l : doc->lessons)
            found = found || (l.id == newId && l.text == QStringLiteral("Paging worked"));
        QVERIFY(found);
        // Written edits are undoable like any other, one step each.
        QCOMPARE(m_stack->count(), 3);
        m_stack->undo();
        QCOMPARE(eventNow(m_event.id).text, QStringLiteral("first"));
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(eventNow(m_event.id).text, m_event.text);
    }

    void retryingStallsAndThenDiscardsOnlyWhenTold()
    {
        WriteLock lock(m_path);
        QVERIFY(lock.isLocked());
        QSignalSpy stalled(m_editor.get(), &Editor::stalled);
        QVERIFY(m_editor->editField(Entity::Event, m_event.id, kText, m_event.text, QStringLiteral("kept"), m_event.rev,
                                    QStringLiteral("Edit event text")));
        QTRY_COMPARE_WITH_TIMEOUT(stalled.size(), 1, 3000);
        QVERIFY(m_editor->isStalled());
        QTest::qWait(400);
        QCOMPARE(m_editor->pendingCount(), 1); // stalled is not dropped
        m_editor->retryPending(); // still locked: still kept
        QCOMPARE(m_editor->pendingCount(), 1);
        m_editor->discardPending();
        QCOMPARE(m_editor->pendingCount(), 0);
        lock.release();
        QCOMPARE(eventNow(m_event.id).text, m_event.text);
        QCOMPARE(m_stack->count(), 0);
    }

    void aConflictFoundOnRetryIsStillShown()
    {
        WriteLock lock(m_path);
        QVERIFY(lock.isLocked());
        QSignalSpy conflicts(m_editor.get(), &Editor::conflictFound);
        QVERIFY(m_editor->editField(Entity::Event, m_event.id, kText, m_event.text, QStringLiteral("mine"), m_event.rev,
                                    QStringLiteral("Edit event text")));
        lock.release();
        QVERIFY(theyEdit(QStringLiteral("theirs first")) > 0); // they got the lock first
        m_editor->retryPending();
        QTRY_COMPARE_WITH_TIMEOUT(m_editor->pendingCount(), 0, 3000);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().first().value<EditConflict>().mine.toString(), QStringLiteral("mine"));
        QCOMPARE(eventNow(m_event.id).text, QStringLiteral("theirs first"));
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
