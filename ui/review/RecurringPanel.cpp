#include "review/RecurringPanel.h"

#include "analysis/RecurringPatterns.h"
#include "storage/Library.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLabel>
#include <QPointer>
#include <QThreadPool>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace hs {

RecurringPanel::RecurringPanel(Library* library, QWidget* parent)
    : QGroupBox(tr("This has happened before"), parent)
    , m_library(library)
    , m_headline(new QLabel(this))
    , m_list(new QWidget(this))
    , m_listLayout(new QVBoxLayout(m_list))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("recurringPanel"));
    m_headline->setObjectName(QStringLiteral("recurringHeadline"));
    m_headline->setWordWrap(true);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_list);
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &RecurringPanel::refresh);
    if (m_library)
        connect(m_library, &Library::changed, this, &RecurringPanel::onChanged);
}

void RecurringPanel::setReview(const QString& reviewId)
{
    if (reviewId == m_reviewId)
        return; // changes to it arrive through Library::changed
    m_reviewId = reviewId;
    refresh();
}

void RecurringPanel::onChanged(const Change& change)
{
    // Only what the matcher reads: a review's title, reference, severity, start or tombstone,
    // a why-node's mark, category or place, and labels. Typing a cause's text or a section
    // changes none of it, so it does not cost a query (~0.1 s on 10,000 reviews).
    static const QStringList reviewColumns = {QStringLiteral("title"), QStringLiteral("incident_ref"),
                                              QStringLiteral("severity"), QStringLiteral("started_ms")};
    static const QStringList whyColumns = {QStringLiteral("mark"), QStringLiteral("category"),
                                           QStringLiteral("parent_id")};
    const bool updated = change.op == Change::Updated && !change.column.isEmpty();
    switch (change.entity) {
    case Entity::Review:
        if (updated && !reviewColumns.contains(change.column))
            return;
        break;
    case Entity::WhyNode:
        if (updated && !whyColumns.contains(change.column))
            return;
        break;
    case Entity::Label:
    case Entity::ReviewLabel:
        break;
    default:
        return;
    }
    if (isVisible())
        m_timer->start();
    else
        m_stale = true;
}

void RecurringPanel::showEvent(QShowEvent* event)
{
    QGroupBox::showEvent(event);
    if (m_stale)
        m_timer->start();
}

void RecurringPanel::refresh()
{
    m_timer->stop();
    m_stale = false;
    const quint64 generation = ++m_generation;
    if (!m_library || m_reviewId.isEmpty()) {
        showFound(std::nullopt, QString());
        hide();
        return;
    }
    // The lookup reads across the library (0.1-0.2 s on 10,000 reviews): a worker runs it
    // through a read-only connection of its own, so switching reviews never waits for it. The
    // list shown is replaced only when the answer for the latest request arrives.
    const QString path = m_library->path();
    const QString reviewId = m_reviewId;
    const QPointer<RecurringPanel> self(this);
    QThreadPool::globalInstance()->start([self, path, reviewId, generation] {
        Database::Options options;
        options.mode = Database::Mode::ReadOnly;
        options.quickCheck = false;
        options.dailyBackup = false;
        OpenError openError;
        QString error;
        std::optional<RecurringPatterns> found;
        if (std::unique_ptr<Library> library = Library::open(path, options, &openError))
            found = RecurringPatternQuery::find(*library, reviewId, kShown, kMinShared, &error);
        else
            error = openError.message();
        QMetaObject::invokeMethod(qApp, [self, generation, found, error] {
            if (self && self->m_generation == generation)
                self->showFound(found, error);
        });
    });
}

void RecurringPanel::showFound(const std::optional<RecurringPatterns>& found, const QString& error)
{
    while (QLayoutItem* item = m_listLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater(); // later: this can follow a link's own click (it opened another review)
        }
        delete item;
    }
    m_shown.clear();
    if (m_reviewId.isEmpty())
        return;
    if (!found) {
        m_headline->setText(error);
        show();
        return;
    }
    if (found->total == 0) {
        m_headline->setText(tr("No other review shares two or more contributing factors, services or tags with this one yet."));
        show();
        return;
    }
    QString headline = found->earlier > 0
        ? tr("Seen %n time(s) before: earlier reviews share two or more contributing factors, services or tags with this one.",
             nullptr, found->earlier)
        : tr("No earlier review shares two or more contributing factors, services or tags with this one.");
    if (found->total > found->earlier)
        headline += QLatin1Char(' ') + tr("%n later review(s) do.", nullptr, found->total - found->earlier);
    m_headline->setText(headline);
    for (const RecurringMatch& m : found->matches) {
        QStringList traits;
        for (const SharedTrait& t : m.shared)
            traits.append(QStringLiteral("%1 %2").arg(RecurringPatternQuery::kindName(t.kind), t.name));
        const QString when = m.startedMs ? QDateTime::fromMSecsSinceEpoch(*m.startedMs).date().toString(Qt::ISODate) : QString();
        QString text = m.incidentRef.isEmpty() ? m.title : QStringLiteral("%1 · %2").arg(m.incidentRef, m.title);
        if (!when.isEmpty())
            text = QStringLiteral("%1 (%2, %3)").arg(text, m.severity, when);
        auto* link = new QPushButton(text, m_list);
        link->setObjectName(QStringLiteral("recurringLink_%1").arg(m_shown.size()));
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        link->setStyleSheet(QStringLiteral("QPushButton { text-align: left; color: palette(link); "
                                           "text-decoration: underline; padding: 1px 2px; }"));
        link->setAccessibleName(tr("Open review %1").arg(m.title));
        link->setToolTip(tr("Open this review"));
        const QString id = m.reviewId;
        connect(link, &QPushButton::clicked, this, [this, id] { Q_EMIT openReview(id); });
        auto* shares = new QLabel(tr("shares %1").arg(traits.join(QStringLiteral(", "))), m_list);
        shares->setWordWrap(true);
        shares->setContentsMargins(14, 0, 0, 4);
        shares->setForegroundRole(QPalette::PlaceholderText);
        m_listLayout->addWidget(link);
        m_listLayout->addWidget(shares);
        m_shown.append(id);
    }
    show();
}

} // namespace hs
