#include "storage/MergeEngine.h"
#include "storage/MergeSupport.h"

#include "storage/Query.h"
#include "util/SortKey.h"
#include "util/Uuid.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <sqlite3.h>

#include <iterator>
#include <memory>
#include <vector>

namespace hs {

namespace merge {

const TableSpec kTables[kTableCount] = {
    {Entity::Review, "id = ?", ""},
    {Entity::Import, "review_id = ?", "review_id"},
    {Entity::Participant, "review_id = ?", "review_id"},
    {Entity::Section, "review_id = ?", "review_id"},
    {Entity::Transcript, "review_id = ?", "review_id"},
    {Entity::Event, "review_id = ?", "review_id"},
    {Entity::EventEvidence, "event_id IN (SELECT id FROM events WHERE review_id = ?)", "event_id,message_id"},
    {Entity::WhyNode, "review_id = ?", "review_id"},
    {Entity::WhyEvidence, "why_id IN (SELECT id FROM why_nodes WHERE review_id = ?)", "why_id,event_id"},
    {Entity::Action, "review_id = ?", "review_id"},
    {Entity::Lesson, "review_id = ?", "review_id"},
    {Entity::Note, "review_id = ?", "review_id"},
    {Entity::AgendaItem, "review_id = ?", "review_id"},
    {Entity::ReviewLabel, "review_id = ?", "review_id,label_id"},
    {Entity::PreparedQuestion, "review_id = ?", "review_id,target,target_id"},
};

QString sha1(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

// A column value as merge_base keeps it: short values as they are, long text as its hash, so
// the base does not double the size of a transcript. A tombstone only says whether it is set:
// two deletions at different times are the same change.
QString token(const QVariant& v, bool tombstone)
{
    if (v.isNull())
        return QStringLiteral("n");
    if (tombstone)
        return QStringLiteral("d");
    switch (v.metaType().id()) {
    case QMetaType::QString: {
        const QString s = v.toString();
        return s.size() <= 64 ? QStringLiteral("s:") + s : QStringLiteral("h:") + sha1(s.toUtf8());
    }
    case QMetaType::Double: return QStringLiteral("r:") + QString::number(v.toDouble(), 'g', 17);
    case QMetaType::QByteArray: return QStringLiteral("b:") + sha1(v.toByteArray());
    default: return QStringLiteral("i:") + QString::number(v.toLongLong());
    }
}

QString rowHash(const QStringList& tokens)
{
    return sha1(tokens.join(QChar(0x1f)).toUtf8());
}

// Positional binds by index: a prepared QSqlQuery is reused row after row.
void bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

} // namespace merge

using namespace merge;

MergeEngine::MergeEngine(const QSqlDatabase& mine, const QSqlDatabase& draft, const Peer& peer)
    : m_mine(mine)
    , m_draft(draft)
    , m_peer(peer)
{
}

// Splits a table's columns: bookkeeping (id, rev, created/updated) is never merged, identity
// (the owner) is copied with a new row but never changed, everything else merges.
MergeEngine::Table MergeEngine::describe(int spec, const QStringList& columns)
{
    static const QSet<QString> bookkeeping = {QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("created_ms"),
                                              QStringLiteral("updated_ms"), QStringLiteral("updated_by")};
    const TableSpec& s = kTables[spec];
    Table t;
    t.entity = s.entity;
    t.name = Columns::table(s.entity);
    t.filter = QString::fromLatin1(s.filter);
    t.columns = columns;
    const QStringList identity = QString::fromLatin1(s.identity).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int i = 0; i < t.columns.size(); ++i) {
        const QString& c = t.columns.at(i);
        if (c == QLatin1String("id"))
            t.idColumn = i;
        else if (c == QLatin1String("rev"))
            t.revColumn = i;
        else if (c == QLatin1String("updated_ms"))
            t.updatedMsColumn = i;
        else if (c == QLatin1String("updated_by"))
            t.updatedByColumn = i;
        if (c == QLatin1String("deleted_ms"))
            t.deletedColumn = i;
        if (c == QLatin1String("label_id"))
            t.labelColumn = i;
        if (!bookkeeping.contains(c) && !identity.contains(c))
            t.merged.append(i);
    }
    return t;
}

QStringList MergeEngine::rowTokens(const Table& t, const QVariantList& values)
{
    QStringList tokens;
    tokens.reserve(t.merged.size());
    for (int c : t.merged)
        tokens.append(token(values.value(c), c == t.deletedColumn));
    return tokens;
}

QString MergeEngine::baseJson(const Table& t, const QStringList& tokens)
{
    QJsonObject o;
    for (int i = 0; i < t.merged.size(); ++i)
        o.insert(t.columns.at(t.merged.at(i)), tokens.at(i));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool MergeEngine::prepareTables(QString* error)
{
    for (int spec = 0; spec < int(std::size(kTables)); ++spec) {
        const QString name = Columns::table(kTables[spec].entity);
        Query q(m_mine, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(name));
        if (!q.exec()) {
            *error = q.error().text;
            return false;
        }
        QStringList columns;
        while (q.next())
            columns.append(q.text(0));
        const Table t = describe(spec, columns);
        if (t.revColumn < 0 || t.deletedColumn < 0 || t.updatedMsColumn < 0) {
            *error = QStringLiteral("%1 has no shared-row columns").arg(t.name);
            return false;
        }
        m_tables.append(t);
    }
    return true;
}

bool MergeEngine::loadBases(const Table& t, QString* error)
{
    if (m_bases.contains(t.name))
        return true;
    QHash<QString, QPair<QString, QString>>& bases = m_bases[t.name];
    Query q(m_mine, "SELECT row_id, row_hash, base_values FROM merge_base WHERE peer_file_id = ? AND tbl = ?");
    q.bind(m_peer.fileId).bind(t.name);
    if (!q.exec()) {
        *error = q.error().text;
        return false;
    }
    while (q.next())
        bases.insert(q.text(0), {q.text(1), q.text(2)});
    // The draft's own record of this library (a saveCopyAs snapshot). A draft of an older
    // format has none, nor the table.
    QHash<QString, QPair<QString, QString>>& draftBases = m_draftBases[t.name];
    Query d(m_draft, "SELECT row_id, row_hash, base_values FROM merge_base WHERE peer_file_id = ? AND tbl = ?");
    d.bind(m_peer.myFileId).bind(t.name);
    if (d.exec()) {
        while (d.next())
            draftBases.insert(d.text(0), {d.text(1), d.text(2)});
    }
    return true;
}

bool MergeEngine::compute(const QStringList& reviewIds, MergePlan* plan)
{
    QString error;
    if (m_tables.isEmpty() && !prepareTables(&error)) {
        plan->message = MergeText::tr("This library cannot take a merge: %1").arg(error);
        return false;
    }
    QStringList ids = reviewIds;
    if (ids.isEmpty()) {
        Query q(m_draft, "SELECT id FROM reviews ORDER BY created_ms, id");
        if (!q.exec()) {
            plan->message = MergeText::tr("The draft cannot be read: %1").arg(q.error().text);
            return false;
        }
        while (q.next())
            ids.append(q.text(0));
    }
    for (const QString& id : std::as_const(ids)) {
        if (!computeReview(id, plan))
            return false;
    }
    plan->createdLabels.sort(Qt::CaseInsensitive);
    return true;
}

bool MergeEngine::computeReview(const QString& reviewId, MergePlan* plan)
{
    MergeReviewPlan review;
    review.reviewId = reviewId;
    {
        Query q(m_mine, "SELECT 1 FROM reviews WHERE id = ?");
        q.bind(reviewId);
        review.isNew = !(q.exec() && q.next());
    }
    for (int ti = 0; ti < m_tables.size(); ++ti) {
        const Table& t = m_tables.at(ti);
        QHash<QString, Row> theirs;
        QHash<QString, Row> mine;
        QStringList order;
        QString error;
        if (!readRows(m_draft, t, reviewId, &theirs, &order, &error)) {
            plan->message = MergeText::tr("The draft cannot be merged: its table %1 does not match this Hindsight (%2).")
                                .arg(t.name, error);
            return false;
        }
        if (t.entity == Entity::Review) {
            if (theirs.isEmpty()) {
                plan->message = MergeText::tr("The draft has no review with the id %1.").arg(reviewId);
                plan->unknownReviewId = reviewId;
                return false;
            }
            const int title = static_cast<int>(t.columns.indexOf(QStringLiteral("title")));
            review.title = theirs.cbegin()->values.value(title).toString();
        }
        if (!review.isNew && !readRows(m_mine, t, reviewId, &mine, nullptr, &error)) {
            plan->message = MergeText::tr("This library cannot be read: %1").arg(error);
            return false;
        }
        if (!loadBases(t, &error) || (t.labelColumn >= 0 && !mapLabels(theirs, t, plan, &error))) {
            plan->message = MergeText::tr("This library cannot be read: %1").arg(error);
            return false;
        }
        QSqlQuery elsewhere(m_mine);
        elsewhere.setForwardOnly(true);
        elsewhere.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(t.name));
        QSqlQuery linked(m_mine);
        linked.setForwardOnly(true);
        if (t.labelColumn >= 0)
            linked.prepare(QStringLiteral("SELECT 1 FROM review_labels WHERE review_id = ? AND label_id = ? "
                                          "AND deleted_ms IS NULL"));
        for (const QString& id : std::as_const(order)) {
            const Row& draftRow = theirs[id];
            const auto mineIt = mine.constFind(id);
            if (mineIt != mine.cend()) {
                compareRow(t, ti, reviewId, *mineIt, draftRow, &review);
                continue;
            }
            // The same id for a row of another review here: ids are made once, so this is a
            // hand-edited or damaged file. Leave both as they are and say so.
            elsewhere.bindValue(0, id);
            if (elsewhere.exec() && elsewhere.next()) {
                elsewhere.finish();
                plan->skipped.append(MergeText::tr("%1 row %2 belongs to another review here; left as it is.").arg(t.name, id));
                continue;
            }
            elsewhere.finish();
            Insert ins{ti, reviewId, draftRow.values};
            if (t.labelColumn >= 0) {
                const QString label = m_labelMap.value(draftRow.values.at(t.labelColumn).toString());
                if (!label.isEmpty())
                    ins.values[t.labelColumn] = label;
                // Linked here already (each file made its own link row): nothing to add.
                bindAll(linked, {reviewId, ins.values.at(t.labelColumn)});
                const bool already = linked.exec() && linked.next();
                linked.finish();
                if (already && draftRow.values.at(t.deletedColumn).isNull()) {
                    ++review.unchanged;
                    continue;
                }
            }
            const QStringList tokens = rowTokens(t, draftRow.values);
            m_baseWrites.append(Base{t.name, id, rowHash(tokens), baseJson(t, tokens)});
            m_inserts.append(ins);
            ++review.inserted;
        }
    }
    QString error;
    if (!collectCategories(reviewId, plan, &error)) {
        plan->message = MergeText::tr("The draft cannot be read: %1").arg(error);
        return false;
    }
    plan->reviews.append(review);
    return true;
}

// Three ways per column: base (the draft at the last merge), mine, theirs. See Merge.h.
void MergeEngine::compareRow(const Table& t, int tableIndex, const QString& reviewId, const Row& mine,
                             const Row& theirs, MergeReviewPlan* review)
{
    const QString id = theirs.values.at(t.idColumn).toString();
    const QStringList theirTokens = rowTokens(t, theirs.values);
    const QString theirHash = rowHash(theirTokens);
    auto base = m_bases.value(t.name).value(id);
    if (base.first.isEmpty())
        base = m_draftBases.value(t.name).value(id);
    if (base.first == theirHash) {
        ++review->unchanged; // the draft did not touch the row since the last merge
        return;
    }

    // The base, column -> token; absent = unknown (every difference is a conflict).
    QHash<QString, QString> baseTokens;
    bool haveBase = false;
    if (!base.first.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(base.second.toUtf8()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            baseTokens.insert(it.key(), it.value().toString());
        haveBase = true;
    }

    Update u;
    u.table = tableIndex;
    u.reviewId = reviewId;
    u.id = id;
    u.rev = mine.values.at(t.revColumn).toLongLong();
    QStringList mineChanged;
    QStringList theirsChanged;
    QStringList differing;
    for (int c : t.merged) {
        if (c == t.deletedColumn)
            continue;
        const QString& name = t.columns.at(c);
        const QString m = token(mine.values.at(c), false);
        const QString th = token(theirs.values.at(c), false);
        const QString b = haveBase ? baseTokens.value(name, QStringLiteral("?")) : QStringLiteral("?");
        if (m != b)
            mineChanged.append(name);
        if (th == m)
            continue;
        differing.append(name);
        if (th == b)
            continue; // changed only here: keep
        theirsChanged.append(name);
        if (m == b) {
            u.taken.insert(c, theirs.values.at(c));
            continue;
        }
        MergeConflict conflict;
        conflict.reviewId = reviewId;
        conflict.table = t.name;
        conflict.rowId = id;
        conflict.column = name;
        conflict.mine = mine.values.at(c);
        conflict.theirs = theirs.values.at(c);
        conflict.canKeepBoth = Columns::isFreeText(name) && conflict.mine.metaType().id() == QMetaType::QString
            && conflict.theirs.metaType().id() == QMetaType::QString;
        u.conflicts.append(conflict);
    }

    // The tombstone: deleted on one side and changed on the other is for a person to decide.
    const int del = t.deletedColumn;
    const QString md = token(mine.values.at(del), true);
    const QString td = token(theirs.values.at(del), true);
    const QString bd = haveBase ? baseTokens.value(t.columns.at(del), QStringLiteral("?")) : QStringLiteral("?");
    if (md != td) {
        MergeConflict conflict;
        conflict.reviewId = reviewId;
        conflict.table = t.name;
        conflict.rowId = id;
        conflict.column = t.columns.at(del);
        conflict.mine = mine.values.at(del);
        conflict.theirs = theirs.values.at(del);
        bool isConflict = false;
        if (td == bd) {
            // Only here: a deletion here against changes in the draft is a conflict.
            if (md == QLatin1String("d") && !theirsChanged.isEmpty()) {
                conflict.kind = MergeConflict::DeletedHere;
                conflict.changedColumns = theirsChanged;
                isConflict = true;
            }
        } else if (md == bd) {
            if (td == QLatin1String("d") && !mineChanged.isEmpty()) {
                conflict.kind = MergeConflict::DeletedInDraft;
                conflict.changedColumns = mineChanged;
                isConflict = true;
            } else {
                u.taken.insert(del, theirs.values.at(del));
            }
        } else {
            conflict.kind = md == QLatin1String("d") ? MergeConflict::DeletedHere : MergeConflict::DeletedInDraft;
            conflict.changedColumns = differing;
            isConflict = true;
        }
        if (isConflict)
            u.conflicts.append(conflict);
    }

    if (u.taken.isEmpty() && u.conflicts.isEmpty())
        ++review->unchanged;
    else if (!u.taken.isEmpty())
        ++review->updated;
    review->conflicts.append(u.conflicts);
    if (!u.taken.isEmpty() || !u.conflicts.isEmpty())
        m_updates.append(u);
    m_baseWrites.append(Base{t.name, id, theirHash, baseJson(t, theirTokens)});
}

// Labels are library-wide: the draft's label is the one here with the same id, else the one
// with the same kind and name, else it is created (with the draft's id when that is free).
bool MergeEngine::mapLabels(const QHash<QString, Row>& links, const Table& t, MergePlan* plan, QString* error)
{
    for (const Row& link : links) {
        const QString draftId = link.values.at(t.labelColumn).toString();
        if (m_labelMap.contains(draftId))
            continue;
        QString kind;
        QString name;
        {
            Query q(m_draft, "SELECT kind, name FROM labels WHERE id = ?");
            q.bind(draftId);
            if (!q.exec()) {
                *error = q.error().text;
                return false;
            }
            if (!q.next())
                continue; // a dangling link in the draft: its insert fails and says so
            kind = q.text(0);
            name = q.text(1);
        }
        QString here;
        {
            Query q(m_mine, "SELECT id FROM labels WHERE id = ? AND deleted_ms IS NULL");
            q.bind(draftId);
            if (q.exec() && q.next())
                here = q.text(0);
        }
        if (here.isEmpty()) {
            Query q(m_mine, "SELECT id FROM labels WHERE kind = ? AND lower(name) = lower(?) AND deleted_ms IS NULL");
            q.bind(kind).bind(name);
            if (q.exec() && q.next())
                here = q.text(0);
        }
        for (const NewLabel& l : std::as_const(m_newLabels)) {
            if (here.isEmpty() && l.kind == kind && l.name.compare(name, Qt::CaseInsensitive) == 0)
                here = l.id;
        }
        if (here.isEmpty()) {
            Query q(m_mine, "SELECT 1 FROM labels WHERE id = ?");
            q.bind(draftId);
            here = q.exec() && q.next() ? newId() : draftId;
            m_newLabels.append(NewLabel{here, kind, name});
            plan->createdLabels.append(QStringLiteral("%1: %2").arg(kind, name));
        }
        m_labelMap.insert(draftId, here);
    }
    return true;
}

bool MergeEngine::collectCategories(const QString& reviewId, MergePlan* plan, QString* error)
{
    Query q(m_draft, "SELECT DISTINCT w.category, c.id FROM why_nodes w LEFT JOIN categories c ON c.name = w.category "
                     "WHERE w.review_id = ? AND w.category <> '' AND w.deleted_ms IS NULL");
    q.bind(reviewId);
    if (!q.exec()) {
        *error = q.error().text;
        return false;
    }
    while (q.next()) {
        const QString name = q.text(0);
        Query have(m_mine, "SELECT 1 FROM categories WHERE lower(name) = lower(?) AND deleted_ms IS NULL");
        have.bind(name);
        if (have.exec() && have.next())
            continue;
        const bool pending = std::any_of(m_newCategories.cbegin(), m_newCategories.cend(), [&](const NewCategory& c) {
            return c.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (pending)
            continue;
        QString id = q.text(1);
        Query taken(m_mine, "SELECT 1 FROM categories WHERE id = ?");
        taken.bind(id);
        if (id.isEmpty() || (taken.exec() && taken.next()))
            id = newId();
        m_newCategories.append(NewCategory{id, name});
        plan->createdCategories.append(name);
    }
    return true;
}

} // namespace hs
