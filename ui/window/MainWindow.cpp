#include "window/MainWindow.h"

#include "actions/ActionTracker.h"
#include "insights/InsightsView.h"

#include "commands/Editor.h"
#include "common/Dialogs.h"
#include "library/LibrarySidebar.h"
#include "library/NewReviewDialog.h"
#include "meeting/PresentationWindow.h"
#include "review/ReviewWorkspace.h"
#include "sharing/ConflictPanel.h"
#include "search/SearchPanel.h"
#include "storage/Library.h"

#include <QThread>
#include <QUuid>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hs {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_splitter(new QSplitter(this))
    , m_sidebar(new LibrarySidebar(m_splitter))
    , m_workspace(new ReviewWorkspace(m_splitter))
    , m_banner(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.hindsight.Hindsight.svg")));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_workspace);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 1000});
    m_splitter->setChildrenCollapsible(false);

    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(12, 8, 12, 8);
    m_banner->setStyleSheet(QStringLiteral("QLabel#banner { background: #fff3cd; color: #5c4400; "
                                           "border-bottom: 1px solid #e0c97a; }"));
    m_banner->hide();

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    createWriteFeedback();
    layout->addWidget(m_pendingBar);
    layout->addWidget(m_conflictPanel);
    layout->addWidget(m_splitter, 1);
    layout->setContentsMargins(4, 0, 4, 0);
    setCentralWidget(central);

    m_fileLabel->setObjectName(QStringLiteral("statusFile"));
    m_modeLabel->setObjectName(QStringLiteral("statusMode"));
    m_actionsLabel = new QLabel(this);
    m_actionsLabel->setObjectName(QStringLiteral("statusActions"));
    statusBar()->addPermanentWidget(m_actionsLabel);
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(200); // a burst of edits counts once
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateActionCounts);
    m_presenceLabel = new QLabel(this);
    m_presenceLabel->setObjectName(QStringLiteral("statusPresence"));
    statusBar()->addPermanentWidget(m_presenceLabel);
    statusBar()->addPermanentWidget(m_fileLabel);
    statusBar()->addPermanentWidget(m_modeLabel);
    m_instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_presenceTimer = new QTimer(this);
    m_presenceTimer->setInterval(10000); // presence counts an instance gone after 30 s of silence
    connect(m_presenceTimer, &QTimer::timeout, this, &MainWindow::heartbeat);

    createSearchDock();
    createActions();
    createMeeting();
    createMenus();

    connect(m_sidebar, &LibrarySidebar::currentReviewChanged, m_workspace, &ReviewWorkspace::showReview);
    connect(m_sidebar, &LibrarySidebar::currentReviewChanged, this, &MainWindow::updateActions);
    connect(m_sidebar, &LibrarySidebar::insightsRequested, this, &MainWindow::showInsights);
    connect(m_sidebar, &LibrarySidebar::currentReviewChanged, this, [this] {
        if (m_library)
            heartbeat(); // others see at once which review this window is on
    });
    connect(m_workspace, &ReviewWorkspace::message, this, &MainWindow::showMessage);
    connect(m_workspace, &ReviewWorkspace::importRequested, this, &MainWindow::importInteractive);
    connect(m_workspace, &ReviewWorkspace::openReviewRequested, this, &MainWindow::openReview);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, centred, since a review wants room.
        const QRect avail = screen()->availableGeometry();
        const QSize size(std::min(avail.width() * 9 / 10, 1600), std::min(avail.height() * 9 / 10, 1000));
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, avail));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_sidebar->setVisible(settings.value(QStringLiteral("window/sidebar"), true).toBool());
    m_sidebarAction->setChecked(m_sidebar->isVisible());
    updateTitleAndStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // An export still being written holds only its own copy of the review: let it finish.
    if (m_exportThread)
        m_exportThread->wait();
    stopSharing();
    // Views hold pointers into the library: detach them before it goes.
    delete m_presentation;
    m_presentation = nullptr;
    m_sidebar->setLibrary(nullptr);
    m_workspace->setLibrary(nullptr, nullptr);
    m_searchPanel->setLibrary(nullptr);
    delete m_tracker;
    delete m_insights;
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const QString& name, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newLibraryAction = make(tr("&New library…"), QStringLiteral("actionNewLibrary"),
                              QKeySequence(tr("Ctrl+Shift+N")), &MainWindow::newLibraryInteractive);
    m_openAction = make(tr("&Open library…"), QStringLiteral("actionOpenLibrary"), QKeySequence::Open,
                        &MainWindow::openLibraryInteractive);
    m_saveCopyAction = make(tr("Save a &copy as…"), QStringLiteral("actionSaveCopy"), QKeySequence::SaveAs,
                            &MainWindow::saveCopyInteractive);
    m_closeAction = make(tr("&Close library"), QStringLiteral("actionCloseLibrary"), QKeySequence(tr("Ctrl+Shift+W")),
                         &MainWindow::closeLibrary);
    m_quitAction = make(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence::Quit, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    addAction(m_undoAction);
    addAction(m_redoAction);

    m_newReviewAction = make(tr("&New review…"), QStringLiteral("actionNewReview"), QKeySequence::New,
                             &MainWindow::newReviewInteractive);
    m_deleteReviewAction = make(tr("&Delete review"), QStringLiteral("actionDeleteReview"),
                                QKeySequence(tr("Ctrl+Shift+Del")), &MainWindow::deleteCurrentReview);
    m_importAction = make(tr("&Import chat, paging log or CSV…"), QStringLiteral("actionImport"),
                          QKeySequence(tr("Ctrl+I")), &MainWindow::importInteractive);
    m_exportAction = make(tr("&Export review…"), QStringLiteral("actionExportReview"), QKeySequence(tr("Ctrl+E")),
                          &MainWindow::exportInteractive);
    m_mergeAction = make(tr("&Import reviews from a file…"), QStringLiteral("actionMergeDraft"), QKeySequence(),
                         &MainWindow::mergeDraftInteractive);
    m_restoreAction = make(tr("&Restore from backup…"), QStringLiteral("actionRestoreBackup"), QKeySequence(),
                           &MainWindow::restoreBackupInteractive);
    m_printAction = make(tr("&Print review…"), QStringLiteral("actionPrintReview"), QKeySequence::Print,
                         &MainWindow::printInteractive);
    m_trackerAction = make(tr("Action &tracker"), QStringLiteral("actionTracker"), QKeySequence(tr("Ctrl+T")),
                           &MainWindow::showActionTracker);
    m_insightsAction = make(tr("&Insights"), QStringLiteral("actionInsights"), QKeySequence(tr("Ctrl+Shift+I")),
                            &MainWindow::showInsights);
    m_findAction = make(tr("&Find review"), QStringLiteral("actionFindReview"), QKeySequence::Find,
                        [this] { m_sidebar->setVisible(true); m_sidebar->focusFilter(); });
    m_searchAction = make(tr("&Search all reviews…"), QStringLiteral("actionSearch"), QKeySequence(tr("Ctrl+Shift+F")),
                          &MainWindow::showSearch);
    m_listsAction = make(tr("Ta&gs, services and categories…"), QStringLiteral("actionManageLists"), QKeySequence(),
                         &MainWindow::manageListsInteractive);
    m_sidebarAction = make(tr("Show &library sidebar"), QStringLiteral("actionToggleSidebar"),
                           QKeySequence(tr("Ctrl+B")), [this](bool on) { m_sidebar->setVisible(on); });
    m_sidebarAction->setCheckable(true);
    m_aboutAction = make(tr("&About Hindsight"), QStringLiteral("actionAbout"), QKeySequence(), &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newLibraryAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_saveCopyAction);
    file->addAction(m_mergeAction);
    file->addAction(m_restoreAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addAction(m_printAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);
    rebuildRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    QMenu* review = menuBar()->addMenu(tr("&Review"));
    review->addAction(m_newReviewAction);
    review->addAction(m_deleteReviewAction);
    review->addSeparator();
    review->addAction(m_importAction);
    review->addAction(m_trackerAction);
    review->addSeparator();
    review->addAction(m_findAction);
    review->addAction(m_searchAction);
    review->addSeparator();
    review->addAction(m_listsAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_sidebarAction);
    view->addAction(m_insightsAction);
    view->addAction(m_searchDock->toggleViewAction());

    createMeetingMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar* toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setMovable(false);
    toolbar->addAction(m_newReviewAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
}

void MainWindow::updateTitleAndStatus()
{
    if (!m_library) {
        setWindowTitle(tr("Hindsight"));
        m_fileLabel->setText(tr("No library open"));
        m_fileLabel->setToolTip(QString());
        m_modeLabel->clear();
        m_banner->hide();
        return;
    }
    const QFileInfo fi(m_library->path());
    setWindowFilePath(m_library->path());
    setWindowTitle(m_library->isReadOnly() ? tr("%1 (read-only) — Hindsight").arg(fi.fileName())
                                           : tr("%1 — Hindsight").arg(fi.fileName()));
    const QString advice = m_location.advice();
    m_fileLabel->setText(m_location.kind == FileLocation::Local
                             ? QDir::toNativeSeparators(m_library->path())
                             : tr("%1 (%2)", "path (file system or sync tool)")
                                   .arg(QDir::toNativeSeparators(m_library->path()), m_location.detail));
    m_fileLabel->setToolTip(advice);
    m_modeLabel->setText(m_library->isReadOnly() ? tr("Read-only") : tr("Saved automatically"));
    if (m_library->isReadOnly()) {
        m_banner->setText(m_library->readOnlyReason().message());
        m_banner->show();
    } else if (!advice.isEmpty()) {
        m_banner->setText(advice); // until the first edit; the file's tooltip keeps saying it
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

void MainWindow::updateActions()
{
    const bool open = m_library != nullptr;
    const bool writable = open && !m_library->isReadOnly();
    m_saveCopyAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_newReviewAction->setEnabled(writable);
    m_deleteReviewAction->setEnabled(writable && !m_sidebar->currentReviewId().isEmpty());
    m_importAction->setEnabled(writable && !m_sidebar->currentReviewId().isEmpty());
    m_exportAction->setEnabled(open && !m_sidebar->currentReviewId().isEmpty());
    m_mergeAction->setEnabled(writable);
    m_restoreAction->setEnabled(writable);
    m_printAction->setEnabled(m_exportAction->isEnabled());
    m_trackerAction->setEnabled(open);
    m_insightsAction->setEnabled(open);
    m_searchAction->setEnabled(open);
    m_listsAction->setEnabled(open);
    m_findAction->setEnabled(open);
    updateMeetingActions();
}

void MainWindow::showMessage(const QString& text)
{
    m_lastMessage = text;
    statusBar()->showMessage(text, 15000);
}

void MainWindow::newReviewInteractive()
{
    if (!m_library)
        return;
    NewReviewDialog dialog(m_library->templates(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createReview(dialog.templateKey(), dialog.title());
}

QString MainWindow::createReview(const QString& templateKey, const QString& title)
{
    if (!m_editor)
        return QString();
    const QString id = m_editor->createReview(templateKey, title);
    if (!id.isEmpty()) {
        m_sidebar->selectReview(id);
        m_workspace->tabs()->setCurrentIndex(0);
        showMessage(tr("Created “%1”.").arg(title));
    }
    return id;
}

void MainWindow::deleteCurrentReview()
{
    const QString id = m_sidebar->currentReviewId();
    if (!m_editor || id.isEmpty())
        return;
    const std::optional<qint64> rev = m_library->revisionOf(Entity::Review, id);
    const QString title = m_workspace->document().review.title;
    if (rev && m_editor->removeRow(Entity::Review, id, *rev, tr("Delete review “%1”").arg(title)))
        showMessage(tr("Deleted “%1”. Undo (Ctrl+Z) brings it back.").arg(title));
}

void MainWindow::showAbout()
{
    Dialogs::information(this, tr("About Hindsight"),
                         tr("<h3>Hindsight %1</h3><p>Blameless post-incident reviews: timeline, five whys, "
                            "actions and lessons, in one file your team shares.</p>")
                             .arg(QStringLiteral(HINDSIGHT_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Commit whatever field is being typed in before the window goes.
    if (QWidget* focus = QApplication::focusWidget())
        focus->clearFocus();
    if (!settleWritesBeforeClosing()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/sidebar"), m_sidebarAction->isChecked());
    if (m_library)
        settings.setValue(QStringLiteral("library/last"), m_library->path());
    event->accept();
}

} // namespace hs
