#include "meeting/PresentationWindow.h"

#include "commands/Editor.h"
#include "meeting/MeetingClock.h"
#include "meeting/MeetingController.h"
#include "meeting/MeetingSession.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"
#include "timeline/TimelinePage.h"
#include "whys/RootCausePage.h"
#include "whys/WhyDiagramView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hs {

namespace {

const QString kZoomKey = QStringLiteral("presentation/zoom");
const QString kContrastKey = QStringLiteral("presentation/highContrast");

// Black on white is too bright in a dark room and white on black reads from the back; the
// accent colours are from the Okabe-Ito set, which stays apart for colour-blind viewers.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(0, 0, 0);
    const QColor white(255, 255, 255);
    const QColor yellow(0xf0, 0xe4, 0x42);
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(g, QPalette::Window, black);
        p.setColor(g, QPalette::WindowText, white);
        p.setColor(g, QPalette::Base, black);
        p.setColor(g, QPalette::AlternateBase, QColor(0x1c, 0x1c, 0x1c));
        p.setColor(g, QPalette::Text, white);
        p.setColor(g, QPalette::Button, QColor(0x22, 0x22, 0x22));
        p.setColor(g, QPalette::ButtonText, white);
        p.setColor(g, QPalette::Highlight, yellow);
        p.setColor(g, QPalette::HighlightedText, black);
        p.setColor(g, QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
        p.setColor(g, QPalette::ToolTipBase, black);
        p.setColor(g, QPalette::ToolTipText, white);
        p.setColor(g, QPalette::Link, QColor(0x56, 0xb4, 0xe9));
        p.setColor(g, QPalette::Light, QColor(0x88, 0x88, 0x88));
        p.setColor(g, QPalette::Mid, QColor(0x66, 0x66, 0x66));
        p.setColor(g, QPalette::Dark, QColor(0x44, 0x44, 0x44));
    }
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::Window, black);
    p.setColor(QPalette::Disabled, QPalette::Base, black);
    return p;
}

} // namespace

PresentationWindow::PresentationWindow(MeetingController* controller, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_controller(controller)
    , m_clock(new MeetingClock(controller->session(), false, this))
    , m_zoomLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_groundRules(new QLabel(this))
    , m_workspace(new ReviewWorkspace(this))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Hindsight — presentation"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_workspace->setPresentation(true);
    m_zoomLabel->setObjectName(QStringLiteral("presentationZoom"));
    m_zoomLabel->setToolTip(tr("Ctrl+Plus and Ctrl+Minus zoom, Ctrl+0 resets; Ctrl+Shift+H switches high contrast."));
    m_groundRules->setObjectName(QStringLiteral("groundRulesPage"));
    m_groundRules->setWordWrap(true);
    m_groundRules->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_groundRules->setTextFormat(Qt::RichText);
    auto* rulesPage = new QWidget(this);
    auto* rulesLayout = new QVBoxLayout(rulesPage);
    rulesLayout->setContentsMargins(48, 24, 48, 24);
    rulesLayout->addWidget(m_groundRules, 1);
    m_stack->addWidget(rulesPage);
    m_stack->addWidget(m_workspace);
    // The pages' minimum sizes at 175% or more add up to more than a 1280-pixel projector:
    // let them be squeezed (they scroll and elide) rather than push the window off the screen.
    m_stack->setMinimumSize(1, 1);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 12, 0);
    top->addWidget(m_clock, 1);
    top->addWidget(m_zoomLabel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    QSettings settings;
    m_zoom = std::clamp(settings.value(kZoomKey, kDefaultZoom).toInt(), kMinZoom, kMaxZoom);
    m_highContrast = settings.value(kContrastKey, false).toBool();
    createActions();
    applyLook();

    MeetingSession* session = controller->session();
    connect(session, &MeetingSession::stageChanged, this, &PresentationWindow::showStage);
    connect(controller, &MeetingController::documentChanged, this, &PresentationWindow::updateGroundRules);
    connect(session, &MeetingSession::stageChanged, this, &PresentationWindow::updateGroundRules);
}

PresentationWindow::~PresentationWindow()
{
    m_controller->detach(m_workspace);
    m_workspace->setLibrary(nullptr, nullptr);
}

void PresentationWindow::createActions()
{
    MeetingSession* session = m_controller->session();
    auto make = [this](const QString& name, const QList<QKeySequence>& keys, auto slot) {
        auto* a = new QAction(this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    make(QStringLiteral("presentNext"), {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Right)},
         [session] { session->next(); });
    make(QStringLiteral("presentPrevious"), {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::Key_Left)},
         [session] { session->previous(); });
    make(QStringLiteral("presentZoomIn"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
         [this] { setZoom(m_zoom + 25); });
    make(QStringLiteral("presentZoomOut"), {QKeySequence::ZoomOut}, [this] { setZoom(m_zoom - 25); });
    make(QStringLiteral("presentZoomReset"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { setZoom(kDefaultZoom); });
    make(QStringLiteral("presentContrast"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)},
         [this] { setHighContrast(!m_highContrast); });
    make(QStringLiteral("presentPause"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space)}, [session] {
        if (!session->timer().isStarted())
            session->start();
        else
            session->togglePause();
    });
}

