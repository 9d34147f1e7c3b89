// MainWindow: opening, creating, copying and closing library files, and the recent-files menu.

#include "window/MainWindow.h"
#include "search/SearchPanel.h"

#include "actions/ActionTracker.h"
#include "insights/InsightsView.h"

#include "commands/Editor.h"
#include "common/Dialogs.h"
#include "library/LibrarySidebar.h"
#include "meeting/MeetingController.h"
#include "meeting/MeetingPanel.h"
#include "meeting/PresentationWindow.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QStandardPaths>
#include <QUndoGroup>
#include <QUndoStack>

namespace hs {

namespace {

constexpr int kMaxRecent = 8;

} // namespace

QString MainWindow::libraryFileFilter()
{
    return tr("Hindsight libraries (*.hindsight);;All files (*)");
}

QString MainWindow::fileDialogDir() const
{
    if (m_library)
        return QFileInfo(m_library->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::setLibrary(std::unique_ptr<Library> library)
{
    if (QWidget* focus = QApplication::focusWidget())
        focus->clearFocus(); // commits a field being typed in, into the library it belongs to
    stopSharing();
    m_sidebar->setLibrary(nullptr);
    stopPresentation();
    if (m_presentation)
        m_presentation->setEditor(nullptr); // its workspace reads the library being closed
    m_meeting->setEditor(nullptr);
    m_meetingPanel->setEditor(nullptr);
    m_workspace->setLibrary(nullptr, nullptr);
    m_searchPanel->setLibrary(nullptr);
    delete m_tracker; // it reads the library being closed
    m_tracker = nullptr;
    delete m_insights; // so does this
    m_insights = nullptr;
    if (m_undoStack) {
        m_undoGroup->removeStack(m_undoStack);
        delete m_editor;
        delete m_undoStack;
        m_editor = nullptr;
        m_undoStack = nullptr;
    }
    m_library = std::move(library);
    m_location = m_library ? locateFile(m_library->path()) : FileLocationInfo();
    if (m_library) {
        m_undoStack = new QUndoStack(this);
        m_undoStack->setObjectName(QStringLiteral("undoStack"));
        m_undoGroup->addStack(m_undoStack);
        m_undoGroup->setActiveStack(m_undoStack);
        m_editor = new Editor(m_library.get(), m_undoStack, this);
        connectEditorFeedback();
        connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
            if (!m_library->isReadOnly())
                m_banner->hide();
        });
        m_workspace->setLibrary(m_library.get(), m_editor);
        m_sidebar->setLibrary(m_library.get());
        m_searchPanel->setLibrary(m_library.get());
        const QString last = QSettings().value(QStringLiteral("library/lastReview/") + m_library->database().fileId())
                                 .toString();
        if (last.isEmpty() || !m_sidebar->selectReview(last)) {
            const QList<ReviewSummary> reviews = m_library->reviewSummaries();
            if (!reviews.isEmpty())
                m_sidebar->selectReview(reviews.first().id);
        }
        addRecentFile(m_library->path());
        connect(m_library.get(), &Library::changed, this, [this](const Change& change) {
            if (change.entity == Entity::Action || change.entity == Entity::Review)
                m_countsTimer->start();
        });
        startSharing();
    }
    meetingLibraryChanged();
    updateActionCounts();
    updateTitleAndStatus();
    updateActions();
}

bool MainWindow::openLibrary(const QString& path)
{
    if (!settleWritesBeforeClosing())
        return false;
    OpenError error;
    // The page check runs on a worker thread once the window shows the library, so a large
    // file opens at once; damage it finds turns the library read-only then.
    Database::Options options;
    options.quickCheck = false;
    options.dailyBackup = false; // made below on a worker thread: 330 ms on a 47 MiB library
    // A write waits at most this long for the lock on the UI thread; the Editor's queue then
    // keeps the edit and retries it on a timer, so the window never freezes for long.
    options.busyTimeoutMs = 1000;
    std::unique_ptr<Library> library = Library::open(path, options, &error);
    if (!library) {
        showMessage(error.message());
        Dialogs::warning(this, tr("Cannot open library"), error.message());
        return false;
    }
    setLibrary(std::move(library));
    connect(m_library.get(), &Library::damageFound, this, [this] {
        if (QWidget* focus = QApplication::focusWidget())
            focus->clearFocus();
        m_workspace->reload();
        updateTitleAndStatus();
        updateActions();
        showMessage(m_library->readOnlyReason().message());
    });
    m_library->checkIntegrityInBackground();
    if (!m_library->isReadOnly()) {
        // Once a day a copy in <name>.backups/, through its own connection (a few are kept).
        const QString file = m_library->path();
        QThreadPool::globalInstance()->start([file] { Library::backupDaily(file); });
    }
    if (m_library->isReadOnly())
        showMessage(m_library->readOnlyReason().message());
    else
        showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::createLibrary(const QString& path, bool withSample)
{
    if (!settleWritesBeforeClosing())
        return false;
    OpenError error;
    std::unique_ptr<Library> library = Library::create(path, withSample, &error);
    if (!library) {
        showMessage(error.message());
        Dialogs::warning(this, tr("Cannot create library"), error.message());
        return false;
    }
    setLibrary(std::move(library));
    startPresence(); // a file just made needs no page check
    showMessage(tr("Created %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::openDefaultLibrary()
{
    const QString path = Library::defaultPath();
    if (QFileInfo::exists(path))
        return openLibrary(path);
    return createLibrary(path, true);
}

void MainWindow::closeLibrary()
{
    if (!settleWritesBeforeClosing())
        return;
    if (m_library && !m_sidebar->currentReviewId().isEmpty())
        QSettings().setValue(QStringLiteral("library/lastReview/") + m_library->database().fileId(),
                             m_sidebar->currentReviewId());
    setLibrary(nullptr);
}

void MainWindow::newLibraryInteractive()
{
    const QString path = Dialogs::saveFile(this, tr("New library"), fileDialogDir(), libraryFileFilter(),
                                           QStringLiteral("hindsight"));
    if (path.isEmpty())
        return;
    if (m_library && QFileInfo(path).absoluteFilePath() == QFileInfo(m_library->path()).absoluteFilePath()) {
        Dialogs::warning(this, tr("Cannot create library"),
                         tr("“%1” is the library that is open now; choose another name.").arg(path));
        return;
    }
    createLibrary(path, false);
}

void MainWindow::openLibraryInteractive()
{
    const QString path = Dialogs::openFile(this, tr("Open library"), fileDialogDir(), libraryFileFilter());
    if (!path.isEmpty())
        openLibrary(path);
}

void MainWindow::saveCopyInteractive()
{
    if (!m_library)
        return;
    const QString path = Dialogs::saveFile(this, tr("Save a copy as"), fileDialogDir(), libraryFileFilter(),
                                           QStringLiteral("hindsight"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_library->path()).absoluteFilePath()) {
        Dialogs::warning(this, tr("Cannot save a copy"), tr("A copy cannot replace the library it is made from."));
        return;
    }
    // Copying a large library takes seconds: a worker copies through its own read-only
    // connection while the window stays usable (edits made meanwhile may or may not be in the
    // copy, as with any copy of a shared file).
    m_saveCopyAction->setEnabled(false);
    showMessage(tr("Saving a copy as %1…").arg(QDir::toNativeSeparators(path)));
    const QString source = m_library->path();
    const QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([self, source, path] {
        const WriteResult result = Library::saveCopyAs(source, path);
        QMetaObject::invokeMethod(qApp, [self, source, path, result] {
            if (self)
                self->copySaved(source, path, result);
        });
    });
}

void MainWindow::copySaved(const QString& source, const QString& path, const WriteResult& result)
{
    updateActions();
    if (!result.ok()) {
        showMessage(result.message);
        Dialogs::warning(this, tr("Cannot save a copy"), result.message);
        return;
    }
    showMessage(tr("Saved a copy as %1. You are still working in %2.")
                    .arg(QDir::toNativeSeparators(path), QFileInfo(source).fileName()));
    Q_EMIT copySavedAs(path);
}

void MainWindow::addRecentFile(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("library/recent")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("library/recent"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("library/recent")).toStringList();
    int n = 0;
    for (const QString& path : recent) {
        ++n;
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openLibrary(path); });
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("Clear recent libraries"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(QStringLiteral("library/recent"));
        rebuildRecentMenu();
    });
}

} // namespace hs
