// Full-text search: what is found and in which order, that the index follows every write
// (edits, batches, tombstones, undo, bulk writes, other tools, migration), and that whatever
// a user types is searched as text, never as FTS syntax.

#include "TestSupport.h"

#include "search/Search.h"
#include "storage/BulkWriter.h"
#include "storage/Library.h"
#include "storage/Merge.h"
#include "storage/Query.h"

#include <QFile>
#include <QTest>

using namespace hs;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
    QString m_review;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    QString addReview(const QString& title)
    {
        const WriteResult r = m_lib->createReview(QStringLiteral("incident"), title);
        return r.ok() ? r.id : QString();
    }

    QString addEvent(const QString& reviewId, const QString& text, const QString& actor = QString())
    {
        const WriteResult r = m_lib->insertRow(Entity::Event, {{QStringLiteral("review_id"), reviewId},
                                                               {QStringLiteral("at_ms"), 1700000000000LL},
                                                               {QStringLiteral("text"), text},
                                                               {QStringLiteral("actor"), actor}});
        return r.ok() ? r.id : QString();
    }

    // Item ids found for query, best first.
    QStringList found(const QString& query, int limit = 50) const
    {
        QStringList ids;
        const SearchResults results = m_lib->search(query, limit);
        for (const SearchGroup& g : results.groups) {
            for (const SearchHit& h : g.hits)
                ids.append(h.itemId);
        }
        return ids;
    }

    // FTS5's own check that the index matches search_docs exactly.
    static bool indexIntact(const QSqlDatabase& db)
    {
        Query q(db, "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)");
        return q.exec();
    }

    static qint64 rev(Library& lib, Entity e, const QString& id) { return lib.revisionOf(e, id).value_or(-1); }

