#pragma once

#include "domain/Review.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace hs {

class Editor;
class MeetingSession;
class ReviewWorkspace;

// Ties the live meeting (MeetingSession, core) to the windows showing it. Every attached
// workspace (the main window's, the presentation or audience window's) shows the page of the
// session's stage and follows its selected event and why-node, and reports its own selection
// back; the session announces only real changes, so the windows stay in step without echo.
// It also writes what the meeting produces as it happens: each meeting-log line becomes an
// internal note of the review (kind "meeting_log").
class MeetingController : public QObject
{
    Q_OBJECT

public:
    explicit MeetingController(QObject* parent = nullptr);

    MeetingSession* session() const { return m_session; }
    void setEditor(Editor* editor);
    Editor* editor() const { return m_editor; }
    // The review on screen, read afresh after each change.
    void setDocument(const ReviewDocument& doc);
    const ReviewDocument& document() const { return m_doc; }

    void attach(ReviewWorkspace* workspace);
    void detach(ReviewWorkspace* workspace);
    // The workspace page for a stage code (ground rules: the overview, wrap-up: the actions).
    static QWidget* pageForStage(ReviewWorkspace* workspace, const QString& stage);
    // Where a review's meeting clock is kept in the settings.
    static QString clockKey(const QString& reviewId);

Q_SIGNALS:
    void documentChanged();

private:
    void writeLog(const QString& text);
    void saveClock();
    void showStage(ReviewWorkspace* workspace);

    MeetingSession* m_session;
    QPointer<Editor> m_editor;
    ReviewDocument m_doc;
    QString m_lastNoteKey;
    QList<QPointer<ReviewWorkspace>> m_workspaces;
    int m_ticks = 0;
    bool m_restoring = false;
};

} // namespace hs
