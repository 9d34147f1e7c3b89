// MainWindow: commands on the open review that need a dialog.

#include "window/MainWindow.h"

#include "commands/Editor.h"
#include "library/LibrarySidebar.h"
#include "review/ReviewWorkspace.h"
#include "library/LibrarySidebar.h"
#include "storage/Library.h"
#include "timeline/ImportDialog.h"
#include "actions/ActionQuery.h"
#include "actions/ActionTracker.h"
#include "whys/RootCausePage.h"
#include "actions/ActionsPage.h"
#include "timeline/TimelinePage.h"

#include <QDateTime>
#include <QLabel>
#include <QTabWidget>
#include <QTimeZone>

namespace hs {

void MainWindow::importInteractive()
{
    if (!m_library || m_library->isReadOnly() || m_workspace->reviewId().isEmpty())
        return;
    ImportDialog dialog(m_library.get(), m_workspace->document(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportResult& result = dialog.result();
    const ImportPlan plan = m_library->planImport(m_workspace->reviewId(), result);
    bool added = false;
    if (!m_editor->applyImport(m_workspace->reviewId(), result, tr("Import from %1").arg(result.sourceName), &added))
        return; // the editor reported why
    m_workspace->tabs()->setCurrentWidget(m_workspace->timelinePage());
    showMessage(added ? tr("Imported %1 and %2 from %3.")
                            .arg(tr("%n message(s)", nullptr, plan.newMessages),
                                 tr("%n event(s)", nullptr, plan.newEvents), result.sourceName)
                      : tr("Nothing new in %1: it was imported before.").arg(result.sourceName));
}

void MainWindow::showActionTracker()
{
    if (!m_library)
        return;
    if (!m_tracker) {
        m_tracker = new ActionTracker(m_library.get(), m_editor, this);
        m_tracker->setWindowFlag(Qt::Window);
        m_tracker->resize(1200, 700);
        connect(m_tracker, &ActionTracker::openReview, this, &MainWindow::openReviewFromTracker);
        connect(m_tracker, &ActionTracker::message, this, &MainWindow::showMessage);
    }
    m_tracker->show();
    m_tracker->raise();
    m_tracker->activateWindow();
}

void MainWindow::openReviewFromTracker(const QString& reviewId, const QString& whyId)
{
    if (!m_sidebar->selectReview(reviewId))
        return;
    m_workspace->showReview(reviewId);
    if (!whyId.isEmpty() && m_workspace->rootCausePage()->selectNode(whyId))
        m_workspace->tabs()->setCurrentWidget(m_workspace->rootCausePage());
    else
        m_workspace->tabs()->setCurrentWidget(m_workspace->actionsPage());
    raise();
    activateWindow();
}

void MainWindow::updateActionCounts()
{
    if (!m_library) {
        m_actionsLabel->clear();
        m_sidebar->setActionCounts(0, 0);
        return;
    }
    const QDate today = todayIn(QString::fromUtf8(QTimeZone::systemTimeZoneId()), QDateTime::currentMSecsSinceEpoch());
    const ActionCounts c = m_library->actionCounts(today);
    QString text = tr("%n open action(s)", nullptr, c.open);
    if (c.overdue > 0)
        text += QStringLiteral(" · ") + tr("%n overdue", nullptr, c.overdue);
    if (c.followUpsDue > 0)
        text += QStringLiteral(" · ") + tr("%n follow-up(s) due", nullptr, c.followUpsDue);
    m_actionsLabel->setText(text);
    m_sidebar->setActionCounts(c.open, c.overdue);
}

} // namespace hs
