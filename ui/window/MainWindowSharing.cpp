// MainWindow: one file, several facilitators. Other instances' commits arrive through the
// ChangeWatcher and reach every view through Library::changed, as our own edits do; presence
// says who else has the library (and this review) open.

#include "window/MainWindow.h"

#include "insights/InsightsView.h"

#include "common/Dialogs.h"
#include "library/LibrarySidebar.h"
#include "sharing/MergeDialog.h"
#include "review/ReviewWorkspace.h"
#include "storage/ChangeWatcher.h"
#include "storage/Backup.h"
#include "storage/Library.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QUndoStack>
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
    m_sidebar->setPresence({});
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
    if (m_insights)
        m_insights->refresh();
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
    QHash<QString, QStringList> byReview;
    for (const PresenceEntry& p : m_library->presence(QDateTime::currentMSecsSinceEpoch())) {
        if (p.instanceId == m_instanceId)
            continue;
        const QString who = p.host.isEmpty() ? p.user : tr("%1 on %2", "user on host").arg(p.user, p.host);
        if (seen.contains(who + p.reviewId))
            continue;
        seen.insert(who + p.reviewId);
        (p.reviewId == current && !current.isEmpty() ? here : elsewhere).append(who);
        if (!p.reviewId.isEmpty())
            byReview[p.reviewId].append(p.user.isEmpty() ? who : p.user);
    }
    m_sidebar->setPresence(byReview);
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

namespace hs {

void MainWindow::mergeDraftInteractive()
{
    if (!m_library || m_library->isReadOnly())
        return;
    if (QWidget* focus = QApplication::focusWidget())
        focus->clearFocus(); // what is being typed goes in before the merge looks
    const QString path = Dialogs::openFile(this, tr("Import reviews from a file"), fileDialogDir(), libraryFileFilter());
    if (path.isEmpty())
        return;
    const MergePlan plan = m_library->planMerge(path);
    if (!plan.ok()) {
        Dialogs::warning(this, tr("Cannot import from this file"), plan.message);
        return;
    }
    if (plan.changes() == 0) {
        Dialogs::information(this, tr("Nothing to import"),
                             tr("This library already has everything in %1.").arg(QFileInfo(path).fileName()));
        return;
    }
    MergeDialog dialog(plan, this);
    // Under test the dialog is not shown: every conflict keeps what is here.
    if (!Dialogs::testMode() && dialog.exec() != QDialog::Accepted)
        return;
    const WriteResult result = m_library->applyMerge(plan, dialog.choices());
    if (!result.ok()) {
        Dialogs::warning(this, tr("Import failed"), result.message);
        return;
    }
    // The merge is one transaction of its own, not an undo step; earlier undo steps would now
    // meet newer revisions, so the history starts again here.
    m_undoStack->clear();
    const QString id = m_sidebar->currentReviewId();
    m_sidebar->setLibrary(m_library.get());
    if (!id.isEmpty())
        m_sidebar->selectReview(id);
    m_workspace->showReview(m_sidebar->currentReviewId());
    m_countsTimer->start();
    showMessage(tr("Imported %n change(s) from %1.", nullptr, plan.changes()).arg(QFileInfo(path).fileName()));
}

void MainWindow::restoreBackupInteractive()
{
    if (!m_library || m_library->isReadOnly())
        return;
    const QList<BackupInfo> backups = m_library->backups();
    if (backups.isEmpty()) {
        Dialogs::information(this, tr("No backups"),
                             tr("There are no backups of this library yet. Hindsight makes one each day it is opened, "
                                "and before converting it to a new format."));
        return;
    }
    QStringList items;
    for (const BackupInfo& b : backups) {
        const QString kind = b.kind == BackupInfo::Daily          ? tr("daily")
                             : b.kind == BackupInfo::PreMigration ? tr("before a format upgrade")
                             : b.kind == BackupInfo::PreRestore   ? tr("before a restore")
                                                                  : tr("other");
        items.append(tr("%1 — %2, %3").arg(QLocale().toString(b.time, QLocale::ShortFormat), kind,
                                          QLocale().formattedDataSize(b.size)));
    }
    bool ok = Dialogs::testMode();
    const QString chosen = Dialogs::testMode()
        ? items.first()
        : QInputDialog::getItem(this, tr("Restore from backup"),
                                tr("Bring the library back to how it was at:"), items, 0, false, &ok);
    if (!ok || chosen.isEmpty())
        return;
    const BackupInfo& backup = backups.at(items.indexOf(chosen));
    if (Dialogs::question(this, tr("Restore from backup"),
                          tr("Replace everything in this library with the backup from %1? What is there now is "
                             "backed up first, so this too can be undone by restoring that.")
                              .arg(QLocale().toString(backup.time, QLocale::ShortFormat)),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (QWidget* focus = QApplication::focusWidget())
        focus->clearFocus();
    const WriteResult result = m_library->restoreFromBackup(backup.path);
    if (!result.ok()) {
        Dialogs::warning(this, tr("Restore failed"), result.message);
        return;
    }
    m_undoStack->clear();
    reloadEverything();
    showMessage(tr("Restored the backup from %1.").arg(QLocale().toString(backup.time, QLocale::ShortFormat)));
}

} // namespace hs
