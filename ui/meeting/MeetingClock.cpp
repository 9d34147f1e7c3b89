#include "meeting/MeetingClock.h"

#include "meeting/MeetingSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace hs {

MeetingClock::MeetingClock(MeetingSession* session, bool withControls, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stage(new QLabel(this))
    , m_timer(new QLabel(this))
    , m_meeting(new QLabel(this))
{
    setObjectName(QStringLiteral("meetingClock"));
    m_stage->setObjectName(QStringLiteral("meetingStage"));
    m_timer->setObjectName(QStringLiteral("meetingTimer"));
    m_meeting->setObjectName(QStringLiteral("meetingElapsed"));
    applyFonts();
    m_timer->setAccessibleName(tr("Stage timer"));
    m_stage->setWordWrap(true);
    m_meeting->setWordWrap(true);
    m_meeting->setAccessibleName(tr("Meeting clock"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_stage, 1);
    top->addWidget(m_timer);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_meeting, 1);
    if (withControls) {
        auto button = [this, bottom](const QString& name, const QString& text, const QString& tip) {
            auto* b = new QToolButton(this);
            b->setObjectName(name);
            b->setText(text);
            b->setToolTip(tip);
            b->setAccessibleName(tip);
            bottom->addWidget(b);
            return b;
        };
        m_previous = button(QStringLiteral("meetingPrevious"), QStringLiteral("◀"), tr("Previous stage (Alt+Page Up)"));
        m_startPause = button(QStringLiteral("meetingStartPause"), tr("Start"), tr("Start, pause or resume the meeting (Ctrl+Shift+Space)"));
        m_next = button(QStringLiteral("meetingNext"), QStringLiteral("▶"), tr("Next stage (Alt+Page Down)"));
        m_end = button(QStringLiteral("meetingEnd"), tr("End"), tr("End the meeting"));
        connect(m_previous, &QToolButton::clicked, session, &MeetingSession::previous);
        connect(m_next, &QToolButton::clicked, session, &MeetingSession::next);
        connect(m_end, &QToolButton::clicked, session, &MeetingSession::end);
        connect(m_startPause, &QToolButton::clicked, session, [session] {
            if (!session->timer().isStarted())
                session->start();
            else
                session->togglePause();
        });
    } else {
        layout->setContentsMargins(12, 6, 12, 6);
    }
    layout->addLayout(bottom);

    connect(session, &MeetingSession::tick, this, &MeetingClock::refresh);
    connect(session, &MeetingSession::stateChanged, this, &MeetingClock::refresh);
    connect(session, &MeetingSession::stageChanged, this, &MeetingClock::refresh);
    refresh();
}

void MeetingClock::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

void MeetingClock::applyFonts()
{
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_stage->setFont(big);
    QFont timer = big;
    timer.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    timer.setStyleHint(QFont::Monospace);
    m_timer->setFont(timer);
}

QString MeetingClock::timerText() const
{
    return m_timer->text();
}

void MeetingClock::refresh()
{
    const MeetingTimer& t = m_session->timer();
    const int index = m_session->stageIndex();
    const int count = static_cast<int>(m_session->stages().size());
    m_stage->setText(count > 0 ? tr("%1 · %2 of %3").arg(m_session->stageTitle()).arg(index + 1).arg(count) : QString());
    const qint64 budget = t.stageBudgetMs(index);
    const qint64 spent = t.isStarted() ? t.stageElapsedMs(index) : 0;
    m_overrun = t.isStarted() && budget > 0 && spent > budget;
    QString timer = budget > 0 ? tr("%1 / %2").arg(MeetingSession::formatClock(spent), MeetingSession::formatClock(budget))
                               : MeetingSession::formatClock(spent);
    if (m_overrun)
        timer += QLatin1Char(' ') + tr("(%1 over)").arg(MeetingSession::formatClock(spent - budget));
    // Overrun in a colour that reads on light, dark and high-contrast backgrounds, and in words.
    m_timer->setStyleSheet(m_overrun ? QStringLiteral("color: #d55e00;") : QString());
    m_timer->setText(timer);
    QString meeting;
    if (!t.isStarted())
        meeting = tr("Not started · %1 planned").arg(MeetingSession::formatClock(t.plannedMs()));
    else if (t.isEnded())
        meeting = tr("Ended after %1").arg(MeetingSession::formatClock(t.meetingElapsedMs()));
    else
        meeting = tr("Meeting %1 of %2").arg(MeetingSession::formatClock(t.meetingElapsedMs()),
                                             MeetingSession::formatClock(t.plannedMs()))
            + (t.isPaused() ? QStringLiteral(" · ") + tr("paused") : QString());
    m_meeting->setText(meeting);
    if (m_startPause) {
        m_startPause->setText(!t.isStarted() ? tr("Start") : t.isRunning() ? tr("Pause") : tr("Resume"));
        m_startPause->setEnabled(!t.isEnded());
        m_previous->setEnabled(index > 0);
        m_next->setEnabled(index + 1 < count);
        m_end->setEnabled(t.isStarted() && !t.isEnded());
    }
}

} // namespace hs
