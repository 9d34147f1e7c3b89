// Importing reviews from a draft (another .hindsight file): new reviews copied whole, three-way
// merges per column with each conflict choice, tombstones, idempotence, old-format and bad
// drafts, and the copy that a draft starts from (saveCopyAs gives it its own file_id).

#include "TestSupport.h"

#include "import/ImportTypes.h"
#include "storage/Library.h"
#include "storage/Merge.h"

#include <QFile>
#include <QTest>
#include <QDir>
#include <QThread>

using namespace hs;

namespace {

// Every table a review owns, with the SQL that counts its rows for review ?1.
const QList<QPair<QString, QString>> kReviewTables = {
    {QStringLiteral("reviews"), QStringLiteral("id = '%1'")},
    {QStringLiteral("participants"), QStringLiteral("review_id = '%1'")},
    {QStringLiteral("sections"), QStringLiteral("review_id = '%1'")},
    {QStringLiteral("events"), QStringLiteral("review_id = '%1'")},
    {QStringLiteral("transcript"), QStringLiteral("review_id = '%1'")},
    {QStringLiteral("imports"), QStringLiteral("review_id = '%1'")},
    {QStringLiteral("event_evidence"), QStringLiteral("event_id IN (SELECT id FROM events WHERE review_id = '%1')")},
    {QStringLiteral("why_nodes"), QStringLiteral("review_id = '%1'")},
    {QStringLiteral("why_evidence"), QStringLiteral("why_id IN (SELECT id FROM why_nodes WHERE review_id = '%1')")},
    {QStringLiteral("actions"), QStringLiteral("review_id = '%1'")},
    {QStringLiteral("lessons"), QStringLiteral("review_id = '%1'")},
    {QStringLiteral("notes"), QStringLiteral("review_id = '%1'")},
    {QStringLiteral("agenda_items"), QStringLiteral("review_id = '%1'")},
    {QStringLiteral("review_labels"), QStringLiteral("review_id = '%1'")},
    {QStringLiteral("prepared_questions"), QStringLiteral("review_id = '%1'")},
};


} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_teamPath;
    QString m_draftPath;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<Library> open(const QString& p, const QString& actor = QStringLiteral("team"))
    {
        OpenError error;
        auto lib = Library::open(p, &error);
        if (!lib)
            qWarning("open failed: %s", qPrintable(error.message()));
        else
            lib->setActor(actor);
        return lib;
    }

    static QString scalar(const QString& file, const QString& sql) { return test::rawScalar(file, sql); }

    // A review with a row in every child table: the sample plus a note, an agenda item, a
    // transcript import with an evidence link, labels and a category of the draft's own.
    QString fillDraftReview(Library& draft)
    {
        const QString review = draft.reviewSummaries().first().id;
        const QString event = scalar(draft.path(), QStringLiteral("SELECT id FROM events WHERE review_id = '%1' LIMIT 1").arg(review));
        const QString why = scalar(draft.path(), QStringLiteral("SELECT id FROM why_nodes WHERE review_id = '%1' LIMIT 1").arg(review));
        if (!draft.insertRow(Entity::Note, {{QStringLiteral("review_id"), review}, {QStringLiteral("text"), QStringLiteral("ask DB team")}}).ok())
            return {};
        if (!draft.insertRow(Entity::AgendaItem, {{QStringLiteral("review_id"), review}, {QStringLiteral("title"), QStringLiteral("Timeline")}}).ok())
            return {};
        if (!draft.insertRow(Entity::PreparedQuestion, {{QStringLiteral("review_id"), review}, {QStringLiteral("target"), QStringLiteral("why")},
                                                        {QStringLiteral("target_id"), why}, {QStringLiteral("text"), QStringLiteral("What did the graph show?")}}).ok())
            return {};
        if (!draft.applyImport(review, test::generatedChat(5)).ok())
            return {};
        const QString message = scalar(draft.path(), QStringLiteral("SELECT id FROM transcript LIMIT 1"));
        if (!draft.insertRow(Entity::EventEvidence, {{QStringLiteral("event_id"), event}, {QStringLiteral("message_id"), message}}).ok())
            return {};
        if (!draft.setLabels(review, QStringLiteral("service"), {QStringLiteral("payments"), QStringLiteral("quasar")}).ok())
            return {};
        const qint64 rev = *draft.revisionOf(Entity::WhyNode, why);
        if (!draft.updateField(Entity::WhyNode, why, QStringLiteral("category"), QStringLiteral("Capacity"), rev).ok())
            return {};
        return review;
    }

    // team.hindsight with the sample review, and draft.hindsight: a copy of it to merge back.
    QString makeTeamAndCopy()
    {
        OpenError error;
        auto team = Library::create(m_teamPath, true, &error);
        if (!team)
            return {};
        if (!team->saveCopyAs(m_draftPath).ok())
            return {};
        QThread::msleep(5); // edits after the copy are later than its copied_at_ms
        return team->reviewSummaries().first().id;
    }

    QString eventOf(const QString& file, const QString& review, int n = 0) const
    {
        return scalar(file, QStringLiteral("SELECT id FROM events WHERE review_id = '%1' ORDER BY id LIMIT 1 OFFSET %2")
                                .arg(review)
                                .arg(n));
    }

    static bool setField(Library& lib, Entity e, const QString& id, const QString& column, const QVariant& value)
    {
        const std::optional<qint64> rev = lib.revisionOf(e, id);
        return rev && lib.updateField(e, id, column, value, *rev).ok();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = test::tempDir();
        m_teamPath = path(QStringLiteral("team.hindsight"));
        m_draftPath = path(QStringLiteral("draft.hindsight"));
    }
    void cleanup() { m_dir.reset(); }

    void copyGetsItsOwnIdentity()
    {
        const QString review = makeTeamAndCopy();
        QVERIFY(!review.isEmpty());
        const QString teamId = scalar(m_teamPath, QStringLiteral("SELECT value FROM meta WHERE key = 'file_id'"));
        const QString copyId = scalar(m_draftPath, QStringLiteral("SELECT value FROM meta WHERE key = 'file_id'"));
        QVERIFY(!copyId.isEmpty());
        QVERIFY(copyId != teamId);
        QCOMPARE(scalar(m_draftPath, QStringLiteral("SELECT value FROM meta WHERE key = 'copied_from'")), teamId);
        QVERIFY(scalar(m_draftPath, QStringLiteral("SELECT value FROM meta WHERE key = 'copied_at_ms'")).toLongLong() > 0);
        QCOMPARE(scalar(m_draftPath, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // An unchanged copy has nothing to bring back.
        auto team = open(m_teamPath);
        const MergePlan plan = team->planMerge(m_draftPath);
        QVERIFY2(plan.ok(), qPrintable(plan.message));
        QCOMPARE(plan.reviews.size(), 1);
        QVERIFY(!plan.reviews.first().isNew);
        QCOMPARE(plan.changes(), 0);
    }

    void newReviewIsCopiedWithEveryChildTable()
    {
        OpenError error;
        QVERIFY(Library::create(m_teamPath, false, &error));
        auto draft = Library::create(m_draftPath, true, &error);
        QVERIFY(draft);
        draft->setActor(QStringLiteral("drafter"));
        const QString review = fillDraftReview(*draft);
        QVERIFY(!review.isEmpty());
        draft.reset();
        auto team = open(m_teamPath);
        // The team already has "payments" (its own id); "quasar" and "Capacity" are new here.
        QVERIFY(team->createReview(QStringLiteral("incident"), QStringLiteral("Other")).ok());
        QVERIFY(team->setLabels(team->reviewSummaries().first().id, QStringLiteral("service"), {QStringLiteral("Payments")}).ok());

        const MergePlan plan = team->planMerge(m_draftPath);
        QVERIFY2(plan.ok(), qPrintable(plan.message));
        QCOMPARE(plan.reviews.size(), 1);
        const MergeReviewPlan& r = plan.reviews.first();
        QVERIFY(r.isNew);
        QCOMPARE(r.reviewId, review);
        QVERIFY(!r.title.isEmpty());
        int rows = 0;
        for (const auto& [table, where] : kReviewTables) {
            const int n = scalar(m_draftPath, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where.arg(review))).toInt();
            QVERIFY2(n > 0, qPrintable(table));
            rows += n;
        }
        QCOMPARE(r.inserted, rows);
        QCOMPARE(r.conflicts.size(), 0);
        QVERIFY(plan.createdLabels.contains(QStringLiteral("service: quasar")));
        QVERIFY(!plan.createdLabels.contains(QStringLiteral("service: payments"), Qt::CaseInsensitive));
        QCOMPARE(plan.createdCategories, QStringList{QStringLiteral("Capacity")});

        const WriteResult result = team->applyMerge(plan, {});
        QVERIFY2(result.ok(), qPrintable(result.message));
        // Every row arrived with its id and content.
        for (const auto& [table, where] : kReviewTables) {
            const QString content = QStringLiteral("SELECT group_concat(id, ',') FROM (SELECT id FROM %1 WHERE %2 ORDER BY id)")
                                        .arg(table, where.arg(review));
            QCOMPARE(scalar(m_teamPath, content), scalar(m_draftPath, content));
        }
        const QString text = QStringLiteral("SELECT group_concat(text, '|') FROM (SELECT text FROM events WHERE review_id = '%1' ORDER BY id)")
                                 .arg(review);
        QCOMPARE(scalar(m_teamPath, text), scalar(m_draftPath, text));
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT count(*) FROM labels WHERE lower(name) = 'payments'")), QStringLiteral("1"));
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT count(*) FROM categories WHERE name = 'Capacity'")), QStringLiteral("1"));
        QCOMPARE(team->document(review)->review.services.size(), 2);
        QCOMPARE(scalar(m_teamPath, QStringLiteral("PRAGMA foreign_key_check")), QString());
        QCOMPARE(scalar(m_teamPath, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // Others see it through the change log.
        QVERIFY(scalar(m_teamPath, QStringLiteral("SELECT count(*) FROM change_log WHERE review_id = '%1'").arg(review)).toInt() >= rows);

        // Importing the same draft again changes nothing, and writes nothing.
        const qint64 seq = team->lastChangeSeq();
        const MergePlan again = team->planMerge(m_draftPath);
        QVERIFY(again.ok());
        QCOMPARE(again.changes(), 0);
        QCOMPARE(again.reviews.first().unchanged, rows);
        QVERIFY(team->applyMerge(again, {}).ok());
        QCOMPARE(team->lastChangeSeq(), seq);
    }

    void oneSidedChangesMergeBothWays()
    {
        const QString review = makeTeamAndCopy();
        auto team = open(m_teamPath);
        auto draft = open(m_draftPath, QStringLiteral("drafter"));
        const QString e0 = eventOf(m_teamPath, review, 0);
        const QString e1 = eventOf(m_teamPath, review, 1);
        QVERIFY(setField(*draft, Entity::Event, e0, QStringLiteral("text"), QStringLiteral("drafted text")));
        QVERIFY(setField(*draft, Entity::Review, review, QStringLiteral("severity"), QStringLiteral("SEV1")));
        QVERIFY(setField(*team, Entity::Event, e1, QStringLiteral("text"), QStringLiteral("team text")));
        QVERIFY(setField(*team, Entity::Review, review, QStringLiteral("title"), QStringLiteral("Team title")));
        const qint64 revBefore = *team->revisionOf(Entity::Event, e0);

        MergePlan plan = team->planMerge(m_draftPath, {review});
        QVERIFY2(plan.ok(), qPrintable(plan.message));
        QCOMPARE(plan.reviews.first().updated, 2);
        QCOMPARE(plan.conflictCount(), 0);
        QVERIFY(team->applyMerge(plan, {}).ok());
        auto doc = team->document(review);
        QCOMPARE(doc->review.title, QStringLiteral("Team title"));
        QCOMPARE(doc->review.severity, QStringLiteral("SEV1"));
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT text FROM events WHERE id = '%1'").arg(e0)), QStringLiteral("drafted text"));
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT text FROM events WHERE id = '%1'").arg(e1)), QStringLiteral("team text"));
        QCOMPARE(*team->revisionOf(Entity::Event, e0), revBefore + 1);
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT op FROM change_log WHERE row_id = '%1' ORDER BY seq DESC LIMIT 1").arg(e0)),
                 QStringLiteral("update"));

        // Second import: nothing. Then the draft goes on; the team's own change still stays.
        QCOMPARE(team->planMerge(m_draftPath).changes(), 0);
        // A kind the generated event does not have already, or the draft would change nothing.
        const QString kind = scalar(m_draftPath, QStringLiteral("SELECT kind FROM events WHERE id = '%1'").arg(e0))
                == QLatin1String("decision") ? QStringLiteral("mitigation") : QStringLiteral("decision");
        QVERIFY(setField(*draft, Entity::Event, e0, QStringLiteral("kind"), kind));
        QVERIFY(setField(*team, Entity::Event, e0, QStringLiteral("actor"), QStringLiteral("SRE on call")));
        plan = team->planMerge(m_draftPath);
        for (const auto& r : plan.reviews) qWarning("DBG u=%d i=%d same=%d", r.updated, r.inserted, r.unchanged);
        qWarning("DBG draft kind=%s", qPrintable(scalar(m_draftPath, QStringLiteral("SELECT kind || rev FROM events WHERE id = '%1'").arg(e0))));
        QCOMPARE(plan.changes(), 1);
        QCOMPARE(plan.conflictCount(), 0);
        QVERIFY(team->applyMerge(plan, {}).ok());
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT kind || '/' || actor || '/' || text FROM events WHERE id = '%1'").arg(e0)),
                 kind + QStringLiteral("/SRE on call/drafted text"));
        QCOMPARE(team->planMerge(m_draftPath).changes(), 0);
    }

    void twoSidedConflict_data()
    {
        QTest::addColumn<int>("resolution");
        QTest::addColumn<QString>("expected");
        QTest::newRow("keep mine") << int(MergeResolution::KeepMine) << QStringLiteral("team wording");
        QTest::newRow("take theirs") << int(MergeResolution::TakeTheirs) << QStringLiteral("draft wording");
        QTest::newRow("keep both") << int(MergeResolution::KeepBoth)
                                   << keepBothText(QStringLiteral("team wording"), QStringLiteral("draft wording"));
    }

    void twoSidedConflict()
    {
        QFETCH(int, resolution);
        QFETCH(QString, expected);
        const QString review = makeTeamAndCopy();
        auto team = open(m_teamPath);
        auto draft = open(m_draftPath, QStringLiteral("drafter"));
        const QString e0 = eventOf(m_teamPath, review);
        QVERIFY(setField(*draft, Entity::Event, e0, QStringLiteral("text"), QStringLiteral("draft wording")));
        QVERIFY(setField(*team, Entity::Event, e0, QStringLiteral("text"), QStringLiteral("team wording")));
        QVERIFY(setField(*draft, Entity::Review, review, QStringLiteral("severity"), QStringLiteral("SEV1")));
        QVERIFY(setField(*team, Entity::Review, review, QStringLiteral("severity"), QStringLiteral("SEV4")));

        const MergePlan plan = team->planMerge(m_draftPath);
        QVERIFY(plan.ok());
        QCOMPARE(plan.conflictCount(), 2);
        const QList<MergeConflict> conflicts = plan.conflicts();
        const MergeConflict* text = nullptr;
        for (const MergeConflict& c : conflicts) {
            if (c.column == QLatin1String("text"))
                text = &c;
        }
        QVERIFY(text);
        QCOMPARE(text->kind, MergeConflict::Value);
        QCOMPARE(text->table, QStringLiteral("events"));
        QCOMPARE(text->rowId, e0);
        QCOMPARE(text->mine.toString(), QStringLiteral("team wording"));
        QCOMPARE(text->theirs.toString(), QStringLiteral("draft wording"));
        QVERIFY(text->canKeepBoth);
        const MergeConflict& severity = conflicts.at(conflicts.first().column == QLatin1String("severity") ? 0 : 1);
        QVERIFY(!severity.canKeepBoth);

        // No choice: nothing is written.
        const qint64 seq = team->lastChangeSeq();
        const WriteResult refused = team->applyMerge(plan, {});
        QCOMPARE(refused.status, WriteResult::Conflict);
        QVERIFY(refused.message.contains(QStringLiteral("2 conflict")));
        QCOMPARE(team->lastChangeSeq(), seq);
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT count(*) FROM merge_base")), QStringLiteral("0"));

        const auto r = static_cast<MergeResolution>(resolution);
        QVERIFY(team->applyMerge(plan, ConflictChoice::forAll(conflicts, r)).ok());
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT text FROM events WHERE id = '%1'").arg(e0)), expected);
        QCOMPARE(team->review(review)->severity,
                 r == MergeResolution::KeepMine ? QStringLiteral("SEV4") : QStringLiteral("SEV1"));
        // Decided once: the same draft brings no conflict again.
        const MergePlan again = team->planMerge(m_draftPath);
        QCOMPARE(again.changes(), 0);
        // "Keep both" on a column that cannot hold both is refused.
        if (r == MergeResolution::KeepMine) {
            QVERIFY(setField(*draft, Entity::Review, review, QStringLiteral("severity"), QStringLiteral("SEV2")));
            QVERIFY(setField(*team, Entity::Review, review, QStringLiteral("severity"), QStringLiteral("SEV3")));
            const MergePlan p = team->planMerge(m_draftPath);
            QCOMPARE(p.conflictCount(), 1);
            const MergeConflict c = p.conflicts().first();
            const WriteResult bad = team->applyMerge(p, {ConflictChoice{c.table, c.rowId, c.column, MergeResolution::KeepBoth}});
            QCOMPARE(bad.status, WriteResult::Invalid);
        }
    }

    void deletedHereChangedInDraft()
    {
        const QString review = makeTeamAndCopy();
        auto team = open(m_teamPath);
        auto draft = open(m_draftPath, QStringLiteral("drafter"));
        const QString e0 = eventOf(m_teamPath, review);
        QVERIFY(team->removeRow(Entity::Event, e0, *team->revisionOf(Entity::Event, e0)).ok());
        QVERIFY(setField(*draft, Entity::Event, e0, QStringLiteral("text"), QStringLiteral("still relevant")));
        MergePlan plan = team->planMerge(m_draftPath);
        QCOMPARE(plan.conflictCount(), 1);
        MergeConflict c = plan.conflicts().first();
        QCOMPARE(c.kind, MergeConflict::DeletedHere);
        QCOMPARE(c.column, QStringLiteral("deleted_ms"));
        QCOMPARE(c.changedColumns, QStringList{QStringLiteral("text")});
        // Keep mine: it stays deleted (the draft's wording is kept in the tombstone for undo).
        QVERIFY(team->applyMerge(plan, ConflictChoice::forAll(plan.conflicts(), MergeResolution::KeepMine)).ok());
        QVERIFY(!scalar(m_teamPath, QStringLiteral("SELECT deleted_ms FROM events WHERE id = '%1'").arg(e0)).isEmpty());
        QCOMPARE(team->planMerge(m_draftPath).changes(), 0);

        // The draft changes it again; this time take theirs: it comes back with the change.
        QVERIFY(setField(*draft, Entity::Event, e0, QStringLiteral("text"), QStringLiteral("really relevant")));
        plan = team->planMerge(m_draftPath);
        QCOMPARE(plan.conflictCount(), 1);
        QVERIFY(team->applyMerge(plan, ConflictChoice::forAll(plan.conflicts(), MergeResolution::TakeTheirs)).ok());
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT coalesce(deleted_ms, 'live') || '/' || text FROM events WHERE id = '%1'").arg(e0)),
                 QStringLiteral("live/really relevant"));
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT op FROM change_log WHERE row_id = '%1' ORDER BY seq DESC LIMIT 1").arg(e0)),
                 QStringLiteral("insert"));
    }

    void deletedInDraft()
    {
        const QString review = makeTeamAndCopy();
        auto team = open(m_teamPath);
        auto draft = open(m_draftPath, QStringLiteral("drafter"));
        const QString e0 = eventOf(m_teamPath, review, 0);
        const QString e1 = eventOf(m_teamPath, review, 1);
        // e0: deleted in the draft only -> deleted here. e1: deleted there, changed here -> conflict.
        QVERIFY(draft->removeRow(Entity::Event, e0, *draft->revisionOf(Entity::Event, e0)).ok());
        QVERIFY(draft->removeRow(Entity::Event, e1, *draft->revisionOf(Entity::Event, e1)).ok());
        QVERIFY(setField(*team, Entity::Event, e1, QStringLiteral("text"), QStringLiteral("team keeps this")));
        MergePlan plan = team->planMerge(m_draftPath);
        QCOMPARE(plan.reviews.first().updated, 1);
        QCOMPARE(plan.conflictCount(), 1);
        QCOMPARE(plan.conflicts().first().kind, MergeConflict::DeletedInDraft);
        QCOMPARE(plan.conflicts().first().rowId, e1);
        QVERIFY(team->applyMerge(plan, ConflictChoice::forAll(plan.conflicts(), MergeResolution::KeepMine)).ok());
        QVERIFY(!scalar(m_teamPath, QStringLiteral("SELECT deleted_ms FROM events WHERE id = '%1'").arg(e0)).isEmpty());
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT coalesce(deleted_ms, 'live') FROM events WHERE id = '%1'").arg(e1)),
                 QStringLiteral("live"));
        QCOMPARE(team->planMerge(m_draftPath).changes(), 0);
    }

    void rowsAddedOnBothSides()
    {
        const QString review = makeTeamAndCopy();
        auto team = open(m_teamPath);
        auto draft = open(m_draftPath, QStringLiteral("drafter"));
        QVERIFY(draft->insertRow(Entity::Lesson, {{QStringLiteral("review_id"), review}, {QStringLiteral("kind"), QStringLiteral("lucky")},
                                                  {QStringLiteral("text"), QStringLiteral("from the draft")}}).ok());
        QVERIFY(team->insertRow(Entity::Lesson, {{QStringLiteral("review_id"), review}, {QStringLiteral("kind"), QStringLiteral("lucky")},
                                                 {QStringLiteral("text"), QStringLiteral("from the team")}}).ok());
        const MergePlan plan = team->planMerge(m_draftPath);
        QCOMPARE(plan.reviews.first().inserted, 1);
        QCOMPARE(plan.changes(), 1);
        QVERIFY(team->applyMerge(plan, {}).ok());
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT count(*) FROM lessons WHERE kind = 'lucky'")), QStringLiteral("2"));
    }

    void planIsRecomputedOnApply()
    {
        // A change made here after the plan becomes a conflict, not a silent overwrite.
        const QString review = makeTeamAndCopy();
        auto team = open(m_teamPath);
        auto draft = open(m_draftPath, QStringLiteral("drafter"));
        const QString e0 = eventOf(m_teamPath, review);
        QVERIFY(setField(*draft, Entity::Event, e0, QStringLiteral("text"), QStringLiteral("draft")));
        const MergePlan plan = team->planMerge(m_draftPath);
        QCOMPARE(plan.conflictCount(), 0);
        QVERIFY(setField(*team, Entity::Event, e0, QStringLiteral("text"), QStringLiteral("team, meanwhile")));
        QCOMPARE(team->applyMerge(plan, {}).status, WriteResult::Conflict);
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT text FROM events WHERE id = '%1'").arg(e0)), QStringLiteral("team, meanwhile"));
    }

    void draftOfAnOlderFormat_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        QTest::newRow("v2") << QStringLiteral("library-v2.hindsight") << 2;
        QTest::newRow("v3") << QStringLiteral("library-v3.hindsight") << 3;
    }

    void draftOfAnOlderFormat()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QVERIFY(QFile::copy(qEnvironmentVariable("HINDSIGHT_TEST_DATA") + QLatin1Char('/') + fixture, m_draftPath));
        QFile::setPermissions(m_draftPath, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = test::readFile(m_draftPath);
        OpenError error;
        auto team = Library::create(m_teamPath, false, &error);
        QVERIFY(team);
        const MergePlan plan = team->planMerge(m_draftPath);
        QVERIFY2(plan.ok(), qPrintable(plan.message));
        QCOMPARE(plan.reviews.size(), 3);
        for (const MergeReviewPlan& r : plan.reviews)
            QVERIFY(r.isNew);
        QVERIFY(team->applyMerge(plan, {}).ok());
        QCOMPARE(team->reviewCount(), 3);
        QCOMPARE(scalar(m_teamPath, QStringLiteral("SELECT count(*) FROM transcript")), QStringLiteral("8"));
        QCOMPARE(team->planMerge(m_draftPath).changes(), 0);
        // The user's draft was only read: same bytes, same format, no backup beside it.
        QCOMPARE(test::readFile(m_draftPath), before);
        QCOMPARE(scalar(m_draftPath, QStringLiteral("PRAGMA user_version")).toInt(), version);
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("draft.backup*")}).size(), 0);
    }

    void badDraftsAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("other app") << QStringLiteral("other") << QStringLiteral("another application");
        QTest::newRow("too new") << QStringLiteral("toonew") << QStringLiteral("newer Hindsight");
        QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("damaged");
        QTest::newRow("same path") << QStringLiteral("same") << QStringLiteral("this library itself");
        QTest::newRow("same file id") << QStringLiteral("copy") << QStringLiteral("under another name");
    }

    void badDraftsAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        OpenError error;
        auto team = Library::create(m_teamPath, true, &error);
        QVERIFY(team);
        QString draft = m_draftPath;
        if (kind == QLatin1String("text")) {
            test::writeFile(draft, "meeting notes\n");
        } else if (kind == QLatin1String("other")) {
            QVERIFY(test::rawExec(draft, QStringLiteral("CREATE TABLE t(a);")));
        } else if (kind == QLatin1String("toonew")) {
            QVERIFY(Library::create(draft, false, &error));
            QVERIFY(test::rawExec(draft, QStringLiteral("PRAGMA user_version=9; UPDATE meta SET value='9' WHERE key='read_compat';")));
        } else if (kind == QLatin1String("damaged")) {
            QVERIFY(Library::create(draft, true, &error));
            QByteArray bytes = test::readFile(draft);
            for (qsizetype i = 4096 * 3; i < bytes.size(); i += 97)
                bytes[i] = char(0xA5);
            test::writeFile(draft, bytes);
        } else if (kind == QLatin1String("same")) {
            draft = m_teamPath;
        } else if (kind == QLatin1String("copy")) {
            QVERIFY(QFile::copy(m_teamPath, draft));
        }
        const qint64 seq = team->lastChangeSeq();
        const MergePlan plan = team->planMerge(draft);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.message.contains(expected), qPrintable(plan.message));
        QCOMPARE(plan.reviews.size(), 0);
        QVERIFY(!team->applyMerge(plan, {}).ok());
        QCOMPARE(team->lastChangeSeq(), seq);
    }

    void unknownReviewAndReadOnlyLibrary()
    {
        const QString review = makeTeamAndCopy();
        auto team = open(m_teamPath);
        MergePlan plan = team->planMerge(m_draftPath, {QStringLiteral("no-such-review")});
        QVERIFY(!plan.ok());
        QVERIFY(plan.message.contains(QStringLiteral("no-such-review")));
        team.reset();
        Database::Options options;
        options.mode = Database::Mode::ReadOnly;
        auto readOnly = Library::open(m_teamPath, options, nullptr);
        QVERIFY(readOnly);
        plan = readOnly->planMerge(m_draftPath, {review});
        QVERIFY(plan.ok());
        QCOMPARE(readOnly->applyMerge(plan, {}).status, WriteResult::ReadOnly);
    }

    void versionThreeFileMigrates()
    {
        const QString old = path(QStringLiteral("v3.hindsight"));
        QVERIFY(QFile::copy(qEnvironmentVariable("HINDSIGHT_TEST_DATA") + QStringLiteral("/library-v3.hindsight"), old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(scalar(old, QStringLiteral("PRAGMA user_version")).toInt(), 3);
        auto lib = open(old);
        QVERIFY(lib);
        QCOMPARE(lib->database().schemaVersion(), Schema::currentVersion);
        QCOMPARE(scalar(lib->database().lastBackupPath(), QStringLiteral("PRAGMA user_version")).toInt(), 3);
        QCOMPARE(lib->reviewCount(), 3);
        QCOMPARE(scalar(old, QStringLiteral("SELECT count(*) FROM merge_base")), QStringLiteral("0"));
        OpenError error;
        QVERIFY(Library::create(m_teamPath, false, &error));
        const QString schemaSql = QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema "
                                                 "WHERE sql IS NOT NULL ORDER BY name)");
        QCOMPARE(scalar(old, schemaSql), scalar(m_teamPath, schemaSql));
        QCOMPARE(scalar(old, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
