// hindsight-faultwriter: a second (third, …) process on one library for the fault tests and
// bench_sharing. Every edit goes through core (Library, writeWithRetry) exactly as the app's
// do; each line is written and flushed only after its COMMIT returned, so a test that kills
// this process knows which edits must be in the file.
//
//   append  LIB --review ID --start N --count C   insert notes "fault-edit-N"…, print N after each commit
//   bump    LIB --rows ID,ID,… --count C          revision-checked title edits on overlapping actions;
//                                                 prints "applied=… conflict=… busy=… other=…"
//   edit    LIB --review ID [--count C --pause-ms P]  C title edits, each printing "<seq> <wall µs>"
//   fill    LIB --review ID --limit BYTES         under RLIMIT_FSIZE (SIGXFSZ ignored), add a 200 kB
//                                                 lesson; prints "status=… code=… attempts=…"
//   read    LIB --idle-ms MS                      every read API once, then idle with the file open
//   hold    LIB --idle-ms MS                      raw sqlite3: step a SELECT once and hold it (the
//                                                 pattern the read rule forbids), printing "holding"

#include "storage/Library.h"
#include "storage/Query.h"
#include "storage/WriteRetry.h"
#include "actions/ActionQuery.h"
#include "util/Uuid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace hs;

namespace {

void say(const QByteArray& line)
{
    const QByteArray out = line + '\n';
    // write(2), not stdio: nothing sits in a buffer when the process is killed.
    qsizetype done = 0;
    while (done < out.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, out.constData() + done, static_cast<size_t>(out.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

qint64 wallMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::unique_ptr<Library> openLibrary(const QString& path, int busyTimeoutMs = 5000)
{
    Database::Options options;
    options.busyTimeoutMs = busyTimeoutMs;
    options.quickCheck = false;
    OpenError error;
    auto lib = Library::open(path, options, &error);
    if (!lib)
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error.message()));
    else
        lib->setActor(QStringLiteral("faultwriter-%1").arg(QCoreApplication::applicationPid()));
    return lib;
}

int append(Library& lib, const QString& review, int start, int count)
{
    for (int i = start; i < start + count; ++i) {
        const QString id = newId();
        const WriteResult r = writeWithRetry([&] {
            return lib.insertRow(Entity::Note, {{QStringLiteral("id"), id},
                                                {QStringLiteral("review_id"), review},
                                                {QStringLiteral("text"), QStringLiteral("fault-edit-%1").arg(i)}});
        });
        if (!r.ok()) {
            std::fprintf(stderr, "edit %d: %s\n", i, qPrintable(r.message));
            return 1;
        }
        say(QByteArray::number(i));
    }
    return 0;
}

int bump(Library& lib, const QStringList& rows, int count)
{
    int applied = 0, conflict = 0, busy = 0, other = 0;
    QRandomGenerator rng(static_cast<quint32>(QCoreApplication::applicationPid()));
    for (int i = 0; i < count; ++i) {
        const QString row = rows.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(rows.size()))));
        const qint64 rev = lib.revisionOf(Entity::Action, row).value_or(0);
        // A moment between reading the revision and writing, as a person editing has, so the
        // other writer gets in between now and then.
        QThread::usleep(rng.bounded(400u));
        const WriteResult r = writeWithRetry([&] {
            return lib.updateField(Entity::Action, row, QStringLiteral("title"),
                                   QStringLiteral("p%1-%2").arg(QCoreApplication::applicationPid()).arg(i), rev);
        });
        switch (r.status) {
        case WriteResult::Ok: ++applied; break;
        case WriteResult::Conflict: ++conflict; break;
        case WriteResult::Busy: ++busy; break;
        default:
            ++other;
            std::fprintf(stderr, "edit %d: %s\n", i, qPrintable(r.message));
        }
    }
    say(QStringLiteral("applied=%1 conflict=%2 busy=%3 other=%4").arg(applied).arg(conflict).arg(busy).arg(other).toUtf8());
    return 0;
}

int edit(Library& lib, const QString& review, int count, int pauseMs)
{
    for (int i = 0; i < count; ++i) {
        if (i > 0 && pauseMs > 0)
            QThread::msleep(static_cast<unsigned long>(pauseMs));
        const qint64 rev = lib.revisionOf(Entity::Review, review).value_or(0);
        const WriteResult r = writeWithRetry([&] {
            return lib.updateField(Entity::Review, review, QStringLiteral("incident_ref"),
                                   QStringLiteral("INC-%1-%2").arg(QCoreApplication::applicationPid()).arg(i), rev);
        });
        if (!r.ok()) {
            std::fprintf(stderr, "edit %d: %s\n", i, qPrintable(r.message));
            return 1;
        }
        say(QByteArray::number(lib.lastChangeSeq()) + ' ' + QByteArray::number(wallMicros()));
    }
    return 0;
}

