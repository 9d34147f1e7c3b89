#include "TestSupport.h"

#include "import/ChatImport.h"
#include "import/CsvImport.h"
#include "import/ImportFormat.h"
#include "import/ImportSupport.h"
#include "import/PagerDutyImport.h"
#include "import/SlackImport.h"

#include <QDir>
#include <QTest>
#include <QTimeZone>

using namespace hs;

namespace {

QString data(const QString& relative)
{
    return QDir(qEnvironmentVariable("HINDSIGHT_TEST_DATA")).filePath(QStringLiteral("import/") + relative);
}

qint64 utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString problems(const ImportResult& r)
{
    QStringList out;
    for (const ImportProblem& p : r.problems)
        out.append(p.toString());
    return out.join(QLatin1Char('\n'));
}

const ImportedMessage* byText(const ImportResult& r, const QString& start)
{
    for (const ImportedMessage& m : r.messages) {
        if (m.text.startsWith(start))
            return &m;
    }
    return nullptr;
}

// A refused import: at least one problem in the expected file, and nothing to apply.
void checkRefused(const ImportResult& r, const QString& fileEnd)
{
    QVERIFY(!r.ok());
    QVERIFY(!r.problems.isEmpty());
    QVERIFY2(r.problems.first().file.endsWith(fileEnd), qPrintable(problems(r)));
    QVERIFY(!r.problems.first().message.isEmpty());
    QVERIFY(r.messages.isEmpty());
    QVERIFY(r.events.isEmpty());
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slackFolderChoice()
    {
        const QString root = data(QStringLiteral("slack"));
        QCOMPARE(slackChannels(root), (QStringList{QStringLiteral("inc-2041-payments"), QStringLiteral("ops-general")}));
        QVERIFY(slackChannels(data(QStringLiteral("slack/inc-2041-payments"))).isEmpty());
        const ImportResult several = importSlackExport(root);
        QVERIFY(!several.ok());
        QVERIFY2(several.problems.first().message.contains(QStringLiteral("inc-2041-payments")), qPrintable(problems(several)));

        const ImportResult byFolder = importSlackExport(data(QStringLiteral("slack/inc-2041-payments")));
        QVERIFY2(byFolder.ok(), qPrintable(problems(byFolder)));
        const ImportResult byName = importSlackExport(root, QStringLiteral("inc-2041-payments"));
        QVERIFY2(byName.ok(), qPrintable(problems(byName)));
        QCOMPARE(byName.messages.size(), byFolder.messages.size());
        for (qsizetype i = 0; i < byName.messages.size(); ++i)
            QCOMPARE(byName.messages.at(i).externalId, byFolder.messages.at(i).externalId);
        QCOMPARE(byName.format, QStringLiteral("slack"));
        QVERIFY(byName.sourceName.contains(QStringLiteral("#inc-2041-payments")));
        QVERIFY(!importSlackExport(root, QStringLiteral("no-such-channel")).ok());
        QVERIFY(!importSlackExport(data(QStringLiteral("chat"))).ok());
    }

    void slackMessagesInOrderWithExactTimes()
    {
        const ImportResult r = importSlackExport(data(QStringLiteral("slack")), QStringLiteral("inc-2041-payments"));
        QVERIFY2(r.ok(), qPrintable(problems(r)));
        // 18 records: two are an edit and a deletion, one message is deleted.
        QCOMPARE(r.messages.size(), 16);
        for (qsizetype i = 1; i < r.messages.size(); ++i)
            QVERIFY(r.messages.at(i - 1).atMs <= r.messages.at(i).atMs);
        QSet<QString> ids;
        for (const ImportedMessage& m : r.messages)
            ids.insert(m.externalId);
        QCOMPARE(ids.size(), r.messages.size());

        // .999999 s is 999 ms, not rounded up to the next second.
        const ImportedMessage* sam = byText(r, QStringLiteral("@Marcus Chen can you check"));
        QVERIFY(sam);
        QCOMPARE(sam->externalId, QStringLiteral("slack:C06PAY2041:1776123900.999999"));
        QCOMPARE(sam->atMs, 1776123900999LL);
        const ImportedMessage* ic = byText(r, QStringLiteral("@here I'm IC"));
        QVERIFY(ic);
        QCOMPARE(ic->atMs, 1776123720123LL);
        QCOMPARE(ic->atMs, utc(2026, 4, 13, 23, 42, 0, 123));

        // The message out of order in its day file (23:50 UTC on the 14th's file) sorts in place,
        // and the days run over midnight into the next files.
        QCOMPARE(r.messages.at(8).text, QStringLiteral("error rate is back under 0.1%"));
        QCOMPARE(r.messages.at(7).atMs, utc(2026, 4, 14, 0, 1, 0));
        QCOMPARE(r.messages.last().atMs, utc(2026, 4, 15, 12, 0, 0));
    }

    void slackNamesThreadsAndKinds()
    {
        const ImportResult r = importSlackExport(data(QStringLiteral("slack/inc-2041-payments")));
        QVERIFY2(r.ok(), qPrintable(problems(r)));
        const QString root = QStringLiteral("slack:C06PAY2041:1776123720.123456");
        const ImportedMessage* ic = byText(r, QStringLiteral("@here"));
        QVERIFY(ic);
        QCOMPARE(ic->externalId, root);
        QCOMPARE(ic->threadId, root);
        QCOMPARE(ic->author, QStringLiteral("Priya Raman"));
        QCOMPARE(ic->authorId, QStringLiteral("U01PRIYA"));
        QCOMPARE(ic->text, QStringLiteral("@here I'm IC for this one. Watching the payments dashboard "
                                          "(https://grafana.example.com/d/payments?from=now-1h&to=now)"));
        const ImportedMessage* reply = byText(r, QStringLiteral("p99 went up"));
        QVERIFY(reply);
        QCOMPARE(reply->threadId, root);
        QCOMPARE(reply->text, QStringLiteral("p99 went up right after the 23:30 deploy in #deploys"));
        QCOMPARE(byText(r, QStringLiteral("ok, let's roll back"))->threadId, root);
        QVERIFY(byText(r, QStringLiteral("pool is saturated"))->threadId.isEmpty());
        QCOMPARE(byText(r, QStringLiteral("pool is saturated"))->text,
                 QStringLiteral("pool is saturated: 200/200 <- that's the limit"));

        QCOMPARE(r.messages.first().kind, QStringLiteral("system"));
        QCOMPARE(r.messages.first().text, QStringLiteral("@Priya Raman has joined the channel"));
        QCOMPARE(r.messages.last().kind, QStringLiteral("system"));
        QCOMPARE(r.messages.last().text, QStringLiteral("@jlee has left the channel"));
        const ImportedMessage& datadog = r.messages.at(1);
        QCOMPARE(datadog.kind, QStringLiteral("bot"));
        QCOMPARE(datadog.author, QStringLiteral("Datadog"));
        QCOMPARE(datadog.text, QStringLiteral("[Triggered] payments-api p99 latency > 2s"));
        const ImportedMessage* pd = byText(r, QStringLiteral("Resolved:"));
        QVERIFY(pd);
        QCOMPARE(pd->kind, QStringLiteral("bot"));
        QCOMPARE(pd->author, QStringLiteral("PagerDuty"));

        // display_name when there is no real name; the profile copy for people no longer listed.
        QCOMPARE(byText(r, QStringLiteral("error rate is back"))->author, QStringLiteral("Sam O."));
        QCOMPARE(byText(r, QStringLiteral("added the pgbouncer"))->author, QStringLiteral("Olga Petrova"));
        QCOMPARE(byText(r, QStringLiteral("Rolling back"))->text,
                 QStringLiteral("Rolling back payments-api to v2.31.4 https://deploy.example.com/runs/8812"));
        QCOMPARE(byText(r, QStringLiteral("heap dump"))->text,
                 QStringLiteral("heap dump from before the rollback [file: heapdump-payments-0414.txt]"));
        QCOMPARE(byText(r, QStringLiteral("Review draft"))->text,
                 QStringLiteral("Review draft: INC-2041 review (https://docs.example.com/reviews/inc-2041) – please add "
                                "your notes by Friday. cc @Marcus Chen @olga"));

        QCOMPARE(r.people.size(), 5);
        QCOMPARE(r.people.at(0).name, QStringLiteral("Priya Raman"));
        QCOMPARE(r.people.at(0).role, QStringLiteral("Incident commander"));
        QCOMPARE(r.people.at(1).role, QStringLiteral("SRE, payments"));
        QCOMPARE(r.people.at(2).name, QStringLiteral("Sam O."));
        QCOMPARE(r.people.at(4).id, QStringLiteral("U99OLGA"));
    }

    void slackEditsAndDeletions()
    {
        const ImportResult r = importSlackExport(data(QStringLiteral("slack/inc-2041-payments")));
        QVERIFY2(r.ok(), qPrintable(problems(r)));
        const ImportedMessage* edited = byText(r, QStringLiteral("@Marcus Chen can you check"));
        QVERIFY(edited);
        QCOMPARE(edited->text, QStringLiteral("@Marcus Chen can you check the connection pool? R&D says pgbouncer is at "
                                              "max (200)"));
        QVERIFY(edited->edited);
        QVERIFY(byText(r, QStringLiteral("Latency back to normal"))->edited);
        QCOMPARE(byText(r, QStringLiteral("Latency back to normal"))->text,
                 QStringLiteral("Latency back to normal. Keep watching for 30 min & then resolve."));
        QVERIFY(!byText(r, QStringLiteral("pool is saturated"))->edited);
        QVERIFY(!byText(r, QStringLiteral("wrong channel")));
        for (const ImportedMessage& m : r.messages)
            QVERIFY(!m.externalId.endsWith(QStringLiteral("1776125170.001000")));
    }

    void slackMarkup()
    {
        const QHash<QString, QString> users{{QStringLiteral("U1"), QStringLiteral("Priya Raman")}};
        const QHash<QString, QString> channels{{QStringLiteral("C1"), QStringLiteral("ops")}};
        QCOMPARE(slackPlainText(QStringLiteral("<@U1> and <@U2|sam> and <@U3>"), users),
                 QStringLiteral("@Priya Raman and @sam and @U3"));
        QCOMPARE(slackPlainText(QStringLiteral("see <#C1> / <#C2|deploys>"), users, channels),
                 QStringLiteral("see #ops / #deploys"));
        QCOMPARE(slackPlainText(QStringLiteral("<!channel> <!subteam^S1|@oncall> <!date^1776123720^{time}|23:42>"), users),
                 QStringLiteral("@channel @oncall 23:42"));
        QCOMPARE(slackPlainText(QStringLiteral("<mailto:a@example.com|a@example.com> <https://x.example/?a=1&amp;b=2>"), users),
                 QStringLiteral("a@example.com https://x.example/?a=1&b=2"));
        QCOMPARE(slackPlainText(QStringLiteral("a &amp;lt; b &lt;c&gt; &nbsp; 3 < 4"), users),
                 QStringLiteral("a &lt; b <c> &nbsp; 3 < 4"));
    }

    void slackMalformed()
    {
        const QString root = data(QStringLiteral("slack-malformed"));
        const ImportResult bad = importSlackExport(root, QStringLiteral("inc-bad-json"));
        checkRefused(bad, QStringLiteral("inc-bad-json/2026-04-13.json"));
        QCOMPARE(bad.problems.size(), 1);
        QCOMPARE(bad.problems.first().line, 8);
        QVERIFY(bad.problems.first().message.contains(QStringLiteral("JSON")));
        QVERIFY(bad.problems.first().toString().contains(QStringLiteral("2026-04-13.json:8: ")));

        const ImportResult noTs = importSlackExport(root, QStringLiteral("inc-missing-ts"));
        checkRefused(noTs, QStringLiteral("inc-missing-ts/2026-04-13.json"));
        QCOMPARE(noTs.problems.size(), 2);
        QCOMPARE(noTs.problems.at(0).record, QStringLiteral("message 2 in 2026-04-13.json"));
        QVERIFY(noTs.problems.at(0).message.contains(QStringLiteral("ts")));
        QCOMPARE(noTs.problems.at(1).record, QStringLiteral("message 3 in 2026-04-13.json"));
        QVERIFY(noTs.problems.at(1).message.contains(QStringLiteral("yesterday")));
    }

    void slackCancel()
    {
        int calls = 0;
        qint64 lastTotal = 0;
        const ImportResult r = importSlackExport(data(QStringLiteral("slack/inc-2041-payments")), [&](qint64 done, qint64 total) {
            lastTotal = total;
            return ++calls < 2 && done < total;
        });
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QVERIFY(r.messages.isEmpty());
        QCOMPARE(calls, 2);
        QCOMPARE(lastTotal, 3LL);
    }

    void pagerDutyLog()
    {
        const ImportResult r = importPagerDutyLog(data(QStringLiteral("pagerduty/log_entries.json")));
        QVERIFY2(r.ok(), qPrintable(problems(r)));
        QCOMPARE(r.format, QStringLiteral("pagerduty"));
        QVERIFY(r.sourceName.contains(QStringLiteral("[#2041]")));
        QCOMPARE(r.events.size(), 8);
        QStringList kinds, milestones;
        for (const ImportedEvent& e : r.events) {
            kinds.append(e.kind);
            milestones.append(e.milestone);
            QCOMPARE(e.source, QStringLiteral("paging"));
            QVERIFY(e.link.startsWith(QStringLiteral("https://acme.pagerduty.com/incidents/Q2041PAY")));
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("alert"), QStringLiteral("communication"), QStringLiteral("action"),
                                     QStringLiteral("communication"), QStringLiteral("communication"),
                                     QStringLiteral("action"), QStringLiteral("other"), QStringLiteral("resolution")}));
        QCOMPARE(milestones, (QStringList{QStringLiteral("detected"), QString(), QStringLiteral("acknowledged"), QString(),
                                          QString(), QString(), QString(), QStringLiteral("resolved")}));
        const ImportedEvent& trigger = r.events.first();
        QCOMPARE(trigger.externalId, QStringLiteral("pd:R1TRIGGER2041"));
        QCOMPARE(trigger.atMs, utc(2026, 4, 13, 23, 41, 7));
        QCOMPARE(trigger.text, QStringLiteral("Triggered: [#2041] payments-api p99 latency > 2s"));
        QCOMPARE(trigger.actor, QStringLiteral("Datadog"));
        QCOMPARE(trigger.link, QStringLiteral("https://acme.pagerduty.com/incidents/Q2041PAY/log_entries/R1TRIGGER2041"));
        QCOMPARE(r.events.at(1).text, QStringLiteral("Notified Priya Raman"));
        QCOMPARE(r.events.at(2).actor, QStringLiteral("Priya Raman"));
        QCOMPARE(r.events.at(2).text, QStringLiteral("Acknowledged by Priya Raman"));
        QCOMPARE(r.events.at(5).actor, QStringLiteral("Marcus Chen"));
        // "+02:00" in created_at.
        QCOMPARE(r.events.last().atMs, utc(2026, 4, 14, 0, 20));

