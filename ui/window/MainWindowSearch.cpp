// The main window's search panel and the jump from a result to its item.

#include "window/MainWindow.h"

#include "actions/ActionsPage.h"
#include "library/LibrarySidebar.h"
#include "library/ListsDialog.h"
#include "review/LessonsPage.h"
#include "review/OverviewPage.h"
#include "review/ReviewWorkspace.h"
#include "search/SearchPanel.h"
#include "timeline/TimelinePage.h"
#include "whys/RootCausePage.h"

#include <QDockWidget>
#include <QTabWidget>

namespace hs {

void MainWindow::createSearchDock()
{
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_searchPanel = new SearchPanel(m_searchDock);
    m_searchDock->setWidget(m_searchPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    connect(m_searchPanel, &SearchPanel::itemActivated, this, &MainWindow::showItem);
    connect(m_searchPanel, &SearchPanel::closeRequested, m_searchDock, &QWidget::hide);
    // Shown again (from the View menu or a restored layout): results may be stale.
    connect(m_searchDock, &QDockWidget::visibilityChanged, m_searchPanel, [this](bool visible) {
        if (visible)
            m_searchPanel->refresh();
    });
}

void MainWindow::showSearch()
{
    if (!m_searchDock->isVisible() && m_searchDock->width() < 300)
        resizeDocks({m_searchDock}, {380}, Qt::Horizontal); // room for a title and two lines of text
    m_searchDock->show();
    m_searchDock->raise();
    m_searchPanel->focusField();
}

bool MainWindow::showItem(const QString& reviewId, Entity entity, const QString& itemId)
{
    if (!m_library || !m_sidebar->selectReview(reviewId))
        return false;
    if (m_workspace->reviewId() != reviewId)
        m_workspace->showReview(reviewId);
    QTabWidget* tabs = m_workspace->tabs();
    bool found = true;
    switch (entity) {
    case Entity::Event:
        tabs->setCurrentWidget(m_workspace->timelinePage());
        found = m_workspace->timelinePage()->selectEvent(itemId);
        break;
    case Entity::WhyNode:
        tabs->setCurrentWidget(m_workspace->rootCausePage());
        found = m_workspace->rootCausePage()->selectNode(itemId);
        break;
    case Entity::Action:
        tabs->setCurrentWidget(m_workspace->actionsPage());
        found = m_workspace->actionsPage()->selectAction(itemId);
        break;
    case Entity::Lesson:
    case Entity::Note:
        tabs->setCurrentWidget(m_workspace->lessonsPage());
        found = m_workspace->lessonsPage()->selectItem(itemId);
        break;
    case Entity::Section:
        tabs->setCurrentWidget(m_workspace->overviewPage());
        found = m_workspace->overviewPage()->focusSection(itemId);
        break;
    default:
        tabs->setCurrentWidget(m_workspace->overviewPage());
        break;
    }
    if (!found)
        showMessage(tr("That item is no longer in the review; it may have been deleted or hidden by a filter."));
    return found;
}

void MainWindow::manageListsInteractive()
{
    if (!m_library || !m_editor)
        return;
    ListsDialog dialog(m_editor, this);
    dialog.exec();
}

} // namespace hs
