// `hindsight merge`: bring the reviews of a draft (another .hindsight file) into a library,
// without a window. Prints the plan; writes only when nothing is left to decide.

#include "Cli.h"
#include "CliSupport.h"

#include "storage/Library.h"
#include "storage/Merge.h"

#include <QCommandLineParser>
#include <QDir>

namespace hs::cli {

namespace {

// One value of a conflict, on one line and not too long.
QString shown(const MergeConflict& c, const QVariant& value)
{
    if (c.column == QLatin1String("deleted_ms"))
        return value.isNull() ? tr("(kept)") : tr("(deleted)");
    if (value.isNull())
        return tr("(empty)");
    QString s = value.toString();
    s.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    if (s.size() > 160)
        s = s.left(159) + QStringLiteral("…");
    return QLatin1Char('"') + s + QLatin1Char('"');
}

void printPlan(const MergePlan& plan)
{
    for (const MergeReviewPlan& r : plan.reviews) {
        if (r.isNew) {
            out() << tr("New review %1 “%2”: %n row(s) to add", nullptr, r.inserted).arg(r.reviewId, r.title) << '\n';
            continue;
        }
        out() << tr("Review %1 “%2”:").arg(r.reviewId, r.title) << ' '
              << tr("%n row(s) to add", nullptr, r.inserted) << ", " << tr("%n to update", nullptr, r.updated) << ", "
              << tr("%n unchanged", nullptr, r.unchanged) << ", " << tr("%n conflict(s)", nullptr, int(r.conflicts.size()))
              << '\n';
    }
    if (!plan.createdLabels.isEmpty())
        out() << tr("Labels to create: %1").arg(plan.createdLabels.join(QStringLiteral(", "))) << '\n';
    if (!plan.createdCategories.isEmpty())
        out() << tr("Categories to create: %1").arg(plan.createdCategories.join(QStringLiteral(", "))) << '\n';
    for (const QString& s : plan.skipped)
        out() << tr("Skipped: %1").arg(s) << '\n';
    const QList<MergeConflict> conflicts = plan.conflicts();
    if (!conflicts.isEmpty())
        out() << tr("Conflicts (changed here and in the draft):") << '\n';
    for (const MergeConflict& c : conflicts) {
        out() << "  " << c.table << ' ' << c.rowId << ' ' << c.column;
        if (c.kind == MergeConflict::DeletedHere)
            out() << "  " << tr("deleted here; the draft changed %1").arg(c.changedColumns.join(QStringLiteral(", ")));
        else if (c.kind == MergeConflict::DeletedInDraft)
            out() << "  " << tr("deleted in the draft; changed here: %1").arg(c.changedColumns.join(QStringLiteral(", ")));
        out() << '\n'
              << "    " << tr("here:  %1").arg(shown(c, c.mine)) << '\n'
              << "    " << tr("draft: %1").arg(shown(c, c.theirs)) << '\n';
    }
}

} // namespace

int mergeCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Brings the reviews of a draft (another Hindsight library, e.g. a copy worked on offline) into a "
           "library: new reviews are copied, changes made only in the draft are taken, changes made only here "
           "are kept. Merging the same draft again changes nothing."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("library"), tr("The library to merge into (.hindsight)."));
    parser.addPositionalArgument(QStringLiteral("draft"), tr("The draft to merge from (.hindsight); it is only read."));
    const QCommandLineOption review(QStringLiteral("review"), tr("Only this review of the draft (repeatable)."),
                                    QStringLiteral("id"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print what would change; write nothing."));
    const QCommandLineOption take(QStringLiteral("take"),
                                  tr("Settle every conflict: theirs (the draft's version) or mine (this library's)."),
                                  QStringLiteral("theirs|mine"));
    parser.addOptions({review, dryRun, take});
    if (!parser.parse(args)) {
        err() << tr("hindsight merge: %1").arg(parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString side = parser.value(take).toLower();
    if (positional.size() != 2
        || (parser.isSet(take) && side != QLatin1String("theirs") && side != QLatin1String("mine"))) {
        err() << tr("hindsight merge: usage: hindsight merge LIBRARY DRAFT [--review ID]... [--dry-run] "
                    "[--take theirs|mine]")
              << Qt::endl;
        return Usage;
    }
    Database::Options options;
    if (parser.isSet(dryRun))
        options.mode = Database::Mode::ReadOnly;
    OpenError error;
    const std::unique_ptr<Library> library = Library::open(positional.at(0), options, &error);
    if (!library) {
        err() << tr("hindsight merge: %1").arg(error.message()) << Qt::endl;
        return Failed;
    }
    const MergePlan plan = library->planMerge(positional.at(1), parser.values(review));
    if (!plan.ok()) {
        err() << tr("hindsight merge: %1").arg(plan.message) << Qt::endl;
        return plan.unknownReviewId.isEmpty() ? Failed : Usage;
    }
    printPlan(plan);
    const int conflicts = plan.conflictCount();
    if (conflicts > 0 && !parser.isSet(take)) {
        err() << tr("hindsight merge: %n conflict(s) to decide; nothing was written. Choose a side for all "
                    "of them with --take theirs or --take mine.",
                    nullptr, conflicts)
              << Qt::endl;
        return Conflicts;
    }
    if (parser.isSet(dryRun)) {
        out() << tr("Dry run: nothing was written.") << Qt::endl;
        return Ok;
    }
    if (plan.changes() == 0) {
        out() << tr("Nothing to merge: the library already has everything in the draft.") << Qt::endl;
        return Ok;
    }
    const MergeResolution resolution =
        side == QLatin1String("mine") ? MergeResolution::KeepMine : MergeResolution::TakeTheirs;
    const WriteResult result = library->applyMerge(plan, ConflictChoice::forAll(plan.conflicts(), resolution));
    if (!result.ok()) {
        err() << tr("hindsight merge: %1").arg(result.message) << Qt::endl;
        return result.status == WriteResult::Conflict ? Conflicts : Failed;
    }
    out() << tr("Merged %n change(s) from %1.", nullptr, plan.changes())
                 .arg(QDir::toNativeSeparators(positional.at(1)))
          << Qt::endl;
    return Ok;
}

} // namespace hs::cli
