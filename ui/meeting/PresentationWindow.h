#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace hs {

class Editor;
class MeetingClock;
class MeetingController;
class ReviewWorkspace;

// The review for the room: one window, large type and little chrome, showing the stage the
// meeting is at: the ground rules, then the real timeline, root cause, actions and lessons
// pages (a second workspace on the same editor, so editing and quick entry work here exactly
// as in the main window, and every edit is in the file and on the same undo stack).
//
// Keys: Page Down / Ctrl+Right next stage, Page Up / Ctrl+Left previous, Ctrl+Plus / Ctrl+Minus
// / Ctrl+0 zoom (remembered), Ctrl+Shift+H high contrast (remembered), Ctrl+Shift+Space pause
// or resume, Esc leaves. Facilitator-only material (prompts, prepared questions, private
// notes) never appears here, so the same window serves as the audience screen of the
// presenter view.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(MeetingController* controller, QWidget* parent = nullptr);
    ~PresentationWindow() override;

    void setEditor(Editor* editor);
    void showReview(const QString& reviewId);
    ReviewWorkspace* workspace() const { return m_workspace; }
    QLabel* groundRules() const { return m_groundRules; }
    // The page the room sees now.
    QWidget* currentPage() const;

    int zoom() const { return m_zoom; }
    void setZoom(int percent);
    bool isHighContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

    static constexpr int kDefaultZoom = 175;
    static constexpr int kMinZoom = 80;
    static constexpr int kMaxZoom = 400;

Q_SIGNALS:
    void left();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void applyLook();
    void showStage();
    void updateGroundRules();

    MeetingController* m_controller;
    Editor* m_editor = nullptr;
    MeetingClock* m_clock;
    QLabel* m_zoomLabel;
    QStackedWidget* m_stack;
    QLabel* m_groundRules;
    ReviewWorkspace* m_workspace;
    int m_zoom = kDefaultZoom;
    bool m_highContrast = false;
};

} // namespace hs
