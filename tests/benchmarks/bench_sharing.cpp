// Sharing benchmark: what one file shared by several facilitators costs. Prints the
// edit-to-durable latency (one revision-checked field edit, BEGIN IMMEDIATE … COMMIT with
// synchronous=EXTRA and its change_log row), the cost of a ChangeWatcher poll, how long another
// process's edit takes to show up in this process's ChangeWatcher, and a 20,000-row import with
// every row logged. Never asserts timings unless --strict is given; CTest runs it with --smoke.

#include "BenchSupport.h"
#include "TestSupport.h"

#include "import/ImportTypes.h"
#include "storage/ChangeWatcher.h"
#include "storage/Library.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace hs;
using namespace hs::bench;

namespace {

qint64 wallMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}


// Another process makes `edits` edits, printing "<seq> <wall µs>" after each commit; this one
// watches with a ChangeWatcher polling every intervalMs. Returns the commit-to-signal latencies.
QList<double> visibleLatencies(Library* library, const QString& reviewId, int edits, int intervalMs)
{
    ChangeWatcher watcher(library);
    watcher.setInterval(intervalMs);
    QHash<qint64, qint64> seenAt;
    QObject::connect(&watcher, &ChangeWatcher::changesArrived, [&](const QList<LoggedChange>& changes) {
        const qint64 now = wallMicros();
        for (const LoggedChange& c : changes)
            seenAt.insert(c.seq, now);
    });
    watcher.start();
    QHash<qint64, qint64> committedAt;
    QProcess writer;
    QObject::connect(&writer, &QProcess::readyReadStandardOutput, [&] {
        while (writer.canReadLine()) {
            const QList<QByteArray> parts = writer.readLine().trimmed().split(' ');
            if (parts.size() == 2)
                committedAt.insert(parts.at(0).toLongLong(), parts.at(1).toLongLong());
        }
    });
    QEventLoop loop;
    QObject::connect(&writer, &QProcess::finished, &loop, [&] { QTimer::singleShot(2 * intervalMs + 100, &loop, &QEventLoop::quit); });
    // A pause that is not a multiple of the poll interval, so commits land all over the cycle.
    writer.start(QStringLiteral(HINDSIGHT_FAULTWRITER_PATH),
                 {QStringLiteral("edit"), library->path(), QStringLiteral("--review"), reviewId, QStringLiteral("--count"),
                  QString::number(edits), QStringLiteral("--pause-ms"), QStringLiteral("37")});
    loop.exec();
    QList<double> latencies;
    for (auto it = committedAt.cbegin(); it != committedAt.cend(); ++it) {
        if (seenAt.contains(it.key()))
            latencies.append(static_cast<double>(seenAt.value(it.key()) - it.value()) / 1000.0);
    }
    if (latencies.size() != edits)
        std::fprintf(stderr, "only %d of %d changes were seen\n", static_cast<int>(latencies.size()), edits);
    return latencies;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const BenchArgs args(app, QStringLiteral("Hindsight sharing benchmark."));
    const bool small = args.smoke();
    const int edits = small ? 50 : 500;
    const int remoteEdits = small ? 10 : 100;
    const int messages = small ? 2000 : 20000;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.hindsight"));
    OpenError error;
    std::unique_ptr<Library> library = Library::create(path, true, &error);
    if (!library) {
        std::fprintf(stderr, "create failed: %s\n", qPrintable(error.message()));
        return 2;
    }
    const QString reviewId = library->reviewSummaries().first().id;
    bool allMet = true;

    heading(QStringLiteral("Edit to durable (%1 edits, each its own transaction with its change_log row)").arg(edits));
    QList<double> samples;
    qint64 rev = *library->revisionOf(Entity::Review, reviewId);
    for (int i = 0; i < edits; ++i) {
        WriteResult r;
        samples.append(timeMs([&] {
            r = library->updateField(Entity::Review, reviewId, QStringLiteral("incident_ref"), QStringLiteral("INC-%1").arg(i), rev);
        }));
        if (!r.ok()) {
            std::fprintf(stderr, "edit failed: %s\n", qPrintable(r.message));
            return 2;
        }
        rev = r.rev;
    }
    allMet &= report(QStringLiteral("edit to durable, p50"), percentile(samples, 50), "ms", 30);
    allMet &= report(QStringLiteral("edit to durable, p99"), percentile(samples, 99), "ms", 100);

    heading(QStringLiteral("Change detection"));
    {
        ChangeWatcher watcher(library.get());
        QList<double> polls;
        for (int i = 0; i < 1000; ++i)
            polls.append(timeMs([&] { watcher.poll(); }) * 1000.0);
        report(QStringLiteral("poll with nothing new, p50"), percentile(polls, 50), "us");
        report(QStringLiteral("poll with nothing new, p99"), percentile(polls, 99), "us");
    }
    for (int interval : {ChangeWatcher::defaultIntervalMs, 100}) {
        const QList<double> latencies = visibleLatencies(library.get(), reviewId, remoteEdits, interval);
        if (latencies.isEmpty())
            return 2;
        const double target = interval == ChangeWatcher::defaultIntervalMs ? 1000 : 0;
        report(QStringLiteral("other process's edit visible, p50 (%1 edits, poll %2 ms)").arg(remoteEdits).arg(interval),
               percentile(latencies, 50), "ms");
        allMet &= report(QStringLiteral("other process's edit visible, p99 (poll %1 ms)").arg(interval),
                         percentile(latencies, 99), "ms", target);
    }

    heading(QStringLiteral("Import of %1 messages, every row logged").arg(messages));
    const ImportResult parsed = test::generatedChat(messages);
    const qint64 before = library->lastChangeSeq();
    WriteResult imported;
    const double importMs = timeMs([&] { imported = library->applyImport(reviewId, parsed); });
    if (!imported.ok()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.message));
        return 2;
    }
    report(QStringLiteral("write it (one transaction)"), importMs, "ms");
    report(QStringLiteral("change_log rows written"), static_cast<double>(library->lastChangeSeq() - before), "rows");
    {
        std::unique_ptr<Library> other = Library::open(path, nullptr);
        ChangeWatcher watcher(other.get());
        watcher.poll();
        const qint64 from = library->lastChangeSeq();
        library->setImportRemoved(imported.id, true);
        int seen = 0;
        const double readMs = timeMs([&] { seen = watcher.poll(); });
        report(QStringLiteral("another connection reads the %1 changes of an undo").arg(seen), readMs, "ms");
        if (seen != library->lastChangeSeq() - from)
            std::fprintf(stderr, "watcher saw %d changes\n", seen);
    }

    if (!allMet)
        std::printf("\nSome figures missed their targets.\n");
    return args.exitCode(allMet);
}
