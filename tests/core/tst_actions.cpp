// Action items across a library: SQL filters against a brute-force reading of the same
// generated library, overdue by the viewer's day in any time zone, and the CSV and Markdown
// exports (quotes, commas, line breaks, markup in fields).

#include "DataGen.h"
#include "TestSupport.h"

#include "actions/ActionQuery.h"
#include "domain/Timeliness.h"
#include "import/CsvImport.h"
#include "storage/Library.h"
#include "util/TimeFormat.h"

#include <QSet>
#include <QTest>

using namespace hs;

class TestActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
    QList<ReviewDocument> m_docs;

    QSet<QString> idsOf(const QList<ActionRow>& rows) const
    {
        QSet<QString> out;
        for (const ActionRow& r : rows)
            out.insert(r.action.id);
        return out;
    }
    template <typename Pred>
    QSet<QString> expected(Pred pred) const
    {
        QSet<QString> out;
        for (const ReviewDocument& d : m_docs) {
            for (const ActionItem& a : d.actions) {
                if (pred(d, a))
                    out.insert(a.id);
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = test::tempDir();
        const QString path = m_dir->filePath(QStringLiteral("a.hindsight"));
        DataGenOptions options;
        options.reviews = 60;
        options.eventsPerReview = 5;
        options.seed = 17;
        QString error;
        QVERIFY2(generateLibrary(path, options, &error), qPrintable(error));
        OpenError openError;
        m_lib = Library::open(path, &openError);
        QVERIFY(m_lib);
        for (const ReviewSummary& s : m_lib->reviewSummaries())
            m_docs.append(*m_lib->document(s.id));
    }

    void cleanupTestCase()
    {
        m_lib.reset();
        m_dir.reset();
    }

    void everythingWithoutAFilter()
    {
        ActionFilter f;
        const QList<ActionRow> rows = m_lib->actions(f);
        QCOMPARE(idsOf(rows), expected([](const ReviewDocument&, const ActionItem&) { return true; }));
        // Soonest due first.
        for (int i = 1; i < rows.size(); ++i) {
            if (rows.at(i - 1).action.dueDate.isValid() && rows.at(i).action.dueDate.isValid())
                QVERIFY(rows.at(i - 1).action.dueDate <= rows.at(i).action.dueDate);
        }
        QVERIFY(!rows.first().reviewTitle.isEmpty());
    }

    void filtersAgreeWithTheDocuments()
    {
        const QDate today(2026, 6, 1);
        ActionFilter f;
        f.today = today;
        f.overdueOnly = true;
        QCOMPARE(idsOf(m_lib->actions(f)),
                 expected([&](const ReviewDocument&, const ActionItem& a) { return isOverdue(a, today); }));

        f = ActionFilter();
        f.statuses = {QStringLiteral("open"), QStringLiteral("in_progress")};
        f.priorities = {QStringLiteral("P1")};
        QCOMPARE(idsOf(m_lib->actions(f)), expected([](const ReviewDocument&, const ActionItem& a) {
                     return (a.status == QLatin1String("open") || a.status == QLatin1String("in_progress"))
                         && a.priority == QLatin1String("P1");
                 }));

        const QString someOwner = m_docs.first().actions.first().owner;
        f = ActionFilter();
        f.owner = someOwner.section(QLatin1Char(' '), 0, 0).toUpper(); // a first name, any case
        const QSet<QString> byOwner = idsOf(m_lib->actions(f));
        QVERIFY(!byOwner.isEmpty());
        QCOMPARE(byOwner, expected([&](const ReviewDocument&, const ActionItem& a) {
                     return a.owner.contains(f.owner, Qt::CaseInsensitive);
                 }));

        const QString tag = m_docs.at(3).review.tags.first();
        f = ActionFilter();
        f.tag = tag;
        f.types = {QStringLiteral("prevent"), QStringLiteral("detect")};
        QCOMPARE(idsOf(m_lib->actions(f)), expected([&](const ReviewDocument& d, const ActionItem& a) {
                     return d.review.tags.contains(tag)
                         && (a.type == QLatin1String("prevent") || a.type == QLatin1String("detect"));
                 }));

        f = ActionFilter();
        f.reviewId = m_docs.at(5).review.id;
        QCOMPARE(m_lib->actions(f).size(), m_docs.at(5).actions.size());

        const QDate someDue = m_docs.at(2).actions.first().dueDate;
        f = ActionFilter();
        f.today = someDue;
        f.dueThisWeekOnly = true;
        const auto [monday, sunday] = weekOf(someDue);
        QCOMPARE(monday.dayOfWeek(), 1);
        QCOMPARE(idsOf(m_lib->actions(f)), expected([&](const ReviewDocument&, const ActionItem& a) {
                     return a.dueDate >= monday && a.dueDate <= sunday;
                 }));

        // A removed review's actions are not in the tracker.
        const ReviewDocument& gone = m_docs.at(7);
        QVERIFY(m_lib->removeRow(Entity::Review, gone.review.id, gone.review.rev).ok());
        f = ActionFilter();
        f.reviewId = gone.review.id;
        QCOMPARE(m_lib->actions(f).size(), 0);
        QVERIFY(m_lib->restoreRow(Entity::Review, gone.review.id, gone.review.rev + 1).ok());
    }

    void overdueIsTheViewersDay()
    {
        // At 12:30 UTC on 14 May it is 00:30 on the 15th in Auckland (UTC+12) and 05:30 on the
        // 14th in Los Angeles (UTC-7): an action due on the 14th is overdue only in Auckland.
        const qint64 instant = *parseIsoDateTime(QStringLiteral("2026-05-14T12:30:00Z"), QStringLiteral("UTC"));
        const QDate auckland = todayIn(QStringLiteral("Pacific/Auckland"), instant);
        const QDate losAngeles = todayIn(QStringLiteral("America/Los_Angeles"), instant);
        QCOMPARE(auckland, QDate(2026, 5, 15));
        QCOMPARE(losAngeles, QDate(2026, 5, 14));
        ActionItem a;
        a.status = QStringLiteral("open");
        a.dueDate = QDate(2026, 5, 14);
        QVERIFY(isOverdue(a, auckland));
        QVERIFY(!isOverdue(a, losAngeles));
        a.status = QStringLiteral("done");
        QVERIFY(!isOverdue(a, auckland));
        a.status = QStringLiteral("in_progress");
        a.dueDate = QDate();
        QVERIFY(!isOverdue(a, auckland)); // no due date, never overdue
    }

    void csvSurvivesAwkwardFields()
    {
        ActionRow r;
        r.action.title = QStringLiteral("Fix \"retry\" storms, then re-test");
        r.action.description = QStringLiteral("Line one\nLine two, with a comma\r\nand a \"quote\"");
        r.action.owner = QStringLiteral("Tomás Herrera");
        r.action.type = QStringLiteral("prevent");
        r.action.priority = QStringLiteral("P1");
        r.action.status = QStringLiteral("open");
        r.action.dueDate = QDate(2026, 5, 1);
        r.reviewRef = QStringLiteral("INC 42");
        r.reviewTitle = QStringLiteral("Checkout, again");
        const QString csv = actionsToCsv({r, r});
        QString error;
        const CsvTable table = parseCsv(csv, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(table.header.first(), QStringLiteral("Summary"));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.first().at(0), r.action.title);
        QVERIFY(table.rows.first().at(1).startsWith(QStringLiteral("Line one\nLine two, with a comma")));
        QCOMPARE(table.rows.first().at(3), QStringLiteral("High"));
        QCOMPARE(table.rows.first().at(4), QStringLiteral("Tomás Herrera"));
        QCOMPARE(table.rows.first().at(5), QStringLiteral("2026-05-01"));
        QVERIFY(table.rows.first().at(6).contains(QStringLiteral("INC-42"))); // labels are single words
    }

    void markdownNeverInterpretsUserText()
    {
        ActionRow r;
        r.action.title = QStringLiteral("<script>alert(1)</script> *now* [link](x)");
        r.action.owner = QStringLiteral("Ops_team");
        r.action.type = QStringLiteral("detect");
        r.action.priority = QStringLiteral("P2");
        r.action.status = QStringLiteral("open");
        r.action.dueDate = QDate(2026, 1, 2);
        const QString md = actionsToMarkdown({r}, QDate(2026, 2, 1));
        QVERIFY(md.startsWith(QStringLiteral("- [ ] ")));
        QVERIFY(md.contains(QStringLiteral("\\<script\\>")));
        QVERIFY(md.contains(QStringLiteral("\\*now\\*")));
        QVERIFY(md.contains(QStringLiteral("\\[link\\](x)")));
        QVERIFY(md.contains(QStringLiteral("Ops\\_team")));
        QVERIFY(md.contains(QStringLiteral("**overdue since 2026-01-02**")));
    }

    void reviewsAreDueWorkingDaysAfterResolution()
    {
        QCOMPARE(addWorkingDays(QDate(2026, 4, 14), 5), QDate(2026, 4, 21)); // Tue -> next Tue
        QCOMPARE(addWorkingDays(QDate(2026, 4, 17), 1), QDate(2026, 4, 20)); // Fri -> Mon
        QCOMPARE(addWorkingDays(QDate(2026, 4, 18), 1), QDate(2026, 4, 20)); // Sat -> Mon
        QCOMPARE(addWorkingDays(QDate(2026, 4, 14), 0), QDate(2026, 4, 14));
        ReviewSummary r;
        r.status = QStringLiteral("draft");
        r.timeZone = QStringLiteral("Pacific/Auckland");
        QVERIFY(!reviewDueDate(r, 5)); // not resolved: not due
        QVERIFY(!isReviewOverdue(r, QDate(2030, 1, 1), 5));
        // Resolved late on Friday 17 April UTC = Saturday 18 April in Auckland: due Friday 24th.
        r.resolvedMs = *parseIsoDateTime(QStringLiteral("2026-04-17T20:00:00Z"), QStringLiteral("UTC"));
        QCOMPARE(*reviewDueDate(r, 5), QDate(2026, 4, 24));
        QVERIFY(!isReviewOverdue(r, QDate(2026, 4, 24), 5));
        QVERIFY(isReviewOverdue(r, QDate(2026, 4, 25), 5));
        r.status = QStringLiteral("published");
        QVERIFY(!isReviewOverdue(r, QDate(2026, 5, 25), 5)); // done on time or not, it is done
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
