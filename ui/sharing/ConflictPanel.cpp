#include "sharing/ConflictPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hs {

namespace {

QPlainTextEdit* sideBox(QWidget* parent, const QString& name)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setReadOnly(true);
    box->setMaximumHeight(110);
    box->setTabChangesFocus(true);
    return box;
}

} // namespace

ConflictPanel::ConflictPanel(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_theirsLabel(new QLabel(this))
    , m_mineLabel(new QLabel(this))
    , m_theirs(sideBox(this, QStringLiteral("conflictTheirs")))
    , m_mine(sideBox(this, QStringLiteral("conflictMine")))
    , m_keepMine(new QPushButton(this))
    , m_takeTheirs(new QPushButton(this))
    , m_keepBoth(new QPushButton(tr("Keep &both"), this))
    , m_copyMine(new QPushButton(tr("&Copy my text"), this))
{
    setObjectName(QStringLiteral("conflictPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QFrame#conflictPanel { background: #fdecea; border-bottom: 1px solid #e6a19a; }"
                                 "QFrame#conflictPanel QLabel { color: #5f1d16; }"));
    m_title->setObjectName(QStringLiteral("conflictTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_keepMine->setObjectName(QStringLiteral("conflictKeepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("conflictTakeTheirs"));
    m_keepBoth->setObjectName(QStringLiteral("conflictKeepBoth"));
    m_copyMine->setObjectName(QStringLiteral("conflictCopyMine"));

    auto* sides = new QGridLayout;
    sides->addWidget(m_theirsLabel, 0, 0);
    sides->addWidget(m_mineLabel, 0, 1);
    sides->addWidget(m_theirs, 1, 0);
    sides->addWidget(m_mine, 1, 1);
    sides->setColumnStretch(0, 1);
    sides->setColumnStretch(1, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyMine);
    buttons->addWidget(m_keepBoth);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_keepMine);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addLayout(sides);
    layout->addLayout(buttons);

    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(EditConflict::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { choose(EditConflict::TakeTheirs); });
    connect(m_keepBoth, &QPushButton::clicked, this, [this] { choose(EditConflict::KeepBoth); });
    connect(m_copyMine, &QPushButton::clicked, this, [this] {
        if (!m_conflicts.isEmpty())
            QApplication::clipboard()->setText(shown(m_conflicts.first().mine, m_conflicts.first().column));
    });
    hide();
}

void ConflictPanel::add(const EditConflict& conflict)
{
    for (qsizetype i = 0; i < m_conflicts.size(); ++i) {
        const EditConflict& c = m_conflicts.at(i);
        if (c.entity == conflict.entity && c.id == conflict.id && c.column == conflict.column
            && c.removal == conflict.removal) {
            m_conflicts[i] = conflict;
            showFirst();
            return;
        }
    }
    m_conflicts.append(conflict);
    showFirst();
}

void ConflictPanel::clear()
{
    m_conflicts.clear();
    showFirst();
}

void ConflictPanel::choose(EditConflict::Resolution resolution)
{
    if (m_conflicts.isEmpty())
        return;
    const EditConflict conflict = m_conflicts.takeFirst();
    showFirst();
    // Emitted after the panel moved on: resolving can itself find a newer conflict (a third
    // person changed it again), which then joins the queue.
    Q_EMIT resolved(conflict, resolution);
}

QString ConflictPanel::shown(const QVariant& value, const QString& column)
{
    if (value.isNull())
        return tr("(empty)");
    if (column.endsWith(QLatin1String("_ms")))
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(value.toLongLong()), QLocale::ShortFormat);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("yes") : tr("no");
    return value.toString();
}

void ConflictPanel::showFirst()
{
    if (m_conflicts.isEmpty()) {
        hide();
        return;
    }
    const EditConflict& c = m_conflicts.first();
    const QString who = c.changedBy.isEmpty() ? tr("Someone else") : c.changedBy;
    const QString when = c.changedMs > 0
                             ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.changedMs).time(), QLocale::ShortFormat)
                             : QString();
    QString title;
    if (c.removal)
        title = tr("%1 changed this after you chose to delete it: %2").arg(who, c.description);
    else if (c.theirsDeleted)
        title = tr("%1 deleted this while you were editing it: %2").arg(who, c.description);
    else
        title = tr("%1 changed this while you were editing it: %2").arg(who, c.description);
    if (m_conflicts.size() > 1)
        title += QStringLiteral("  ") + tr("(1 of %1)").arg(m_conflicts.size());
    m_title->setText(title);

    m_theirsLabel->setText(when.isEmpty() ? tr("Theirs (%1)").arg(who) : tr("Theirs (%1, %2)").arg(who, when));
    m_mineLabel->setText(tr("Yours"));
    if (c.removal) {
        m_theirs->setPlainText(tr("Changed since you loaded it."));
        m_mine->setPlainText(tr("You deleted it."));
        m_keepMine->setText(tr("&Delete anyway"));
        m_takeTheirs->setText(tr("&Keep it"));
    } else if (c.theirsDeleted) {
        m_theirs->setPlainText(tr("Deleted."));
        m_mine->setPlainText(shown(c.mine, c.column));
        m_takeTheirs->setText(tr("&Dismiss"));
    } else {
        m_theirs->setPlainText(shown(c.theirs, c.column));
        m_mine->setPlainText(shown(c.mine, c.column));
        m_keepMine->setText(tr("Keep &mine"));
        m_takeTheirs->setText(tr("&Take theirs"));
    }
    m_keepMine->setVisible(!c.theirsDeleted);
    m_keepBoth->setVisible(c.canKeepBoth());
    m_copyMine->setVisible(c.theirsDeleted);
    show();
}

} // namespace hs
