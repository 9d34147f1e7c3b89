#pragma once

#include "domain/Review.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace hs {

class ActionsPage;
class Editor;
class LessonsPage;
class Library;
class OverviewPage;
class TimelinePage;
class RootCausePage;
struct Change;

// The open review: tabs Overview, Timeline, Root cause, Actions, Lessons. It reads the review
// once, and again (coalesced) whenever a change to it is announced, handing each page the
// fresh document; pages update in place and leave edits in progress alone.
class ReviewWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewWorkspace(QWidget* parent = nullptr);

    void setLibrary(Library* library, Editor* editor);
    void showReview(const QString& reviewId);
    // Re-reads the shown review (after the library changed mode, say).
    void reload();
    QString reviewId() const { return m_reviewId; }
    const ReviewDocument& document() const { return m_doc; }
    QTabWidget* tabs() const { return m_tabs; }
    TimelinePage* timelinePage() const { return m_timeline; }
    RootCausePage* rootCausePage() const { return m_whys; }
    ActionsPage* actionsPage() const { return m_actions; }
    LessonsPage* lessonsPage() const { return m_lessons; }
    // A workspace inside the presentation window: no tab bar (the meeting's stage picks the
    // page) and the tab is not remembered as the user's last one.
    void setPresentation(bool on);
    OverviewPage* overviewPage() const { return m_overview; }

Q_SIGNALS:
    void message(const QString& text);
    void importRequested();
    void openReviewRequested(const QString& reviewId);
    // The shown review was read again (or none is shown any more).
    void documentReloaded();

private:
    void onChanged(const Change& change);

    Library* m_library = nullptr;
    Editor* m_editor = nullptr;
    QString m_reviewId;
    ReviewDocument m_doc;
    QTimer* m_reloadTimer;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTabWidget* m_tabs;
    OverviewPage* m_overview = nullptr;
    TimelinePage* m_timeline = nullptr;
    bool m_reloadWhenWritten = false;
    bool m_transcriptStale = true;
    RootCausePage* m_whys = nullptr;
    ActionsPage* m_actions = nullptr;
    LessonsPage* m_lessons = nullptr;
    bool m_presentation = false;
};

} // namespace hs
