#include "meeting/MeetingTimer.h"

#include <QDateTime>

#include <algorithm>

namespace hs {

MeetingTimer::MeetingTimer(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

void MeetingTimer::setStages(const QList<MeetingStage>& stages)
{
    const bool wasRunning = isRunning();
    stopRunning();
    m_stages = stages;
    m_elapsed.resize(m_stages.size(), 0);
    if (m_stages.isEmpty()) {
        m_current = -1;
        return;
    }
    if (m_started)
        m_current = std::clamp(m_current, 0, stageCount() - 1);
    if (wasRunning)
        m_runningSince = now();
}

void MeetingTimer::stopRunning()
{
    if (m_runningSince < 0)
        return;
    if (m_current >= 0 && m_current < m_elapsed.size())
        m_elapsed[m_current] += std::max<qint64>(0, now() - m_runningSince);
    m_runningSince = -1;
}

void MeetingTimer::reset()
{
    m_elapsed.fill(0);
    m_current = -1;
    m_started = false;
    m_ended = false;
    m_runningSince = -1;
}

MeetingTimer::State MeetingTimer::state() const
{
    State s;
    s.started = m_started;
    s.ended = m_ended;
    s.current = m_current;
    for (int i = 0; i < m_elapsed.size(); ++i)
        s.elapsedMs.append(stageElapsedMs(i));
    return s;
}

void MeetingTimer::restore(const State& state)
{
    reset();
    if (!state.started || m_stages.isEmpty())
        return;
    m_started = true;
    m_ended = state.ended;
    m_current = std::clamp(state.current, 0, stageCount() - 1);
    for (int i = 0; i < m_elapsed.size() && i < state.elapsedMs.size(); ++i)
        m_elapsed[i] = std::max<qint64>(0, state.elapsedMs.at(i));
}

bool MeetingTimer::start()
{
    if (m_started || m_stages.isEmpty())
        return false;
    m_started = true;
    m_current = 0;
    m_runningSince = now();
    return true;
}

bool MeetingTimer::pause()
{
    if (!isRunning())
        return false;
    stopRunning();
    return true;
}

bool MeetingTimer::resume()
{
    if (!isPaused())
        return false;
    m_runningSince = now();
    return true;
}

bool MeetingTimer::goTo(int index)
{
    if (!m_started || m_ended || index < 0 || index >= stageCount() || index == m_current)
        return false;
    const bool wasRunning = isRunning();
    stopRunning();
    m_current = index;
    if (wasRunning)
        m_runningSince = now();
    return true;
}

bool MeetingTimer::end()
{
    if (!m_started || m_ended)
        return false;
    stopRunning();
    m_ended = true;
    return true;
}

qint64 MeetingTimer::stageElapsedMs(int index) const
{
    if (index < 0 || index >= m_elapsed.size())
        return 0;
    qint64 ms = m_elapsed.at(index);
    if (index == m_current && m_runningSince >= 0)
        ms += std::max<qint64>(0, now() - m_runningSince);
    return ms;
}

qint64 MeetingTimer::stageBudgetMs(int index) const
{
    if (index < 0 || index >= m_stages.size())
        return 0;
    return qint64(std::max(0, m_stages.at(index).minutes)) * 60000;
}

qint64 MeetingTimer::remainingMs() const
{
    return stageBudgetMs(m_current) - currentElapsedMs();
}

qint64 MeetingTimer::overrunMs() const
{
    // A stage without a timebox cannot overrun it.
    if (stageBudgetMs(m_current) <= 0)
        return 0;
    return std::max<qint64>(0, -remainingMs());
}

qint64 MeetingTimer::meetingElapsedMs() const
{
    qint64 total = 0;
    for (int i = 0; i < m_elapsed.size(); ++i)
        total += stageElapsedMs(i);
    return total;
}

qint64 MeetingTimer::plannedMs() const
{
    qint64 total = 0;
    for (int i = 0; i < m_stages.size(); ++i)
        total += stageBudgetMs(i);
    return total;
}

} // namespace hs
