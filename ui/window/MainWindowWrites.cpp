// MainWindow: writes that did not go through. A conflict with someone else's change is shown
// side by side (ConflictPanel) until the user decides; an edit the file cannot take now (busy,
// locked, full) is kept by the Editor's queue and retried, with a note that says so. Neither
// uses a modal dialog: the facilitator may be mid-sentence on a shared screen.

#include "window/MainWindow.h"

#include "commands/Editor.h"
#include "common/Dialogs.h"
#include "sharing/ConflictPanel.h"
#include "storage/Library.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace hs {

namespace {

// While retrying has stalled, the window tries again this often by itself.
constexpr int kStalledRetryMs = 5000;

} // namespace

void MainWindow::createWriteFeedback()
{
    m_conflictPanel = new ConflictPanel(this);
    connect(m_conflictPanel, &ConflictPanel::resolved, this,
            [this](const EditConflict& conflict, EditConflict::Resolution resolution) {
                if (!m_editor)
                    return;
                if (m_editor->resolve(conflict, resolution))
                    showMessage(resolution == EditConflict::TakeTheirs ? tr("Kept %1’s version.").arg(conflict.changedBy)
                                                                       : tr("Saved your version."));
            });

    m_pendingBar = new QWidget(this);
    m_pendingBar->setObjectName(QStringLiteral("pendingBar"));
    m_pendingBar->setAttribute(Qt::WA_StyledBackground);
    m_pendingBar->setStyleSheet(QStringLiteral("QWidget#pendingBar { background: #e8f0fe; border-bottom: 1px solid #a8c1ea; }"
                                               "QWidget#pendingBar QLabel { color: #17305c; }"));
    m_pendingLabel = new QLabel(m_pendingBar);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    m_pendingLabel->setWordWrap(true);
    auto* retry = new QPushButton(tr("Try &again now"), m_pendingBar);
    retry->setObjectName(QStringLiteral("pendingRetry"));
    auto* discard = new QPushButton(tr("Discard them…"), m_pendingBar);
    discard->setObjectName(QStringLiteral("pendingDiscard"));
    auto* layout = new QHBoxLayout(m_pendingBar);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_pendingLabel, 1);
    layout->addWidget(retry);
    layout->addWidget(discard);
    m_pendingBar->hide();
    connect(retry, &QPushButton::clicked, this, [this] {
        if (m_editor)
            m_editor->retryPending();
        updatePendingBar();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        if (!m_editor || m_editor->pendingCount() == 0)
            return;
        const int n = m_editor->pendingCount();
        if (Dialogs::question(this, tr("Discard waiting edits"),
                              tr("%n edit(s) could not be written to the file yet. Discard them? They cannot be "
                                 "brought back.",
                                 nullptr, n),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard)
            m_editor->discardPending();
    });

    m_pendingRetryTimer = new QTimer(this);
    m_pendingRetryTimer->setInterval(kStalledRetryMs);
    connect(m_pendingRetryTimer, &QTimer::timeout, this, [this] {
        if (m_editor && m_editor->isStalled())
            m_editor->retryPending();
        updatePendingBar();
    });
}

void MainWindow::connectEditorFeedback()
{
    m_conflictPanel->clear();
    connect(m_editor, &Editor::writeFailed, this, &MainWindow::onWriteFailed);
    connect(m_editor, &Editor::conflictFound, this, [this](const EditConflict& conflict) {
        m_conflictPanel->add(conflict);
        showMessage(tr("%1 changed this while you were editing it; nothing was overwritten. Choose what to keep.")
                        .arg(conflict.changedBy.isEmpty() ? tr("Someone else") : conflict.changedBy));
    });
    // Their side of an open conflict follows their further changes, so the choice is made on
    // what the file holds now.
    connect(m_library.get(), &Library::changed, m_conflictPanel, [this](const Change& change) {
        if (!change.foreign || !m_editor)
            return;
        const QList<EditConflict> open = m_conflictPanel->conflicts();
        for (EditConflict conflict : open) {
            if (conflict.entity == change.entity && conflict.id == change.id && m_editor->readTheirs(&conflict))
                m_conflictPanel->add(conflict);
        }
    });
    connect(m_editor, &Editor::pendingChanged, this, &MainWindow::updatePendingBar);
    connect(m_editor, &Editor::waitingChanged, this, &MainWindow::updatePendingBar);
    connect(m_editor, &Editor::stalled, this, [this] {
        m_pendingRetryTimer->start();
        updatePendingBar();
    });
}

// Failed writes are told without a modal dialog. The banner stays until the next successful
// change or a new message.
void MainWindow::onWriteFailed(const WriteResult& result)
{
    showMessage(result.message);
    m_banner->setText(result.message);
    m_banner->show();
}

void MainWindow::updatePendingBar()
{
    const int n = m_editor ? m_editor->pendingCount() : 0;
    if (n == 0) {
        m_pendingRetryTimer->stop();
        if (m_pendingBar->isVisible())
            showMessage(tr("Every waiting edit is now in the file."));
        m_pendingBar->hide();
        return;
    }
    const WriteResult error = m_editor->pendingError();
    const QString why = error.status == WriteResult::DiskFull
                            ? tr("The disk is full or the file cannot grow.")
                            : tr("The file is busy: another program or Hindsight window is writing to it.");
    QString text = why + QLatin1Char(' ')
                   + tr("%n edit(s) kept here and saved as soon as the file takes them; nothing is lost.", nullptr, n);
    if (m_editor->isStalled())
        text += QLatin1Char(' ') + tr("Trying again every few seconds.");
    m_pendingLabel->setText(text);
    m_pendingLabel->setToolTip(m_editor->pendingDescriptions().join(QLatin1Char('\n')));
    // A short busy spell goes unnoticed; the note comes after about a second of waiting, and
    // at once for a full disk, which will not clear by itself.
    if (m_editor->isWaiting() || m_editor->isStalled() || error.status == WriteResult::DiskFull)
        m_pendingBar->show();
}

bool MainWindow::settleWritesBeforeClosing()
{
    if (!m_editor)
        return true;
    if (m_editor->pendingCount() > 0) {
        m_editor->retryPending();
        const int n = m_editor->pendingCount();
        if (n > 0) {
            const auto answer = Dialogs::question(
                this, tr("Edits not written yet"),
                tr("%n edit(s) could not be written because the file is busy or full. Wait and try again, or discard "
                   "them and close?",
                   nullptr, n),
                QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Retry);
            if (answer == QMessageBox::Discard) {
                m_editor->discardPending();
            } else {
                if (answer == QMessageBox::Retry)
                    m_editor->retryPending();
                updatePendingBar();
                return m_editor->pendingCount() == 0;
            }
        }
    }
    if (m_conflictPanel->count() > 0) {
        const int n = m_conflictPanel->count();
        const auto answer = Dialogs::question(
            this, tr("Undecided conflicts"),
            tr("%n of your edit(s) met someone else's change and are not decided. Save yours over theirs, keep "
               "theirs, or go back and look?",
               nullptr, n),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return false;
        while (m_conflictPanel->count() > 0) {
            const int before = m_conflictPanel->count();
            m_conflictPanel->choose(answer == QMessageBox::Save ? EditConflict::KeepMine : EditConflict::TakeTheirs);
            if (m_conflictPanel->count() >= before)
                return false; // saving met yet another change: show it
        }
    }
    return true;
}

} // namespace hs
