// MainWindow: one file, several facilitators. Other instances' commits arrive through the
// ChangeWatcher and reach every view through Library::changed, as our own edits do; presence
// says who else has the library (and this review) open.

#include "window/MainWindow.h"

#include "library/LibrarySidebar.h"
#include "review/ReviewWorkspace.h"
#include "storage/ChangeWatcher.h"
#include "storage/Library.h"

#include <QDateTime>
#include <QLabel>
#include <QSet>
#include <QTimer>

namespace hs {

void MainWindow::startSharing()
{
    if (!m_library)
        return;
    m_watcher = new ChangeWatcher(m_library.get(), this);
    connect(m_watcher, &ChangeWatcher::changesArrived, this, &MainWindow::onForeignChanges);
    connect(m_watcher, &ChangeWatcher::reloadNeeded, this, &MainWindow::reloadEverything);
    m_watcher->start();
    // Presence is a write: none before the page check has found the file sound, since
    // opening and looking must never write to a damaged file.
    connect(m_library.get(), &Library::integrityChecked, this, [this](bool clean) {
        if (clean)
            startPresence();
    });
}

void MainWindow::startPresence()
{
    if (!m_library || m_presenceTimer->isActive())
        return;
    m_presenceTimer->start();
    heartbeat();
}

void MainWindow::stopSharing()
{
    const bool present = m_presenceTimer->isActive();
    m_presenceTimer->stop();
    delete m_watcher;
    m_watcher = nullptr;
    if (m_library && present && !m_library->isReadOnly())
        m_library->leave(m_instanceId);
    m_presenceLabel->clear();
}

void MainWindow::onForeignChanges(const QList<LoggedChange>& changes)
{
    QStringList actors;
    bool thisReview = false;
    const QString current = m_workspace->reviewId();
    for (const LoggedChange& c : changes) {
        if (!c.known)
            continue;
        Change change;
        change.entity = c.entity;
        change.id = c.id;
        change.reviewId = c.reviewId;
        change.op = c.op;
        change.rev = c.rev;
        change.actor = c.actor;
        change.foreign = true;
        m_library->reportForeignChange(change);
        if (!c.actor.isEmpty() && !actors.contains(c.actor))
            actors.append(c.actor);
        thisReview = thisReview || (!current.isEmpty() && c.reviewId == current);
    }
    if (thisReview)
        showMessage(actors.isEmpty() ? tr("This review was changed in another window; it is up to date.")
                                     : tr("Updated with changes by %1.").arg(actors.join(QStringLiteral(", "))));
}

void MainWindow::reloadEverything()
{
    if (!m_library)
        return;
    const QString current = m_sidebar->currentReviewId();
    m_sidebar->setLibrary(m_library.get());
    if (!current.isEmpty())
        m_sidebar->selectReview(current);
    m_workspace->showReview(m_sidebar->currentReviewId());
    m_countsTimer->start();
    showMessage(tr("The library was changed in another window; everything shown was read again."));
}

void MainWindow::heartbeat()
{
    if (!m_library || !m_presenceTimer->isActive())
        return;
    if (!m_library->isReadOnly())
        m_library->heartbeat(m_instanceId, m_workspace->reviewId());
    updatePresence();
}

void MainWindow::updatePresence()
{
    if (!m_library)
        return;
    const QString current = m_workspace->reviewId();
    QStringList here;
    QStringList elsewhere;
    QSet<QString> seen;
    for (const PresenceEntry& p : m_library->presence(QDateTime::currentMSecsSinceEpoch())) {
        if (p.instanceId == m_instanceId)
            continue;
        const QString who = p.host.isEmpty() ? p.user : tr("%1 on %2", "user on host").arg(p.user, p.host);
        if (seen.contains(who + p.reviewId))
            continue;
        seen.insert(who + p.reviewId);
        (p.reviewId == current && !current.isEmpty() ? here : elsewhere).append(who);
    }
    QStringList parts;
    if (!here.isEmpty())
        parts.append(tr("Also on this review: %1").arg(here.join(QStringLiteral(", "))));
    if (!elsewhere.isEmpty())
        parts.append(tr("Library also open: %1").arg(elsewhere.join(QStringLiteral(", "))));
    m_presenceLabel->setText(parts.join(QStringLiteral(" · ")));
    m_presenceLabel->setToolTip(tr("Other Hindsight windows with this library open, seen in the last 30 seconds. "
                                   "Their edits appear here within a second."));
}

} // namespace hs
