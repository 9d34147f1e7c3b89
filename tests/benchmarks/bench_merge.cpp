// Figures for drafts and backups: opening a large library with and without the daily backup,
// the backup alone, and merging a review of 500 events (new; again; with edits on both sides).
// --smoke uses small sizes so CTest keeps it running.

#include "BenchSupport.h"
#include "DataGen.h"
#include "TestSupport.h"

#include "storage/Library.h"
#include "storage/Merge.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace hs;
using namespace hs::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const BenchArgs args(app, QStringLiteral("Hindsight draft merge benchmark."));
    const bool smoke = args.smoke();
    const auto dir = test::tempDir();
    const QString team = dir->filePath(QStringLiteral("team.hindsight"));
    DataGenOptions options;
    options.reviews = smoke ? 50 : 2000;
    QString error;
    if (!generateLibrary(team, options, &error))
        return 2;
    report(QStringLiteral("library size (%1 reviews)").arg(options.reviews),
           static_cast<double>(QFileInfo(team).size()) / (1024.0 * 1024.0), "MiB");

    heading(QStringLiteral("Open and the daily backup"));
    Database::Options noBackup;
    noBackup.dailyBackup = false;
    for (int i = 0; i < 3; ++i)
        report(QStringLiteral("open, no daily backup"), timeMs([&] { Library::open(team, noBackup, nullptr); }), "ms");
    report(QStringLiteral("open, daily backup due (made)"), timeMs([&] { Library::open(team, nullptr); }), "ms");
    report(QStringLiteral("open, daily backup already made"), timeMs([&] { Library::open(team, nullptr); }), "ms");
    QDir(backupFolderFor(team)).removeRecursively();
    report(QStringLiteral("Library::backupDaily alone (worker thread)"), timeMs([&] { Library::backupDaily(team); }), "ms");

    {
        auto source = Library::open(team, noBackup, nullptr);
        const QString copy = dir->filePath(QStringLiteral("copy.hindsight"));
        report(QStringLiteral("saveCopyAs with its merge base snapshot"), timeMs([&] { source->saveCopyAs(copy); }), "ms");
        const QString plain = dir->filePath(QStringLiteral("plain.hindsight"));
        QString why;
        report(QStringLiteral("backupDatabase alone (same file)"),
               timeMs([&] { backupDatabase(source->database().handle(), plain, &why); }), "ms");
    }

    heading(QStringLiteral("Merge a review of 500 events"));
    const QString draft = dir->filePath(QStringLiteral("draft.hindsight"));
    DataGenOptions d;
    d.reviews = 1;
    d.largeReviews = 1;
    d.largeEvents = 500;
    d.seed = 9;
    if (!generateLibrary(draft, d, &error))
        return 2;
    auto lib = Library::open(team, noBackup, nullptr);
    MergePlan plan;
    report(QStringLiteral("plan (new review)"), timeMs([&] { plan = lib->planMerge(draft); }), "ms");
    report(QStringLiteral("apply (new review, %1 rows)").arg(plan.changes()),
           timeMs([&] { lib->applyMerge(plan, {}); }), "ms");
    report(QStringLiteral("plan again (0 changes: %1)").arg(lib->planMerge(draft).changes()),
           timeMs([&] { plan = lib->planMerge(draft); }), "ms");
    // Edit 100 events in the draft and 100 others here, then merge (plan + apply).
    {
        auto other = Library::open(draft, noBackup, nullptr);
        const QString review = other->reviewSummaries().first().id;
        const auto doc = other->document(review);
        QList<FieldChange> theirs;
        QList<FieldChange> mine;
        for (int i = 0; i < 200 && i < doc->events.size(); ++i) {
            const TimelineEvent& e = doc->events.at(i);
            (i % 2 ? mine : theirs).append(FieldChange{Entity::Event, e.id, QStringLiteral("text"),
                                                       QStringLiteral("edited %1").arg(i), e.rev, {}});
        }
        other->updateFields(theirs);
        lib->updateFields(mine);
    }
    report(QStringLiteral("plan + apply (100 rows changed in the draft, 100 here)"), timeMs([&] {
               plan = lib->planMerge(draft);
               lib->applyMerge(plan, {});
           }),
           "ms");
    return 0;
}
