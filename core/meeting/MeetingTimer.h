#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace hs {

// One stage of a meeting as the agenda gives it: what it is for (an AgendaStage code), its
// title and its timebox.
struct MeetingStage {
    QString stage;     // Vocab::AgendaStage code: ground_rules, timeline, root_cause, …
    QString title;
    int minutes = 0;
    QString agendaItemId; // empty for a stage of the built-in default agenda
};

// The meeting's clock: which stage is on, how long each stage has run, and the meeting as a
// whole, with pauses left out. Time comes from an injectable clock (milliseconds; by default
// the system's monotonic-enough wall clock), so tests drive it without waiting. Plain value
// logic, no signals: MeetingSession wraps it for the windows.
class MeetingTimer
{
public:
    using Clock = std::function<qint64()>;

    explicit MeetingTimer(Clock clock = Clock());

    // Replaces the stages. Time already spent stays with the stage at the same position
    // (an agenda edited during the meeting keeps its clock); the current stage is clamped.
    void setStages(const QList<MeetingStage>& stages);
    const QList<MeetingStage>& stages() const { return m_stages; }
    int stageCount() const { return static_cast<int>(m_stages.size()); }

    bool isStarted() const { return m_started; }
    bool isRunning() const { return m_runningSince >= 0; }
    bool isPaused() const { return m_started && !m_ended && m_runningSince < 0; }
    bool isEnded() const { return m_ended; }
    // -1 before the start.
    int currentIndex() const { return m_current; }

    // Back to before the start, stages kept, every stage's time cleared.
    void reset();

    // The clock as it stands (running time counted up to now), to keep across a restart.
    struct State {
        bool started = false;
        bool ended = false;
        int current = -1;
        QList<qint64> elapsedMs;
    };
    State state() const;
    // Takes a kept state back, paused: the time the application was away is not meeting
    // time. Elapsed times beyond the stages are dropped, missing ones count as 0.
    void restore(const State& state);
    // Starts at the first stage (false without stages or when already started).
    bool start();
    bool pause();
    bool resume();
    // Moves to a stage; the time of the stage left is kept. False out of range, before the
    // start or after the end, or when already there.
    bool goTo(int index);
    bool next() { return goTo(m_current + 1); }
    bool previous() { return goTo(m_current - 1); }
    // Stops the clock for good (false when not started or already ended).
    bool end();

    qint64 stageElapsedMs(int index) const;
    qint64 currentElapsedMs() const { return stageElapsedMs(m_current); }
    qint64 stageBudgetMs(int index) const;
    // Budget minus elapsed for the current stage; negative once over.
    qint64 remainingMs() const;
    // How far the current stage is over its timebox (0 when within it or unlimited).
    qint64 overrunMs() const;
    bool isOverrun() const { return overrunMs() > 0; }
    // Every stage's time together, pauses left out.
    qint64 meetingElapsedMs() const;
    // The agenda's total timebox.
    qint64 plannedMs() const;

private:
    qint64 now() const { return m_clock(); }
    void stopRunning();

    Clock m_clock;
    QList<MeetingStage> m_stages;
    QList<qint64> m_elapsed;
    int m_current = -1;
    bool m_started = false;
    bool m_ended = false;
    qint64 m_runningSince = -1;
};

} // namespace hs
