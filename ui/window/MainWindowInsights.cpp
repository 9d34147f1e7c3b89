// MainWindow: the Insights window and links from one review to another.

#include "window/MainWindow.h"

#include "insights/InsightsView.h"
#include "library/LibrarySidebar.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"

namespace hs {

void MainWindow::showInsights()
{
    if (!m_library)
        return;
    if (!m_insights) {
        // Its own window, like the action tracker: it can go on the projector while the review
        // stays on the laptop. Made on first use and dropped with the library.
        m_insights = new InsightsView(m_library.get(), this);
        m_insights->setWindowFlag(Qt::Window);
        m_insights->resize(1400, 860);
        connect(m_insights, &InsightsView::message, this, &MainWindow::showMessage);
    }
    m_insights->show();
    m_insights->raise();
    m_insights->activateWindow();
}

bool MainWindow::openReview(const QString& reviewId)
{
    if (!m_library || !m_sidebar->selectReview(reviewId))
        return false;
    if (m_workspace->reviewId() != reviewId)
        m_workspace->showReview(reviewId);
    raise();
    activateWindow();
    return true;
}

} // namespace hs
