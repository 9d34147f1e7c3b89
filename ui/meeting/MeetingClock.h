#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace hs {

class MeetingSession;

// The meeting's clock as a strip: the stage and its timer (time spent of the timebox, red and
// "over" once past it), the whole meeting's clock against the plan, and, for the facilitator,
// start / pause / resume, previous and next stage and end. The presentation window shows the
// same strip without the buttons.
class MeetingClock : public QWidget
{
    Q_OBJECT

public:
    MeetingClock(MeetingSession* session, bool withControls, QWidget* parent = nullptr);

    QString timerText() const;
    bool isShowingOverrun() const { return m_overrun; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    // The stage and timer a size above the window's own text, so they scale with its zoom.
    void applyFonts();

    MeetingSession* m_session;
    QLabel* m_stage;
    QLabel* m_timer;
    QLabel* m_meeting;
    QToolButton* m_startPause = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_end = nullptr;
    bool m_overrun = false;
};

} // namespace hs
