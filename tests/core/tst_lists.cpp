// Managed lists: tags, services and categories renamed and merged without losing a link,
// their usage counts, refusals, and the exact revert that undo uses.

#include "TestSupport.h"

#include "storage/Library.h"
#include "storage/Lists.h"

#include <QTest>

using namespace hs;

class TestLists : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
    QString m_r1, m_r2, m_r3;

    QString idOf(ListKind kind, const QString& name) const
    {
        for (const ListEntry& e : m_lib->listEntries(kind)) {
            if (e.name == name)
                return e.id;
        }
        return QString();
    }

    ListEntry entryOf(ListKind kind, const QString& name) const
    {
        for (const ListEntry& e : m_lib->listEntries(kind)) {
            if (e.name == name)
                return e;
        }
        return ListEntry();
    }

    QStringList tags(const QString& review) const { return m_lib->review(review)->tags; }

    QString addCause(const QString& review, const QString& category)
    {
        return m_lib->insertRow(Entity::WhyNode, {{QStringLiteral("review_id"), review},
                                                  {QStringLiteral("text"), QStringLiteral("A cause")},
                                                  {QStringLiteral("category"), category}}).id;
    }

    QString categoryOf(const QString& whyId) const
    {
        return test::rawScalar(m_lib->path(), QStringLiteral("SELECT category FROM why_nodes WHERE id = '%1'").arg(whyId));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = test::tempDir();
        OpenError error;
        m_lib = Library::create(m_dir->filePath(QStringLiteral("lists.hindsight")), false, &error);
        QVERIFY2(m_lib, qPrintable(error.message()));
        m_r1 = m_lib->createReview(QStringLiteral("incident"), QStringLiteral("One")).id;
        m_r2 = m_lib->createReview(QStringLiteral("incident"), QStringLiteral("Two")).id;
        m_r3 = m_lib->createReview(QStringLiteral("incident"), QStringLiteral("Three")).id;
        QVERIFY(m_lib->setLabels(m_r1, QStringLiteral("tag"), {QStringLiteral("db"), QStringLiteral("latency")}).ok());
        QVERIFY(m_lib->setLabels(m_r2, QStringLiteral("tag"), {QStringLiteral("database")}).ok());
        QVERIFY(m_lib->setLabels(m_r3, QStringLiteral("tag"), {QStringLiteral("db"), QStringLiteral("database")}).ok());
        QVERIFY(m_lib->setLabels(m_r3, QStringLiteral("service"), {QStringLiteral("checkout")}).ok());
    }

    void cleanup()
    {
        m_lib.reset();
        m_dir.reset();
    }

    void usageCounts()
    {
        const QList<ListEntry> tagEntries = m_lib->listEntries(ListKind::Tag);
        QCOMPARE(tagEntries.size(), 3);
        QCOMPARE(tagEntries.at(0).name, QStringLiteral("database")); // sorted by name
        QCOMPARE(entryOf(ListKind::Tag, QStringLiteral("db")).reviews, 2);
        QCOMPARE(entryOf(ListKind::Tag, QStringLiteral("database")).reviews, 2);
        QCOMPARE(entryOf(ListKind::Tag, QStringLiteral("latency")).reviews, 1);
        QCOMPARE(m_lib->listEntries(ListKind::Service).size(), 1);
        QCOMPARE(entryOf(ListKind::Service, QStringLiteral("checkout")).reviews, 1);
        // A removed review no longer counts; an unlinked tag is unused.
        QVERIFY(m_lib->removeRow(Entity::Review, m_r1, m_lib->revisionOf(Entity::Review, m_r1).value()).ok());
        QCOMPARE(entryOf(ListKind::Tag, QStringLiteral("db")).reviews, 1);
        QCOMPARE(entryOf(ListKind::Tag, QStringLiteral("latency")).reviews, 0);
        QVERIFY(m_lib->setLabels(m_r3, QStringLiteral("service"), {}).ok());
        QCOMPARE(entryOf(ListKind::Service, QStringLiteral("checkout")).uses, 0);
        // Categories count causes and their reviews.
        QVERIFY(!m_lib->listEntries(ListKind::Category).isEmpty()); // the built-in ones
        const QString monitoring = m_lib->listEntries(ListKind::Category).first().name;
        addCause(m_r2, monitoring);
        addCause(m_r2, monitoring);
        addCause(m_r3, monitoring);
        QCOMPARE(entryOf(ListKind::Category, monitoring).reviews, 2);
        QCOMPARE(entryOf(ListKind::Category, monitoring).uses, 3);
    }

    void renameKeepsLinksAndReverts()
    {
        const QString db = idOf(ListKind::Tag, QStringLiteral("db"));
        ListEditLog log;
        QVERIFY(m_lib->renameListEntry(ListKind::Tag, db, QStringLiteral("  postgres "), &log).ok());
        QCOMPARE(tags(m_r1), (QStringList{QStringLiteral("latency"), QStringLiteral("postgres")}));
        QCOMPARE(tags(m_r3), (QStringList{QStringLiteral("database"), QStringLiteral("postgres")}));
        QCOMPARE(idOf(ListKind::Tag, QStringLiteral("postgres")), db); // the same row
        QCOMPARE(entryOf(ListKind::Tag, QStringLiteral("postgres")).reviews, 2);
        QVERIFY(m_lib->revertListEdit(log).ok());
        QCOMPARE(tags(m_r1), (QStringList{QStringLiteral("db"), QStringLiteral("latency")}));
        // A name another entry has (in any case) is refused: that is a merge.
        const WriteResult taken = m_lib->renameListEntry(ListKind::Tag, db, QStringLiteral("Database"), &log);
        QCOMPARE(taken.status, WriteResult::Invalid);
        QVERIFY2(taken.message.contains(QStringLiteral("merge")), qPrintable(taken.message));
        QCOMPARE(m_lib->renameListEntry(ListKind::Tag, db, QStringLiteral("  "), &log).status, WriteResult::Invalid);
        // A tag and a service may share a name; a case-only rename of the same entry is fine.
        QVERIFY(m_lib->renameListEntry(ListKind::Service, idOf(ListKind::Service, QStringLiteral("checkout")),
                                       QStringLiteral("db"), &log).ok());
        QVERIFY(m_lib->renameListEntry(ListKind::Tag, db, QStringLiteral("DB"), &log).ok());
        QCOMPARE(m_lib->review(m_r3)->services, QStringList{QStringLiteral("db")});
    }

    void mergeMovesEveryLinkOnceAndReverts()
    {
        const QString db = idOf(ListKind::Tag, QStringLiteral("db"));
        const QString database = idOf(ListKind::Tag, QStringLiteral("database"));
        ListEditLog log;
        QVERIFY(m_lib->mergeListEntries(ListKind::Tag, db, database, &log).ok());
        QCOMPARE(tags(m_r1), (QStringList{QStringLiteral("database"), QStringLiteral("latency")}));
        QCOMPARE(tags(m_r2), QStringList{QStringLiteral("database")});
        QCOMPARE(tags(m_r3), QStringList{QStringLiteral("database")}); // one link, not two
        QVERIFY(idOf(ListKind::Tag, QStringLiteral("db")).isEmpty());
        QCOMPARE(entryOf(ListKind::Tag, QStringLiteral("database")).reviews, 3);
        QCOMPARE(entryOf(ListKind::Tag, QStringLiteral("database")).uses, 3);
        QVERIFY(m_lib->revertListEdit(log).ok());
        QCOMPARE(tags(m_r1), (QStringList{QStringLiteral("db"), QStringLiteral("latency")}));
        QCOMPARE(tags(m_r2), QStringList{QStringLiteral("database")});
        QCOMPARE(tags(m_r3), (QStringList{QStringLiteral("database"), QStringLiteral("db")}));
        QCOMPARE(idOf(ListKind::Tag, QStringLiteral("db")), db);
        // Refusals.
        QCOMPARE(m_lib->mergeListEntries(ListKind::Tag, db, db, &log).status, WriteResult::Invalid);
        QCOMPARE(m_lib->mergeListEntries(ListKind::Tag, db, QStringLiteral("nope"), &log).status, WriteResult::NotFound);
        // A revert over someone else's newer change is a conflict, and changes nothing.
        QVERIFY(m_lib->mergeListEntries(ListKind::Tag, db, database, &log).ok());
        QVERIFY(m_lib->setLabels(m_r1, QStringLiteral("tag"), {QStringLiteral("latency")}).ok());
        const WriteResult late = m_lib->revertListEdit(log);
        QVERIFY(!late.ok());
        QVERIFY(idOf(ListKind::Tag, QStringLiteral("db")).isEmpty());
    }

    void categoriesCarryTheirCauses()
    {
        const QList<ListEntry> cats = m_lib->listEntries(ListKind::Category);
        QVERIFY(cats.size() >= 2);
        const ListEntry a = cats.at(0);
        const ListEntry b = cats.at(1);
        const QString w1 = addCause(m_r1, a.name);
        const QString w2 = addCause(m_r2, b.name);
        const QString gone = addCause(m_r2, a.name);
        QVERIFY(m_lib->removeRow(Entity::WhyNode, gone, 1).ok()); // a removed cause follows too
        ListEditLog rename;
        QVERIFY(m_lib->renameListEntry(ListKind::Category, a.id, QStringLiteral("Observability"), &rename).ok());
        QCOMPARE(categoryOf(w1), QStringLiteral("Observability"));
        QCOMPARE(categoryOf(gone), QStringLiteral("Observability"));
        QCOMPARE(m_lib->document(m_r1)->whys.first().category, QStringLiteral("Observability"));
        ListEditLog merge;
        QVERIFY(m_lib->mergeListEntries(ListKind::Category, b.id, a.id, &merge).ok());
        QCOMPARE(categoryOf(w2), QStringLiteral("Observability"));
        QVERIFY(!m_lib->categories().contains(b.name));
        QCOMPARE(entryOf(ListKind::Category, QStringLiteral("Observability")).uses, 2);
        QCOMPARE(entryOf(ListKind::Category, QStringLiteral("Observability")).reviews, 2);
        // Undo both, newest first.
        QVERIFY(m_lib->revertListEdit(merge).ok());
        QCOMPARE(categoryOf(w2), b.name);
        QVERIFY(m_lib->categories().contains(b.name));
        QVERIFY(m_lib->revertListEdit(rename).ok());
        QCOMPARE(categoryOf(w1), a.name);
        QCOMPARE(categoryOf(gone), a.name);
        QVERIFY(m_lib->categories().contains(a.name));
    }
};

QTEST_GUILESS_MAIN(TestLists)
#include "tst_lists.moc"
