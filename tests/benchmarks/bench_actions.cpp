// Action tracker benchmark: filtering the action items of a 10,000-review library (about
// 45,000 actions) in SQL. Prints figures; never asserts timings unless --strict is given.

#include "BenchSupport.h"
#include "DataGen.h"

#include "actions/ActionQuery.h"
#include "actions/ActionTracker.h"
#include "actions/ActionsModel.h"
#include "commands/Editor.h"
#include "storage/Library.h"

#include <QApplication>
#include <QUndoStack>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace hs;
using namespace hs::bench;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const BenchArgs args(app, QStringLiteral("Hindsight action tracker benchmark."));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("actions.hindsight"));
    DataGenOptions options;
    options.reviews = args.smoke() ? 300 : 10000;
    options.eventsPerReview = 3; // the timeline does not matter here
    QString error;
    if (!generateLibrary(path, options, &error)) {
        std::fprintf(stderr, "datagen failed: %s\n", qPrintable(error));
        return 2;
    }
    OpenError openError;
    const std::unique_ptr<Library> library = Library::open(path, &openError);
    if (!library)
        return 2;
    const QDate today(2026, 6, 1);
    ActionFilter all;
    QList<ActionRow> rows;
    heading(QStringLiteral("Action tracker over %1 reviews").arg(options.reviews));
    report(QStringLiteral("all actions, sorted by due date"), timeMs([&] { rows = library->actions(all); }), "ms");
    std::printf("  (%d actions)\n", static_cast<int>(rows.size()));
    bool met = true;
    struct Case {
        const char* name;
        ActionFilter filter;
    };
    ActionFilter overdue;
    overdue.today = today;
    overdue.overdueOnly = true;
    ActionFilter owner;
    owner.owner = QStringLiteral("Priya");
    owner.statuses = {QStringLiteral("open"), QStringLiteral("in_progress")};
    ActionFilter tagged;
    tagged.tag = QStringLiteral("database");
    tagged.priorities = {QStringLiteral("P1")};
    ActionFilter week;
    week.today = today;
    week.dueThisWeekOnly = true;
    for (const Case& c : {Case{"overdue", overdue}, Case{"owner + open", owner}, Case{"tag + P1", tagged},
                          Case{"due this week", week}}) {
        QList<double> times;
        for (int i = 0; i < 5; ++i)
            times.append(timeMs([&] { rows = library->actions(c.filter); }));
        met &= report(QStringLiteral("filter: %1 (median of 5, %2 rows)").arg(QLatin1String(c.name)).arg(rows.size()),
                      percentile(times, 50), "ms", 100);
    }
    report(QStringLiteral("CSV of every action"), timeMs([&] { actionsToCsv(library->actions(all)); }), "ms");

    // The tracker reads the rows once and filters in memory: this is what a person waits for
    // when they change a filter.
    heading(QStringLiteral("Tracker filters, in memory"));
    QUndoStack stack;
    Editor editor(library.get(), &stack);
    ActionsModel model(&editor);
    ActionTrackerFilter proxy;
    proxy.setSourceModel(&model);
    report(QStringLiteral("load the tracker model"), timeMs([&] { model.setLibraryRows(library->actions(all), false); }), "ms");
    model.setToday(today);
    proxy.setToday(today);
    QList<std::pair<QString, std::function<void()>>> steps = {
        {QStringLiteral("overdue"), [&] { proxy.setOverdueOnly(true); }},
        {QStringLiteral("+ type detect"), [&] { proxy.setType(QStringLiteral("detect")); }},
        {QStringLiteral("words \"retries\""), [&] { proxy.setWords(QStringLiteral("retries")); }},
        {QStringLiteral("words cleared"), [&] { proxy.setWords(QString()); }},
        {QStringLiteral("type cleared"), [&] { proxy.setType(QString()); }},
        {QStringLiteral("overdue cleared"), [&] { proxy.setOverdueOnly(false); }},
        {QStringLiteral("any status (every row shown)"), [&] { proxy.setStatusSet(ActionTrackerFilter::StatusSet::Any); }},
    };
    for (const auto& [name, step] : steps) {
        // One change a person makes, and the proxy mapping the rows it then shows (it maps lazily).
        const double ms = timeMs([&] {
            step();
            proxy.rowCount();
            proxy.index(0, 0);
        });
        met &= report(QStringLiteral("filter: %1 (%2 shown)").arg(name).arg(proxy.rowCount()), ms, "ms", 100);
    }
    return args.exitCode(met);
}
