// Cross-review insights and recurring patterns on a library built here with Library writes, so
// every count and median is known: an empty month, a tombstoned review, a review without a
// start time, missing and inconsistent key times, both edges of the period, a hidden why
// branch, actions over several months; then the quarterly PDF.

#include "TestSupport.h"

#include "analysis/Insights.h"
#include "analysis/RecurringPatterns.h"
#include "export/InsightsPdf.h"
#include "storage/Library.h"
#include "util/SortKey.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace hs;

namespace {

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}

constexpr qint64 kMinute = 60000;

} // namespace

class TestInsights : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Library> m_lib;
    QHash<QString, QString> m_ids; // letter -> review id

    void set(const QString& id, const QString& column, const QVariant& value, Entity entity = Entity::Review)
    {
        const std::optional<qint64> rev = m_lib->revisionOf(entity, id);
        QVERIFY(rev);
        const WriteResult r = m_lib->updateField(entity, id, column, value, *rev);
        QVERIFY2(r.ok(), qPrintable(r.message));
    }

    // A review with a severity and key times given as minutes after its start (-1 = none;
    // a start of 0 = no start time).
    QString review(const QString& letter, const QString& severity, qint64 started, int detect = -1, int mitigate = -1,
                   int resolve = -1)
    {
        const WriteResult w = m_lib->createReview(QStringLiteral("incident"), QStringLiteral("Review %1").arg(letter));
        if (!w.ok())
            return QString();
        const QString id = w.id;
        m_ids.insert(letter, id);
        set(id, QStringLiteral("severity"), severity);
        if (started != 0)
            set(id, QStringLiteral("started_ms"), started);
        if (detect != -1)
            set(id, QStringLiteral("detected_ms"), started + detect * kMinute);
        if (mitigate != -1)
            set(id, QStringLiteral("mitigated_ms"), started + mitigate * kMinute);
        if (resolve != -1)
            set(id, QStringLiteral("resolved_ms"), started + resolve * kMinute);
        return id;
    }

    QString why(const QString& reviewId, const QString& parentId, const QString& mark, const QString& category)
    {
        QVariantMap v{{QStringLiteral("review_id"), reviewId},
                      {QStringLiteral("text"), QStringLiteral("A cause")},
                      {QStringLiteral("mark"), mark},
                      {QStringLiteral("category"), category},
                      {QStringLiteral("sort_key"), SortKey::first()}};
        if (!parentId.isEmpty())
            v.insert(QStringLiteral("parent_id"), parentId);
        const WriteResult w = m_lib->insertRow(Entity::WhyNode, v);
        return w.ok() ? w.id : QString();
    }

    // An action created at created; closed ones changed last at closed.
    QString action(const QString& reviewId, const QString& status, const QString& due, qint64 created, qint64 closed = 0)
    {
        QVariantMap v{{QStringLiteral("review_id"), reviewId},
                      {QStringLiteral("title"), QStringLiteral("Do something")},
                      {QStringLiteral("status"), status}};
        if (!due.isEmpty())
            v.insert(QStringLiteral("due_date"), due);
        const WriteResult w = m_lib->insertRow(Entity::Action, v);
        if (!w.ok())
            return QString();
        // The library stamps rows with the present; the test needs them in the past.
        if (!test::rawExec(m_path, QStringLiteral("UPDATE actions SET created_ms = %1, updated_ms = %2 WHERE id = '%3'")
                                       .arg(created)
                                       .arg(closed ? closed : created)
                                       .arg(w.id)))
            return QString();
        return w.id;
    }

    InsightsFilter period(const QDate& from, const QDate& to) const
    {
        InsightsFilter f;
        f.from = from;
        f.to = to;
        f.zone = QTimeZone::utc();
        f.nowMs = utc(2026, 6, 15, 12);
        return f;
    }

    Insights compute(const InsightsFilter& f)
    {
        QString error;
        const std::optional<Insights> i = InsightsQuery::compute(*m_lib, f, &error);
        if (!i)
            qWarning("%s", qPrintable(error));
        return i.value_or(Insights());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = test::tempDir();
        m_path = m_dir->filePath(QStringLiteral("insights.hindsight"));
        OpenError error;
        m_lib = Library::create(m_path, false, &error);
        QVERIFY2(m_lib, qPrintable(error.message()));

        // January: three reviews with every duration but one.
        const QString a = review(QStringLiteral("A"), QStringLiteral("SEV1"), utc(2026, 1, 10, 10), 10, 60, 120);
        const QString b = review(QStringLiteral("B"), QStringLiteral("SEV2"), utc(2026, 1, 20, 10), 20, 30);
        const QString c = review(QStringLiteral("C"), QStringLiteral("SEV1"), utc(2026, 1, 25, 10), 40, 90, 200);
        // February: only a review that is then deleted.
        const QString h = review(QStringLiteral("H"), QStringLiteral("SEV1"), utc(2026, 2, 14, 10), 5, 6, 7);
        // March: detection before the start (a typing error), and one on the month's last minute.
        const QString d = review(QStringLiteral("D"), QStringLiteral("SEV3"), utc(2026, 3, 5, 10), -60, 15, 45);
        review(QStringLiteral("E"), QStringLiteral("SEV2"), utc(2026, 3, 31, 23, 59));
        // April: a start time only.
        const QString j = review(QStringLiteral("J"), QStringLiteral("SEV4"), utc(2026, 4, 3, 8));
        // Just outside the period on either side, and one without any start time.
        review(QStringLiteral("F"), QStringLiteral("SEV1"), utc(2026, 5, 1, 0), 1, 2, 3);
        review(QStringLiteral("G"), QStringLiteral("SEV1"), utc(2026, 1, 1, 0) - 1, 1, 2, 3);
        review(QStringLiteral("I"), QStringLiteral("SEV4"), 0);

        QVERIFY(m_lib->setLabels(a, QStringLiteral("service"), {QStringLiteral("checkout")}).ok());
        QVERIFY(m_lib->setLabels(a, QStringLiteral("tag"), {QStringLiteral("deploy")}).ok());
        QVERIFY(m_lib->setLabels(b, QStringLiteral("service"), {QStringLiteral("checkout"), QStringLiteral("payments")}).ok());
        QVERIFY(m_lib->setLabels(b, QStringLiteral("tag"), {QStringLiteral("deploy"), QStringLiteral("dns")}).ok());
        QVERIFY(m_lib->setLabels(d, QStringLiteral("service"), {QStringLiteral("search")}).ok());
        QVERIFY(m_lib->setLabels(d, QStringLiteral("tag"), {QStringLiteral("dns")}).ok());
        QVERIFY(m_lib->setLabels(j, QStringLiteral("service"), {QStringLiteral("checkout")}).ok());
        QVERIFY(m_lib->setLabels(j, QStringLiteral("tag"), {QStringLiteral("deploy")}).ok());
        QVERIFY(m_lib->setLabels(h, QStringLiteral("service"), {QStringLiteral("checkout")}).ok());

        // Why trees. A: a contributing factor, and a root cause under a plain cause.
        const QString aRoot = why(a, QString(), QStringLiteral("cause"), QStringLiteral("Technology"));
        QVERIFY(!why(a, aRoot, QStringLiteral("contributing"), QStringLiteral("Monitoring")).isEmpty());
        const QString aMid = why(a, aRoot, QStringLiteral("cause"), QString());
        QVERIFY(!why(a, aMid, QStringLiteral("root"), QStringLiteral("Process")).isEmpty());
        QVERIFY(!why(b, QString(), QStringLiteral("contributing"), QStringLiteral("Monitoring")).isEmpty());
        // D: a live factor, and one under a removed branch, which must not count.
        const QString dRoot = why(d, QString(), QStringLiteral("cause"), QString());
        QVERIFY(!why(d, dRoot, QStringLiteral("contributing"), QStringLiteral("Monitoring")).isEmpty());
        const QString dGone = why(d, dRoot, QStringLiteral("cause"), QString());
        const QString dHidden = why(d, dGone, QStringLiteral("cause"), QString());
        QVERIFY(!why(d, dHidden, QStringLiteral("contributing"), QStringLiteral("Dependency")).isEmpty());
        QVERIFY(m_lib->removeRow(Entity::WhyNode, dGone, *m_lib->revisionOf(Entity::WhyNode, dGone)).ok());
        // H (to be deleted) shares A's root-cause category.
        QVERIFY(!why(h, QString(), QStringLiteral("root"), QStringLiteral("Process")).isEmpty());

        // Actions (A's), and some that must not count.
        QVERIFY(!action(a, QStringLiteral("open"), QStringLiteral("2026-01-31"), utc(2026, 1, 12)).isEmpty());
        QVERIFY(!action(a, QStringLiteral("done"), QStringLiteral("2026-02-10"), utc(2026, 1, 15), utc(2026, 3, 5)).isEmpty());
        QVERIFY(!action(a, QStringLiteral("wont_do"), QStringLiteral("2026-02-20"), utc(2026, 2, 1), utc(2026, 2, 25)).isEmpty());
        QVERIFY(!action(a, QStringLiteral("in_progress"), QString(), utc(2026, 4, 10)).isEmpty());
        QVERIFY(!action(h, QStringLiteral("open"), QStringLiteral("2026-01-20"), utc(2026, 1, 13)).isEmpty());
        const QString gone = action(a, QStringLiteral("open"), QStringLiteral("2026-01-20"), utc(2026, 1, 13));
        QVERIFY(!gone.isEmpty());
        QVERIFY(m_lib->removeRow(Entity::Action, gone, *m_lib->revisionOf(Entity::Action, gone)).ok());

        QVERIFY(m_lib->removeRow(Entity::Review, h, *m_lib->revisionOf(Entity::Review, h)).ok());
    }

    void cleanupTestCase()
    {
        m_lib.reset();
        m_dir.reset();
    }

    void reviewsPerMonthBySeverity()
    {
        const Insights i = compute(period(QDate(2026, 1, 1), QDate(2026, 4, 30)));
        QCOMPARE(i.months.size(), 4);
        QCOMPARE(i.months.at(0).month, QDate(2026, 1, 1));
        QCOMPARE(i.months.at(0).reviews, 3);
        QCOMPARE(i.months.at(0).bySeverity.value(QStringLiteral("SEV1")), 2);
        QCOMPARE(i.months.at(0).bySeverity.value(QStringLiteral("SEV2")), 1);
        QCOMPARE(i.months.at(1).reviews, 0); // February: its only review was deleted
        QVERIFY(i.months.at(1).bySeverity.isEmpty());
        QCOMPARE(i.months.at(2).reviews, 2); // D, and E on the last minute of March
        QCOMPARE(i.months.at(2).bySeverity.value(QStringLiteral("SEV3")), 1);
        QCOMPARE(i.months.at(3).reviews, 1);
        QCOMPARE(i.reviews, 6); // F and G are outside, H deleted, I undated
        QCOMPARE(i.undated, 1);
        QCOMPARE(i.severities, (QStringList{QStringLiteral("SEV1"), QStringLiteral("SEV2"), QStringLiteral("SEV3"),
                                            QStringLiteral("SEV4")}));
    }

    void periodEdgesAreDaysInTheZone()
    {
        // G started a millisecond before 2026 in UTC; in Berlin that is already 1 January.
        InsightsFilter f = period(QDate(2026, 1, 1), QDate(2026, 1, 31));
        QCOMPARE(compute(f).reviews, 3);
        f.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        QCOMPARE(compute(f).reviews, 4);
        // A period of one day.
        f = period(QDate(2026, 3, 31), QDate(2026, 3, 31));
        const Insights one = compute(f);
        QCOMPARE(one.months.size(), 1);
        QCOMPARE(one.reviews, 1);
    }

    void mediansPerMonthAndUnknowns()
    {
        const Insights i = compute(period(QDate(2026, 1, 1), QDate(2026, 4, 30)));
        const InsightsMonth& jan = i.months.at(0);
        QCOMPARE(jan.median[int(Metric::Detect)], std::optional<qint64>(20 * kMinute));   // 10, 20, 40
        QCOMPARE(jan.median[int(Metric::Mitigate)], std::optional<qint64>(60 * kMinute)); // 30, 60, 90
        QCOMPARE(jan.median[int(Metric::Resolve)], std::optional<qint64>(160 * kMinute)); // 120, 200: B has none
        QCOMPARE(jan.known[int(Metric::Resolve)], 2);
        QVERIFY(!i.months.at(1).median[int(Metric::Detect)]);
        const InsightsMonth& mar = i.months.at(2);
        QVERIFY(!mar.median[int(Metric::Detect)]); // detected before it started: unknown, not negative
        QCOMPARE(mar.known[int(Metric::Detect)], 0);
        QCOMPARE(mar.median[int(Metric::Mitigate)], std::optional<qint64>(15 * kMinute));
        // Over the period: detect 10, 20, 40; mitigate 15, 30, 60, 90; resolve 45, 120, 200.
        QCOMPARE(i.median[int(Metric::Detect)], std::optional<qint64>(20 * kMinute));
        QCOMPARE(i.median[int(Metric::Mitigate)], std::optional<qint64>(45 * kMinute));
        QCOMPARE(i.median[int(Metric::Resolve)], std::optional<qint64>(120 * kMinute));
        QCOMPARE(i.unknown(Metric::Detect), 3);   // D (inconsistent), E, J
        QCOMPARE(i.unknown(Metric::Mitigate), 2); // E, J
        QCOMPARE(i.unknown(Metric::Resolve), 3);  // B, E, J
    }

    void topCategoriesServicesAndTags()
    {
        const Insights i = compute(period(QDate(2026, 1, 1), QDate(2026, 4, 30)));
        // Monitoring in A, B and D; Process in A only (H is deleted); D's Dependency sits
        // under a removed cause; Technology is a plain cause.
        QCOMPARE(i.topCategories.size(), 2);
        QCOMPARE(i.topCategories.at(0).name, QStringLiteral("Monitoring"));
        QCOMPARE(i.topCategories.at(0).reviews, 3);
        QCOMPARE(i.topCategories.at(1).name, QStringLiteral("Process"));
        QCOMPARE(i.topCategories.at(1).reviews, 1);
        QCOMPARE(i.topServices.size(), 3);
        QCOMPARE(i.topServices.at(0).name, QStringLiteral("checkout"));
        QCOMPARE(i.topServices.at(0).reviews, 3); // A, B, J (H deleted)
        QCOMPARE(i.topServices.at(1).name, QStringLiteral("payments")); // ties by name
        QCOMPARE(i.topServices.at(2).name, QStringLiteral("search"));
        QCOMPARE(i.topTags.at(0).name, QStringLiteral("deploy"));
        QCOMPARE(i.topTags.at(0).reviews, 3);
        QCOMPARE(i.topTags.at(1).name, QStringLiteral("dns"));
        QCOMPARE(i.topTags.at(1).reviews, 2);

        InsightsFilter f = period(QDate(2026, 1, 1), QDate(2026, 4, 30));
        f.topN = 1;
        const Insights top1 = compute(f);
        QCOMPARE(top1.topServices.size(), 1);
        QCOMPARE(top1.topTags.size(), 1);
        QCOMPARE(top1.topCategories.size(), 1);
    }

    void filters()
    {
        InsightsFilter f = period(QDate(2026, 1, 1), QDate(2026, 4, 30));
        f.severities = {QStringLiteral("SEV1")};
        Insights i = compute(f);
        QCOMPARE(i.reviews, 2);
        QCOMPARE(i.months.at(0).reviews, 2);
        f.severities = {QStringLiteral("SEV3"), QStringLiteral("SEV4")};
        QCOMPARE(compute(f).reviews, 2);
        QCOMPARE(compute(f).undated, 1); // I is SEV4

        f = period(QDate(2026, 1, 1), QDate(2026, 4, 30));
        f.service = QStringLiteral("CHECKOUT"); // names match in any case
        i = compute(f);
        QCOMPARE(i.reviews, 3);
        QCOMPARE(i.topCategories.at(0).name, QStringLiteral("Monitoring"));
        QCOMPARE(i.topCategories.at(0).reviews, 2);
        f.tag = QStringLiteral("dns");
        QCOMPARE(compute(f).reviews, 1); // B only: checkout and dns
        f.service.clear();
        QCOMPARE(compute(f).reviews, 2);
        f.tag = QStringLiteral("no-such-tag");
        i = compute(f);
        QCOMPARE(i.reviews, 0);
        QVERIFY(i.isEmpty());
        QCOMPARE(i.months.size(), 4); // the months are there, empty
        QVERIFY(i.topServices.isEmpty());
    }

    void actionsOverTime()
    {
        const Insights i = compute(period(QDate(2026, 1, 1), QDate(2026, 4, 30)));
        // created / done / open and overdue at the month's end
        const int expected[4][3] = {{2, 0, 1}, {1, 0, 2}, {0, 1, 1}, {1, 0, 1}};
        for (int m = 0; m < 4; ++m) {
            const InsightsMonth& month = i.months.at(m);
            QVERIFY(month.actionsKnown);
            QCOMPARE(month.actionsCreated, expected[m][0]);
            QCOMPARE(month.actionsDone, expected[m][1]);
            QCOMPARE(month.actionsOverdue, expected[m][2]);
        }
        QCOMPARE(i.actionsCreated, 4);
        QCOMPARE(i.actionsDone, 1);

        // The running month is taken at now; later months have no action figures.
        const Insights later = compute(period(QDate(2026, 6, 1), QDate(2026, 7, 31)));
        QVERIFY(later.months.at(0).actionsKnown);
        QCOMPARE(later.months.at(0).actionsOverdue, 1);
        QVERIFY(!later.months.at(1).actionsKnown);
        QCOMPARE(later.months.at(1).actionsOverdue, 0);
    }

    void badPeriods()
    {
        QString error;
        InsightsFilter f = period(QDate(2026, 4, 1), QDate(2026, 3, 1));
        QVERIFY(!InsightsQuery::compute(*m_lib, f, &error));
        QVERIFY2(error.contains(QStringLiteral("before it starts")), qPrintable(error));
        f = period(QDate(2010, 1, 1), QDate(2026, 3, 1));
        QVERIFY(!InsightsQuery::compute(*m_lib, f, &error));
        QVERIFY2(error.contains(QStringLiteral("at most 120")), qPrintable(error));
        f = period(QDate(), QDate(2026, 3, 1));
        QVERIFY(!InsightsQuery::compute(*m_lib, f, &error));
        QVERIFY(!error.isEmpty());
    }

    void quarters()
    {
        QString error;
        auto q = InsightsPeriod::parseQuarter(QStringLiteral("2026Q3"), &error);
        QVERIFY(q);
        QCOMPARE(q->first, QDate(2026, 7, 1));
        QCOMPARE(q->second, QDate(2026, 9, 30));
        q = InsightsPeriod::parseQuarter(QStringLiteral(" q4 2025"), &error);
        QVERIFY(q);
        QCOMPARE(q->first, QDate(2025, 10, 1));
        QCOMPARE(q->second, QDate(2025, 12, 31));
        QVERIFY(InsightsPeriod::parseQuarter(QStringLiteral("2026-q1"), &error));
        QVERIFY(!InsightsPeriod::parseQuarter(QStringLiteral("2026Q5"), &error));
        QVERIFY2(error.contains(QStringLiteral("2026Q5")), qPrintable(error));
        QVERIFY(!InsightsPeriod::parseQuarter(QStringLiteral("last quarter"), &error));
        QCOMPARE(InsightsPeriod::quarterName(QDate(2026, 8, 1)), QStringLiteral("2026 Q3"));
        const auto last3 = InsightsPeriod::lastMonths(3, QDate(2026, 3, 15));
        QCOMPARE(last3.first, QDate(2026, 1, 1));
        QCOMPARE(last3.second, QDate(2026, 3, 15));
    }


    void quarterlyPdf()
    {
        const auto q1 = InsightsPeriod::quarter(2026, 1);
        InsightsReport report;
        report.insights = compute(period(q1.first, q1.second));
        QCOMPARE(report.insights.reviews, 5);
        report.periodName = InsightsPeriod::quarterName(q1.first);
        report.libraryName = QStringLiteral("insights.hindsight");
        report.generatedMs = utc(2026, 6, 15, 12);
        const QString path = m_dir->filePath(QStringLiteral("q1.pdf"));
        QString error;
        int pages = 0;
        QVERIFY2(InsightsPdf::write(report, path, &error, &pages), qPrintable(error));
        QCOMPARE(pages, 2);
        QVERIFY(test::readFile(path).startsWith("%PDF-"));

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!pdftotext.waitForStarted())
            QSKIP("pdftotext is not installed (poppler-utils)");
        QVERIFY(pdftotext.waitForFinished());
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Incident insights, 2026 Q1")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Reviews per month by severity")));
        QVERIFY(text.contains(QStringLiteral("Monitoring")));
        QVERIFY(text.contains(QStringLiteral("checkout")));
        QVERIFY(text.contains(QStringLiteral("Page 2 of 2")));
        // The headline and the table: five reviews, a median time to detect of 20 minutes in
        // January, and the month without reviews.
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Jan 2026\\s+3\\s+20 min\\s+1 h 00 min\\s+2 h 40 min"))));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Feb 2026\\s+0\\s+—"))));
        QVERIFY2(text.contains(QStringLiteral("1 more without a")), qPrintable(text)); // I: no start time

        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished());
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("Incident insights, 2026 Q1")));
    }

    void pdfFailureLeavesNothing()
    {
        InsightsReport report;
        report.insights = compute(period(QDate(2026, 1, 1), QDate(2026, 3, 31)));
        report.periodName = QStringLiteral("2026 Q1");
        QString error;
        const QString missing = m_dir->filePath(QStringLiteral("no-such-folder/q1.pdf"));
        QVERIFY(!InsightsPdf::write(report, missing, &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-folder")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(QFileInfo(missing).absolutePath()));
        // A folder in the way: refused, the folder untouched, no temporary file left beside it.
        const QString folder = m_dir->filePath(QStringLiteral("taken.pdf"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList before = QDir(m_dir->path()).entryList(QDir::Files);
        error.clear();
        QVERIFY(!InsightsPdf::write(report, folder, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before);
    }

    void recurringPatterns()
    {
        const QString a = m_ids.value(QStringLiteral("A"));
        std::optional<RecurringPatterns> p = RecurringPatternQuery::find(*m_lib, a, 10);
        QVERIFY(p);
        // B shares Monitoring, checkout and deploy; J checkout and deploy; D Monitoring. H
        // (deleted) would share Process and checkout; C, E, F, G, I share nothing.
        QCOMPARE(p->total, 3);
        QCOMPARE(p->matches.size(), 3);
        QCOMPARE(p->matches.at(0).reviewId, m_ids.value(QStringLiteral("B")));
        QCOMPARE(p->matches.at(0).shared.size(), 3);
        QCOMPARE(p->matches.at(0).shared.at(0).kind, SharedTrait::Category);
        QCOMPARE(p->matches.at(0).shared.at(0).name, QStringLiteral("Monitoring"));
        QCOMPARE(p->matches.at(0).shared.at(1).kind, SharedTrait::Service);
        QCOMPARE(p->matches.at(0).shared.at(1).name, QStringLiteral("checkout"));
        QCOMPARE(p->matches.at(0).shared.at(2).kind, SharedTrait::Tag);
        QCOMPARE(p->matches.at(1).reviewId, m_ids.value(QStringLiteral("J")));
        QCOMPARE(p->matches.at(2).reviewId, m_ids.value(QStringLiteral("D")));
        QCOMPARE(p->earlier, 0); // A is the oldest of them
        QVERIFY(!p->matches.at(0).earlier);

        // At least two in common: D (Monitoring only) drops out.
        p = RecurringPatternQuery::find(*m_lib, a, 10, 2);
        QCOMPARE(p->total, 2);
        QCOMPARE(p->matches.size(), 2);
        QCOMPARE(p->matches.at(1).reviewId, m_ids.value(QStringLiteral("J")));

        // A limit keeps the best and still counts them all.
        p = RecurringPatternQuery::find(*m_lib, a, 1);
        QCOMPARE(p->matches.size(), 1);
        QCOMPARE(p->total, 3);

        // J ties with A and B (two each): the more recent incident first.
        p = RecurringPatternQuery::find(*m_lib, m_ids.value(QStringLiteral("J")), 10);
        QCOMPARE(p->matches.size(), 2);
        QCOMPARE(p->matches.at(0).reviewId, m_ids.value(QStringLiteral("B")));
        QCOMPARE(p->matches.at(1).reviewId, m_ids.value(QStringLiteral("A")));
        QCOMPARE(p->earlier, 2);

        // An unlinked tag no longer matches: B now shares only Monitoring and checkout with A,
        // so the more recent J (also two) comes first.
        QVERIFY(m_lib->setLabels(m_ids.value(QStringLiteral("B")), QStringLiteral("tag"), {QStringLiteral("dns")}).ok());
        p = RecurringPatternQuery::find(*m_lib, a, 10);
        QCOMPARE(p->matches.at(0).reviewId, m_ids.value(QStringLiteral("J")));
        QCOMPARE(p->matches.at(1).reviewId, m_ids.value(QStringLiteral("B")));
        QCOMPARE(p->matches.at(1).shared.size(), 2);

        // A deleted review has no matches; nor does an id that is not there.
        p = RecurringPatternQuery::find(*m_lib, m_ids.value(QStringLiteral("H")), 10);
        QVERIFY(p);
        QCOMPARE(p->total, 0);
        QVERIFY(RecurringPatternQuery::find(*m_lib, QStringLiteral("nope"), 10)->matches.isEmpty());
    }
};

QTEST_MAIN(TestInsights) // fonts for the PDF need a QGuiApplication (offscreen)
#include "tst_insights.moc"
