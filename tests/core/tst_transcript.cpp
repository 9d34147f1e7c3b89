// The timeline's storage: the transcript, evidence links between events and messages,
// multi-row writes, imports (dedupe on re-import, one-step removal and restore), and the
// migration of a version 1 file that had none of it.

#include "TestSupport.h"

#include "import/ImportTypes.h"
#include "storage/Library.h"
#include "storage/Schema.h"
#include "util/Uuid.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace hs;

namespace {

ImportResult chatImport(int count, int offset = 0)
{
    ImportResult r;
    r.format = QStringLiteral("slack");
    r.sourceName = QStringLiteral("#inc-2041");
    for (int i = offset; i < offset + count; ++i) {
        ImportedMessage m;
        m.externalId = QStringLiteral("slack:C1:%1.000100").arg(1712999000 + i);
        m.atMs = (1712999000LL + i) * 1000;
        m.author = i % 2 ? QStringLiteral("Priya Raman") : QStringLiteral("Tomás Herrera");
        m.text = QStringLiteral("message %1").arg(i);
        r.messages.append(m);
    }
    ImportedEvent page;
    page.externalId = QStringLiteral("pd:Q1");
    page.atMs = 1712999000LL * 1000;
    page.kind = QStringLiteral("alert");
    page.text = QStringLiteral("Triggered: checkout 5xx");
    page.source = QStringLiteral("paging");
    page.milestone = QStringLiteral("detected");
    r.events.append(page);
    return r;
}

} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
    QString m_review;

    int eventCount() const { return static_cast<int>(m_lib->document(m_review)->events.size()); }

