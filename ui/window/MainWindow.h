#pragma once

#include "export/Report.h"
#include "export/ReportExport.h"
#include "storage/Columns.h"
#include "storage/FileLocation.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QScreen;
class QLabel;
class QMenu;
class QThread;
class QSplitter;
class QTimer;
class QUndoGroup;
class QUndoStack;

namespace hs {

class ActionTracker;
class MeetingController;
class MeetingPanel;
class PresentationWindow;
class ChangeWatcher;
class ConflictPanel;
struct EditConflict;
struct LoggedChange;
class Editor;
class InsightsView;
class Library;
class LibrarySidebar;
class ReviewWorkspace;
class SearchPanel;
struct WriteResult;

// The main window: the library sidebar beside the open review's workspace, with the File,
// Edit, Review, View and Help menus. It owns the open library and its undo stack (one per
// document); all editing happens in the views through the Editor.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a library file, reporting any problem to the user; returns whether it opened.
    bool openLibrary(const QString& path);
    // Opens the default library, creating it with the sample review on a first start.
    bool openDefaultLibrary();
    bool createLibrary(const QString& path, bool withSample);
    void closeLibrary();
    QString createReview(const QString& templateKey, const QString& title);

    Library* library() const { return m_library.get(); }
    Editor* editor() const { return m_editor; }
    QUndoStack* undoStack() const { return m_undoStack; }
    LibrarySidebar* sidebar() const { return m_sidebar; }
    ReviewWorkspace* workspace() const { return m_workspace; }
    QString lastMessage() const { return m_lastMessage; }
    // Export review (Ctrl+E): the dialog, then a file, a preview or a print.
    void exportInteractive();
    // Print review (Ctrl+P) with the remembered export choices.
    void printInteractive();
    // File ▸ Import reviews from a file (a draft library): plan, conflicts side by side, merge.
    void mergeDraftInteractive();
    // File ▸ Restore from backup: pick one of the library's backups and bring it back.
    void restoreBackupInteractive();
    bool isExporting() const { return !m_exportThread.isNull(); }
    // Opens a review, switches to the tab that holds the item and selects it (a search
    // result, a link). Returns false when the review or item is not there (any more).
    bool showItem(const QString& reviewId, hs::Entity entity, const QString& itemId);
    // Review ▸ Search all reviews (Ctrl+Shift+F): the search panel, its field focused.
    void showSearch();
    SearchPanel* searchPanel() const { return m_searchPanel; }
    // Review ▸ Tags, services and categories: rename, merge and delete them (MainWindowSearch.cpp).
    void manageListsInteractive();

Q_SIGNALS:
    // A report file was written (the export ran on a worker thread).
    void reportExported(const QString& path);
    // File ▸ Save a copy as finished writing the copy (on a worker thread).
    void copySavedAs(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createSearchDock();
    void createMenus();
    void setLibrary(std::unique_ptr<Library> library);
    void updateTitleAndStatus();
    void updateActions();
    void showMessage(const QString& text);
    void onWriteFailed(const WriteResult& result);
    void newLibraryInteractive();
    void openLibraryInteractive();
    void saveCopyInteractive();
    void copySaved(const QString& source, const QString& path, const WriteResult& result);
    void newReviewInteractive();
    void deleteCurrentReview();

public:
    // Opens the import dialog for the current review; applies what it read as one undo step.
    void importInteractive();
    // The library-wide Action Tracker, in its own window.
    void showActionTracker();
    ActionTracker* actionTracker() const { return m_tracker; }
    // View ▸ Insights (Ctrl+Shift+I): cross-review figures and charts, in their own window.
    void showInsights();
    InsightsView* insightsView() const { return m_insights; }
    // Selects and shows a review (links between reviews, e.g. "This has happened before").
    bool openReview(const QString& reviewId);

private:
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void showAbout();
    QString fileDialogDir() const;
    static QString libraryFileFilter();

    std::unique_ptr<Library> m_library;
    Editor* m_editor = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QUndoGroup* m_undoGroup;
    QSplitter* m_splitter;
    LibrarySidebar* m_sidebar;
    ReviewWorkspace* m_workspace;
    QLabel* m_banner;
    QLabel* m_fileLabel;
    QLabel* m_modeLabel;
    QMenu* m_recentMenu = nullptr;
    QString m_lastMessage;

    QAction* m_newLibraryAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveCopyAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_newReviewAction = nullptr;
    QAction* m_deleteReviewAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_trackerAction = nullptr;
    ActionTracker* m_tracker = nullptr;
    QAction* m_insightsAction = nullptr;
    InsightsView* m_insights = nullptr;
    QLabel* m_actionsLabel = nullptr;
    QTimer* m_countsTimer = nullptr;
    void updateActionCounts();
    void openReviewFromTracker(const QString& reviewId, const QString& whyId);
    QAction* m_findAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_listsAction = nullptr;
    QDockWidget* m_searchDock = nullptr;
    SearchPanel* m_searchPanel = nullptr;
    QAction* m_sidebarAction = nullptr;
    QAction* m_aboutAction = nullptr;

    struct ExportChoice {
        int outcome = 0; // ExportDialog::Outcome; Cancelled = ask
        ReportFormat format = ReportFormat::Pdf;
        bool openWhenDone = false;
        Report report;
    };
    bool prepareReportInteractive(ExportChoice* choice);
    void exportToFile(const Report& report, ReportFormat format, bool openWhenDone);
    void printPreview(const Report& report);
    void printReport(const Report& report);
    QAction* m_exportAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_mergeAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QPointer<QThread> m_exportThread;

    void startSharing();
    void stopSharing();
    void startPresence();
    void onForeignChanges(const QList<LoggedChange>& changes);
    void reloadEverything();
    void heartbeat();
    void updatePresence();
    ChangeWatcher* m_watcher = nullptr;
    QTimer* m_presenceTimer = nullptr;
    QLabel* m_presenceLabel = nullptr;
    QString m_instanceId;
    FileLocationInfo m_location; // where the open library lives (local, network share, sync folder)

    // Writes that did not go through (MainWindowWrites.cpp): conflicts side by side, edits
    // waiting for a busy file.
    void createWriteFeedback();
    void connectEditorFeedback();
    void updatePendingBar();
    // Before the window closes or the library changes: undecided conflicts and waiting edits.
    bool settleWritesBeforeClosing();
    ConflictPanel* m_conflictPanel = nullptr;
    QWidget* m_pendingBar = nullptr;
    QLabel* m_pendingLabel = nullptr;
    QTimer* m_pendingRetryTimer = nullptr;
    // The live meeting (MainWindowMeeting.cpp): the facilitator's dock, presentation mode
    // (F5) and the presenter view (Alt+F5), all observing one MeetingSession.
    void createMeeting();
    void createMeetingMenu();
    void meetingLibraryChanged();
    void updateMeetingActions();
    MeetingController* m_meeting = nullptr;
    MeetingPanel* m_meetingPanel = nullptr;
    QDockWidget* m_meetingDock = nullptr;
    PresentationWindow* m_presentation = nullptr;
    QList<QAction*> m_meetingActions;

public:
    MeetingController* meeting() const { return m_meeting; }
    MeetingPanel* meetingPanel() const { return m_meetingPanel; }
    QDockWidget* meetingDock() const { return m_meetingDock; }
    PresentationWindow* presentation() const { return m_presentation; }
    // F5: the review for the room, full screen on this window's screen.
    void startPresentation();
    // Alt+F5: the room's window full screen on another screen, this window stays the
    // facilitator's, with the meeting panel. With one screen it is presentation mode. Returns
    // whether a second screen was used.
    bool startPresenterView();
    // The room's window on the given screen (full screen), or, with none, as a normal window
    // beside this one (tests, and a shared window in a video call).
    void showAudienceWindow(QScreen* screen);
    void stopPresentation();

public:
    ConflictPanel* conflictPanel() const { return m_conflictPanel; }
    // For tests: the watcher of the open library (null when none is open), and a heartbeat now
    // instead of at the next tick.
    ChangeWatcher* changeWatcher() const { return m_watcher; }
    void refreshPresence() { heartbeat(); }
};

} // namespace hs
