#pragma once

#include "domain/Review.h"
#include "meeting/MeetingTimer.h"

#include <QObject>
#include <QVariantMap>

class QTimer;

namespace hs {

// The live meeting that every window of it observes: the facilitator's main window, the
// presentation window and, on two screens, the audience window. It holds the agenda's stages
// and their clock (MeetingTimer), the stage on screen and the event or why-node selected, and
// announces each change once; windows follow it and report their own selections back, and an
// unchanged value is never re-announced, so two windows cannot ping-pong.
//
// The session does not write the file. What the meeting produces (its log lines) is offered
// through logEntry(); the window that owns the editor writes it as a meeting-log note.
class MeetingSession : public QObject
{
    Q_OBJECT

public:
    explicit MeetingSession(MeetingTimer::Clock clock = MeetingTimer::Clock(), QObject* parent = nullptr);

    // The built-in agenda (stage codes in meeting order, translated titles), for a review
    // without one.
    static QList<MeetingStage> defaultStages();
    // A review's agenda in order; the default when it has none.
    static QList<MeetingStage> stagesFromAgenda(const QList<AgendaItem>& agenda);
    // "4:05", "1:02:03"; negative durations get a minus.
    static QString formatClock(qint64 ms);

    // The review the meeting is about; a different review resets the meeting.
    void setReview(const QString& reviewId, const QList<AgendaItem>& agenda);
    QString reviewId() const { return m_reviewId; }
    const MeetingTimer& timer() const { return m_timer; }
    const QList<MeetingStage>& stages() const { return m_timer.stages(); }
    // The stage shown: the current one once started, else the one previewed (0 at first).
    int stageIndex() const;
    QString stageCode() const;
    QString stageTitle() const;

    bool start();
    bool pause();
    bool resume();
    bool togglePause() { return m_timer.isRunning() ? pause() : resume(); }
    // Before the start, moving previews a stage without starting the clock.
    bool goTo(int index);
    bool next() { return goTo(stageIndex() + 1); }
    bool previous() { return goTo(stageIndex() - 1); }
    bool end();

    // The meeting's clock for keeping across a restart (QSettings), and taking it back
    // (paused) for the same review; false when the state is not for this review or empty.
    QVariantMap saveState() const;
    bool restoreState(const QVariantMap& state);

    QString selectedEventId() const { return m_eventId; }
    QString selectedWhyId() const { return m_whyId; }
    void selectEvent(const QString& id);
    void selectWhy(const QString& id);

Q_SIGNALS:
    void stageChanged(int index);
    // Started, paused, resumed or ended.
    void stateChanged();
    // Once a second while the clock runs, for the timer displays.
    void tick();
    void eventSelected(const QString& id);
    void whySelected(const QString& id);
    // A line for the meeting log (translated), to be written to the review's notes.
    void logEntry(const QString& text);

private:
    void updateTicking();
    QString stageSummary(int index) const;

    MeetingTimer m_timer;
    QTimer* m_ticker;
    QString m_reviewId;
    int m_preview = 0;
    QString m_eventId;
    QString m_whyId;
};

} // namespace hs
