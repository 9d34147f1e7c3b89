#include "meeting/MeetingController.h"

#include "actions/ActionsPage.h"
#include "commands/Editor.h"
#include "meeting/MeetingSession.h"
#include "review/LessonsPage.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"
#include "timeline/TimelinePage.h"
#include "util/SortKey.h"
#include "util/Uuid.h"
#include "whys/RootCausePage.h"

#include <QSettings>
#include <QTabWidget>

namespace hs {

MeetingController::MeetingController(QObject* parent)
    : QObject(parent)
    , m_session(new MeetingSession(MeetingTimer::Clock(), this))
{
    connect(m_session, &MeetingSession::logEntry, this, &MeetingController::writeLog);
    // The clock is kept in the settings as it changes (and every half minute while it runs),
    // so a crash or a restart in the middle of a meeting comes back paused where it was.
    connect(m_session, &MeetingSession::stateChanged, this, &MeetingController::saveClock);
    connect(m_session, &MeetingSession::stageChanged, this, &MeetingController::saveClock);
    connect(m_session, &MeetingSession::tick, this, [this] {
        if (++m_ticks % 30 == 0)
            saveClock();
    });
    connect(m_session, &MeetingSession::stageChanged, this, [this] {
        for (const QPointer<ReviewWorkspace>& w : std::as_const(m_workspaces)) {
            if (w)
                showStage(w);
        }
    });
}

void MeetingController::setEditor(Editor* editor)
{
    m_editor = editor;
    m_doc = ReviewDocument();
    m_lastNoteKey.clear();
    m_session->setReview(QString(), {});
}

void MeetingController::setDocument(const ReviewDocument& doc)
{
    m_doc = doc;
    if (doc.review.id != m_session->reviewId())
        m_lastNoteKey.clear();
    for (const Note& n : doc.notes)
        m_lastNoteKey = std::max(m_lastNoteKey, n.sortKey);
    const bool otherReview = doc.review.id != m_session->reviewId();
    // Opening a review announces a meeting not yet started: that must not erase the clock
    // kept for it before it is taken back.
    m_restoring = otherReview;
    m_session->setReview(doc.review.id, doc.agenda);
    if (otherReview && !doc.review.id.isEmpty())
        m_session->restoreState(QSettings().value(clockKey(doc.review.id)).toMap());
    m_restoring = false;
    Q_EMIT documentChanged();
}

// A log line is a record the meeting makes of itself, not an edit someone typed: it is written
// straight to the file (durable at once) and kept off the undo stack, so Ctrl+Z during the
// meeting undoes the facilitator's last edit rather than a stage change's log line. The lines
// are ordinary notes and can be edited or removed (undoably) in the log list.
void MeetingController::writeLog(const QString& text)
{
    if (!m_editor || m_doc.review.id.isEmpty() || m_editor->library()->isReadOnly())
        return;
    m_lastNoteKey = SortKey::after(m_lastNoteKey);
    // Not an undo step (Ctrl+Z undoes the last edit, not a stage change), but queued with the
    // edits, so a busy file delays a log line instead of losing it; the id makes a retry safe.
    const QVariantMap values = {{QStringLiteral("id"), newId()},
                                {QStringLiteral("review_id"), m_doc.review.id},
                                {QStringLiteral("kind"), QStringLiteral("meeting_log")},
                                {QStringLiteral("text"), text},
                                {QStringLiteral("internal"), 1},
                                {QStringLiteral("sort_key"), m_lastNoteKey}};
    Library* library = m_editor->library();
    m_editor->writeUnrecorded(tr("Meeting log: %1").arg(text),
                              [library, values] { return library->insertRow(Entity::Note, values); });
}

QString MeetingController::clockKey(const QString& reviewId)
{
    return QStringLiteral("meeting/clock/") + reviewId;
}

void MeetingController::saveClock()
{
    if (m_restoring || m_session->reviewId().isEmpty())
        return;
    QSettings settings;
    // An ended meeting is in the log; the review's next meeting starts afresh.
    if (m_session->timer().isStarted() && !m_session->timer().isEnded())
        settings.setValue(clockKey(m_session->reviewId()), m_session->saveState());
    else
        settings.remove(clockKey(m_session->reviewId()));
}

QWidget* MeetingController::pageForStage(ReviewWorkspace* workspace, const QString& stage)
{
    if (stage == QLatin1String("timeline"))
        return workspace->timelinePage();
    if (stage == QLatin1String("root_cause"))
        return workspace->rootCausePage();
    if (stage == QLatin1String("actions") || stage == QLatin1String("wrap_up"))
        return workspace->actionsPage();
    if (stage == QLatin1String("lessons"))
        return workspace->lessonsPage();
    return workspace->tabs()->widget(0); // ground rules: the overview, with who is here
}

void MeetingController::showStage(ReviewWorkspace* workspace)
{
    QWidget* page = pageForStage(workspace, m_session->stageCode());
    if (page && workspace->tabs()->indexOf(page) >= 0)
        workspace->tabs()->setCurrentWidget(page);
}

void MeetingController::attach(ReviewWorkspace* workspace)
{
    if (!workspace || m_workspaces.contains(workspace))
        return;
    m_workspaces.append(workspace);
    // Pages are made anew per library; connect to the ones there now (attach again after).
    TimelinePage* timeline = workspace->timelinePage();
    RootCausePage* whys = workspace->rootCausePage();
    if (timeline) {
        connect(timeline, &TimelinePage::currentEventChanged, m_session, [this](const QString& id) {
            if (!id.isEmpty())
                m_session->selectEvent(id);
        });
        connect(m_session, &MeetingSession::eventSelected, timeline, [timeline](const QString& id) {
            if (!id.isEmpty() && timeline->selectedEventIds() != QStringList{id})
                timeline->selectEvent(id);
        });
    }
    if (whys) {
        connect(whys, &RootCausePage::currentNodeChanged, m_session, [this](const QString& id) {
            if (!id.isEmpty())
                m_session->selectWhy(id);
        });
        connect(m_session, &MeetingSession::whySelected, whys, [whys](const QString& id) {
            if (!id.isEmpty())
                whys->selectNode(id);
        });
    }
}

void MeetingController::detach(ReviewWorkspace* workspace)
{
    m_workspaces.removeAll(workspace);
    if (!workspace)
        return;
    if (workspace->timelinePage()) {
        disconnect(workspace->timelinePage(), nullptr, m_session, nullptr);
        disconnect(m_session, nullptr, workspace->timelinePage(), nullptr);
    }
    if (workspace->rootCausePage()) {
        disconnect(workspace->rootCausePage(), nullptr, m_session, nullptr);
        disconnect(m_session, nullptr, workspace->rootCausePage(), nullptr);
    }
}

} // namespace hs
