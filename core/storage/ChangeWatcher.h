#pragma once

#include "storage/Columns.h"
#include "storage/Library.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

namespace hs {

// One row of change_log: a shared row some connection changed (schema 3 triggers).
struct LoggedChange {
    qint64 seq = 0;
    QString table;
    bool known = false;            // table names a shared row this version knows
    Entity entity = Entity::Review; // valid when known
    QString id;
    QString reviewId;               // empty for library-wide rows
    Change::Op op = Change::Updated;
    bool deleted = false;           // a real DELETE (not a tombstone): the row is gone
    qint64 rev = 0;
    QString actor;
    qint64 atMs = 0;
};

// Notices other connections' commits (another facilitator, another process, a tool) to a
// library and reports the rows they changed. A timer runs PRAGMA data_version on the library's
// own connection (a few microseconds; it changes only for other connections' commits) and, when
// it moved, reads change_log past the last seq seen. The library's own edits advance the last
// seen seq as they commit (Library::ownChangesLogged), so they never come back as foreign.
// Lives on the library's thread; reads finish before returning (no statement stays open).
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 300;

    explicit ChangeWatcher(Library* library, QObject* parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }
    qint64 lastSeenSeq() const { return m_lastSeen; }

    // Checks once now (the timer calls this). Returns how many foreign changes were reported.
    int poll();

Q_SIGNALS:
    // Rows other connections changed since the last report, oldest first; a row changed several
    // times appears several times.
    void changesArrived(const QList<hs::LoggedChange>& changes);
    // Row-by-row refresh is not possible: the log was pruned past what this watcher saw (the
    // machine slept, say) or a bulk writer filled the library. Reload everything shown.
    void reloadNeeded();

private:
    void noteOwnChanges(qint64 firstSeq, qint64 lastSeq);
    void dropOwnRangesUpTo(qint64 seq);
    bool isOwn(qint64 seq) const;

    QPointer<Library> m_library;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    qint64 m_lastSeen = 0;
    QList<QPair<qint64, qint64>> m_ownRanges; // own commits not yet folded into m_lastSeen
};

} // namespace hs

Q_DECLARE_METATYPE(hs::LoggedChange)
