#pragma once

// The common frame of the review-tab GUI tests: a library made with the sample review, an undo
// stack and editor, and the workspace showing that review offscreen on a chosen tab.

#include "TestSupport.h"

#include "commands/Editor.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"

#include <QCoreApplication>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

namespace hs::test {

class WorkspaceTest : public QObject
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<ReviewWorkspace> m_workspace;
    QString m_review;

    // Returns false (with a message) when the library cannot be made.
    bool setUpWorkspace(const QSize& size, QString* why)
    {
        m_dir = tempDir();
        OpenError error;
        m_lib = Library::create(m_dir->filePath(QStringLiteral("review.hindsight")), true, &error);
        if (!m_lib) {
            *why = error.message();
            return false;
        }
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<Editor>(m_lib.get(), m_stack.get());
        m_workspace = std::make_unique<ReviewWorkspace>();
        m_workspace->resize(size);
        m_workspace->setLibrary(m_lib.get(), m_editor.get());
        m_review = m_lib->reviewSummaries().first().id;
        m_workspace->showReview(m_review);
        return true;
    }

    bool showTab(QWidget* page)
    {
        m_workspace->tabs()->setCurrentWidget(page);
        m_workspace->show();
        return QTest::qWaitForWindowExposed(m_workspace.get());
    }

    void tearDownWorkspace()
    {
        m_workspace.reset();
        m_editor.reset();
        m_stack.reset();
        m_lib.reset();
        m_dir.reset();
    }

    // Changes reach the pages through the workspace's coalesced reload.
    static void settle()
    {
        for (int i = 0; i < 4; ++i)
            QCoreApplication::processEvents();
    }
};

} // namespace hs::test