int fill(Library& lib, const QString& review, qint64 limit)
{
    std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit rl;
    rl.rlim_cur = static_cast<rlim_t>(limit);
    rl.rlim_max = static_cast<rlim_t>(limit);
    if (::setrlimit(RLIMIT_FSIZE, &rl) != 0) {
        std::perror("setrlimit");
        return 2;
    }
    RetryPolicy policy;
    policy.giveUpAfterMs = 300;
    int attempts = 0;
    const QString id = newId();
    const WriteResult r = writeWithRetry(
        [&] {
            return lib.insertRow(Entity::Lesson, {{QStringLiteral("id"), id},
                                                  {QStringLiteral("review_id"), review},
                                                  {QStringLiteral("kind"), QStringLiteral("went_wrong")},
                                                  {QStringLiteral("text"), QString(200000, QLatin1Char('y'))}});
        },
        policy, &attempts);
    say(QStringLiteral("status=%1 code=%2 attempts=%3").arg(r.status).arg(r.sqliteCode).arg(attempts).toUtf8());
    say(r.message.toUtf8());
    return 0;
}

void idle(int ms)
{
    QTimer::singleShot(ms, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
}

int read(Library& lib, int idleMs)
{
    int rows = 0;
    for (const ReviewSummary& s : lib.reviewSummaries()) {
        if (auto doc = lib.document(s.id))
            rows += static_cast<int>(doc->events.size());
        rows += static_cast<int>(lib.transcript(s.id).size());
    }
    rows += static_cast<int>(lib.actions(ActionFilter()).size());
    {
        // A query read only to its first row, then dropped: the wrapper must let go of it.
        Query q(lib.database().connection(), "SELECT id FROM events");
        if (q.exec() && q.next())
            ++rows;
    }
    say("read " + QByteArray::number(rows));
    idle(idleMs);
    return 0;
}

int hold(const QString& path, int idleMs)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return 2;
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT id FROM events", -1, &stmt, nullptr);
    if (sqlite3_step(stmt) != SQLITE_ROW)
        return 2;
    say("holding");
    QThread::msleep(static_cast<unsigned long>(idleMs));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    say("released");
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Edits a Hindsight library from another process, for fault tests."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("append, bump, edit, fill, read or hold"));
    parser.addPositionalArgument(QStringLiteral("library"), QStringLiteral("The library file."));
    const QCommandLineOption review(QStringLiteral("review"), QStringLiteral("Review id."), QStringLiteral("id"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Action ids, comma-separated."), QStringLiteral("ids"));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("First edit number."), QStringLiteral("n"),
                                   QStringLiteral("0"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Number of edits."), QStringLiteral("n"),
                                   QStringLiteral("1"));
    const QCommandLineOption pause(QStringLiteral("pause-ms"), QStringLiteral("Pause between edits."), QStringLiteral("ms"),
                                   QStringLiteral("0"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("File size limit."), QStringLiteral("bytes"));
    const QCommandLineOption idleMs(QStringLiteral("idle-ms"), QStringLiteral("How long to stay."), QStringLiteral("ms"),
                                    QStringLiteral("1000"));
    const QCommandLineOption busy(QStringLiteral("busy-timeout"), QStringLiteral("SQLite busy timeout."),
                                  QStringLiteral("ms"), QStringLiteral("5000"));
    parser.addOptions({review, rows, start, count, pause, limit, idleMs, busy});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        parser.showHelp(2);
    const QString mode = args.at(0);
    const QString path = args.at(1);
    if (mode == QLatin1String("hold"))
        return hold(path, parser.value(idleMs).toInt());

    auto lib = openLibrary(path, parser.value(busy).toInt());
    if (!lib)
        return 3;
    if (mode == QLatin1String("append"))
        return append(*lib, parser.value(review), parser.value(start).toInt(), parser.value(count).toInt());
    if (mode == QLatin1String("bump"))
        return bump(*lib, parser.value(rows).split(QLatin1Char(',')), parser.value(count).toInt());
    if (mode == QLatin1String("edit"))
        return edit(*lib, parser.value(review), parser.value(count).toInt(), parser.value(pause).toInt());
    if (mode == QLatin1String("fill"))
        return fill(*lib, parser.value(review), parser.value(limit).toLongLong());
    if (mode == QLatin1String("read"))
        return read(*lib, parser.value(idleMs).toInt());
    parser.showHelp(2);
}
