#include "common/AutoCommit.h"

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

namespace hs {

AutoCommit::AutoCommit(QLineEdit* edit)
    : QObject(edit)
    , m_line(edit)
    , m_idle(new QTimer(this))
{
    setup(edit);
    connect(edit, &QLineEdit::textEdited, this, &AutoCommit::onEdited);
    connect(edit, &QLineEdit::editingFinished, this, &AutoCommit::flush);
}

AutoCommit::AutoCommit(QPlainTextEdit* edit)
    : QObject(edit)
    , m_plain(edit)
    , m_idle(new QTimer(this))
{
    setup(edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_plain->toPlainText() != m_committed)
            onEdited();
    });
}

void AutoCommit::setup(QObject* edit)
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(kIdleMs);
    connect(m_idle, &QTimer::timeout, this, &AutoCommit::flush);
    edit->installEventFilter(this);
}

QString AutoCommit::text() const
{
    return m_line ? m_line->text() : m_plain->toPlainText();
}

void AutoCommit::onEdited()
{
    m_dirty = true;
    m_idle->start();
}

void AutoCommit::flush()
{
    m_idle->stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    const QString now = text();
    if (now == m_committed)
        return;
    const QString old = m_committed;
    m_committed = now;
    Q_EMIT commit(old, now);
}

void AutoCommit::commitFailed(const QString& previous, bool conflictShown)
{
    if (conflictShown) {
        m_idle->stop();
        m_dirty = false;
        m_committed = previous;
        return;
    }
    m_committed = previous;
    m_dirty = true;
}

void AutoCommit::showValue(const QString& value)
{
    if (m_dirty) // an edit in progress wins; it is committed within a second
        return;
    m_committed = value;
    if (text() == value)
        return;
    if (m_line) {
        const int cursor = m_line->cursorPosition();
        m_line->setText(value);
        m_line->setCursorPosition(qMin(cursor, static_cast<int>(value.size())));
    } else {
        QTextCursor c = m_plain->textCursor();
        const int pos = c.position();
        const QSignalBlocker block(m_plain);
        m_plain->setPlainText(value);
        c = m_plain->textCursor();
        c.setPosition(qMin(pos, static_cast<int>(value.size())));
        m_plain->setTextCursor(c);
    }
}

bool AutoCommit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace hs
