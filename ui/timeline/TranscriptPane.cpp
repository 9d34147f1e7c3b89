#include "timeline/TranscriptPane.h"

#include "domain/Enums.h"
#include "timeline/KindStyle.h"
#include "timeline/TranscriptModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hs {

TranscriptPane::TranscriptPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new TranscriptModel(this))
    , m_filter(new TranscriptFilter(this))
    , m_search(new QLineEdit(this))
    , m_onlyEvidence(new QCheckBox(tr("Only the selected event's evidence"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_promote(new QToolButton(this))
    , m_attach(new QToolButton(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("transcriptPane"));
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("transcriptSearch"));
    m_search->setPlaceholderText(tr("Search the transcript"));
    m_search->setClearButtonEnabled(true);
    m_onlyEvidence->setObjectName(QStringLiteral("onlyEvidence"));
    m_count->setObjectName(QStringLiteral("transcriptCount"));

    m_view->setObjectName(QStringLiteral("transcriptView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Uniform rows keep 20,000 messages cheap to scroll.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(TranscriptModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TranscriptModel::AuthorColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(TranscriptModel::TextColumn, QHeaderView::Stretch);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setColumnWidth(TranscriptModel::AuthorColumn, 110);
    m_view->setAccessibleName(tr("Transcript"));
    m_view->installEventFilter(this);

    m_promote->setObjectName(QStringLiteral("promoteMessages"));
    m_promote->setText(tr("&Promote to event"));
    m_promote->setToolTip(tr("Make the selected messages timeline events (P)"));
    m_promote->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_attach->setObjectName(QStringLiteral("attachMessages"));
    m_attach->setText(tr("Attach as e&vidence"));
    m_attach->setToolTip(tr("Cite the selected messages as evidence for the selected event (E)"));

    m_empty->setObjectName(QStringLiteral("transcriptEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No transcript yet. Import the incident channel (Slack export, chat log, CSV) or a paging "
                        "log with Review ▸ Import, and its messages appear here as evidence to build the timeline from."));

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_promote);
    buttons->addWidget(m_attach);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Transcript</b>"), this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(m_onlyEvidence);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setWords(text);
        updateCount();
    });
    connect(m_onlyEvidence, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOnlyHighlighted(on);
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TranscriptPane::updateButtons);
    connect(m_promote, &QToolButton::clicked, this, &TranscriptPane::showPromoteMenu);
    connect(m_attach, &QToolButton::clicked, this, [this] { Q_EMIT attachRequested(selectedMessageIds()); });
    setMessages({}, QStringLiteral("UTC"));
}

void TranscriptPane::setMessages(const QList<TranscriptMessage>& messages, const QString& timeZone)
{
    m_model->setMessages(messages, timeZone);
    const bool empty = messages.isEmpty();
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_search->setEnabled(!empty);
    m_onlyEvidence->setEnabled(!empty);
    updateCount();
    updateButtons();
}

void TranscriptPane::setCited(const QSet<QString>& ids)
{
    m_model->setCited(ids);
}

void TranscriptPane::setEventEvidence(const QStringList& ids, bool hasEvent)
{
    m_hasEvent = hasEvent;
    m_model->setHighlighted(QSet<QString>(ids.cbegin(), ids.cend()));
    if (m_onlyEvidence->isChecked())
        m_filter->invalidate();
    else if (!ids.isEmpty()) {
        const int row = m_model->rowOfId(ids.first());
        const QModelIndex at = m_filter->mapFromSource(m_model->index(row, 0));
        if (at.isValid())
            m_view->scrollTo(at, QAbstractItemView::PositionAtCenter);
    }
    updateCount();
    updateButtons();
}

void TranscriptPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void TranscriptPane::showOnlyEvidence(bool only)
{
    m_onlyEvidence->setChecked(only);
}

void TranscriptPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QStringList TranscriptPane::selectedMessageIds() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(i).row());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : std::as_const(rows))
        ids.append(m_model->messageAt(row).id);
    return ids;
}

void TranscriptPane::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(shown == total ? tr("%n message(s)", nullptr, total)
                                    : tr("%1 of %n message(s)", nullptr, total).arg(shown));
}

void TranscriptPane::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_promote->setEnabled(!m_readOnly && any);
    m_attach->setEnabled(!m_readOnly && any && m_hasEvent);
}

void TranscriptPane::showPromoteMenu()
{
    const QStringList ids = selectedMessageIds();
    if (ids.isEmpty() || m_readOnly)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("promoteKindMenu"));
    for (const QString& code : Vocabulary::codes(Vocab::EventKind)) {
        QAction* a = menu.addAction(KindStyle::icon(code), Vocabulary::label(Vocab::EventKind, code));
        a->setData(code);
    }
    const QModelIndex current = m_view->currentIndex();
    const QPoint at = current.isValid() ? m_view->viewport()->mapToGlobal(m_view->visualRect(current).bottomLeft())
                                        : m_promote->mapToGlobal(QPoint(0, m_promote->height()));
    if (QAction* chosen = menu.exec(at))
        Q_EMIT promoteRequested(ids, chosen->data().toString());
}

bool TranscriptPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && !m_readOnly) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier) {
            if (key->key() == Qt::Key_P || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                showPromoteMenu();
                return true;
            }
            if (key->key() == Qt::Key_E && m_hasEvent) {
                Q_EMIT attachRequested(selectedMessageIds());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hs
