#pragma once

#include "storage/Library.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace hs {

// Busy handling for writes to a shared file. An edit that fails with a status retrying can fix
// (WriteResult::isRetryable(): BUSY 5, BUSY_SNAPSHOT 517, LOCKED 6, FULL 13, IOERR_WRITE 778) is
// tried again with growing pauses for a bounded time. If it still fails it is reported with that
// status and kept, never dropped: the caller (or WriteQueue) tries it again later.
//
// An attempt is a function that makes one whole edit (one BEGIN IMMEDIATE … COMMIT through
// Library) and may run several times, so it must carry everything it needs, including the
// revision it expects; the revision check makes a repeat after an unclear failure a Conflict,
// never a second change, and inserts should carry a pre-made id (newId()) for the same reason.
// Each attempt may itself wait up to the connection's busy timeout (Database::Options).
struct RetryPolicy {
    // Stop retrying on our own once this long has passed and at least minAttempts were made.
    // One attempt can itself wait the whole busy timeout and still lose the race for the lock
    // (SQLite's busy handler is not a queue), so time alone would give up after one try.
    int giveUpAfterMs = 3000;
    int minAttempts = 3;
    int firstDelayMs = 5;     // first pause; it doubles (with jitter) up to maxDelayMs
    int maxDelayMs = 250;
    int noticeAfterMs = 1000; // WriteQueue: when the UI should say "waiting for the file"
};

using WriteAttempt = std::function<WriteResult()>;

// Runs attempt until it succeeds, fails for a reason retrying cannot fix, or
// policy.giveUpAfterMs has passed; blocks the calling thread. For the command line, tools and
// worker threads. attempts (optional) receives the number of tries.
WriteResult writeWithRetry(const WriteAttempt& attempt, const RetryPolicy& policy = RetryPolicy(), int* attempts = nullptr);

// The window's retry queue: edits run in submission order on the event loop, and a retry waits
// on a timer, not by blocking. While the first edit in the queue is waiting, later edits wait
// behind it (so edits are never reordered).
//
//   queue.submit(description, [=] { return lib->updateField(…, rev); },
//                [=](const WriteResult& r) { … Ok, or Conflict/NotFound/…: show it … });
//
// waitingChanged(true) comes once the first edit has waited noticeAfterMs: show a non-modal
// "waiting for the file" note, hidden again on waitingChanged(false). After giveUpAfterMs the
// queue stops retrying by itself and emits stalled() with the last Busy/DiskFull result; the
// edits stay queued until retryNow() (a "Try again" button) or discardAll() (the user's
// explicit choice). done is called once per edit, with Ok or a final non-retryable status.
class WriteQueue : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const WriteResult&)>;

    explicit WriteQueue(QObject* parent = nullptr);
    ~WriteQueue() override;

    void setPolicy(const RetryPolicy& policy) { m_policy = policy; }
    RetryPolicy policy() const { return m_policy; }

    // Runs attempt at once when nothing is queued; otherwise queues it behind the others.
    void submit(const QString& description, WriteAttempt attempt, Done done = Done());

    int pendingCount() const { return static_cast<int>(m_queue.size()); }
    QStringList pendingDescriptions() const;
    bool isWaiting() const { return m_waiting; }
    bool isStalled() const { return m_stalled; }
    // Why the first queued edit has not gone through yet (Busy or DiskFull, with its message).
    WriteResult lastError() const { return m_lastError; }

    // Tries the queued edits again now, with a fresh time bound.
    void retryNow();
    // Drops every queued edit; each done() gets the last error. Only on the user's say-so.
    void discardAll();

Q_SIGNALS:
    void waitingChanged(bool waiting);
    void stalled(const hs::WriteResult& lastError);

private:
    struct Pending {
        QString description;
        WriteAttempt attempt;
        Done done;
    };
    void runQueue();
    void setWaiting(bool waiting);

    RetryPolicy m_policy;
    std::deque<Pending> m_queue;
    QTimer m_retryTimer;
    QElapsedTimer m_since; // since the first edit in the queue first failed
    int m_delayMs = 0;
    int m_attempts = 0; // failed tries of the first edit since m_since
    bool m_running = false;
    bool m_waiting = false;
    bool m_stalled = false;
    WriteResult m_lastError;
};

} // namespace hs
