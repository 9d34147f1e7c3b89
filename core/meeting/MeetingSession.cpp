#include "meeting/MeetingSession.h"

#include "domain/Enums.h"

#include <QTimer>

#include <algorithm>

namespace hs {

MeetingSession::MeetingSession(MeetingTimer::Clock clock, QObject* parent)
    : QObject(parent)
    , m_timer(std::move(clock))
    , m_ticker(new QTimer(this))
{
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &MeetingSession::tick);
    m_timer.setStages(defaultStages());
}

QList<MeetingStage> MeetingSession::defaultStages()
{
    // The incident template's timeboxes: an hour in all.
    const std::pair<const char*, int> plan[] = {{"ground_rules", 5}, {"timeline", 20}, {"root_cause", 15},
                                                {"actions", 10},     {"lessons", 5},   {"wrap_up", 5}};
    QList<MeetingStage> out;
    for (const auto& [code, minutes] : plan) {
        const QString stage = QString::fromLatin1(code);
        out.append(MeetingStage{stage, Vocabulary::label(Vocab::AgendaStage, stage), minutes, QString()});
    }
    return out;
}

QList<MeetingStage> MeetingSession::stagesFromAgenda(const QList<AgendaItem>& agenda)
{
    QList<AgendaItem> items = agenda;
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem& a, const AgendaItem& b) {
        return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.id < b.id;
    });
    QList<MeetingStage> out;
    for (const AgendaItem& a : std::as_const(items)) {
        const QString stage = Vocabulary::contains(Vocab::AgendaStage, a.stage) ? a.stage : QStringLiteral("wrap_up");
        out.append(MeetingStage{stage, a.title.isEmpty() ? Vocabulary::label(Vocab::AgendaStage, stage) : a.title,
                                std::max(0, a.minutes), a.id});
    }
    return out.isEmpty() ? defaultStages() : out;
}

QString MeetingSession::formatClock(qint64 ms)
{
    const bool negative = ms < 0;
    qint64 s = (negative ? -ms : ms) / 1000;
    const qint64 h = s / 3600;
    const qint64 m = (s / 60) % 60;
    s %= 60;
    QString out = h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
                        : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    return negative ? QStringLiteral("−") + out : out;
}

void MeetingSession::setReview(const QString& reviewId, const QList<AgendaItem>& agenda)
{
    const QList<MeetingStage> stages = stagesFromAgenda(agenda);
    if (reviewId != m_reviewId) {
        // Another review: a new meeting. The old one's clock goes with it.
        m_timer.reset();
        m_reviewId = reviewId;
        m_preview = 0;
        m_eventId.clear();
        m_whyId.clear();
        m_timer.setStages(stages);
        updateTicking();
        Q_EMIT stateChanged();
        Q_EMIT stageChanged(stageIndex());
        return;
    }
    const int before = stageIndex();
    m_timer.setStages(stages);
    m_preview = std::clamp(m_preview, 0, std::max(0, m_timer.stageCount() - 1));
    if (stageIndex() != before)
        Q_EMIT stageChanged(stageIndex());
}

int MeetingSession::stageIndex() const
{
    return m_timer.isStarted() && m_timer.currentIndex() >= 0 ? m_timer.currentIndex() : m_preview;
}

QString MeetingSession::stageCode() const
{
    const int i = stageIndex();
    return i >= 0 && i < stages().size() ? stages().at(i).stage : QString();
}

QString MeetingSession::stageTitle() const
{
    const int i = stageIndex();
    return i >= 0 && i < stages().size() ? stages().at(i).title : QString();
}

QString MeetingSession::stageSummary(int index) const
{
    const MeetingStage& s = stages().at(index);
    const qint64 spent = m_timer.stageElapsedMs(index);
    const qint64 budget = m_timer.stageBudgetMs(index);
    if (budget > 0 && spent > budget)
        return tr("%1 took %2 of %3 (%4 over).")
            .arg(s.title, formatClock(spent), formatClock(budget), formatClock(spent - budget));
    if (budget > 0)
        return tr("%1 took %2 of %3.").arg(s.title, formatClock(spent), formatClock(budget));
    return tr("%1 took %2.").arg(s.title, formatClock(spent));
}

