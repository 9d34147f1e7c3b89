#pragma once

#include <QObject>
#include <QString>

class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace hs {

// Makes typing durable without a Save button: a text field commits when it loses focus, on
// Enter (line edits), and after a short pause in typing, so a crash loses at most the last
// second. Consecutive commits of one field merge into one undo step (see EditFieldCommand).
class AutoCommit : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIdleMs = 800;

    explicit AutoCommit(QLineEdit* edit);
    explicit AutoCommit(QPlainTextEdit* edit);

    QString text() const;
    // Shows a value from the file unless the person is in the middle of changing it.
    void showValue(const QString& value);
    // The value last committed or shown; a commit fires only when the text differs from it.
    QString committedValue() const { return m_committed; }
    void flush();
    // The last commit did not reach the file: keep the typed text on screen (a refresh must not
    // replace it) and commit it again on the next edit or focus change. With conflictShown (the
    // edit met someone else's change, and the window now shows both versions and holds the
    // typed text until the user decides) the field is not committed again behind the user's
    // back: it shows what the file holds at the next refresh.
    void commitFailed(const QString& previous, bool conflictShown = false);

Q_SIGNALS:
    void commit(const QString& oldValue, const QString& newValue);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setup(QObject* edit);
    void onEdited();

    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_plain = nullptr;
    QTimer* m_idle;
    QString m_committed;
    bool m_dirty = false;
};

} // namespace hs
