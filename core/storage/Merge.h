#pragma once

// Importing reviews from another .hindsight file (an offline draft) into this library.
//
// Rows are matched by id. A review that is new here is copied with its ids and every child row
// (participants, sections, events, transcript, evidence links, whys, actions, lessons, notes,
// agenda, labels, imports). A review on both sides is merged per column, three ways, against
// merge_base (schema 4): what the draft held at the last merge from that draft (peer = the
// draft's file_id). Per column: changed only in the draft -> taken; changed only here -> kept;
// changed on both sides to different values -> a conflict for a person to decide. Tombstones
// (deleted_ms) merge like a column, except that a deletion on one side against a change on
// the other is a conflict. Without a base (the first merge of a row that both files already
// held), a draft made by saveCopyAs knows when it was copied (meta copied_from / copied_at_ms):
// a side changed a row if its updated_ms is later than that; otherwise every difference is a
// conflict. After a merge, merge_base holds the draft's values, so importing the same draft
// again changes nothing. The draft is only read (never written); merge_base lives in the
// library, so merging is one-way: draft -> library.
//
// The plan is a description for the user; applyMerge computes the merge again inside its one
// BEGIN IMMEDIATE transaction, so an edit made here between plan and apply is never lost: a
// conflict that the plan did not show, and that has no choice, stops the merge (Conflict).

#include "storage/OpenError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hs {

struct MergeConflict {
    enum Kind {
        Value,          // the column was changed on both sides to different values
        DeletedHere,    // removed here, changed in the draft (column is "deleted_ms")
        DeletedInDraft, // removed in the draft, changed here (column is "deleted_ms")
    };
    Kind kind = Value;
    QString reviewId;
    QString table;
    QString rowId;
    QString column;
    QVariant mine;   // the value here
    QVariant theirs; // the value in the draft
    QStringList changedColumns; // for the Deleted kinds: what the other side changed
    bool canKeepBoth = false;   // free text: both versions can be kept, one after the other
};

enum class MergeResolution { KeepMine, TakeTheirs, KeepBoth };

struct ConflictChoice {
    QString table;
    QString rowId;
    QString column;
    MergeResolution resolution = MergeResolution::KeepMine;

    // The same resolution for every conflict of plan (KeepBoth falls back to TakeTheirs for
    // columns that cannot hold both).
    static QList<ConflictChoice> forAll(const QList<MergeConflict>& conflicts, MergeResolution resolution);
};

struct MergeReviewPlan {
    QString reviewId;
    QString title;     // in the draft
    bool isNew = false; // not in this library yet
    int inserted = 0;  // rows only in the draft
    int updated = 0;   // rows with at least one change taken from the draft
    int unchanged = 0; // rows with nothing to take
    QList<MergeConflict> conflicts;

    int changes() const { return inserted + updated + static_cast<int>(conflicts.size()); }
};

struct MergePlan {
    QString draftPath;
    QString draftFileId;
    QStringList requestedIds; // empty = every review of the draft
    QList<MergeReviewPlan> reviews;
    QStringList createdLabels;     // "kind: name", created here by the merge
    QStringList createdCategories; // names
    QStringList skipped; // rows that could not be matched safely (same id, other review here)

    // Set when the draft could not be read: error.code for file problems, message always.
    OpenError error;
    QString message;
    QString unknownReviewId; // a requested review the draft does not have (message says so)

    bool ok() const { return message.isEmpty(); }
    int changes() const;
    int conflictCount() const;
    QList<MergeConflict> conflicts() const;
};

// The text kept for MergeResolution::KeepBoth: mine, a separator line, theirs.
QString keepBothText(const QString& mine, const QString& theirs);
// The same with the separator line saying whose text follows (e.g. "— from priya —").
QString keepBothText(const QString& mine, const QString& theirs, const QString& separator);

} // namespace hs