        QCOMPARE(r.messages.size(), 1);
        QCOMPARE(r.messages.first().externalId, QStringLiteral("pd:R7ANNOTATE2041"));
        QCOMPARE(r.messages.first().author, QStringLiteral("Priya Raman"));
        QCOMPARE(r.messages.first().text, QStringLiteral("Rolling back the 23:30 deploy; pgbouncer pool exhausted"));
        QCOMPARE(r.people.size(), 2);
        QCOMPARE(r.people.at(0).name, QStringLiteral("Priya Raman"));
        QCOMPARE(r.people.at(1).name, QStringLiteral("Marcus Chen"));

        // A bare array (as the API's entries without the envelope) and a note in "note".
        const ImportResult bare = importPagerDutyJson(
            R"([{"id":"A1","type":"annotate_log_entry","created_at":"2026-04-13T23:50:00Z","agent":{"summary":"Sam"},)"
            R"("note":{"content":"db failover done"}},)"
            R"({"id":"A2","type":"unacknowledge_log_entry","created_at":"2026-04-13T23:51:00Z","summary":"Unacknowledged"}])",
            QStringLiteral("inline.json"));
        QVERIFY2(bare.ok(), qPrintable(problems(bare)));
        QCOMPARE(bare.messages.first().text, QStringLiteral("db failover done"));
        QCOMPARE(bare.events.first().kind, QStringLiteral("other"));
        QCOMPARE(bare.events.first().text, QStringLiteral("Unacknowledged"));
    }

    void pagerDutyMalformed()
    {
        const ImportResult bad = importPagerDutyLog(data(QStringLiteral("pagerduty/bad-json.json")));
        checkRefused(bad, QStringLiteral("pagerduty/bad-json.json"));
        QCOMPARE(bad.problems.first().line, 8);

        const ImportResult missing = importPagerDutyLog(data(QStringLiteral("pagerduty/missing-fields.json")));
        checkRefused(missing, QStringLiteral("pagerduty/missing-fields.json"));
        QCOMPARE(missing.problems.size(), 3);
        QCOMPARE(missing.problems.at(0).record, QStringLiteral("log entry 2"));
        QVERIFY(missing.problems.at(0).message.contains(QStringLiteral("id")));
        QCOMPARE(missing.problems.at(1).record, QStringLiteral("log entry R3NOTIME"));
        QVERIFY(missing.problems.at(1).message.contains(QStringLiteral("created_at")));
        QCOMPARE(missing.problems.at(2).record, QStringLiteral("log entry R4BADTIME"));
        QVERIFY(missing.problems.at(2).message.contains(QStringLiteral("last tuesday")));
        QVERIFY(missing.problems.at(2).toString().endsWith(QStringLiteral("missing-fields.json (log entry R4BADTIME): ")
                                                           + missing.problems.at(2).message));

        const ImportResult wrongShape = importPagerDutyJson(R"({"incidents": []})", QStringLiteral("x.json"));
        QVERIFY(!wrongShape.ok());
        QVERIFY(wrongShape.problems.first().message.contains(QStringLiteral("log_entries")));
    }

    void csvQuotesAndLineEnds()
    {
        QString error;
        const CsvTable t = readCsv(data(QStringLiteral("csv/quoted-crlf.csv")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(t.delimiter, QLatin1Char(','));
        QCOMPARE(t.header, (QStringList{QStringLiteral("timestamp"), QStringLiteral("author"), QStringLiteral("message"),
                                        QStringLiteral("thread")}));
        QCOMPARE(t.rows.size(), 5);
        QCOMPARE(t.rowLines, (QList<int>{2, 3, 6, 7, 10}));
        QCOMPARE(t.rows.at(0).at(2), QStringLiteral("Paged for payments-api, p99 > 2s"));
        QCOMPARE(t.rows.at(1).at(2), QStringLiteral("He said \"roll back\" and\nthen the pool drained"));
        QCOMPARE(t.rows.at(2).at(2), QStringLiteral("plain text with a \"quote\" inside"));
        QCOMPARE(t.rows.at(2).at(3), QString());
        QCOMPARE(t.rows.at(3).at(2), QStringLiteral("multi\nline\nnote"));
        QCOMPARE(t.rows.at(4).size(), 4);

        // The same rows with LF endings read the same and give the same ids.
        const QString lf = QString::fromUtf8(test::readFile(data(QStringLiteral("csv/quoted-crlf.csv")))).replace(
            QStringLiteral("\r\n"), QStringLiteral("\n"));
        const auto dir = test::tempDir();
        const QString lfPath = dir->filePath(QStringLiteral("lf.csv"));
        QVERIFY(test::writeFile(lfPath, lf.toUtf8()));
        const CsvMapping mapping = guessCsvMapping(t);
        QCOMPARE(mapping.timeColumn, 0);
        QCOMPARE(mapping.authorColumn, 1);
        QCOMPARE(mapping.textColumn, 2);
        QCOMPARE(mapping.threadColumn, 3);
        QVERIFY(!mapping.asEvents);
        const ImportResult a = importCsv(data(QStringLiteral("csv/quoted-crlf.csv")), mapping);
        const ImportResult b = importCsv(lfPath, mapping);
        QVERIFY2(a.ok(), qPrintable(problems(a)));
        QVERIFY2(b.ok(), qPrintable(problems(b)));
        QCOMPARE(a.messages.size(), 5);
        for (qsizetype i = 0; i < a.messages.size(); ++i) {
            QCOMPARE(a.messages.at(i).externalId, b.messages.at(i).externalId);
            QVERIFY(a.messages.at(i).externalId.startsWith(QStringLiteral("csv:")));
            QCOMPARE(a.messages.at(i).externalId.size(), 4 + 40);
        }
        QCOMPARE(a.messages.at(1).threadId, a.messages.at(0).externalId);
        QCOMPARE(a.messages.at(4).threadId, a.messages.at(0).externalId);
        QCOMPARE(a.messages.at(3).threadId, a.messages.at(3).externalId);
        QVERIFY(a.messages.at(2).threadId.isEmpty());
        QCOMPARE(a.messages.at(0).atMs, utc(2026, 4, 13, 23, 41, 5));
        QCOMPARE(a.people.size(), 3);
    }

    void csvDelimitersAndBom()
    {
        QString error;
        const CsvTable semi = readCsv(data(QStringLiteral("csv/semicolon-bom.csv")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(semi.delimiter, QLatin1Char(';'));
        QCOMPARE(semi.header.first(), QStringLiteral("Zeitpunkt"));
        QCOMPARE(semi.rows.at(2).at(2), QStringLiteral("Unix milliseconds; with a semicolon"));
        CsvMapping m = guessCsvMapping(semi);
        QCOMPARE(m.timeColumn, -1); // not an English name: the person picks it
        QCOMPARE(m.authorColumn, 1);
        QVERIFY(m.asEvents); // the one filled kind cell names an event kind
        m.timeColumn = 0;
        m.asEvents = false;
        const ImportResult r = importCsv(data(QStringLiteral("csv/semicolon-bom.csv")), m);
        QVERIFY2(r.ok(), qPrintable(problems(r)));
        QCOMPARE(r.messages.size(), 4);
        QCOMPARE(r.messages.at(0).author, QStringLiteral("Jürgen Weiß"));
        QCOMPARE(r.messages.at(0).text, QStringLiteral("Übergabe an das Nachtteam – alles ruhig"));
        QCOMPARE(r.messages.at(0).atMs, utc(2026, 4, 14, 7, 12));
        QCOMPARE(r.messages.at(1).atMs, utc(2026, 4, 14, 7, 32));
        QCOMPARE(r.messages.at(2).atMs, utc(2026, 4, 14, 7, 33, 0, 123));
        QCOMPARE(r.messages.at(3).atMs, utc(2026, 4, 14, 9, 14, 30, 250));

        // Not UTF-8: spreadsheet programs on Windows write Windows-1252.
        const auto dir = test::tempDir();
        const QString ansi = dir->filePath(QStringLiteral("ansi.csv"));
        QVERIFY(test::writeFile(ansi, "time,author,text\n2026-04-14 09:12,J\xfcrgen,caf\xe9 \x80 5\n"));
        const ImportResult cp = importCsv(ansi, guessCsvMapping(readCsv(ansi, &error)));
        QVERIFY2(cp.ok(), qPrintable(problems(cp)));
        QCOMPARE(cp.messages.first().author, QStringLiteral("Jürgen"));
        QCOMPARE(cp.messages.first().text, QStringLiteral("café € 5"));

        const CsvTable tabs = readCsv(data(QStringLiteral("csv/tabs.tsv")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(tabs.delimiter, QLatin1Char('\t'));
        QCOMPARE(tabs.rows.at(1).at(2), QStringLiteral("quoted\ttab"));
        const CsvMapping tm = guessCsvMapping(tabs);
        QCOMPARE(tm.timeColumn, 0);
        QCOMPARE(tm.authorColumn, 1);
        QCOMPARE(tm.textColumn, 2);
    }

    void csvEventsAcrossDaylightSavingChanges()
    {
        const QString path = data(QStringLiteral("csv/dst-berlin.csv"));
        QString error;
        CsvMapping m = guessCsvMapping(readCsv(path, &error));
        QCOMPARE(m.kindColumn, 3);
        QVERIFY(m.asEvents);
        m.timeZone = QStringLiteral("Europe/Berlin");
        const ImportResult r = importCsv(path, m);
        QVERIFY2(r.ok(), qPrintable(problems(r)));
        QVERIFY(r.messages.isEmpty());
        QList<qint64> times;
        QStringList kinds;
        for (const ImportedEvent& e : r.events) {
            times.append(e.atMs);
            kinds.append(e.kind);
            QCOMPARE(e.source, QStringLiteral("csv"));
        }
        // Spring: 01:59:30 CET is 00:59:30 UTC and 03:00 CEST, half a minute later, is 01:00 UTC.
        // Autumn: 02:30 and 02:55 are still summer time; 02:05 and 02:40 after them are the
        // repeated hour in winter time.
        QCOMPARE(times, (QList<qint64>{utc(2026, 3, 29, 0, 30), utc(2026, 3, 29, 0, 59, 30), utc(2026, 3, 29, 1, 0),
                                       utc(2026, 3, 29, 1, 5), utc(2026, 10, 24, 23, 50), utc(2026, 10, 25, 0, 30),
                                       utc(2026, 10, 25, 0, 55), utc(2026, 10, 25, 1, 5), utc(2026, 10, 25, 1, 40),
                                       utc(2026, 10, 25, 2, 10)}));
        QCOMPARE(kinds, (QStringList{QStringLiteral("observation"), QStringLiteral("observation"), QStringLiteral("action"),
                                     QStringLiteral("diagnosis"), QStringLiteral("alert"), QStringLiteral("key_moment"),
                                     QStringLiteral("key_moment"), QStringLiteral("mitigation"),
                                     QStringLiteral("resolution"), QStringLiteral("other")}));
        QCOMPARE(r.events.at(5).text, QStringLiteral("Repeated hour, first pass"));
        QCOMPARE(r.events.at(5).actor, QStringLiteral("Sam Okafor"));

        // Read as messages, the kind column is ignored.
        m.asEvents = false;
        const ImportResult asMessages = importCsv(path, m);
        QVERIFY2(asMessages.ok(), qPrintable(problems(asMessages)));
        QCOMPARE(asMessages.messages.size(), 10);
        QCOMPARE(asMessages.messages.at(0).kind, QStringLiteral("message"));
        QCOMPARE(asMessages.messages.at(0).externalId, r.events.at(0).externalId);
    }

    void timeCells()
    {
        using importsupport::parseTimeText;
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(*parseTimeText(u"2026-04-14T09:12:00Z", berlin), utc(2026, 4, 14, 9, 12));
        QCOMPARE(*parseTimeText(u"2026-04-14T09:12:00.5+05:30", berlin), utc(2026, 4, 14, 3, 42, 0, 500));
        QCOMPARE(*parseTimeText(u"2026-04-14 9:12", berlin), utc(2026, 4, 14, 7, 12));
        QCOMPARE(*parseTimeText(u"2026-01-14T09:12", berlin), utc(2026, 1, 14, 8, 12));
        QCOMPARE(*parseTimeText(u"1776151920", berlin), utc(2026, 4, 14, 7, 32));
        QCOMPARE(*parseTimeText(u"1776151920.5", berlin), utc(2026, 4, 14, 7, 32, 0, 500));
        QCOMPARE(*parseTimeText(u"1776151920500", berlin), utc(2026, 4, 14, 7, 32, 0, 500));
        // 02:30 on 29 March does not exist in Berlin; a clock that was not put forward shows it at 01:30 UTC.
        QCOMPARE(*parseTimeText(u"2026-03-29 02:30", berlin), utc(2026, 3, 29, 1, 30));
        // 02:30 on 25 October exists twice: the first unless the record comes after it.
        QCOMPARE(*parseTimeText(u"2026-10-25 02:30", berlin), utc(2026, 10, 25, 0, 30));
        QCOMPARE(*parseTimeText(u"2026-10-25 02:30", berlin, utc(2026, 10, 25, 0, 45)), utc(2026, 10, 25, 1, 30));
        for (const char* bad : {"yesterday", "2026-02-30 10:00", "2026-04-14", "20260414", "2026-04-14 25:00",
                                "2026-04-14T09:12+2", "12:30", ""})
            QVERIFY2(!parseTimeText(QString::fromLatin1(bad), berlin), bad);
        QCOMPARE(*importsupport::parseDecimalSecondsUs(u"1712999345.000200"), 1712999345000200LL);
        QCOMPARE(*importsupport::parseDecimalSecondsUs(u"1712999345.5"), 1712999345500000LL);
        QVERIFY(!importsupport::parseDecimalSecondsUs(u"1712999345.1234567"));
    }

    void csvMalformed()
    {
        const CsvMapping m{0, 1, 2, -1, -1, QStringLiteral("Europe/Berlin"), false};
        const ImportResult unterminated = importCsv(data(QStringLiteral("csv/unterminated.csv")), m);
        checkRefused(unterminated, QStringLiteral("csv/unterminated.csv"));
        QCOMPARE(unterminated.problems.first().line, 4);
        QVERIFY(unterminated.problems.first().message.contains(QStringLiteral("quote")));

        const ImportResult shortRow = importCsv(data(QStringLiteral("csv/short-row.csv")), m);
        checkRefused(shortRow, QStringLiteral("csv/short-row.csv"));
        QCOMPARE(shortRow.problems.size(), 1);
        QCOMPARE(shortRow.problems.first().line, 3);

        const ImportResult badTime = importCsv(data(QStringLiteral("csv/bad-time.csv")), m);
        checkRefused(badTime, QStringLiteral("csv/bad-time.csv"));
        QCOMPARE(badTime.problems.size(), 1);
        QCOMPARE(badTime.problems.first().line, 14);
        QCOMPARE(badTime.problems.first().message,
                 QStringLiteral("the time “yesterday” is not a date and time; expected e.g. 2026-04-14 09:12 or ISO 8601"));
        QVERIFY(badTime.problems.first().toString().endsWith(QStringLiteral("csv/bad-time.csv:14: ")
                                                             + badTime.problems.first().message));

        const ImportResult noTime = importCsv(data(QStringLiteral("csv/short-row.csv")), CsvMapping{});
        QVERIFY(!noTime.ok());
        QCOMPARE(noTime.problems.size(), 2); // neither a time nor a text column
        const ImportResult badZone = importCsv(data(QStringLiteral("csv/tabs.tsv")),
                                               CsvMapping{0, 1, 2, -1, -1, QStringLiteral("Mars/Olympus"), false});
        QVERIFY(!badZone.ok());
        QVERIFY(!importCsv(data(QStringLiteral("csv/missing.csv")), m).ok());
    }

    void csvCancel()
    {
        CsvMapping m;
        m.timeColumn = 0;
        m.textColumn = 2;
        const ImportResult r = importCsv(data(QStringLiteral("csv/dst-berlin.csv")), m, [](qint64, qint64) { return false; });
        QVERIFY(r.cancelled);
        QVERIFY(r.events.isEmpty() && r.messages.isEmpty());
    }

    void chatAcrossMidnight()
    {
        const ImportResult r = importChatFile(data(QStringLiteral("chat/incident-chat.txt")), QDate(2026, 4, 13),
                                              QStringLiteral("Europe/Berlin"));
        QVERIFY2(r.ok(), qPrintable(problems(r)));
        QCOMPARE(r.format, QStringLiteral("chat"));
        QCOMPARE(r.messages.size(), 8);
        QList<qint64> times;
        for (const ImportedMessage& m : r.messages)
            times.append(m.atMs);
        // Berlin is UTC+2 in April; 00:03 after 23:58 is the next day.
        QCOMPARE(times, (QList<qint64>{utc(2026, 4, 13, 21, 41), utc(2026, 4, 13, 21, 42), utc(2026, 4, 13, 21, 58, 30),
                                       utc(2026, 4, 13, 22, 3), utc(2026, 4, 13, 22, 7), utc(2026, 4, 13, 22, 20),
                                       utc(2026, 4, 13, 22, 25), utc(2026, 4, 13, 22, 25)}));
        QCOMPARE(r.messages.at(1).author, QStringLiteral("Marcus Chen"));
        QCOMPARE(r.messages.at(1).text, QStringLiteral("looking\n  pool is at 200/200\n\n  and the queue is growing"));
        QCOMPARE(r.messages.at(2).text, QStringLiteral("rolling back: v2.31.4"));
        QCOMPARE(r.messages.at(4).author, QStringLiteral("Sam Okafor"));
        QCOMPARE(r.messages.at(4).text, QStringLiteral("see https://grafana.example.com/d/payments"));
        // The same "+1" twice is two messages with two ids, the same ones on every import.
        QVERIFY(r.messages.at(6).externalId != r.messages.at(7).externalId);
        const ImportResult again = importChatFile(data(QStringLiteral("chat/incident-chat.txt")), QDate(2026, 4, 13),
                                                  QStringLiteral("Europe/Berlin"));
        for (qsizetype i = 0; i < r.messages.size(); ++i) {
            QCOMPARE(again.messages.at(i).externalId, r.messages.at(i).externalId);
            QVERIFY(r.messages.at(i).externalId.startsWith(QStringLiteral("chat:")));
        }
        QCOMPARE(r.people.size(), 3);
    }

    void chatLineFormsAndProblems()
    {
        const QString text = QStringLiteral("14:32 Priya Raman: one\r\n[14:32:10] Marcus: two\r\n[2026-10-25 02:50] Sam: three\r\n"
                                            "[02:10] Sam: four, in the repeated hour\r\n");
        const ImportResult r = importChatText(text, QDate(2026, 10, 24), QStringLiteral("Europe/Berlin"));
        QVERIFY2(r.ok(), qPrintable(problems(r)));
        QCOMPARE(r.messages.size(), 4);
        QCOMPARE(r.messages.at(0).atMs, utc(2026, 10, 24, 12, 32));
        QCOMPARE(r.messages.at(1).atMs, utc(2026, 10, 24, 12, 32, 10));
        QCOMPARE(r.messages.at(2).atMs, utc(2026, 10, 25, 0, 50));
        QCOMPARE(r.messages.at(3).atMs, utc(2026, 10, 25, 1, 10));
        QCOMPARE(r.messages.at(3).text, QStringLiteral("four, in the repeated hour"));

        const ImportResult bad = importChatFile(data(QStringLiteral("chat/bad-first-line.txt")), QDate(2026, 4, 13),
                                                QStringLiteral("UTC"));
        checkRefused(bad, QStringLiteral("chat/bad-first-line.txt"));
        QCOMPARE(bad.problems.first().line, 2);
        const ImportResult pasted = importChatText(QStringLiteral("hello\n[10:00] a: b"), QDate(2026, 4, 13), QString());
        QVERIFY(!pasted.ok());
        QCOMPARE(pasted.problems.first().toString().left(7), QStringLiteral("line 1:"));
        QVERIFY(!importChatText(QString(), QDate(2026, 4, 13), QString()).ok());
        QVERIFY(!importChatText(QStringLiteral("[10:00] a: b"), QDate(), QString()).ok());
    }

    void formats()
    {
        QCOMPARE(formatFromName(QStringLiteral("PagerDuty")), ImportFormat::PagerDuty);
        QCOMPARE(formatFromName(QStringLiteral("slack")), ImportFormat::Slack);
        QVERIFY(!formatFromName(QStringLiteral("teams")));
        QCOMPARE(formatName(ImportFormat::Csv), QStringLiteral("csv"));
        QCOMPARE(guessFormat(data(QStringLiteral("slack"))), ImportFormat::Slack);
        QCOMPARE(guessFormat(data(QStringLiteral("csv/tabs.tsv"))), ImportFormat::Csv);
        QCOMPARE(guessFormat(data(QStringLiteral("pagerduty/log_entries.json"))), ImportFormat::PagerDuty);
        QCOMPARE(guessFormat(data(QStringLiteral("pagerduty/missing-fields.json"))), ImportFormat::PagerDuty);
        QCOMPARE(guessFormat(data(QStringLiteral("chat/incident-chat.txt"))), ImportFormat::Chat);

        ImportProblem p;
        p.message = QStringLiteral("m");
        QCOMPARE(p.toString(), QStringLiteral("m"));
        p.file = QStringLiteral("/x/a.json");
        QCOMPARE(p.toString(), QStringLiteral("/x/a.json: m"));
        p.record = QStringLiteral("log entry 3");
        QCOMPARE(p.toString(), QStringLiteral("/x/a.json (log entry 3): m"));
        p.line = 7;
        QCOMPARE(p.toString(), QStringLiteral("/x/a.json:7: m"));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
