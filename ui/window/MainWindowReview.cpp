// MainWindow: commands on the open review that need a dialog.

#include "window/MainWindow.h"

#include "commands/Editor.h"
#include "library/LibrarySidebar.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"
#include "timeline/ImportDialog.h"
#include "timeline/TimelinePage.h"

#include <QTabWidget>

namespace hs {

void MainWindow::importInteractive()
{
    if (!m_library || m_library->isReadOnly() || m_workspace->reviewId().isEmpty())
        return;
    ImportDialog dialog(m_library.get(), m_workspace->document(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportResult& result = dialog.result();
    const ImportPlan plan = m_library->planImport(m_workspace->reviewId(), result);
    bool added = false;
    if (!m_editor->applyImport(m_workspace->reviewId(), result, tr("Import from %1").arg(result.sourceName), &added))
        return; // the editor reported why
    m_workspace->tabs()->setCurrentWidget(m_workspace->timelinePage());
    showMessage(added ? tr("Imported %1 and %2 from %3.")
                            .arg(tr("%n message(s)", nullptr, plan.newMessages),
                                 tr("%n event(s)", nullptr, plan.newEvents), result.sourceName)
                      : tr("Nothing new in %1: it was imported before.").arg(result.sourceName));
}

} // namespace hs
