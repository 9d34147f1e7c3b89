#pragma once

// The work behind Library::planMerge and applyMerge (see Merge.h for the rules): reads one
// review at a time from both files, compares row by row and column by column, and keeps the
// writes it would make. Internal to core/storage.

#include "storage/Library.h"
#include "storage/Merge.h"

#include <QHash>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_value;

namespace hs {

class MergeEngine
{
public:
    struct Peer {
        QString fileId;   // the draft's file_id: merge_base rows here are kept per peer
        QString myFileId; // this library's: the draft's own merge_base rows for it are a base too
    };

    MergeEngine(const QSqlDatabase& mine, const QSqlDatabase& draft, const Peer& peer);

    // Compares the given reviews (empty = all of the draft's) and fills plan. False with
    // plan->message set when a file could not be read.
    bool compute(const QStringList& reviewIds, MergePlan* plan);
    // Writes what compute() found through edit, resolving conflicts by choices. False (with
    // the edit failed) on a write error or a conflict without a choice.
    bool apply(Library::Edit& edit, const QList<ConflictChoice>& choices, const QString& actor);

    // For saveCopyAs: records in the copy, as merge_base rows for peer sourceFileId, every
    // review row as it is now, the base both files share until one of them changes. Merging
    // the copy back then finds each row's base in the draft itself. Needs schema 4 in the copy
    // (an older one is left without; every difference is then a conflict).
    static bool snapshotBase(sqlite3* copy, const QString& sourceFileId, QString* error);

private:
    // One shared table as the merge sees it: which rows belong to a review, and its columns
    // split into bookkeeping (id, rev, created/updated), identity (the owner: never changed by
    // a merge) and the columns that merge.
    struct Table {
        Entity entity;
        QString name;
        QString filter; // WHERE clause with one ? for the review id
        QStringList columns;
        QList<int> merged;
        int idColumn = 0;
        int revColumn = -1;
        int updatedMsColumn = -1;
        int updatedByColumn = -1;
        int deletedColumn = -1;
        int labelColumn = -1; // review_labels.label_id: mapped to the label here
    };
    struct Row {
        QVariantList values;
    };
    struct Insert {
        int table;
        QString reviewId;
        QVariantList values;
    };
    struct Update {
        int table;
        QString reviewId;
        QString id;
        qint64 rev = 0;
        QHash<int, QVariant> taken;   // column index -> the draft's value
        QList<MergeConflict> conflicts;
        int deletedColumn = -1;
        QVariant mineDeleted;
    };
    struct Base {
        QString table;
        QString id;
        QString hash;
        QString values;
    };

    static Table describe(int spec, const QStringList& columns);
    static QStringList rowTokens(const Table& t, const QVariantList& values);
    static QString baseJson(const Table& t, const QStringList& tokens);
    static void sqlRow(sqlite3_context* ctx, int argc, sqlite3_value** argv, bool hash);
    bool prepareTables(QString* error);
    bool computeReview(const QString& reviewId, MergePlan* plan);
    bool readRows(const QSqlDatabase& db, const Table& t, const QString& reviewId, QHash<QString, Row>* rows,
                  QStringList* order, QString* error) const;
    bool loadBases(const Table& t, QString* error);
    bool mapLabels(const QHash<QString, Row>& links, const Table& t, MergePlan* plan, QString* error);
    bool collectCategories(const QString& reviewId, MergePlan* plan, QString* error);
    void compareRow(const Table& t, int tableIndex, const QString& reviewId, const Row& mine, const Row& theirs,
                    MergeReviewPlan* review);

    QSqlDatabase m_mine;
    QSqlDatabase m_draft;
    Peer m_peer;
    QList<Table> m_tables;
    QHash<QString, QHash<QString, QPair<QString, QString>>> m_bases; // table -> row id -> (hash, values)
    QHash<QString, QHash<QString, QPair<QString, QString>>> m_draftBases; // the draft's, for this library
    QHash<QString, QString> m_labelMap;                           // draft label id -> id here

    QList<Insert> m_inserts;
    QList<Update> m_updates;
    QList<Base> m_baseWrites;
    struct NewLabel {
        QString id, kind, name;
    };
    QList<NewLabel> m_newLabels;
    struct NewCategory {
        QString id, name;
    };
    QList<NewCategory> m_newCategories;
};

} // namespace hs
