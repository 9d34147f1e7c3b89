#pragma once

// The common frame of the GUI tests that drive the whole main window: its temporary folder and
// library path, and finding its widgets and triggering its actions by object name.

#include "TestSupport.h"

#include "window/MainWindow.h"

#include <QAction>
#include <QTest>

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
