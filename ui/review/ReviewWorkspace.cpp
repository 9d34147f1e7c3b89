#include "review/ReviewWorkspace.h"

#include "commands/Editor.h"
#include "review/LessonsPage.h"
#include "review/OverviewPage.h"
#include "actions/ActionsPage.h"
#include "timeline/TimelinePage.h"
#include "whys/RootCausePage.h"
#include "storage/Library.h"

#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hs {

ReviewWorkspace::ReviewWorkspace(QWidget* parent)
    : QWidget(parent)
    , m_reloadTimer(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("reviewWorkspace"));
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->setDocumentMode(true);
    // Dragging timeline events over the Root cause tab opens it, to drop them on a cause.
    m_tabs->tabBar()->setChangeCurrentOnDrag(true);
    m_empty->setObjectName(QStringLiteral("emptyWorkspace"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Choose a review on the left, or create one with Review ▸ New review (Ctrl+N)."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->count() > 0 && !m_presentation)
            QSettings().setValue(QStringLiteral("workspace/tab"), index);
    });
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &ReviewWorkspace::reload);
}

void ReviewWorkspace::setLibrary(Library* library, Editor* editor)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_library = library;
    m_editor = editor;
    m_reloadWhenWritten = false;
    m_reviewId.clear();
    m_doc = ReviewDocument();
    m_transcriptStale = true;
    // Pages hold the editor, so they are made anew for each library.
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    delete m_overview;
    delete m_timeline;
    delete m_whys;
    delete m_actions;
    delete m_lessons;
    m_overview = nullptr;
    m_timeline = nullptr;
    m_whys = nullptr;
    m_actions = nullptr;
    m_lessons = nullptr;
    if (library) {
        // Adding the tabs makes the first one current, which would overwrite the tab to return to.
        const int lastTab = QSettings().value(QStringLiteral("workspace/tab"), 0).toInt();
        connect(library, &Library::changed, this, &ReviewWorkspace::onChanged);
        // A conflict leaves the field showing what was typed; the panel holds that now, and the
        // view shows what the file holds.
        connect(editor, &Editor::conflictFound, m_reloadTimer, qOverload<>(&QTimer::start));
        connect(editor, &Editor::pendingChanged, this, [this](int count) {
            if (count == 0 && m_reloadWhenWritten)
                reload();
        });
        m_overview = new OverviewPage(editor, this);
        connect(m_overview, &OverviewPage::message, this, &ReviewWorkspace::message);
        connect(m_overview, &OverviewPage::openReview, this, &ReviewWorkspace::openReviewRequested);
        m_timeline = new TimelinePage(editor, this);
        connect(m_timeline, &TimelinePage::message, this, &ReviewWorkspace::message);
        connect(m_timeline, &TimelinePage::importRequested, this, &ReviewWorkspace::importRequested);
        m_whys = new RootCausePage(editor, this);
        connect(m_whys, &RootCausePage::message, this, &ReviewWorkspace::message);
        connect(m_whys, &RootCausePage::eventActivated, this, [this](const QString& eventId) {
            m_tabs->setCurrentWidget(m_timeline);
            m_timeline->selectEvent(eventId);
        });
        m_actions = new ActionsPage(editor, this);
        connect(m_actions, &ActionsPage::message, this, &ReviewWorkspace::message);
        m_lessons = new LessonsPage(editor, this);
        m_tabs->addTab(m_overview, tr("&Overview"));
        m_tabs->addTab(m_timeline, tr("T&imeline"));
        m_tabs->addTab(m_whys, tr("&Root cause"));
        m_tabs->addTab(m_actions, tr("A&ctions"));
        m_tabs->addTab(m_lessons, tr("&Lessons"));
        // Come back to the tab last used: a drafter working through a transcript wants the
        // timeline again, not the overview.
        m_tabs->setCurrentIndex(lastTab);
    }
    m_stack->setCurrentWidget(m_empty);
}

void ReviewWorkspace::setPresentation(bool on)
{
    m_presentation = on;
    m_tabs->tabBar()->setVisible(!on);
}

void ReviewWorkspace::showReview(const QString& reviewId)
{
    m_transcriptStale = m_transcriptStale || reviewId != m_reviewId;
    m_reviewId = reviewId;
    reload();
}

void ReviewWorkspace::onChanged(const Change& change)
{
    if (m_reviewId.isEmpty() || change.reviewId != m_reviewId)
        return;
    // The transcript can be tens of thousands of messages: read it again only when it changed.
    if (change.entity == Entity::Transcript || change.entity == Entity::Import || change.entity == Entity::Review)
        m_transcriptStale = true;
    m_reloadTimer->start();
}

void ReviewWorkspace::reload()
{
    // Edits waiting for a busy file are not in it yet: reading the review now would put the
    // file's older values back into the fields they were typed in. The review is read again
    // once they are written.
    if (m_editor && m_editor->pendingCount() > 0 && !m_reviewId.isEmpty() && m_doc.review.id == m_reviewId) {
        m_reloadWhenWritten = true;
        return;
    }
    m_reloadWhenWritten = false;
    std::optional<ReviewDocument> doc;
    if (m_library && !m_reviewId.isEmpty())
        doc = m_library->document(m_reviewId);
    if (!doc) {
        m_doc = ReviewDocument();
        m_stack->setCurrentWidget(m_empty);
        Q_EMIT documentReloaded();
        return;
    }
    m_doc = *doc;
    const bool readOnly = m_library->isReadOnly();
    m_overview->setDocument(m_doc, readOnly);
    m_timeline->setDocument(m_doc, readOnly);
    if (m_transcriptStale) {
        m_timeline->setTranscript(m_library->transcript(m_reviewId));
        m_transcriptStale = false;
    }
    m_whys->setDocument(m_doc, m_library->categories(), readOnly);
    m_actions->setDocument(m_doc, readOnly);
    m_lessons->setDocument(m_doc, readOnly);
    m_stack->setCurrentWidget(m_tabs);
    Q_EMIT documentReloaded();
}

} // namespace hs
