// Typed event times and quick-entry lines: the forms a facilitator types while people talk.

#include "domain/QuickEntry.h"
#include "util/TimeFormat.h"

#include <QTest>

using namespace hs;

namespace {

qint64 at(const char* iso)
{
    return *parseIsoDateTime(QString::fromLatin1(iso), QStringLiteral("UTC"));
}

TimeEntryContext berlin(const char* referenceIso)
{
    TimeEntryContext c;
    c.timeZone = QStringLiteral("Europe/Berlin");
    c.referenceMs = at(referenceIso);
    c.participants = {QStringLiteral("Priya Raman"), QStringLiteral("Tomás Herrera")};
    return c;
}

} // namespace

class TestQuickEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected"); // UTC ISO, or empty for an error
        // 2026-04-14 is CEST (UTC+2).
        QTest::newRow("clock") << "14:32" << "2026-04-14T12:00:00Z" << "2026-04-14T12:32:00Z";
        QTest::newRow("clock with seconds") << "14:32:10" << "2026-04-14T12:00:00Z" << "2026-04-14T12:32:10Z";
        QTest::newRow("single-digit hour") << "9:05" << "2026-04-14T07:00:00Z" << "2026-04-14T07:05:00Z";
        QTest::newRow("past midnight") << "00:10" << "2026-04-14T21:50:00Z" << "2026-04-14T22:10:00Z";
        QTest::newRow("before midnight") << "23:55" << "2026-04-14T22:10:00Z" << "2026-04-14T21:55:00Z";
        QTest::newRow("plus minutes") << "+5m" << "2026-04-14T12:00:00Z" << "2026-04-14T12:05:00Z";
        QTest::newRow("plus h and m") << "+1h30m" << "2026-04-14T12:00:00Z" << "2026-04-14T13:30:00Z";
        QTest::newRow("minus seconds") << "-90s" << "2026-04-14T12:00:00Z" << "2026-04-14T11:58:30Z";
        QTest::newRow("date and time") << "2026-04-15 08:00" << "2026-04-14T12:00:00Z" << "2026-04-15T06:00:00Z";
        QTest::newRow("iso with offset") << "2026-04-14T14:32:00-05:00" << "2026-04-14T12:00:00Z" << "2026-04-14T19:32:00Z";
        QTest::newRow("iso Z") << "2026-04-14T14:32:00Z" << "2026-04-14T12:00:00Z" << "2026-04-14T14:32:00Z";
        // DST: the 2026-03-29 switch (02:00 CET -> 03:00 CEST).
        QTest::newRow("before DST") << "01:30" << "2026-03-29T00:00:00Z" << "2026-03-29T00:30:00Z";
        QTest::newRow("after DST") << "03:30" << "2026-03-29T00:00:00Z" << "2026-03-29T01:30:00Z";
        QTest::newRow("not a time") << "lunch" << "2026-04-14T12:00:00Z" << "";
        QTest::newRow("bad clock") << "25:61" << "2026-04-14T12:00:00Z" << "";
        QTest::newRow("empty") << "" << "2026-04-14T12:00:00Z" << "";
        QTest::newRow("bare plus") << "+" << "2026-04-14T12:00:00Z" << "";
    }

    void eventTimes()
    {
        QFETCH(QString, text);
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        QString error;
        const std::optional<qint64> got = parseEventTime(text, berlin(reference.toLatin1().constData()), &error);
        if (expected.isEmpty()) {
            QVERIFY(!got);
            QVERIFY(error.contains(QStringLiteral("14:32")));
        } else {
            QVERIFY2(got, qPrintable(error));
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(*got, Qt::UTC).toString(Qt::ISODate), expected);
        }
    }

    void relativeNeedsAReference()
    {
        TimeEntryContext c;
        QString error;
        QVERIFY(!parseEventTime(QStringLiteral("+5m"), c, &error));
        QVERIFY(error.contains(QStringLiteral("relative")));
    }

    void quickEntryLines()
    {
        const TimeEntryContext c = berlin("2026-04-14T12:00:00Z");
        QString error;
        std::optional<QuickEntry> e = parseQuickEntry(QStringLiteral("14:32 alert api latency page fired"), c, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->atMs, at("2026-04-14T12:32:00Z"));
        QCOMPARE(e->kind, QStringLiteral("alert"));
        QCOMPARE(e->text, QStringLiteral("api latency page fired"));
        QVERIFY(e->actor.isEmpty());

        e = parseQuickEntry(QStringLiteral("14:40 deploy Priya: rolled back   the config"), c, &error);
        QVERIFY(e);
        QCOMPARE(e->kind, QStringLiteral("change"));
        QCOMPARE(e->actor, QStringLiteral("Priya Raman"));
        QCOMPARE(e->text, QStringLiteral("rolled back the config"));

        e = parseQuickEntry(QStringLiteral("+2m key found the stale trust bundle"), c, &error);
        QVERIFY(e);
        QCOMPARE(e->kind, QStringLiteral("key_moment"));
        QCOMPARE(e->atMs, at("2026-04-14T12:02:00Z"));
        e = parseQuickEntry(QStringLiteral("2026-04-14 15:00 resolved all green"), c, &error);
        QVERIFY(e);
        QCOMPARE(e->kind, QStringLiteral("resolution"));
        QCOMPARE(e->atMs, at("2026-04-14T13:00:00Z"));

        // A kind word alone is the text, not a kind with nothing to say.
        e = parseQuickEntry(QStringLiteral("14:50 mitigation"), c, &error);
        QVERIFY(e);
        QCOMPARE(e->kind, QStringLiteral("other"));
        QCOMPARE(e->text, QStringLiteral("mitigation"));
        // "Someone:" who is not a participant stays in the text.
        e = parseQuickEntry(QStringLiteral("14:51 note Dashboard: all red"), c, &error);
        QVERIFY(e);
        QCOMPARE(e->text, QStringLiteral("Dashboard: all red"));
    }

    void quickEntryErrors()
    {
        const TimeEntryContext c = berlin("2026-04-14T12:00:00Z");
        QString error;
        QVERIFY(!parseQuickEntry(QString(), c, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!parseQuickEntry(QStringLiteral("alert api down"), c, &error));
        QVERIFY(error.contains(QStringLiteral("not a time")));
        QVERIFY(!parseQuickEntry(QStringLiteral("14:32"), c, &error));
        QVERIFY(error.contains(QStringLiteral("what happened")));
    }

    void offsetsAndCells()
    {
        const qint64 start = at("2026-04-14T07:12:00Z");
        QCOMPARE(formatOffset(start + 12 * 60000, start), QStringLiteral("T+00:12"));
        QCOMPARE(formatOffset(start + 65 * 60000, start), QStringLiteral("T+1:05"));
        QCOMPARE(formatOffset(start - 3 * 60000, start), QStringLiteral("T-00:03"));
        QCOMPARE(formatOffset(start + 61000, start), QStringLiteral("T+00:01:01"));
        QCOMPARE(formatOffset(start, std::nullopt), QString());
        QCOMPARE(formatEventTime(start, QStringLiteral("Europe/Berlin")), QStringLiteral("09:12"));
        QCOMPARE(formatEventTime(start + 5000, QStringLiteral("Europe/Berlin")), QStringLiteral("09:12:05"));
    }

    void kindKeywords()
    {
        QCOMPARE(eventKindForKeyword(QStringLiteral("ALERT")), QStringLiteral("alert"));
        QCOMPARE(eventKindForKeyword(QStringLiteral("key_moment")), QStringLiteral("key_moment"));
        QCOMPARE(eventKindForKeyword(QStringLiteral("deploy")), QStringLiteral("change"));
        QCOMPARE(eventKindForKeyword(QStringLiteral("the")), QString());
    }
};

QTEST_MAIN(TestQuickEntry)
#include "tst_quickentry.moc"
