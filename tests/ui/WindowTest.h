#pragma once

// The common frame of the GUI tests that drive the whole main window: its temporary folder and
// library path, and finding its widgets and triggering its actions by object name.

#include "TestSupport.h"

#include "common/Dialogs.h"
#include "library/LibrarySidebar.h"
#include "storage/Library.h"
#include "window/MainWindow.h"
#include "sharing/ConflictPanel.h"

#include <QAction>
#include <QApplication>
#include <QTest>

#include <optional>

#include <memory>

namespace hs::test {

class WindowTest : public QObject
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;

    template <typename T>
    T* find(const QString& name) const
    {
        T* w = m_window->findChild<T*>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }

    // initTestCase: one window for the whole test, shown offscreen, dialogs answered by the test.
    void showWindow()
    {
        Dialogs::setTestMode(true);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // init: a fresh library with the sample review, open in the window.
    void openSampleLibrary()
    {
        m_dir = tempDir();
        m_path = m_dir->filePath(QStringLiteral("team.hindsight"));
        {
            OpenError error;
            QVERIFY2(Library::create(m_path, true, &error), qPrintable(error.message()));
        }
        QVERIFY(m_window->openLibrary(m_path));
        QVERIFY(!currentId().isEmpty());
        Dialogs::takeShownMessages();
    }

    // cleanup: closes the library; a conflict a failed test left must not keep the next open.
    void closeLibraryAfterTest()
    {
        m_window->conflictPanel()->clear();
        m_window->closeLibrary();
        m_dir.reset();
    }

    QString currentId() const { return m_window->sidebar()->currentReviewId(); }

    // What is in the file, read by a separate connection as another program would.
    std::optional<ReviewDocument> fromFile(const QString& id) const
    {
        OpenError error;
        auto lib = Library::open(m_path, &error);
        if (!lib)
            return std::nullopt;
        return lib->document(id);
    }

    void typeInto(QWidget* w, const QString& text, bool replace = true)
    {
        w->setFocus();
        QApplication::setActiveWindow(m_window.get());
        if (replace)
            QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(w, text);
    }

    // Triggers an action of the window, failing the test when it is missing or disabled.
    void trigger(const QString& actionName)
    {
        auto* action = m_window->findChild<QAction*>(actionName);
        QVERIFY2(action, qPrintable(actionName));
        QVERIFY2(action->isEnabled(), qPrintable(actionName + QStringLiteral(" is disabled")));
        action->trigger();
    }
};

} // namespace hs::test