private Q_SLOTS:
    void init()
    {
        m_dir = test::tempDir();
        OpenError error;
        m_lib = Library::create(m_dir->filePath(QStringLiteral("lib.hindsight")), false, &error);
        QVERIFY2(m_lib, qPrintable(error.message()));
        const WriteResult r = m_lib->createReview(QStringLiteral("incident"), QStringLiteral("Checkout errors"));
        QVERIFY(r.ok());
        m_review = r.id;
    }

    void cleanup()
    {
        m_lib.reset();
        m_dir.reset();
    }

    void importAddsOnceAndReimportAddsNothing()
    {
        QSignalSpy changed(m_lib.get(), &Library::changed);
        const ImportResult parsed = chatImport(50);
        ImportPlan plan = m_lib->planImport(m_review, parsed);
        QCOMPARE(plan.newMessages, 50);
        QCOMPARE(plan.newEvents, 1);
        QCOMPARE(plan.duplicateMessages, 0);

        const WriteResult r = m_lib->applyImport(m_review, parsed);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(!r.id.isEmpty());
        QCOMPARE(changed.size(), 1); // one notice for the whole import
        const QList<TranscriptMessage> transcript = m_lib->transcript(m_review);
        QCOMPARE(transcript.size(), 50);
        QCOMPARE(transcript.first().text, QStringLiteral("message 0"));
        QCOMPARE(transcript.first().source, QStringLiteral("chat"));
        QCOMPARE(transcript.first().importId, r.id);
        QCOMPARE(eventCount(), 1);
        QCOMPARE(m_lib->document(m_review)->events.first().milestone, QStringLiteral("detected"));

        // The same file again, plus ten new messages: only the ten go in.
        const ImportResult again = chatImport(60);
        plan = m_lib->planImport(m_review, again);
        QCOMPARE(plan.newMessages, 10);
        QCOMPARE(plan.duplicateMessages, 50);
        QCOMPARE(plan.duplicateEvents, 1);
        QVERIFY(m_lib->applyImport(m_review, again).ok());
        QCOMPARE(m_lib->transcriptCount(m_review), 60);
        QCOMPARE(eventCount(), 1);
        // Exactly the same again: nothing new, nothing written, no import to undo.
        const WriteResult none = m_lib->applyImport(m_review, again);
        QVERIFY(none.ok());
        QVERIFY(none.id.isEmpty());
        QCOMPARE(m_lib->transcriptCount(m_review), 60);
    }

    void importWithProblemsAddsNothing()
    {
        ImportResult parsed = chatImport(5);
        parsed.problems.append(ImportProblem{QStringLiteral("/tmp/x.json"), 14, QString(), QStringLiteral("bad")});
        const WriteResult r = m_lib->applyImport(m_review, parsed);
        QCOMPARE(r.status, WriteResult::Invalid);
        QVERIFY(r.message.contains(QStringLiteral("x.json:14: bad")));
        QCOMPARE(m_lib->transcriptCount(m_review), 0);
        QCOMPARE(eventCount(), 0);
    }

    void removingAnImportTakesExactlyItsRowsAndRestoreBringsThemBack()
    {
        const WriteResult first = m_lib->applyImport(m_review, chatImport(20));
        QVERIFY(first.ok());
        // A typed event that has nothing to do with the import.
        QVERIFY(m_lib->insertRow(Entity::Event, {{QStringLiteral("review_id"), m_review},
                                                  {QStringLiteral("at_ms"), 1712999100000LL},
                                                  {QStringLiteral("text"), QStringLiteral("typed")}})
                    .ok());
        // One imported message deleted by hand before the import is undone stays deleted after
        // the import is restored.
        const TranscriptMessage gone = m_lib->transcript(m_review).at(3);
        QVERIFY(m_lib->removeRow(Entity::Transcript, gone.id, gone.rev).ok());
        QCOMPARE(m_lib->transcriptCount(m_review), 19);

        QVERIFY(m_lib->setImportRemoved(first.id, true).ok());
        QCOMPARE(m_lib->transcriptCount(m_review), 0);
        QCOMPARE(eventCount(), 1); // the typed one
        QVERIFY(m_lib->setImportRemoved(first.id, false).ok());
        QCOMPARE(m_lib->transcriptCount(m_review), 19);
        QCOMPARE(eventCount(), 2);
        // Re-importing after an undo adds the rows again (the removed ones are not duplicates).
        QVERIFY(m_lib->setImportRemoved(first.id, true).ok());
        const WriteResult again = m_lib->applyImport(m_review, chatImport(20));
        QVERIFY(again.ok());
        QCOMPARE(m_lib->transcriptCount(m_review), 20);
        QVERIFY(m_lib->setImportRemoved(QStringLiteral("no-such-import"), true).status == WriteResult::NotFound);
    }

    void evidenceLinksFollowTheirMessages()
    {
        QVERIFY(m_lib->applyImport(m_review, chatImport(3)).ok());
        const QList<TranscriptMessage> messages = m_lib->transcript(m_review);
        // Promote: an event and its evidence link in one write.
        const QString eventId = newId();
        const WriteResult r = m_lib->insertRows(
            {RowInsert{Entity::Event, {{QStringLiteral("id"), eventId},
                                       {QStringLiteral("review_id"), m_review},
                                       {QStringLiteral("at_ms"), messages.at(1).atMs},
                                       {QStringLiteral("kind"), QStringLiteral("diagnosis")},
                                       {QStringLiteral("text"), messages.at(1).text}}},
             RowInsert{Entity::EventEvidence, {{QStringLiteral("event_id"), eventId},
                                               {QStringLiteral("message_id"), messages.at(1).id}}},
             RowInsert{Entity::EventEvidence, {{QStringLiteral("event_id"), eventId},
                                               {QStringLiteral("message_id"), messages.at(2).id}}}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.rows.size(), 3);
        auto evidenceOf = [&] {
            const std::optional<ReviewDocument> doc = m_lib->document(m_review);
            for (const TimelineEvent& e : doc->events) {
                if (e.id == eventId)
                    return e.evidenceMessageIds;
            }
            return QStringList{QStringLiteral("missing")};
        };
        QCOMPARE(evidenceOf(), (QStringList{messages.at(1).id, messages.at(2).id}));
        // A deleted message no longer counts as evidence; restoring it brings the link back.
        QVERIFY(m_lib->removeRow(Entity::Transcript, messages.at(2).id, messages.at(2).rev).ok());
        QCOMPARE(evidenceOf(), QStringList{messages.at(1).id});
        QVERIFY(m_lib->restoreRow(Entity::Transcript, messages.at(2).id, messages.at(2).rev + 1).ok());
        QCOMPARE(evidenceOf().size(), 2);

        // Undo of the promotion: all three rows go in one write.
        QVERIFY(m_lib->removeRows(r.rows).ok());
        QCOMPARE(evidenceOf(), QStringList{QStringLiteral("missing")});
    }

    void multiRowWritesAreAllOrNothing()
    {
        QList<RowInsert> rows;
        for (int i = 0; i < 3; ++i) {
            rows.append(RowInsert{Entity::Event, {{QStringLiteral("review_id"), m_review},
                                                  {QStringLiteral("at_ms"), 1000LL * i},
                                                  {QStringLiteral("text"), QStringLiteral("e%1").arg(i)}}});
        }
        rows.append(RowInsert{Entity::Event, {{QStringLiteral("review_id"), m_review},
                                              {QStringLiteral("not_a_column"), 1}}});
        QCOMPARE(m_lib->insertRows(rows).status, WriteResult::Invalid);
        QCOMPARE(eventCount(), 0);
        rows.removeLast();
        const WriteResult ok = m_lib->insertRows(rows);
        QVERIFY(ok.ok());
        QCOMPARE(eventCount(), 3);
        // One stale revision in a multi-row removal: nothing is removed.
        QList<RowRef> refs = ok.rows;
        refs[1].rev = 7;
        QCOMPARE(m_lib->removeRows(refs).status, WriteResult::Conflict);
        QCOMPARE(eventCount(), 3);
        const WriteResult removed = m_lib->removeRows(ok.rows);
        QVERIFY(removed.ok());
        QCOMPARE(eventCount(), 0);
        QCOMPARE(removed.rows.first().rev, 2);
        QVERIFY(m_lib->restoreRows(removed.rows).ok());
        QCOMPARE(eventCount(), 3);
    }

    void versionOneFileMigratesWithItsContent()
    {
        const QString fixture = qEnvironmentVariable("HINDSIGHT_TEST_DATA") + QStringLiteral("/library-v1.hindsight");
        const QString path = m_dir->filePath(QStringLiteral("old.hindsight"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(test::rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        const QString events = test::rawScalar(path, QStringLiteral("SELECT count(*) FROM events"));
        OpenError error;
        auto lib = Library::open(path, &error);
        QVERIFY2(lib, qPrintable(error.message()));
        QCOMPARE(lib->database().schemaVersion(), Schema::currentVersion);
        QVERIFY(QFile::exists(lib->database().lastBackupPath()));
        QCOMPARE(test::rawScalar(lib->database().lastBackupPath(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(lib->reviewCount(), 3);
        QCOMPARE(test::rawScalar(path, QStringLiteral("SELECT count(*) FROM events")), events);
        // The migrated file has the same schema as a new one.
        const QString schemaSql = QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema "
                                                 "WHERE sql IS NOT NULL ORDER BY name)");
        QCOMPARE(test::rawScalar(path, schemaSql), test::rawScalar(m_lib->path(), schemaSql));
        // And the new parts work on it.
        const QString review = lib->reviewSummaries().first().id;
        QVERIFY(lib->applyImport(review, chatImport(4)).ok());
        QCOMPARE(lib->transcriptCount(review), 4);
    }
};

QTEST_MAIN(TestTranscript)
#include "tst_transcript.moc"
