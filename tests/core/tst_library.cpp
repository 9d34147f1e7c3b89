// The domain API on a library file: typed reads, revision-checked writes, tombstones, labels,
// templates, change notifications and the change log.

#include "TestSupport.h"

#include "domain/Enums.h"
#include "storage/Library.h"
#include "storage/Query.h"

#include <QSignalSpy>
#include <QTest>

using namespace hs;

class TestLibrary : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
    QString m_path;

    QString sampleId() const { return m_lib->reviewSummaries().first().id; }

private Q_SLOTS:
    void init()
    {
        m_dir = test::tempDir();
        m_path = m_dir->filePath(QStringLiteral("lib.hindsight"));
        OpenError error;
        m_lib = Library::create(m_path, true, &error);
        QVERIFY2(m_lib, qPrintable(error.message()));
        m_lib->setActor(QStringLiteral("alice"));
    }

    void cleanup()
    {
        m_lib.reset();
        m_dir.reset();
    }

    void sampleReviewIsComplete()
    {
        const QList<ReviewSummary> reviews = m_lib->reviewSummaries();
        QCOMPARE(reviews.size(), 1);
        const std::optional<ReviewDocument> doc = m_lib->document(reviews.first().id);
        QVERIFY(doc);
        QVERIFY(!doc->review.title.isEmpty());
        for (int i = 0; i < kKeyTimeCount; ++i)
            QVERIFY2(doc->review.keyTimes[static_cast<size_t>(i)].has_value(), kMilestones[i]);
        QVERIFY(doc->participants.size() >= 5);
        QVERIFY(doc->sections.size() >= 5);
        QVERIFY(doc->events.size() >= 25);
        QVERIFY(doc->whys.size() >= 10);
        QVERIFY(doc->actions.size() >= 5);
        QVERIFY(doc->lessons.size() >= 9);
        QVERIFY(!doc->review.services.isEmpty());
        QVERIFY(!doc->review.tags.isEmpty());
        for (const Section& s : doc->sections)
            QVERIFY2(!s.body.isEmpty(), qPrintable(s.key));
        // Events in time order; evidence points at real events; the tree has one root and branches.
        for (int i = 1; i < doc->events.size(); ++i)
            QVERIFY(doc->events.at(i - 1).atMs <= doc->events.at(i).atMs);
        QSet<QString> eventIds;
        for (const TimelineEvent& e : doc->events)
            eventIds.insert(e.id);
        int roots = 0;
        QHash<QString, int> children;
        bool anyEvidence = false;
        for (const WhyNode& w : doc->whys) {
            roots += w.parentId.isEmpty() ? 1 : 0;
            children[w.parentId] += 1;
            for (const QString& e : w.evidenceEventIds) {
                QVERIFY(eventIds.contains(e));
                anyEvidence = true;
            }
        }
        QCOMPARE(roots, 1);
        QVERIFY(anyEvidence);
        bool branches = false;
        for (auto it = children.cbegin(); it != children.cend(); ++it)
            branches |= !it.key().isEmpty() && it.value() > 1;
        QVERIFY(branches);
        int milestones = 0;
        for (const TimelineEvent& e : doc->events)
            milestones += e.milestone.isEmpty() ? 0 : 1;
        QCOMPARE(milestones, 5);
    }

    void createReviewFromEachTemplate()
    {
        for (const Template& t : m_lib->templates()) {
            const WriteResult r = m_lib->createReview(t.key, QStringLiteral("From %1").arg(t.key));
            QVERIFY2(r.ok(), qPrintable(r.message));
            const std::optional<ReviewDocument> doc = m_lib->document(r.id);
            QVERIFY(doc);
            QCOMPARE(doc->review.templateKey, t.key);
            QCOMPARE(doc->review.status, QStringLiteral("draft"));
            QCOMPARE(doc->review.facilitator, QStringLiteral("alice"));
            QCOMPARE(doc->sections.size(), t.sections.size());
            for (int i = 0; i < t.sections.size(); ++i) {
                QCOMPARE(doc->sections.at(i).key, t.sections.at(i).key);
                QCOMPARE(doc->sections.at(i).help, t.sections.at(i).help);
                QVERIFY(doc->sections.at(i).body.isEmpty());
            }
            QCOMPARE(doc->agenda.size(), t.agenda.size());
        }
        QCOMPARE(m_lib->reviewCount(), 5);
        const WriteResult bad = m_lib->createReview(QStringLiteral("nonsense"), QStringLiteral("x"));
        QCOMPARE(bad.status, WriteResult::Invalid);
        QVERIFY(bad.message.contains(QStringLiteral("nonsense")));
    }

    void updateBumpsRevisionAndAnnounces()
    {
        const QString id = sampleId();
        const qint64 rev = *m_lib->revisionOf(Entity::Review, id);
        QSignalSpy spy(m_lib.get(), &Library::changed);
        const WriteResult r = m_lib->updateField(Entity::Review, id, QStringLiteral("severity"), QStringLiteral("SEV1"), rev);
        QVERIFY(r.ok());
        QCOMPARE(r.rev, rev + 1);
        QCOMPARE(*m_lib->revisionOf(Entity::Review, id), rev + 1);
        QCOMPARE(m_lib->review(id)->severity, QStringLiteral("SEV1"));
        QCOMPARE(m_lib->review(id)->updatedBy, QStringLiteral("alice"));
        QCOMPARE(spy.size(), 1);
        const Change c = spy.first().first().value<Change>();
        QCOMPARE(c.entity, Entity::Review);
        QCOMPARE(c.id, id);
        QCOMPARE(c.reviewId, id);
        QCOMPARE(c.op, Change::Updated);
        QCOMPARE(c.column, QStringLiteral("severity"));
        QCOMPARE(c.rev, rev + 1);
        // The change log has the same.
        Query q(m_lib->database().connection(),
                "SELECT tbl, row_id, review_id, op, rev, actor FROM change_log ORDER BY seq DESC LIMIT 1");
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.text(0), QStringLiteral("reviews"));
        QCOMPARE(q.text(1), id);
        QCOMPARE(q.text(3), QStringLiteral("update"));
        QCOMPARE(q.integer(4), rev + 1);
        QCOMPARE(q.text(5), QStringLiteral("alice"));
    }

    void staleRevisionIsAConflictNotAnOverwrite()
    {
        const QString id = sampleId();
        const qint64 rev = *m_lib->revisionOf(Entity::Review, id);
        // Bob, in another connection (as another process would be), edits first.
        OpenError error;
        auto bob = Library::open(m_path, &error);
        QVERIFY(bob);
        bob->setActor(QStringLiteral("bob"));
        QVERIFY(bob->updateField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("Bob's title"), rev).ok());
        QSignalSpy spy(m_lib.get(), &Library::changed);
        const WriteResult r = m_lib->updateField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("Alice's"), rev);
        QCOMPARE(r.status, WriteResult::Conflict);
        QCOMPARE(r.changedBy, QStringLiteral("bob"));
        QCOMPARE(r.rev, rev + 1);
        QVERIFY(r.message.contains(QStringLiteral("bob")));
        QCOMPARE(spy.size(), 0);
        QCOMPARE(m_lib->review(id)->title, QStringLiteral("Bob's title"));
        // With the fresh revision the edit applies.
        QVERIFY(m_lib->updateField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("Alice's"), r.rev).ok());
        QCOMPARE(bob->review(id)->title, QStringLiteral("Alice's"));
    }

    void removeIsATombstoneAndRestoreBringsTheSameRow()
    {
        const QString id = sampleId();
        const qint64 rev = *m_lib->revisionOf(Entity::Review, id);
        const int events = static_cast<int>(m_lib->document(id)->events.size());
        QSignalSpy spy(m_lib.get(), &Library::changed);
        const WriteResult removed = m_lib->removeRow(Entity::Review, id, rev);
        QVERIFY(removed.ok());
        QCOMPARE(spy.last().first().value<Change>().op, Change::Removed);
        QCOMPARE(m_lib->reviewCount(), 0);
        QVERIFY(!m_lib->document(id));
        QVERIFY(!m_lib->reviewSummary(id));
        QCOMPARE(test::rawScalar(m_path, QStringLiteral("SELECT count(*) FROM reviews")), QStringLiteral("1"));
        // Editing a removed row is refused as deleted, not applied.
        QCOMPARE(m_lib->updateField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("x"), removed.rev).status,
                 WriteResult::NotFound);
        const WriteResult restored = m_lib->restoreRow(Entity::Review, id, removed.rev);
        QVERIFY(restored.ok());
        QCOMPARE(spy.last().first().value<Change>().op, Change::Inserted);
        QCOMPARE(m_lib->document(id)->events.size(), events);
        // Restoring twice is refused.
        QCOMPARE(m_lib->restoreRow(Entity::Review, id, restored.rev).status, WriteResult::Conflict);
        QCOMPARE(m_lib->removeRow(Entity::Review, QStringLiteral("no-such-id"), 1).status, WriteResult::NotFound);
    }

    void insertChecksColumns()
    {
        const QString id = sampleId();
        const WriteResult ok = m_lib->insertRow(Entity::Lesson, {{QStringLiteral("review_id"), id},
                                                                 {QStringLiteral("kind"), QStringLiteral("got_lucky")},
                                                                 {QStringLiteral("text"), QStringLiteral("It was a Tuesday")}});
        QVERIFY(ok.ok());
        QCOMPARE(ok.id.size(), 36);
        const WriteResult bad = m_lib->insertRow(Entity::Lesson, {{QStringLiteral("review_id"), id},
                                                                  {QStringLiteral("rev; DROP TABLE reviews"), 1}});
        QCOMPARE(bad.status, WriteResult::Invalid);
        QCOMPARE(m_lib->updateField(Entity::Review, id, QStringLiteral("id"), QStringLiteral("x"), 1).status,
                 WriteResult::Invalid);
        // A foreign key to a review that does not exist fails, with nothing written.
        const WriteResult orphan = m_lib->insertRow(Entity::Lesson, {{QStringLiteral("review_id"), QStringLiteral("missing")},
                                                                     {QStringLiteral("kind"), QStringLiteral("went_well")}});
        QCOMPARE(orphan.status, WriteResult::Failed);
    }

    void editIsAllOrNothing()
    {
        const QString id = sampleId();
        const int lessons = static_cast<int>(m_lib->document(id)->lessons.size());
        QSignalSpy spy(m_lib.get(), &Library::changed);
        {
            Library::Edit edit(*m_lib);
            QVERIFY(!edit.insert(Entity::Lesson, {{QStringLiteral("review_id"), id},
                                                  {QStringLiteral("kind"), QStringLiteral("went_well")},
                                                  {QStringLiteral("text"), QStringLiteral("first")}})
                         .isEmpty());
            QVERIFY(!edit.update(Entity::Review, id, QStringLiteral("title"), QStringLiteral("x"), 999));
            QCOMPARE(edit.result().status, WriteResult::Conflict);
            QVERIFY(edit.insert(Entity::Lesson, {{QStringLiteral("review_id"), id}}).isEmpty()); // stopped
            QCOMPARE(edit.commit().status, WriteResult::Conflict);
        }
        QCOMPARE(spy.size(), 0);
        QCOMPARE(m_lib->document(id)->lessons.size(), lessons);
    }

    void labelsAreSharedAndCaseInsensitive()
    {
        const QString id = sampleId();
        QVERIFY(m_lib->setLabels(id, QStringLiteral("tag"), {QStringLiteral("Database"), QStringLiteral("database "),
                                                             QStringLiteral("  dns"), QString()})
                    .ok());
        QCOMPARE(m_lib->review(id)->tags, (QStringList{QStringLiteral("Database"), QStringLiteral("dns")}));
        const WriteResult other = m_lib->createReview(QStringLiteral("incident"), QStringLiteral("Other"));
        QVERIFY(m_lib->setLabels(other.id, QStringLiteral("tag"), {QStringLiteral("DNS")}).ok());
        QCOMPARE(m_lib->review(other.id)->tags, QStringList{QStringLiteral("dns")}); // the existing label
        QCOMPARE(test::rawScalar(m_path, QStringLiteral("SELECT count(*) FROM labels WHERE kind='tag' AND lower(name)='dns'")),
                 QStringLiteral("1"));
        QVERIFY(m_lib->setLabels(id, QStringLiteral("tag"), {}).ok());
        QVERIFY(m_lib->review(id)->tags.isEmpty());
        QVERIFY(m_lib->labelNames(QStringLiteral("tag")).contains(QStringLiteral("dns")));
        QVERIFY(m_lib->setLabels(id, QStringLiteral("service"), {QStringLiteral("api")}).ok());
        QCOMPARE(m_lib->review(id)->services, QStringList{QStringLiteral("api")});
    }

    void resolvesReviewsForTheCommandLine()
    {
        const QString id = sampleId();
        const QString title = m_lib->review(id)->title;
        QString message;
        QCOMPARE(m_lib->resolveReview(title, &message), id);
        QCOMPARE(m_lib->resolveReview(id, &message), id);
        QCOMPARE(m_lib->resolveReview(id.left(13), &message), id);
        QVERIFY(m_lib->resolveReview(QStringLiteral("No such review"), &message).isEmpty());
        QVERIFY(message.contains(QStringLiteral("No review matches")));
        m_lib->createReview(QStringLiteral("incident"), QStringLiteral("Twin"));
        m_lib->createReview(QStringLiteral("incident"), QStringLiteral("Twin"));
        QVERIFY(m_lib->resolveReview(QStringLiteral("Twin"), &message).isEmpty());
        QVERIFY(message.contains(QStringLiteral("2 reviews match")));
    }

    void childrenOfATombstonedParentStayHidden()
    {
        const QString id = sampleId();
        const ReviewDocument doc = *m_lib->document(id);
        const Participant p = doc.participants.first();
        QVERIFY(m_lib->removeRow(Entity::Participant, p.id, p.rev).ok());
        QCOMPARE(m_lib->document(id)->participants.size(), doc.participants.size() - 1);
        // An event used as evidence disappears from the evidence list when it is removed.
        QString eventId;
        for (const WhyNode& w : doc.whys) {
            if (!w.evidenceEventIds.isEmpty())
                eventId = w.evidenceEventIds.first();
        }
        QVERIFY(!eventId.isEmpty());
        QVERIFY(m_lib->removeRow(Entity::Event, eventId, *m_lib->revisionOf(Entity::Event, eventId)).ok());
        const ReviewDocument after = *m_lib->document(id);
        int gone = 0;
        for (const WhyNode& w : after.whys) {
            QVERIFY(!w.evidenceEventIds.contains(eventId));
            gone += w.deletedEvidence;
        }
        QVERIFY(gone >= 1); // the link is reported as gone, not silently dropped

        // Removing a cause hides its whole branch; restoring brings the branch back.
        const WhyNode* parent = nullptr;
        for (const WhyNode& w : after.whys) {
            int children = 0;
            for (const WhyNode& c : after.whys)
                children += c.parentId == w.id ? 1 : 0;
            if (children > 0 && !w.parentId.isEmpty())
                parent = &w;
        }
        QVERIFY(parent);
        QVERIFY(m_lib->removeRow(Entity::WhyNode, parent->id, parent->rev).ok());
        const ReviewDocument pruned = *m_lib->document(id);
        for (const WhyNode& w : pruned.whys) {
            QVERIFY(w.id != parent->id);
            QVERIFY(w.parentId != parent->id);
        }
        QVERIFY(pruned.whys.size() < after.whys.size() - 1);
        QVERIFY(m_lib->restoreRow(Entity::WhyNode, parent->id, parent->rev + 1).ok());
        QCOMPARE(m_lib->document(id)->whys.size(), after.whys.size());
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
