#include "storage/ChangeWatcher.h"

#include "storage/Query.h"

namespace hs {

namespace {

// How many log rows one read takes; a 20,000-row import arrives in a few reads of one poll.
constexpr int kBatch = 5000;

Change::Op opFrom(const QString& op, bool* deleted)
{
    *deleted = op == QLatin1String("delete");
    if (op == QLatin1String("insert"))
        return Change::Inserted;
    if (op == QLatin1String("remove") || *deleted)
        return Change::Removed;
    return Change::Updated;
}

} // namespace

ChangeWatcher::ChangeWatcher(Library* library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
    qRegisterMetaType<hs::LoggedChange>();
    qRegisterMetaType<QList<hs::LoggedChange>>();
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    if (library) {
        m_lastSeen = library->lastChangeSeq();
        connect(library, &Library::ownChangesLogged, this, &ChangeWatcher::noteOwnChanges);
    }
}

void ChangeWatcher::noteOwnChanges(qint64 firstSeq, qint64 lastSeq)
{
    if (firstSeq <= m_lastSeen + 1) {
        // Nothing foreign in between (the usual case): just move past our own rows.
        m_lastSeen = std::max(m_lastSeen, lastSeq);
        dropOwnRangesUpTo(m_lastSeen);
    } else {
        // Someone else committed since our last poll; their rows come first, then ours.
        m_ownRanges.append({firstSeq, lastSeq});
    }
}

void ChangeWatcher::dropOwnRangesUpTo(qint64 seq)
{
    m_ownRanges.removeIf([seq](const QPair<qint64, qint64>& r) { return r.second <= seq; });
}

bool ChangeWatcher::isOwn(qint64 seq) const
{
    for (const auto& r : m_ownRanges) {
        if (seq >= r.first && seq <= r.second)
            return true;
    }
    return false;
}

int ChangeWatcher::poll()
{
    if (!m_library)
        return 0;
    const QSqlDatabase& db = m_library->database().connection();
    {
        Query q(db, "PRAGMA data_version");
        if (!q.exec() || !q.next())
            return 0; // locked for a moment: the next tick looks again
        const qint64 version = q.integer(0);
        if (version == m_dataVersion)
            return 0;
        m_dataVersion = version;
    }

    // Rows we never saw were pruned: row-by-row refresh is no longer possible.
    bool reload = false;
    {
        Query q(db, "SELECT min(seq) FROM change_log");
        if (q.exec() && q.next()) {
            const qint64 minSeq = q.integer(0);
            if (minSeq > m_lastSeen + 1 && !isOwn(m_lastSeen + 1))
                reload = true;
        }
    }

    QList<LoggedChange> changes;
    for (;;) {
        Query q(db, "SELECT seq, tbl, row_id, review_id, op, rev, actor, at_ms FROM change_log "
                    "WHERE seq > ? ORDER BY seq LIMIT ?");
        q.bind(m_lastSeen).bind(kBatch);
        if (!q.exec())
            break; // busy: keep m_lastSeen, look again next tick
        int rows = 0;
        while (q.next()) {
            ++rows;
            m_lastSeen = q.integer(0);
            if (isOwn(m_lastSeen))
                continue;
            LoggedChange c;
            c.seq = m_lastSeen;
            c.table = q.text(1);
            c.id = q.text(2);
            c.reviewId = q.text(3);
            c.op = opFrom(q.text(4), &c.deleted);
            c.rev = q.integer(5);
            c.actor = q.text(6);
            c.atMs = q.integer(7);
            if (c.table == QLatin1String("*"))
                reload = true; // a bulk write (BulkWriter) logged one row for all it did
            else
                c.known = Columns::entityForTable(c.table, &c.entity);
            if (c.known)
                changes.append(c);
        }
        if (rows < kBatch)
            break;
    }
    dropOwnRangesUpTo(m_lastSeen);
    if (reload)
        Q_EMIT reloadNeeded();
    if (!changes.isEmpty())
        Q_EMIT changesArrived(changes);
    return static_cast<int>(changes.size());
}

} // namespace hs
