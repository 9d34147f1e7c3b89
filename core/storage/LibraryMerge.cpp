// Importing reviews from another .hindsight file (a draft): opening it safely, and the plan and
// apply steps around MergeEngine. The rules are in Merge.h.

#include "storage/Library.h"

#include "storage/Backup.h"
#include "storage/Merge.h"
#include "storage/MergeEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace hs {

namespace {

// The merge's own words, in one translation context wherever they are said.
class MergeText
{
    Q_DECLARE_TR_FUNCTIONS(hs::Merge)
};

struct Draft {
    std::unique_ptr<QTemporaryDir> tmp; // holds a migrated copy of an older draft
    std::unique_ptr<Database> db;
    QString fileId;
};

// Opens the draft read-only through Database::open's checks (untrusted schema, quick_check,
// foreign and too-new files refused). A draft of an older format is copied to a temporary
// folder and the copy migrated: the user's draft is never written.
bool openDraft(const QString& path, const Database& library, Draft* draft, MergePlan* plan)
{
    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo fi(path);
    if (fi.exists() && fi.canonicalFilePath() == QFileInfo(library.path()).canonicalFilePath()) {
        plan->message = MergeText::tr("“%1” is this library itself; choose another file to merge from.").arg(file);
        return false;
    }
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    options.busyTimeoutMs = 5000;
    draft->db = Database::open(path, options, &plan->error);
    if (!draft->db) {
        plan->message = plan->error.message();
        return false;
    }
    if (draft->db->readOnlyReason().code == ReadOnlyReason::Damaged) {
        plan->error.code = OpenError::Corrupt;
        plan->error.detail = draft->db->readOnlyReason().detail;
        plan->message = MergeText::tr("“%1” is damaged (%2), so it cannot be merged. Restore it from a backup first.")
                            .arg(file, draft->db->readOnlyReason().detail);
        return false;
    }
    draft->fileId = draft->db->fileId();
    if (draft->fileId.isEmpty()) {
        plan->error.code = OpenError::Corrupt;
        plan->message = MergeText::tr("“%1” has no file id, so it is not a complete Hindsight library and cannot be merged.")
                            .arg(file);
        return false;
    }
    if (draft->fileId == library.fileId()) {
        plan->message = MergeText::tr("“%1” is this library under another name (a backup or a plain file copy), not a draft "
                           "made from it, so there is nothing to merge. Drafts made with “Save a copy as” can be "
                           "merged back.")
                            .arg(file);
        return false;
    }
    if (draft->db->schemaVersion() < Schema::currentVersion) {
        draft->tmp = std::make_unique<QTemporaryDir>();
        const QString copy = draft->tmp->filePath(QStringLiteral("draft.hindsight"));
        QString why;
        if (!draft->tmp->isValid() || !backupDatabase(draft->db->handle(), copy, &why)) {
            plan->error.code = OpenError::MigrationFailed;
            plan->message = MergeText::tr("“%1” is in an older file format and could not be copied for reading: %2")
                                .arg(file, why.isEmpty() ? draft->tmp->errorString() : why);
            return false;
        }
        Database::Options migrate;
        migrate.quickCheck = false; // the copy passed integrity_check
        OpenError error;
        draft->db = Database::open(copy, migrate, &error);
        if (!draft->db) {
            plan->error = error;
            plan->error.path = path;
            plan->message = plan->error.message();
            return false;
        }
    }
    return true;
}

} // namespace

int MergePlan::changes() const
{
    int n = static_cast<int>(createdLabels.size() + createdCategories.size());
    for (const MergeReviewPlan& r : reviews)
        n += r.changes();
    return n;
}

int MergePlan::conflictCount() const
{
    int n = 0;
    for (const MergeReviewPlan& r : reviews)
        n += static_cast<int>(r.conflicts.size());
    return n;
}

QList<MergeConflict> MergePlan::conflicts() const
{
    QList<MergeConflict> out;
    for (const MergeReviewPlan& r : reviews)
        out.append(r.conflicts);
    return out;
}

QList<ConflictChoice> ConflictChoice::forAll(const QList<MergeConflict>& conflicts, MergeResolution resolution)
{
    QList<ConflictChoice> out;
    for (const MergeConflict& c : conflicts) {
        const MergeResolution r = resolution == MergeResolution::KeepBoth && !c.canKeepBoth ? MergeResolution::TakeTheirs
                                                                                             : resolution;
        out.append(ConflictChoice{c.table, c.rowId, c.column, r});
    }
    return out;
}

QString keepBothText(const QString& mine, const QString& theirs)
{
    return keepBothText(mine, theirs, MergeText::tr("— from the draft —"));
}

QString keepBothText(const QString& mine, const QString& theirs, const QString& separator)
{
    if (mine.isEmpty() || mine == theirs)
        return theirs;
    if (theirs.isEmpty())
        return mine;
    return mine + QStringLiteral("\n\n") + separator + QLatin1Char('\n') + theirs;
}

MergePlan Library::planMerge(const QString& draftPath, const QStringList& reviewIds) const
{
    MergePlan plan;
    plan.draftPath = draftPath;
    plan.requestedIds = reviewIds;
    Draft draft;
    if (!openDraft(draftPath, *m_db, &draft, &plan))
        return plan;
    plan.draftFileId = draft.fileId;
    MergeEngine engine(m_db->connection(), draft.db->connection(), MergeEngine::Peer{draft.fileId, m_db->fileId()});
    engine.compute(reviewIds, &plan);
    return plan;
}

// The merge is computed again inside the write transaction: what the plan showed may be out of
// date by now, and nothing of this library may be overwritten unseen.
WriteResult Library::applyMerge(const MergePlan& plan, const QList<ConflictChoice>& choices)
{
    if (!plan.ok())
        return WriteResult::failure(WriteResult::Invalid, plan.message);
    MergePlan fresh;
    Draft draft;
    if (!openDraft(plan.draftPath, *m_db, &draft, &fresh))
        return WriteResult::failure(WriteResult::Failed, fresh.message);
    if (draft.fileId != plan.draftFileId) {
        return WriteResult::failure(WriteResult::Invalid,
                                    MergeText::tr("“%1” was replaced by another file since the merge was planned; plan again.")
                                        .arg(QDir::toNativeSeparators(plan.draftPath)));
    }
    Edit edit(*this);
    if (!edit.isOk())
        return edit.commit();
    MergeEngine engine(edit.connection(), draft.db->connection(), MergeEngine::Peer{draft.fileId, m_db->fileId()});
    if (!engine.compute(plan.requestedIds, &fresh)) {
        edit.failWith(WriteResult::failure(WriteResult::Failed, fresh.message));
        return edit.commit();
    }
    engine.apply(edit, choices, m_actor);
    return edit.commit();
}

} // namespace hs
