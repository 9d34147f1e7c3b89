// The headless command line, run as a real process without a display: `hindsight info` on
// good and bad files, help, version and usage errors, each with its exit status.

#include "TestSupport.h"
#include "storage/Schema.h"

#include "storage/Library.h"

#include <QFile>
#include <QDateTime>
#include <QTimeZone>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace hs;

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList& args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No display at all: the headless commands must not need one.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("HINDSIGHT_BIN"), args);
        if (!p.waitForFinished(30000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString library(const QString& name)
    {
        const QString path = m_dir->filePath(name);
        OpenError error;
        if (!Library::create(path, true, &error))
            qWarning("%s", qPrintable(error.message()));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariable("HINDSIGHT_BIN").isEmpty(), "HINDSIGHT_BIN not set"); }
    void init() { m_dir = test::tempDir(); }

    void infoOnAGoodLibrary()
    {
        const QString path = library(QStringLiteral("team.hindsight"));
        const QByteArray before = test::readFile(path);
        const Run r = run({QStringLiteral("info"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Reviews:      1")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("file format %1").arg(Schema::currentVersion)));
        QVERIFY(r.out.contains(QStringLiteral("read and write")));
        QVERIFY(r.err.isEmpty());
        QCOMPARE(test::readFile(path), before); // info changes nothing
    }

    void infoOnBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("meeting notes\n") << QStringLiteral("not an SQLite database");
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n1 0 obj << >> endobj\n").repeated(10)
                             << QStringLiteral("not an SQLite database");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
    }

    void infoOnBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = m_dir->filePath(QStringLiteral("bad.hindsight"));
        test::writeFile(path, bytes);
        const Run r = run({QStringLiteral("info"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.err.startsWith(QStringLiteral("hindsight info: ")));
        QVERIFY(r.out.isEmpty());
    }

    void infoOnOtherFiles()
    {
        Run r = run({QStringLiteral("info"), m_dir->filePath(QStringLiteral("missing.hindsight"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("does not exist")));

        const QString other = m_dir->filePath(QStringLiteral("other.db"));
        QVERIFY(test::rawExec(other, QStringLiteral("CREATE TABLE t(a);")));
        r = run({QStringLiteral("info"), other});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("another application")));

        const QString tooNew = library(QStringLiteral("toonew.hindsight"));
        QVERIFY(test::rawExec(tooNew, QStringLiteral("PRAGMA user_version=%1; UPDATE meta SET value='%1' WHERE key='read_compat';")
                                                      .arg(Schema::currentVersion + 1)));
        r = run({QStringLiteral("info"), tooNew});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("newer Hindsight")));

        const QString corrupt = library(QStringLiteral("corrupt.hindsight"));
        QByteArray bytes = test::readFile(corrupt);
        bytes.truncate(bytes.size() / 2);
        test::writeFile(corrupt, bytes);
        r = run({QStringLiteral("info"), corrupt});
        QVERIFY2(r.exitCode == 1 || r.exitCode == 3, qPrintable(QString::number(r.exitCode)));
        QVERIFY2(r.err.contains(QStringLiteral("damaged")) || r.err.contains(QStringLiteral("integrity")), qPrintable(r.err));
    }

    void infoOnAFileOnlyReadable()
    {
        const QString newer = library(QStringLiteral("newer.hindsight"));
        QVERIFY(test::rawExec(newer, QStringLiteral("PRAGMA user_version=%1; UPDATE meta SET value='%1' WHERE key='write_compat';")
                                              .arg(Schema::currentVersion + 1)));
        const Run r = run({QStringLiteral("info"), newer});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.contains(QStringLiteral("Reviews:      1")));
        QVERIFY(r.out.contains(QStringLiteral("read-only")));
        QVERIFY(r.err.contains(QStringLiteral("newer Hindsight")));

        test::TmpfsMount mount(QStringLiteral("2m"));
        if (!mount.isMounted())
            QSKIP("cannot mount a tmpfs here (needs root)");
        const QString path = mount.path() + QStringLiteral("/ro.hindsight");
        { OpenError e; QVERIFY(Library::create(path, true, &e)); }
        QVERIFY(mount.remountReadOnly());
        const Run ro = run({QStringLiteral("info"), path});
        QCOMPARE(ro.exitCode, 3);
        QVERIFY(ro.err.contains(QStringLiteral("permission")));
    }

    void infoOnALockedFile()
    {
        const QString path = library(QStringLiteral("locked.hindsight"));
        QProcess holder;
        holder.start(QStringLiteral("sqlite3"), {path});
        QVERIFY(holder.waitForStarted());
        holder.write("BEGIN EXCLUSIVE; SELECT 'held';\n");
        QVERIFY(holder.waitForReadyRead(5000));
        const Run r = run({QStringLiteral("info"), path});
        holder.write("ROLLBACK;\n.quit\n");
        holder.waitForFinished(5000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("locked")), qPrintable(r.err));
    }

    void usageHelpAndVersion()
    {
        Run r = run({QStringLiteral("info")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("exactly one")));
        r = run({QStringLiteral("info"), QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("info"), QStringLiteral("--bogus"), QStringLiteral("a")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("info FILE")));
        r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral(HINDSIGHT_VERSION)));
        r = run({QStringLiteral("info"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("without opening a window")));
    }

    void importIntoANewReviewThenAgain()
    {
        const QString path = library(QStringLiteral("import.hindsight"));
        const QString data = qEnvironmentVariable("HINDSIGHT_TEST_DATA") + QStringLiteral("/import/");
        Run r = run({QStringLiteral("import"), path, QStringLiteral("--review"), QStringLiteral("Payments chat"),
                     QStringLiteral("--format"), QStringLiteral("slack"), QStringLiteral("--channel"),
                     QStringLiteral("inc-2041-payments"), data + QStringLiteral("slack")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Created the review “Payments chat”")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("16 messages")), qPrintable(r.out));
        {
            OpenError error;
            auto lib = Library::open(path, &error);
            QVERIFY(lib);
            const QString id = lib->resolveReview(QStringLiteral("Payments chat"), nullptr);
            QVERIFY(!id.isEmpty());
            QCOMPARE(lib->transcriptCount(id), 16);
        }
        // Again: nothing new, said so, still success.
        r = run({QStringLiteral("import"), path, QStringLiteral("--review"), QStringLiteral("Payments chat"),
                 QStringLiteral("--format"), QStringLiteral("slack"), data + QStringLiteral("slack/inc-2041-payments")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("0 messages")) && r.out.contains(QStringLiteral("already there")),
                 qPrintable(r.out));
        r = run({QStringLiteral("import"), path, QStringLiteral("--review"), QStringLiteral("Payments chat"),
                 QStringLiteral("--format"), QStringLiteral("pagerduty"), data + QStringLiteral("pagerduty/log_entries.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("events")), qPrintable(r.out));
    }

    void importRefusesBadInput()
    {
        const QString path = library(QStringLiteral("bad-import.hindsight"));
        const QString data = qEnvironmentVariable("HINDSIGHT_TEST_DATA") + QStringLiteral("/import/");
        const QByteArray before = test::readFile(path);
        // Malformed JSON: the file and line are named, nothing is written, no review is made.
        Run r = run({QStringLiteral("import"), path, QStringLiteral("--review"), QStringLiteral("New one"),
                     QStringLiteral("--format"), QStringLiteral("pagerduty"), data + QStringLiteral("pagerduty/bad-json.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bad-json.json:")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(test::readFile(path), before);
        // A Slack export with several channels needs --channel.
        r = run({QStringLiteral("import"), path, QStringLiteral("--review"), QStringLiteral("New one"),
                 QStringLiteral("--format"), QStringLiteral("slack"), data + QStringLiteral("slack")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("inc-2041-payments")));
        // Usage errors.
        r = run({QStringLiteral("import"), path, QStringLiteral("--review"), QStringLiteral("x"), QStringLiteral("--format"),
                 QStringLiteral("fax"), data + QStringLiteral("chat/incident-chat.txt")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("fax")));
        r = run({QStringLiteral("import"), path, data + QStringLiteral("chat/incident-chat.txt")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("import"), path, QStringLiteral("--review"), QStringLiteral("x"), QStringLiteral("--format"),
                 QStringLiteral("chat"), QStringLiteral("--date"), QStringLiteral("14/04/2026"),
                 data + QStringLiteral("chat/incident-chat.txt")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("YYYY-MM-DD")));
        r = run({QStringLiteral("import"), path, QStringLiteral("--review"), QStringLiteral("x"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--csv-time"), QStringLiteral("nope"),
                 data + QStringLiteral("csv/quoted-crlf.csv")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no column “nope”")));
        r = run({QStringLiteral("import"), path, QStringLiteral("--review"), QStringLiteral("x"), QStringLiteral("--format"),
                 QStringLiteral("chat"), m_dir->filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(test::readFile(path), before);
    }

    void insightsForAQuarter()
    {
        const QString path = library(QStringLiteral("insights.hindsight"));
        {
            OpenError error;
            auto lib = Library::open(path, &error);
            QVERIFY(lib);
            const WriteResult w = lib->createReview(QStringLiteral("incident"), QStringLiteral("Checkout down"));
            QVERIFY(w.ok());
            const qint64 start = QDateTime(QDate(2026, 8, 10), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
            QVERIFY(lib->updateField(Entity::Review, w.id, QStringLiteral("started_ms"), start, 1).ok());
            QVERIFY(lib->updateField(Entity::Review, w.id, QStringLiteral("detected_ms"), start + 30 * 60000, 2).ok());
            QVERIFY(lib->setLabels(w.id, QStringLiteral("service"), {QStringLiteral("checkout")}).ok());
        }
        Run r = run({QStringLiteral("insights"), path, QStringLiteral("--quarter"), QStringLiteral("2026q3"),
                     QStringLiteral("--service"), QStringLiteral("checkout")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2026 Q3 (2026-07-01 to 2026-09-30)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Reviews: 1 ")));
        QVERIFY(r.out.contains(QStringLiteral("Median time to detect: 30 min")));
        QVERIFY(r.out.contains(QStringLiteral("2026-08\t1\t30 min")));

        const QString pdf = m_dir->filePath(QStringLiteral("q3.pdf"));
        r = run({QStringLiteral("insights"), path, QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(test::readFile(pdf).startsWith("%PDF-"));

        r = run({QStringLiteral("insights"), path, QStringLiteral("--quarter"), QStringLiteral("2026Q5")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("2026Q5")), qPrintable(r.err));
        r = run({QStringLiteral("insights"), path, QStringLiteral("--from"), QStringLiteral("2026-09-01"), QStringLiteral("--to"),
                 QStringLiteral("2026-08-01")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("before it starts")), qPrintable(r.err));
        r = run({QStringLiteral("insights"), path, QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--months"),
                 QStringLiteral("3")});
        QCOMPARE(r.exitCode, 2);
        const QString nowhere = m_dir->filePath(QStringLiteral("missing/q3.pdf"));
        r = run({QStringLiteral("insights"), path, QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("-o"), nowhere});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("missing")));
        QVERIFY(!QFile::exists(nowhere));
        r = run({QStringLiteral("insights"), m_dir->filePath(QStringLiteral("none.hindsight"))});
        QCOMPARE(r.exitCode, 1);
    }

    void actionsForAWeeklyReport()
    {
        const QString path = library(QStringLiteral("actions.hindsight"));
        Run r = run({QStringLiteral("actions"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("- [")), qPrintable(r.out));
        const int all = static_cast<int>(r.out.count(QLatin1Char('\n')));
        QVERIFY(all >= 5);
        r = run({QStringLiteral("actions"), path, QStringLiteral("--open"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Summary,Description,Issue Type")));
        QVERIFY(!r.out.contains(QStringLiteral(",Done,")));
        r = run({QStringLiteral("actions"), path, QStringLiteral("--owner"), QStringLiteral("nobody-by-this-name")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        r = run({QStringLiteral("actions"), path, QStringLiteral("--format"), QStringLiteral("xlsx")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("actions"), path, QStringLiteral("--status"), QStringLiteral("finished")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("finished")));
        r = run({QStringLiteral("actions"), m_dir->filePath(QStringLiteral("missing.hindsight"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
    }

    void listAndExportWithoutADisplay()
    {
        const QString path = library(QStringLiteral("reports.hindsight"));
        Run r = run({QStringLiteral("list"), path});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith(QStringLiteral("id\tseverity")));
        const QStringList fields = lines.at(1).split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 6);
        const QString id = fields.first();
        const QString title = fields.last();
        QVERIFY(r.err.contains(QStringLiteral("1 review")));

        // By id prefix, by title; the format from the option or the file name.
        const QString pdf = m_dir->filePath(QStringLiteral("review.pdf"));
        r = run({QStringLiteral("export"), path, QStringLiteral("--review"), id.left(8), QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(test::readFile(pdf).startsWith("%PDF-"));
        QVERIFY(r.out.contains(QStringLiteral("page")));
        const QString md = m_dir->filePath(QStringLiteral("review.md"));
        r = run({QStringLiteral("export"), path, QStringLiteral("--review"), title, QStringLiteral("--public"),
                 QStringLiteral("--roles"), QStringLiteral("-o"), md});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString markdown = QString::fromUtf8(test::readFile(md));
        QVERIFY(markdown.startsWith(QStringLiteral("# ")));
        QVERIFY(markdown.contains(QStringLiteral("**Public version**")));
        const QString html = m_dir->filePath(QStringLiteral("review.html"));
        r = run({QStringLiteral("export"), path, QStringLiteral("--review"), id, QStringLiteral("--format"), QStringLiteral("HTML"),
                 QStringLiteral("--transcript"), QStringLiteral("-o"), html});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(test::readFile(html).startsWith("<!DOCTYPE html>"));
    }

    void exportRefusesWithAReason_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing review") << QStringList{QStringLiteral("--review"), QStringLiteral("No such review"),
                                                       QStringLiteral("-o"), QStringLiteral("@/out.pdf")}
                                        << 1 << QStringLiteral("No review matches");
        QTest::newRow("folder missing") << QStringList{QStringLiteral("--review"), QStringLiteral("@id"), QStringLiteral("-o"),
                                                       QStringLiteral("@/nowhere/out.pdf")}
                                        << 1 << QStringLiteral("the folder does not exist");
        QTest::newRow("output is a folder") << QStringList{QStringLiteral("--review"), QStringLiteral("@id"),
                                                           QStringLiteral("--format"), QStringLiteral("md"),
                                                           QStringLiteral("-o"), QStringLiteral("@")}
                                            << 1 << QStringLiteral("it is a folder");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--review"), QStringLiteral("@id"), QStringLiteral("--format"),
                                                   QStringLiteral("docx"), QStringLiteral("-o"), QStringLiteral("@/out.docx")}
                                    << 2 << QStringLiteral("not a format");
        QTest::newRow("format unknown") << QStringList{QStringLiteral("--review"), QStringLiteral("@id"), QStringLiteral("-o"),
                                                       QStringLiteral("@/out")}
                                        << 2 << QStringLiteral("--format");
        QTest::newRow("no output") << QStringList{QStringLiteral("--review"), QStringLiteral("@id")} << 2
                                   << QStringLiteral("usage");
        QTest::newRow("bad page size") << QStringList{QStringLiteral("--review"), QStringLiteral("@id"), QStringLiteral("--page-size"),
                                                      QStringLiteral("a3"), QStringLiteral("-o"), QStringLiteral("@/x.pdf")}
                                       << 2 << QStringLiteral("a3");
    }

    void exportRefusesWithAReason()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString path = library(QStringLiteral("refuse.hindsight"));
        const QString id = run({QStringLiteral("list"), path}).out.split(QLatin1Char('\n')).value(1).section(QLatin1Char('\t'), 0, 0);
        QVERIFY(!id.isEmpty());
        for (QString& a : args) {
            if (a == QLatin1String("@id"))
                a = id;
            else if (a.startsWith(QLatin1Char('@')))
                a = m_dir->path() + a.mid(1);
        }
        const Run r = run(QStringList{QStringLiteral("export"), path} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out.pdf"))));
    }

    void exportAndListOnBadFiles()
    {
        const QString garbage = m_dir->filePath(QStringLiteral("garbage.hindsight"));
        QVERIFY(test::writeFile(garbage, QByteArray(4096, 'x')));
        Run r = run({QStringLiteral("list"), garbage});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(QStringLiteral("hindsight list: ")));
        r = run({QStringLiteral("export"), garbage, QStringLiteral("--review"), QStringLiteral("x"), QStringLiteral("-o"),
                 m_dir->filePath(QStringLiteral("x.md"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(QStringLiteral("hindsight export: ")));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.md"))));
        r = run({QStringLiteral("list"), m_dir->filePath(QStringLiteral("missing.hindsight"))});
        QCOMPARE(r.exitCode, 1);
    }

    // `hindsight merge`: plan, conflicts (exit 4, nothing written), --take, --dry-run, refusals.
    void mergeADraft()
    {
        const QString team = library(QStringLiteral("team.hindsight"));
        const QString draft = m_dir->filePath(QStringLiteral("draft.hindsight"));
        QString review;
        QString event;
        {
            auto lib = Library::open(team, nullptr);
            QVERIFY(lib->saveCopyAs(draft).ok());
            review = lib->reviewSummaries().first().id;
            event = test::rawScalar(team, QStringLiteral("SELECT id FROM events ORDER BY id LIMIT 1"));
            QVERIFY(lib->updateField(Entity::Event, event, QStringLiteral("text"), QStringLiteral("team says"),
                                     *lib->revisionOf(Entity::Event, event)).ok());
        }
        {
            auto lib = Library::open(draft, nullptr);
            QVERIFY(lib->updateField(Entity::Event, event, QStringLiteral("text"), QStringLiteral("draft says"),
                                     *lib->revisionOf(Entity::Event, event)).ok());
            QVERIFY(lib->createReview(QStringLiteral("incident"), QStringLiteral("Drafted offline")).ok());
        }
        const QByteArray before = test::readFile(team);

        Run r = run({QStringLiteral("merge"), team, draft});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains(QStringLiteral("New review")) && r.out.contains(QStringLiteral("Drafted offline")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("events %1 text").arg(event)));
        QVERIFY(r.out.contains(QStringLiteral("here:  \"team says\"")));
        QVERIFY(r.out.contains(QStringLiteral("draft: \"draft says\"")));
        QVERIFY(r.err.contains(QStringLiteral("nothing was written")));
        QCOMPARE(test::readFile(team), before);

        r = run({QStringLiteral("merge"), team, draft, QStringLiteral("--dry-run"), QStringLiteral("--take"), QStringLiteral("theirs")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Dry run")));
        QCOMPARE(test::readFile(team), before);

        r = run({QStringLiteral("merge"), team, draft, QStringLiteral("--take"), QStringLiteral("theirs")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Merged")), qPrintable(r.out));
        QCOMPARE(test::rawScalar(team, QStringLiteral("SELECT text FROM events WHERE id = '%1'").arg(event)), QStringLiteral("draft says"));
        QCOMPARE(test::rawScalar(team, QStringLiteral("SELECT count(*) FROM reviews WHERE title = 'Drafted offline'")), QStringLiteral("1"));

        r = run({QStringLiteral("merge"), team, draft});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Nothing to merge")), qPrintable(r.out));

        // Only one review, by id.
        r = run({QStringLiteral("merge"), team, draft, QStringLiteral("--review"), review, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QStringLiteral("Drafted offline")));
    }

    void mergeRefusals()
    {
        const QString team = library(QStringLiteral("team.hindsight"));
        const QString text = m_dir->filePath(QStringLiteral("notes.hindsight"));
        test::writeFile(text, "meeting notes\n");
        Run r = run({QStringLiteral("merge"), team, text});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not an SQLite database")), qPrintable(r.err));
        r = run({QStringLiteral("merge"), team, team});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("this library itself")));
        const QString copy = m_dir->filePath(QStringLiteral("copy.hindsight"));
        QVERIFY(QFile::copy(team, copy));
        r = run({QStringLiteral("merge"), team, copy});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("merge"), team, m_dir->filePath(QStringLiteral("missing.hindsight"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("does not exist")));
        r = run({QStringLiteral("merge"), team});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("merge"), team, copy, QStringLiteral("--take"), QStringLiteral("both")});
        QCOMPARE(r.exitCode, 2);
        const QString draft = library(QStringLiteral("draft.hindsight"));
        r = run({QStringLiteral("merge"), team, draft, QStringLiteral("--review"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("nope")));
    }

    void searchPrintsMatchesForScripts()
    {
        const QString path = library(QStringLiteral("team.hindsight"));
        {
            OpenError error;
            auto lib = Library::open(path, &error);
            QVERIFY(lib);
            const QString review = lib->reviewSummaries().first().id;
            // Text with a terminal escape sequence and a tab must not reach the terminal as such.
            QVERIFY(lib->insertRow(Entity::Note, {{QStringLiteral("review_id"), review},
                                                  {QStringLiteral("text"), QStringLiteral("Wombat \x1b[31mred\ttab")}}).ok());
        }
        const QByteArray before = test::readFile(path);
        Run r = run({QStringLiteral("search"), path, QStringLiteral("certificate"), QStringLiteral("rotation")});
        QCOMPARE(r.exitCode, 0);
        QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("review_id\treview\tkind\titem_id\tmatch"));
        QVERIFY(lines.size() > 1);
        // The review's own title matches best.
        const QStringList best = lines.at(1).split(QLatin1Char('\t'));
        QCOMPARE(best.size(), 5);
        QCOMPARE(best.at(1), QStringLiteral("Card payments failed after mesh certificate rotation"));
        QCOMPARE(best.at(2), QStringLiteral("Review"));
        QVERIFY2(best.at(4).contains(QStringLiteral("**certificate** **rotation**")), qPrintable(best.at(4)));
        QVERIFY2(r.err.contains(QStringLiteral("match")), qPrintable(r.err));
        // --limit, and words that are FTS syntax are plain words.
        r = run({QStringLiteral("search"), path, QStringLiteral("certificate"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
        r = run({QStringLiteral("search"), path, QStringLiteral("NEAR(certificate AND \"rotation")});
        QCOMPARE(r.exitCode, 5); // "near" and "and" are words that are not there
        r = run({QStringLiteral("search"), path, QStringLiteral("wombat")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QChar(0x1b)));
        QVERIFY2(r.out.contains(QStringLiteral("**Wombat**  [31mred tab")), qPrintable(r.out));
        QCOMPARE(r.out.split(QLatin1Char('\n')).value(1).count(QLatin1Char('\t')), 4);
        // Nothing found: exit 5, the header only.
        r = run({QStringLiteral("search"), path, QStringLiteral("xylophone")});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        QCOMPARE(test::readFile(path), before); // searching changes nothing
    }

    void searchRefusals()
    {
        const QString path = library(QStringLiteral("team.hindsight"));
        Run r = run({QStringLiteral("search"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("usage: hindsight search LIBRARY QUERY")), qPrintable(r.err));
        r = run({QStringLiteral("search"), path, QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("many")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("“many” is not a number")), qPrintable(r.err));
        r = run({QStringLiteral("search"), path, QStringLiteral("* :")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no words to search for")), qPrintable(r.err));
        const QString garbage = m_dir->filePath(QStringLiteral("garbage.hindsight"));
        QVERIFY(test::writeFile(garbage, QByteArray("not a database at all").repeated(100)));
        r = run({QStringLiteral("search"), garbage, QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not an SQLite database")), qPrintable(r.err));
        r = run({QStringLiteral("search"), m_dir->filePath(QStringLiteral("missing.hindsight")), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        // A file from before the index: searching never migrates it, and says what to do.
        const QString old = m_dir->filePath(QStringLiteral("v4.hindsight"));
        QVERIFY(QFile::copy(qEnvironmentVariable("HINDSIGHT_TEST_DATA") + QStringLiteral("/library-v4.hindsight"), old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = test::readFile(old);
        r = run({QStringLiteral("search"), old, QStringLiteral("certificate")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no search index yet")), qPrintable(r.err));
        QCOMPARE(test::readFile(old), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