void PresentationWindow::setEditor(Editor* editor)
{
    m_controller->detach(m_workspace);
    // The main window's undo and redo are its own window shortcuts; the room's window needs
    // them too, on the same stack.
    for (QAction* a : actions()) {
        if (a->objectName() == QLatin1String("presentUndo") || a->objectName() == QLatin1String("presentRedo")) {
            removeAction(a);
            delete a;
        }
    }
    m_editor = editor;
    m_workspace->setLibrary(editor ? editor->library() : nullptr, editor);
    if (editor && m_workspace->rootCausePage())
        m_workspace->rootCausePage()->diagram()->setMinimumFitZoom(1.0);
    if (editor) {
        QAction* undo = editor->undoStack()->createUndoAction(this);
        undo->setObjectName(QStringLiteral("presentUndo"));
        undo->setShortcut(QKeySequence::Undo);
        addAction(undo);
        QAction* redo = editor->undoStack()->createRedoAction(this);
        redo->setObjectName(QStringLiteral("presentRedo"));
        redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
        addAction(redo);
        m_controller->attach(m_workspace);
    }
}

void PresentationWindow::showReview(const QString& reviewId)
{
    m_workspace->showReview(reviewId);
    showStage();
    updateGroundRules();
    // Show the selection the meeting already has.
    const MeetingSession* s = m_controller->session();
    if (!s->selectedEventId().isEmpty() && m_workspace->timelinePage())
        m_workspace->timelinePage()->selectEvent(s->selectedEventId());
    if (!s->selectedWhyId().isEmpty() && m_workspace->rootCausePage())
        m_workspace->rootCausePage()->selectNode(s->selectedWhyId());
}

QWidget* PresentationWindow::currentPage() const
{
    if (m_stack->currentWidget() != m_workspace)
        return m_groundRules;
    return m_workspace->tabs()->currentWidget();
}

void PresentationWindow::showStage()
{
    const QString stage = m_controller->session()->stageCode();
    if (stage == QLatin1String("ground_rules")) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentWidget(m_workspace);
    if (QWidget* page = MeetingController::pageForStage(m_workspace, stage))
        m_workspace->tabs()->setCurrentWidget(page);
    // Keyboard first: on the timeline stage the room's keyboard types events straight away.
    if (stage == QLatin1String("timeline") && m_workspace->timelinePage())
        m_workspace->timelinePage()->focusQuickEntry();
}

void PresentationWindow::updateGroundRules()
{
    const ReviewDocument& doc = m_controller->document();
    QString html = QStringLiteral("<h1>%1</h1>").arg(doc.review.title.toHtmlEscaped());
    // The rules are what the room reads while the facilitator talks: a size above the rest.
    html += QStringLiteral("<h2>%1</h2><ul style=\"font-size: large\">").arg(tr("How we talk about this incident").toHtmlEscaped());
    const QStringList rules = {
        tr("We are here to learn how this happened, not to find someone to blame."),
        tr("Everyone did what made sense with what they knew at the time."),
        tr("We describe what happened and what made it likely, not who should have done what."),
        tr("Every view is welcome, “I don’t know” included. One conversation at a time."),
        tr("Topics for another day go to the parking lot."),
        tr("We finish with actions that have owners and dates."),
    };
    for (const QString& r : rules)
        html += QStringLiteral("<li>%1</li>").arg(r.toHtmlEscaped());
    html += QStringLiteral("</ul><h2>%1</h2><ol>").arg(tr("Agenda").toHtmlEscaped());
    const MeetingSession* s = m_controller->session();
    for (int i = 0; i < s->stages().size(); ++i) {
        const MeetingStage& st = s->stages().at(i);
        const QString line = tr("%1 — %n min", nullptr, st.minutes).arg(st.title).toHtmlEscaped();
        html += i == s->stageIndex() ? QStringLiteral("<li><b>%1</b></li>").arg(line) : QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ol>");
    QStringList here;
    for (const Participant& p : doc.participants) {
        if (p.attended)
            here.append(p.role.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.role));
    }
    if (!here.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Here: %1").arg(here.join(QStringLiteral(", "))).toHtmlEscaped());
    m_groundRules->setText(html);
}

void PresentationWindow::setZoom(int percent)
{
    const int zoom = std::clamp(percent, kMinZoom, kMaxZoom);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    QSettings().setValue(kZoomKey, m_zoom);
    applyLook();
}

void PresentationWindow::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    QSettings().setValue(kContrastKey, on);
    applyLook();
}

void PresentationWindow::applyLook()
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * m_zoom / 100.0);
    setFont(f);
    setPalette(m_highContrast ? highContrastPalette() : QApplication::palette());
    // The diagram and chart lay their text out from the font when they are given the review:
    // give it to them again at the new size.
    if (!m_workspace->reviewId().isEmpty())
        m_workspace->reload();
    setAutoFillBackground(true);
    m_zoomLabel->setText(tr("%1%").arg(m_zoom));
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    // Esc reaches the window only when no editor took it (an open cell editor cancels first).
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    if (QWidget* focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus(); // commits a field being typed in
    event->accept();
    Q_EMIT left();
}

} // namespace hs
