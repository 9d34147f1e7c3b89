// Several facilitators on one file: the change log's upkeep and who else has the file open.

#include "storage/Library.h"

#include "storage/Query.h"

#include <QSysInfo>

namespace hs {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
constexpr qint64 kRecentMs = 10 * 60 * 1000;

} // namespace

qint64 Library::lastChangeSeq() const
{
    Query q(m_db->connection(), "SELECT seq FROM sqlite_sequence WHERE name = 'change_log'");
    return q.exec() && q.next() ? q.integer(0) : 0;
}

int Library::pruneChangeLog(qint64 nowMs, int keepDays, int keepRows)
{
    const qint64 oldCutoff = nowMs - keepDays * kDayMs;
    const qint64 recentCutoff = nowMs - kRecentMs;
    // A read first (min/max by rowid, a scan of at most a few ten thousand rows for the oldest
    // time; no at_ms index, which would cost every logged row): most opens have nothing to prune and
    // then take no write lock at all.
    qint64 minSeq = 0;
    qint64 maxSeq = 0;
    qint64 oldest = 0;
    {
        Query q(m_db->connection(), "SELECT min(seq), max(seq), min(at_ms) FROM change_log");
        if (!q.exec() || !q.next())
            return -1;
        minSeq = q.integer(0);
        maxSeq = q.integer(1);
        oldest = q.integer(2);
    }
    if (maxSeq == 0 || (oldest >= oldCutoff && maxSeq - minSeq < keepRows))
        return 0;
    Edit edit(*this);
    if (!edit.isOk())
        return -1;
    Query del(edit.connection(), "DELETE FROM change_log WHERE seq < ? AND (at_ms < ? OR (seq <= ? AND at_ms < ?))");
    del.bind(maxSeq).bind(oldCutoff).bind(maxSeq - keepRows).bind(recentCutoff);
    if (!del.exec()) {
        edit.failWith(del.error());
        return -1;
    }
    const int deleted = del.rowsAffected();
    return edit.commit().ok() ? deleted : -1;
}

WriteResult Library::heartbeat(const QString& instanceId, const QString& reviewId)
{
    Edit edit(*this);
    if (!edit.isOk())
        return edit.commit();
    Query q(edit.connection(), "INSERT INTO presence(instance_id, user, host, review_id, heartbeat_ms) VALUES (?, ?, ?, ?, ?) "
                               "ON CONFLICT(instance_id) DO UPDATE SET user = excluded.user, host = excluded.host, "
                               "review_id = excluded.review_id, heartbeat_ms = excluded.heartbeat_ms");
    q.bind(instanceId)
        .bind(m_actor)
        .bind(QSysInfo::machineHostName())
        .bind(reviewId.isEmpty() ? QVariant() : QVariant(reviewId))
        .bind(edit.now());
    if (!q.exec())
        edit.failWith(q.error());
    // Instances that stopped beating a day ago crashed or lost the file: forget them.
    Query stale(edit.connection(), "DELETE FROM presence WHERE heartbeat_ms < ?");
    stale.bind(edit.now() - kDayMs);
    if (edit.isOk() && !stale.exec())
        edit.failWith(stale.error());
    return edit.commit();
}

WriteResult Library::leave(const QString& instanceId)
{
    Edit edit(*this);
    if (!edit.isOk())
        return edit.commit();
    Query q(edit.connection(), "DELETE FROM presence WHERE instance_id = ?");
    q.bind(instanceId);
    if (!q.exec())
        edit.failWith(q.error());
    return edit.commit();
}

QList<PresenceEntry> Library::presence(qint64 nowMs, qint64 freshWithinMs) const
{
    QList<PresenceEntry> out;
    Query q(m_db->connection(), "SELECT instance_id, user, host, review_id, heartbeat_ms FROM presence "
                                "WHERE heartbeat_ms >= ? ORDER BY heartbeat_ms");
    q.bind(nowMs - freshWithinMs);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(PresenceEntry{q.text(0), q.text(1), q.text(2), q.text(3), q.integer(4)});
    return out;
}

} // namespace hs
