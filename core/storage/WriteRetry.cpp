#include "storage/WriteRetry.h"

#include <QRandomGenerator>
#include <QThread>

namespace hs {

namespace {

// The next pause: doubled, capped, with up to a quarter of jitter so two processes that
// collided do not retry in lockstep.
int nextDelay(int current, const RetryPolicy& policy)
{
    const int base = current <= 0 ? policy.firstDelayMs : std::min(current * 2, policy.maxDelayMs);
    const int jitter = base >= 4 ? static_cast<int>(QRandomGenerator::global()->bounded(base / 4 + 1)) : 0;
    return std::max(1, base - jitter);
}

} // namespace

WriteResult writeWithRetry(const WriteAttempt& attempt, const RetryPolicy& policy, int* attempts)
{
    QElapsedTimer since;
    since.start();
    int delay = 0;
    int tries = 0;
    for (;;) {
        ++tries;
        const WriteResult result = attempt();
        if (!result.isRetryable() || (since.elapsed() >= policy.giveUpAfterMs && tries >= policy.minAttempts)) {
            if (attempts)
                *attempts = tries;
            return result;
        }
        delay = nextDelay(delay, policy);
        QThread::msleep(static_cast<unsigned long>(delay));
    }
}

WriteQueue::WriteQueue(QObject* parent)
    : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &WriteQueue::runQueue);
}

WriteQueue::~WriteQueue() = default;

QStringList WriteQueue::pendingDescriptions() const
{
    QStringList out;
    for (const Pending& p : m_queue)
        out.append(p.description);
    return out;
}

void WriteQueue::submit(const QString& description, WriteAttempt attempt, Done done)
{
    m_queue.push_back(Pending{description, std::move(attempt), std::move(done)});
    if (m_queue.size() == 1 && !m_retryTimer.isActive() && !m_stalled)
        runQueue();
}

void WriteQueue::runQueue()
{
    if (m_running)
        return; // a done() callback submitted more: the loop below picks it up
    m_running = true;
    while (!m_queue.empty()) {
        const WriteResult result = m_queue.front().attempt();
        if (result.isRetryable()) {
            m_lastError = result;
            if (!m_since.isValid())
                m_since.start();
            if (m_since.elapsed() >= m_policy.noticeAfterMs)
                setWaiting(true);
            ++m_attempts;
            if (m_since.elapsed() >= m_policy.giveUpAfterMs && m_attempts >= m_policy.minAttempts) {
                m_stalled = true;
                m_delayMs = 0;
                m_running = false;
                Q_EMIT stalled(result);
                return;
            }
            m_delayMs = nextDelay(m_delayMs, m_policy);
            // Wake in time to show the note when it is due, even during a long pause.
            const qint64 untilNotice = m_waiting ? m_delayMs : m_policy.noticeAfterMs - m_since.elapsed();
            m_retryTimer.start(static_cast<int>(std::clamp<qint64>(untilNotice, 1, m_delayMs)));
            m_running = false;
            return;
        }
        Pending done = std::move(m_queue.front());
        m_queue.pop_front();
        m_since.invalidate();
        m_delayMs = 0;
        m_attempts = 0;
        if (done.done)
            done.done(result);
    }
    m_running = false;
    m_lastError = WriteResult();
    setWaiting(false);
}

void WriteQueue::retryNow()
{
    m_attempts = 0;
    m_stalled = false;
    m_since.invalidate();
    m_delayMs = 0;
    m_retryTimer.stop();
    runQueue();
}

void WriteQueue::discardAll()
{
    m_retryTimer.stop();
    std::deque<Pending> dropped;
    dropped.swap(m_queue);
    const WriteResult why = m_lastError;
    m_stalled = false;
    m_since.invalidate();
    m_delayMs = 0;
    m_attempts = 0;
    setWaiting(false);
    for (const Pending& p : dropped) {
        if (p.done)
            p.done(why);
    }
}

void WriteQueue::setWaiting(bool waiting)
{
    if (m_waiting == waiting)
        return;
    m_waiting = waiting;
    Q_EMIT waitingChanged(waiting);
}

} // namespace hs
