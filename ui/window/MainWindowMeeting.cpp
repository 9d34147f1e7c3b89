// MainWindow: the live meeting. The facilitator's panel docks beside the review; F5 puts the
// review on the room's screen, Alt+F5 splits the meeting over two screens. Every window
// observes the one MeetingSession held by the MeetingController.

#include "window/MainWindow.h"

#include "commands/Editor.h"
#include "meeting/MeetingController.h"
#include "meeting/MeetingPanel.h"
#include "meeting/MeetingSession.h"
#include "meeting/PresentationWindow.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenuBar>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QScrollArea>
#include <QTimer>

namespace hs {

void MainWindow::createMeeting()
{
    m_meeting = new MeetingController(this);
    m_meetingPanel = new MeetingPanel(m_meeting, this);
    m_meetingDock = new QDockWidget(tr("Meeting"), this);
    m_meetingDock->setObjectName(QStringLiteral("meetingDock"));
    // In a scroll area: however long a translation's labels, the panel never makes the window
    // wider than the screen (German made it 1,711 px wide on a 1,600 px screen).
    auto* scroll = new QScrollArea(m_meetingDock);
    scroll->setObjectName(QStringLiteral("meetingScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(m_meetingPanel);
    m_meetingDock->setWidget(scroll);
    m_meetingDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                               | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_meetingDock);
    m_meetingDock->hide(); // until a meeting: drafting wants the room (the state restores it)
    m_meetingDock->setMinimumWidth(300);
    connect(m_meetingDock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        // First shown: wide enough for the agenda's three columns and the prompts.
        if (shown && m_meetingDock->width() < 420 && !m_meetingDock->isFloating())
            resizeDocks({m_meetingDock}, {440}, Qt::Horizontal);
    });
    connect(m_workspace, &ReviewWorkspace::documentReloaded, this, [this] { m_meeting->setDocument(m_workspace->document()); });
    connect(m_meeting->session(), &MeetingSession::stateChanged, this, &MainWindow::updateMeetingActions);
    connect(m_meeting->session(), &MeetingSession::stageChanged, this, &MainWindow::updateMeetingActions);

    MeetingSession* session = m_meeting->session();
    auto make = [this](const QString& text, const QString& name, const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_meetingActions.append(action);
        return action;
    };
    QAction* panel = m_meetingDock->toggleViewAction();
    panel->setText(tr("Meeting &panel"));
    panel->setObjectName(QStringLiteral("actionMeetingPanel"));
    panel->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    addAction(panel);
    m_meetingActions.append(panel);
    make(tr("&Presentation mode"), QStringLiteral("actionPresent"), {QKeySequence(Qt::Key_F5)}, &MainWindow::startPresentation);
    make(tr("Presenter &view (two screens)"), QStringLiteral("actionPresenterView"), {QKeySequence(Qt::ALT | Qt::Key_F5)},
         [this] { startPresenterView(); });
    make(tr("&Start or pause the meeting"), QStringLiteral("actionMeetingStartPause"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space)}, [this, session] {
             m_meetingDock->show();
             if (!session->timer().isStarted())
                 session->start();
             else
                 session->togglePause();
         });
    make(tr("&Next stage"), QStringLiteral("actionNextStage"), {QKeySequence(Qt::ALT | Qt::Key_PageDown)},
         [session] { session->next(); });
    make(tr("P&revious stage"), QStringLiteral("actionPreviousStage"), {QKeySequence(Qt::ALT | Qt::Key_PageUp)},
         [session] { session->previous(); });
    make(tr("&End the meeting"), QStringLiteral("actionEndMeeting"), {}, [session] { session->end(); });
}

void MainWindow::createMeetingMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&Meeting"));
    menu->setObjectName(QStringLiteral("meetingMenu"));
    for (QAction* a : std::as_const(m_meetingActions)) {
        menu->addAction(a);
        if (a->objectName() == QLatin1String("actionPresenterView") || a->objectName() == QLatin1String("actionPreviousStage"))
            menu->addSeparator();
    }
}

void MainWindow::updateMeetingActions()
{
    const bool review = m_library && !m_workspace->reviewId().isEmpty();
    const MeetingTimer& t = m_meeting->session()->timer();
    for (QAction* a : std::as_const(m_meetingActions)) {
        const QString name = a->objectName();
        if (name == QLatin1String("actionMeetingStartPause"))
            a->setText(!t.isStarted() ? tr("&Start the meeting") : t.isRunning() ? tr("&Pause the meeting") : tr("&Resume the meeting"));
        if (name == QLatin1String("actionMeetingPanel"))
            continue;
        a->setEnabled(review && (name != QLatin1String("actionEndMeeting") || (t.isStarted() && !t.isEnded()))
                      && (name != QLatin1String("actionMeetingStartPause") || !t.isEnded()));
    }
}

void MainWindow::meetingLibraryChanged()
{
    // The workspace made new pages for the library: follow them.
    m_meeting->detach(m_workspace);
    m_meeting->setEditor(m_editor);
    m_meetingPanel->setEditor(m_editor);
    if (m_editor)
        m_meeting->attach(m_workspace);
    m_meeting->setDocument(m_workspace->document());
    if (m_presentation)
        m_presentation->setEditor(m_editor);
}

void MainWindow::showAudienceWindow(QScreen* screen)
{
    if (!m_library || m_workspace->reviewId().isEmpty())
        return;
    if (!m_presentation) {
        m_presentation = new PresentationWindow(m_meeting, this);
        connect(m_presentation, &PresentationWindow::left, this, [this] {
            raise();
            activateWindow();
        });
        connect(m_workspace, &ReviewWorkspace::documentReloaded, m_presentation, [this] {
            if (m_presentation->workspace()->reviewId() != m_workspace->reviewId())
                m_presentation->showReview(m_workspace->reviewId());
        });
    }
    m_presentation->setEditor(m_editor);
    m_presentation->showReview(m_workspace->reviewId());
    if (screen) {
        // Onto that screen first (resizing a hidden window would drop the full-screen state).
        m_presentation->setScreen(screen);
        m_presentation->move(screen->geometry().topLeft());
        m_presentation->showFullScreen();
        // Where no window manager honours the full-screen state (a kiosk session, a bare X
        // server) the window keeps its own size: cover the screen by hand once it is shown.
        QTimer::singleShot(300, m_presentation, [this, screen = QPointer<QScreen>(screen)] {
            if (m_presentation && screen && m_presentation->isVisible()
                && m_presentation->geometry().size() != screen->geometry().size())
                m_presentation->setGeometry(screen->geometry());
        });
    } else {
        m_presentation->resize(size());
        m_presentation->showNormal();
    }
    m_presentation->raise();
    m_presentation->activateWindow();
}

void MainWindow::startPresentation()
{
    showAudienceWindow(screen());
}

bool MainWindow::startPresenterView()
{
    QScreen* mine = screen();
    QScreen* other = nullptr;
    for (QScreen* s : QGuiApplication::screens()) {
        if (s != mine) {
            other = s;
            break;
        }
    }
    if (!other) {
        showMessage(tr("Only one screen: showing presentation mode. Connect the room's screen and press Alt+F5 again."));
        startPresentation();
        return false;
    }
    m_meetingDock->show();
    showAudienceWindow(other);
    // The facilitator keeps the keyboard: edits and notes are typed here.
    raise();
    activateWindow();
    return true;
}

void MainWindow::stopPresentation()
{
    if (m_presentation)
        m_presentation->close();
}

} // namespace hs