bool MeetingSession::start()
{
    const int preview = m_preview;
    if (!m_timer.start())
        return false;
    m_timer.goTo(preview); // start where the facilitator is (usually the first stage)
    updateTicking();
    const MeetingStage& s = stages().at(stageIndex());
    Q_EMIT logEntry(tr("Meeting started with %1 (%n min planned).", nullptr, s.minutes).arg(s.title));
    Q_EMIT stateChanged();
    if (preview != 0)
        Q_EMIT stageChanged(stageIndex());
    return true;
}

bool MeetingSession::pause()
{
    if (!m_timer.pause())
        return false;
    updateTicking();
    Q_EMIT logEntry(tr("Paused during %1 at %2.").arg(stageTitle(), formatClock(m_timer.meetingElapsedMs())));
    Q_EMIT stateChanged();
    return true;
}

bool MeetingSession::resume()
{
    if (!m_timer.resume())
        return false;
    updateTicking();
    Q_EMIT logEntry(tr("Resumed %1.").arg(stageTitle()));
    Q_EMIT stateChanged();
    return true;
}

bool MeetingSession::goTo(int index)
{
    if (index < 0 || index >= stages().size() || index == stageIndex())
        return false;
    if (!m_timer.isStarted() || m_timer.isEnded()) {
        m_preview = index;
        Q_EMIT stageChanged(index);
        return true;
    }
    const int from = stageIndex();
    if (!m_timer.goTo(index))
        return false;
    Q_EMIT logEntry(tr("%1 Now: %2.").arg(stageSummary(from), stageTitle()));
    Q_EMIT stageChanged(index);
    return true;
}

bool MeetingSession::end()
{
    const int last = stageIndex();
    if (!m_timer.end())
        return false;
    m_preview = last;
    updateTicking();
    Q_EMIT logEntry(tr("%1 Meeting ended after %2 (%3 planned).")
                        .arg(stageSummary(last), formatClock(m_timer.meetingElapsedMs()),
                             formatClock(m_timer.plannedMs())));
    Q_EMIT stateChanged();
    return true;
}

QVariantMap MeetingSession::saveState() const
{
    const MeetingTimer::State s = m_timer.state();
    QVariantList elapsed;
    for (qint64 ms : s.elapsedMs)
        elapsed.append(ms);
    return {{QStringLiteral("review"), m_reviewId}, {QStringLiteral("started"), s.started},
            {QStringLiteral("ended"), s.ended},     {QStringLiteral("stage"), s.current},
            {QStringLiteral("preview"), m_preview}, {QStringLiteral("elapsed"), elapsed}};
}

bool MeetingSession::restoreState(const QVariantMap& state)
{
    if (m_reviewId.isEmpty() || state.value(QStringLiteral("review")).toString() != m_reviewId)
        return false;
    MeetingTimer::State s;
    s.started = state.value(QStringLiteral("started")).toBool();
    s.ended = state.value(QStringLiteral("ended")).toBool();
    s.current = state.value(QStringLiteral("stage")).toInt();
    for (const QVariant& v : state.value(QStringLiteral("elapsed")).toList())
        s.elapsedMs.append(v.toLongLong());
    if (!s.started)
        return false;
    m_timer.restore(s);
    m_preview = m_timer.currentIndex();
    updateTicking();
    Q_EMIT stateChanged();
    Q_EMIT stageChanged(stageIndex());
    return true;
}

void MeetingSession::selectEvent(const QString& id)
{
    if (id == m_eventId)
        return;
    m_eventId = id;
    Q_EMIT eventSelected(id);
}

void MeetingSession::selectWhy(const QString& id)
{
    if (id == m_whyId)
        return;
    m_whyId = id;
    Q_EMIT whySelected(id);
}

void MeetingSession::updateTicking()
{
    if (m_timer.isRunning())
        m_ticker->start();
    else
        m_ticker->stop();
}

} // namespace hs