private Q_SLOTS:
    void init()
    {
        m_dir = test::tempDir();
        OpenError error;
        m_lib = Library::create(path(QStringLiteral("lib.hindsight")), false, &error);
        QVERIFY2(m_lib, qPrintable(error.message()));
        m_review = addReview(QStringLiteral("Checkout latency after deploy"));
        QVERIFY(!m_review.isEmpty());
    }

    void cleanup()
    {
        m_lib.reset();
        m_dir.reset();
    }

    void titleRanksAboveBody()
    {
        const QString other = addReview(QStringLiteral("Database failover"));
        const QString event = addEvent(other, QStringLiteral("Users saw latency on the checkout page"));
        const QString action = m_lib->insertRow(Entity::Action, {{QStringLiteral("review_id"), other},
                                                                 {QStringLiteral("title"), QStringLiteral("Alert on p99 latency")}}).id;
        const SearchResults results = m_lib->search(QStringLiteral("latency"), 10);
        QVERIFY(results.ok);
        QCOMPARE(results.hitCount, 3);
        // The review and the action titled with the word come before the event that only
        // mentions it in its text.
        QCOMPARE(results.groups.size(), 2);
        QList<SearchHit> hits;
        for (const SearchGroup& g : results.groups)
            hits.append(g.hits);
        std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.rank < b.rank; });
        QCOMPARE(hits.last().itemId, event);
        QVERIFY(hits.at(0).rank < hits.last().rank && hits.at(1).rank < hits.last().rank);
        QVERIFY(hits.at(0).entity != Entity::Event && hits.at(1).entity != Entity::Event);
        QVERIFY(hits.at(1).itemId == action || hits.at(0).itemId == action);
        QVERIFY(results.groups.first().hits.first().entity != Entity::Event);
        // Within a group, best first.
        const SearchGroup& failover = results.groups.first().reviewId == other ? results.groups.first()
                                                                                : results.groups.last();
        QCOMPARE(failover.reviewTitle, QStringLiteral("Database failover"));
        QCOMPARE(failover.hits.size(), 2);
        QCOMPARE(failover.hits.at(0).itemId, action);
        QCOMPARE(failover.hits.at(1).itemId, event);
        QVERIFY(failover.hits.at(1).atMs.has_value());
        // The limit counts hits.
        QCOMPARE(m_lib->search(QStringLiteral("latency"), 2).hitCount, 2);
    }

    void everyKindIsFound()
    {
        const QString why = m_lib->insertRow(Entity::WhyNode, {{QStringLiteral("review_id"), m_review},
                                                               {QStringLiteral("text"), QStringLiteral("Cache stampede")},
                                                               {QStringLiteral("notes"), QStringLiteral("seen before in staging")}}).id;
        const QString lesson = m_lib->insertRow(Entity::Lesson, {{QStringLiteral("review_id"), m_review},
                                                                 {QStringLiteral("kind"), QStringLiteral("lucky")},
                                                                 {QStringLiteral("text"), QStringLiteral("Quiet weekend traffic")}}).id;
        const QString note = m_lib->insertRow(Entity::Note, {{QStringLiteral("review_id"), m_review},
                                                             {QStringLiteral("text"), QStringLiteral("Ask vendor about quotas")}}).id;
        const QString event = addEvent(m_review, QStringLiteral("Paged"), QStringLiteral("Priyanka"));
        QCOMPARE(found(QStringLiteral("stampede")), QStringList{why});
        QCOMPARE(found(QStringLiteral("staging")), QStringList{why});
        QCOMPARE(found(QStringLiteral("weekend")), QStringList{lesson});
        QCOMPARE(found(QStringLiteral("quotas")), QStringList{note});
        QCOMPARE(found(QStringLiteral("priyanka")), QStringList{event});
        // An overview section's body, with the section's title as the label.
        const std::optional<ReviewDocument> doc = m_lib->document(m_review);
        QVERIFY(doc && !doc->sections.isEmpty());
        const Section s = doc->sections.first();
        QVERIFY(m_lib->updateField(Entity::Section, s.id, QStringLiteral("body"), QStringLiteral("Card declines for nine minutes"), s.rev).ok());
        const SearchResults r = m_lib->search(QStringLiteral("declines"), 10);
        QCOMPARE(r.hitCount, 1);
        QCOMPARE(r.groups.first().hits.first().entity, Entity::Section);
        QCOMPARE(r.groups.first().hits.first().label, s.title);
        // Incident references.
        QVERIFY(m_lib->updateField(Entity::Review, m_review, QStringLiteral("incident_ref"), QStringLiteral("INC-4711"),
                                   rev(*m_lib, Entity::Review, m_review)).ok());
        QCOMPARE(found(QStringLiteral("INC-4711")), QStringList{m_review});
        QVERIFY(indexIntact(m_lib->database().connection()));
    }

    void indexFollowsEditsTombstonesAndRestores()
    {
        const QString event = addEvent(m_review, QStringLiteral("Zebra outage began"));
        QCOMPARE(found(QStringLiteral("zebra")), QStringList{event});
        QVERIFY(m_lib->updateField(Entity::Event, event, QStringLiteral("text"), QStringLiteral("Giraffe outage began"),
                                   1).ok());
        QVERIFY(found(QStringLiteral("zebra")).isEmpty());
        QCOMPARE(found(QStringLiteral("giraffe")), QStringList{event});
        // A field the index does not hold leaves it alone (and it stays correct).
        QVERIFY(m_lib->updateField(Entity::Event, event, QStringLiteral("kind"), QStringLiteral("alert"), 2).ok());
        QCOMPARE(found(QStringLiteral("giraffe")), QStringList{event});
        // Deleting is a tombstone: not found; undo (restore) brings it back.
        QVERIFY(m_lib->removeRow(Entity::Event, event, 3).ok());
        QVERIFY(found(QStringLiteral("giraffe")).isEmpty());
        QVERIFY(m_lib->restoreRow(Entity::Event, event, 4).ok());
        QCOMPARE(found(QStringLiteral("giraffe")), QStringList{event});
        // Batches: several rows in one transaction, and their undo.
        const WriteResult batch = m_lib->insertRows({
            RowInsert{Entity::Lesson, {{QStringLiteral("review_id"), m_review}, {QStringLiteral("kind"), QStringLiteral("well")},
                                       {QStringLiteral("text"), QStringLiteral("Okapi runbook helped")}}},
            RowInsert{Entity::Lesson, {{QStringLiteral("review_id"), m_review}, {QStringLiteral("kind"), QStringLiteral("wrong")},
                                       {QStringLiteral("text"), QStringLiteral("Okapi dashboard was stale")}}},
        });
        QVERIFY(batch.ok());
        QCOMPARE(found(QStringLiteral("okapi")).size(), 2);
        QVERIFY(m_lib->removeRows(batch.rows).ok());
        QVERIFY(found(QStringLiteral("okapi")).isEmpty());
        QVERIFY(indexIntact(m_lib->database().connection()));
        // A real DELETE (another tool, a cascade) takes it out too.
        QVERIFY(m_lib->insertRow(Entity::Note, {{QStringLiteral("review_id"), m_review},
                                                {QStringLiteral("text"), QStringLiteral("Narwhal")}}).ok());
        {
            Query q(m_lib->database().connection(), "DELETE FROM notes WHERE text = 'Narwhal'");
            QVERIFY(q.exec());
        }
        QVERIFY(found(QStringLiteral("narwhal")).isEmpty());
    }

    void removedReviewAndBranchHideTheirItems()
    {
        const QString event = addEvent(m_review, QStringLiteral("Walrus alarm"));
        const QString root = m_lib->insertRow(Entity::WhyNode, {{QStringLiteral("review_id"), m_review},
                                                                {QStringLiteral("text"), QStringLiteral("Walrus config drift")}}).id;
        const QString child = m_lib->insertRow(Entity::WhyNode, {{QStringLiteral("review_id"), m_review},
                                                                 {QStringLiteral("parent_id"), root},
                                                                 {QStringLiteral("text"), QStringLiteral("Walrus template unchecked")}}).id;
        const QString grandchild = m_lib->insertRow(Entity::WhyNode, {{QStringLiteral("review_id"), m_review},
                                                                      {QStringLiteral("parent_id"), child},
                                                                      {QStringLiteral("text"), QStringLiteral("Walrus review skipped")}}).id;
        QCOMPARE(found(QStringLiteral("walrus")).size(), 4);
        // Removing a cause removes its branch.
        QVERIFY(m_lib->removeRow(Entity::WhyNode, child, 1).ok());
        QCOMPARE(found(QStringLiteral("walrus")).size(), 2);
        QVERIFY(!found(QStringLiteral("walrus")).contains(grandchild));
        QVERIFY(m_lib->restoreRow(Entity::WhyNode, child, 2).ok());
        QCOMPARE(found(QStringLiteral("walrus")).size(), 4);
        // Removing the review hides everything in it; restoring shows it again.
        const qint64 r = rev(*m_lib, Entity::Review, m_review);
        QVERIFY(m_lib->removeRow(Entity::Review, m_review, r).ok());
        QVERIFY(found(QStringLiteral("walrus")).isEmpty());
        QVERIFY(found(QStringLiteral("checkout")).isEmpty());
        QVERIFY(m_lib->restoreRow(Entity::Review, m_review, r + 1).ok());
        QCOMPARE(found(QStringLiteral("walrus")).size(), 4);
        QVERIFY(found(QStringLiteral("walrus")).contains(event));
    }

    void hostileQueriesNeverFail_data()
    {
        QTest::addColumn<QString>("query");
        for (const char* q : {"", "   ", "\"", "\"\"", "*", "AND", "OR", "NOT", "NEAR(", "NEAR(a b", "db: timeout \"foo",
                              "title:checkout", "^checkout", "(checkout", "checkout)", "-checkout", "+", "a AND", "{title}: x",
                              "check*out", "'", "\\", "checkout \"", "\"\"\"", "::", "…", "😀", "col:", "a\"b\"c"})
            QTest::newRow(q) << QString::fromUtf8(q);
    }

    void hostileQueriesNeverFail()
    {
        QFETCH(QString, query);
        addEvent(m_review, QStringLiteral("AND the db: timeout NEAR the gateway (foo)"));
        const SearchResults r = m_lib->search(query, 20);
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    void plainWordsPhrasesAndPrefixes()
    {
        const QString event = addEvent(m_review, QStringLiteral("The db: timeout NEAR the gateway (foo bar)"));
        const QString other = addEvent(m_review, QStringLiteral("bar foo timeout"));
        // Operators are words; punctuation does not matter.
        QCOMPARE(found(QStringLiteral("NEAR")), QStringList{event});
        QCOMPARE(found(QStringLiteral("db: timeout \"foo")), QStringList{event}); // "db" is not in the other
        QCOMPARE(found(QStringLiteral("timeout \"foo")).size(), 2);
        // A quoted phrase keeps its order.
        QCOMPARE(found(QStringLiteral("\"foo bar\"")), QStringList{event});
        QCOMPARE(found(QStringLiteral("\"bar foo\"")), QStringList{other});
        // The last word is a prefix while it is being typed, not once a space follows.
        QCOMPARE(found(QStringLiteral("gatew")), QStringList{event});
        QVERIFY(found(QStringLiteral("gatew ")).isEmpty());
        QVERIFY(found(QStringLiteral("gatew timeout")).isEmpty());
        // Every word must occur.
        QVERIFY(found(QStringLiteral("timeout giraffe")).isEmpty());
        // Accents do not matter.
        addEvent(m_review, QStringLiteral("Tomás restarted the café service"));
        QCOMPARE(found(QStringLiteral("cafe tomas")).size(), 1);
        QCOMPARE(Search::ftsQuery(QStringLiteral("a\"bc")), QStringLiteral("\"a\" \"bc\"*"));
        QCOMPARE(Search::ftsQuery(QStringLiteral("say \"hi there\" xy:")), QStringLiteral("\"say\" \"hi there\" \"xy:\"*"));
        // One letter is not a prefix yet: it would match most of a library.
        QCOMPARE(Search::ftsQuery(QStringLiteral("timeout g")), QStringLiteral("\"timeout\" \"g\""));
        QVERIFY(found(QStringLiteral("timeout g")).isEmpty());
        QCOMPARE(Search::ftsQuery(QStringLiteral("* ( :")), QString());
    }

    void broadQueriesRankTheNewestAndEveryTitle()
    {
        // An old review titled with a common word, then more than the ranking cap of newer
        // items with the word in their text.
        const QString old = addReview(QStringLiteral("Common mode failure"));
        ReviewDocument doc;
        doc.review.title = QStringLiteral("Noisy review");
        for (int i = 0; i < 4100; ++i) {
            TimelineEvent e;
            e.atMs = 1700000000000LL + i;
            e.text = QStringLiteral("common line %1").arg(i);
            doc.events.append(e);
        }
        BulkWriter writer(m_lib->database());
        QString error;
        QVERIFY2(writer.begin(&error) && writer.insertDocument(doc, &error) && writer.commit(&error), qPrintable(error));
        const SearchResults r = m_lib->search(QStringLiteral("common"), 10);
        QVERIFY(r.ok);
        QVERIFY(r.capped);
        QCOMPARE(r.hitCount, 10);
        QCOMPARE(r.groups.first().reviewId, old); // the title, although older than every event
        QCOMPARE(r.groups.first().hits.first().entity, Entity::Review);
        // A narrower query is ranked exactly.
        const SearchResults narrow = m_lib->search(QStringLiteral("common line 17 "), 10);
        QVERIFY(!narrow.capped);
        QCOMPARE(narrow.hitCount, 1);
    }

    void longTextsGiveAWindowAroundTheMatch()
    {
        QString text;
        for (int i = 0; i < 200; ++i)
            text += QStringLiteral("word%1 ").arg(i);
        text += QStringLiteral("pangolin ");
        for (int i = 0; i < 200; ++i)
            text += QStringLiteral("tail%1 ").arg(i);
        addEvent(m_review, text);
        const SearchResults r = m_lib->search(QStringLiteral("Pangolin"), 5);
        QCOMPARE(r.hitCount, 1);
        const QString snippet = Search::snippetText(r.groups.first().hits.first().snippet, QStringLiteral("["), QStringLiteral("]"));
        QVERIFY2(snippet.startsWith(QChar(0x2026)) && snippet.endsWith(QChar(0x2026)), qPrintable(snippet));
        QVERIFY2(snippet.contains(QStringLiteral("word198 word199 [pangolin] tail0")), qPrintable(snippet));
        QVERIFY(snippet.size() < 150);
    }

    void snippetsAreEscapedAndMarked()
    {
        addEvent(m_review, QStringLiteral("<b>bold</b> & <script>alert(1)</script> timeout"));
        const SearchResults r = m_lib->search(QStringLiteral("timeout"), 5);
        QCOMPARE(r.hitCount, 1);
        const QList<SnippetPart> parts = r.groups.first().hits.first().snippet;
        const QString html = Search::snippetHtml(parts);
        QVERIFY2(html.contains(QStringLiteral("&lt;script&gt;")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&amp;")));
        QVERIFY2(html.endsWith(QStringLiteral("<b>timeout</b>")), qPrintable(html));
        QCOMPARE(Search::snippetText(parts, QStringLiteral("["), QStringLiteral("]")),
                 QStringLiteral("<b>bold</b> & <script>alert(1)</script> [timeout]"));
        QCOMPARE(std::count_if(parts.cbegin(), parts.cend(), [](const SnippetPart& p) { return p.match; }), 1);
    }

    void writesByOtherToolsAreCaughtUp()
    {
        // A tool (or an older Hindsight) writing with plain SQL: the triggers keep search_docs
        // right at once, so a deleted item is never found; a new one is indexed by the next
        // Hindsight write.
        const QString event = addEvent(m_review, QStringLiteral("Ibex failure"));
        const QString file = m_lib->path();
        QVERIFY(test::rawExec(file, QStringLiteral("UPDATE events SET deleted_ms = 1 WHERE id = '%1'").arg(event)));
        QVERIFY(test::rawExec(file, QStringLiteral("INSERT INTO lessons(id, created_ms, updated_ms, review_id, kind, text) "
                                                   "VALUES ('tool-1', 1, 1, '%1', 'well', 'Ibex dashboards')")
                                        .arg(m_review)));
        QVERIFY(found(QStringLiteral("ibex")).isEmpty());
        addEvent(m_review, QStringLiteral("unrelated"));
        QCOMPARE(found(QStringLiteral("ibex")), QStringList{QStringLiteral("tool-1")});
        QVERIFY(indexIntact(m_lib->database().connection()));
        // Opening the library catches up too, without waiting for an edit.
        QVERIFY(test::rawExec(file, QStringLiteral("UPDATE lessons SET text = 'Oryx dashboards' WHERE id = 'tool-1'")));
        m_lib.reset();
        OpenError error;
        m_lib = Library::open(file, &error);
        QVERIFY(m_lib);
        QCOMPARE(found(QStringLiteral("oryx")), QStringList{QStringLiteral("tool-1")});
        QVERIFY(found(QStringLiteral("ibex")).isEmpty());
        QVERIFY(indexIntact(m_lib->database().connection()));
    }

    void mergedDraftsAreFoundAndTheIndexIsNotMerged()
    {
        // A draft copy with a new event and an edited one, merged back.
        const QString event = addEvent(m_review, QStringLiteral("Original wording"));
        const QString draftPath = path(QStringLiteral("draft.hindsight"));
        QVERIFY(m_lib->saveCopyAs(draftPath).ok());
        QString added;
        {
            OpenError error;
            auto draft = Library::open(draftPath, &error);
            QVERIFY2(draft, qPrintable(error.message()));
            added = draft->insertRow(Entity::Event, {{QStringLiteral("review_id"), m_review},
                                                     {QStringLiteral("at_ms"), 1700000001000LL},
                                                     {QStringLiteral("text"), QStringLiteral("Capybara from the draft")}}).id;
            QVERIFY(draft->updateField(Entity::Event, event, QStringLiteral("text"), QStringLiteral("Reworded by the tapir"),
                                       rev(*draft, Entity::Event, event)).ok());
        }
        const MergePlan plan = m_lib->planMerge(draftPath);
        QVERIFY2(plan.ok(), qPrintable(plan.message));
        QVERIFY(m_lib->applyMerge(plan, {}).ok());
        QCOMPARE(found(QStringLiteral("capybara")), QStringList{added});
        QCOMPARE(found(QStringLiteral("tapir")), QStringList{event});
        QVERIFY(found(QStringLiteral("original wording")).isEmpty());
        QVERIFY(indexIntact(m_lib->database().connection()));
        // The index's tables are bookkeeping, not merged rows.
        QCOMPARE(test::rawScalar(m_lib->path(), QStringLiteral("SELECT count(*) FROM merge_base WHERE tbl LIKE 'search%'")),
                 QStringLiteral("0"));
        // A second import changes nothing.
        QCOMPARE(m_lib->planMerge(draftPath).changes(), 0);
    }

    void bulkWriterKeepsTheIndex()
    {
        ReviewDocument doc;
        doc.review.title = QStringLiteral("Bulk written quokka review");
        TimelineEvent e;
        e.atMs = 1700000000000LL;
        e.text = QStringLiteral("Quokka event text");
        doc.events.append(e);
        BulkWriter writer(m_lib->database());
        QString error;
        QVERIFY2(writer.begin(&error), qPrintable(error));
        QVERIFY2(writer.insertDocument(doc, &error), qPrintable(error));
        QVERIFY2(writer.commit(&error), qPrintable(error));
        const SearchResults r = m_lib->search(QStringLiteral("quokka"), 10);
        QCOMPARE(r.groups.size(), 1);
        QCOMPARE(r.hitCount, 2);
        QCOMPARE(r.groups.first().reviewTitle, doc.review.title);
        QVERIFY(indexIntact(m_lib->database().connection()));
        // A new library (written by BulkWriter) finds its sample review.
        OpenError openError;
        auto sample = Library::create(path(QStringLiteral("sample.hindsight")), true, &openError);
        QVERIFY(sample);
        QVERIFY(sample->search(QStringLiteral("certificate rotation"), 10).hitCount > 0);
        QVERIFY(indexIntact(sample->database().connection()));
    }

    void versionFourFileMigratesAndFindsItsText()
    {
        const QString file = path(QStringLiteral("v4.hindsight"));
        QVERIFY(QFile::copy(qEnvironmentVariable("HINDSIGHT_TEST_DATA") + QStringLiteral("/library-v4.hindsight"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(test::rawScalar(file, QStringLiteral("PRAGMA user_version")), QStringLiteral("4"));
        OpenError error;
        auto lib = Library::open(file, &error);
        QVERIFY2(lib, qPrintable(error.message()));
        QCOMPARE(lib->database().schemaVersion(), Schema::currentVersion);
        const SearchResults certs = lib->search(QStringLiteral("certificate errors"), 50);
        // The two reviews with the words in their titles come first, each led by its title.
        QVERIFY(certs.groups.size() >= 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(certs.groups.at(i).reviewTitle.startsWith(QStringLiteral("Certificate errors")),
                     qPrintable(certs.groups.at(i).reviewTitle));
            QCOMPARE(certs.groups.at(i).hits.first().entity, Entity::Review);
        }
        const SearchResults events = lib->search(QStringLiteral("\"rolled back\" notifications"), 50);
        QVERIFY(events.hitCount > 0);
        for (const SearchGroup& g : events.groups) {
            for (const SearchHit& h : g.hits)
                QCOMPARE(h.entity, Entity::Event);
        }
        QVERIFY(lib->search(QStringLiteral("INC-10001"), 5).hitCount == 1);
        QVERIFY(indexIntact(lib->database().connection()));
        // Every live item with text is in the index, and nothing else.
        const QString docs = test::rawScalar(file, QStringLiteral("SELECT count(*) FROM search_docs"));
        const QString expected = test::rawScalar(
            file, QStringLiteral("SELECT (SELECT count(*) FROM reviews WHERE deleted_ms IS NULL) "
                                 "+ (SELECT count(*) FROM events WHERE deleted_ms IS NULL AND (text <> '' OR actor <> '')) "
                                 "+ (SELECT count(*) FROM why_nodes WHERE deleted_ms IS NULL AND (text <> '' OR notes <> '')) "
                                 "+ (SELECT count(*) FROM actions WHERE deleted_ms IS NULL) "
                                 "+ (SELECT count(*) FROM lessons WHERE deleted_ms IS NULL AND text <> '') "
                                 "+ (SELECT count(*) FROM notes WHERE deleted_ms IS NULL AND text <> '') "
                                 "+ (SELECT count(*) FROM sections WHERE deleted_ms IS NULL AND body <> '')"));
        QCOMPARE(docs, expected);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
