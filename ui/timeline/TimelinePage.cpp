#include "timeline/TimelinePage.h"

#include "commands/Editor.h"
#include "common/WordingHint.h"
#include "domain/Enums.h"
#include "domain/QuickEntry.h"
#include "timeline/KindStyle.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelineDelegates.h"
#include "timeline/TimelineEdits.h"
#include "timeline/TimelineFilter.h"
#include "timeline/TimelineModel.h"
#include "timeline/TranscriptModel.h"
#include "timeline/TranscriptPane.h"
#include "util/Uuid.h"
#include "util/TimeFormat.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hs {

namespace {

QToolButton* toolButton(QWidget* parent, const QString& name, const QString& text, const QString& tip)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

} // namespace

TimelinePage::TimelinePage(Editor* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new TimelineModel(editor, this))
    , m_filter(new TimelineFilter(this))
    , m_delegate(new TimelineDelegate(this))
    , m_chart(new TimelineChart(this))
    , m_table(new QTableView(this))
    , m_quick(new QLineEdit(this))
    , m_quickHint(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_kinds(toolButton(this, QStringLiteral("timelineKinds"), tr("&Kinds ▾"), tr("Show or hide kinds of event")))
    , m_mark(toolButton(this, QStringLiteral("timelineMark"), tr("&Mark as ▾"),
                        tr("Mark the selected event as a milestone (the key times follow) or as the suspected trigger")))
    , m_delete(toolButton(this, QStringLiteral("timelineDelete"), tr("Delete"), tr("Delete the selected events (Del)")))
    , m_import(toolButton(this, QStringLiteral("timelineImport"), tr("&Import…"),
                          tr("Import a chat export, paging log or CSV into this review")))
    , m_metrics(new QLabel(this))
    , m_transcript(new TranscriptPane(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("timelinePage"));
    m_filter->setSourceModel(m_model);

    m_metrics->setObjectName(QStringLiteral("timelineMetrics"));
    m_metrics->setTextFormat(Qt::RichText);
    // Wraps rather than setting the page's minimum width: in German the line alone was 672 px
    // and, with the meeting panel open, pushed the window past a 1,600 px screen.
    m_metrics->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAcceptDrops(true);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->setDropIndicatorShown(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TimelineModel::TextColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(TimelineModel::TimeColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("Wed 15 Apr 00:00:00")) + 16);
    m_table->setColumnWidth(TimelineModel::OffsetColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("T+00:00:00")) + 12);
    m_table->setColumnWidth(TimelineModel::KindColumn, 140);
    m_table->setColumnWidth(TimelineModel::ActorColumn, 120);
    m_table->setColumnWidth(TimelineModel::SourceColumn, 80);
    m_table->setColumnWidth(TimelineModel::EvidenceColumn, 60);
    m_table->setAccessibleName(tr("Timeline events"));
    // Columns can be hidden from the header's menu; Source starts hidden, since the kind and the
    // evidence count say most of it and the text wants the room.
    const QStringList hidden = QSettings().value(QStringLiteral("timeline/hiddenColumns"), QStringList{QString::number(TimelineModel::SourceColumn)}).toStringList();
    for (const QString& c : hidden)
        m_table->setColumnHidden(c.toInt(), true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint& pos) {
        QMenu menu(this);
        for (int c = 0; c < TimelineModel::ColumnCount; ++c) {
            if (c == TimelineModel::TimeColumn || c == TimelineModel::TextColumn)
                continue; // always shown
            QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_table->isColumnHidden(c));
            connect(a, &QAction::toggled, this, [this, c](bool shown) {
                m_table->setColumnHidden(c, !shown);
                QStringList hiddenNow;
                for (int i = 0; i < TimelineModel::ColumnCount; ++i) {
                    if (m_table->isColumnHidden(i))
                        hiddenNow.append(QString::number(i));
                }
                QSettings().setValue(QStringLiteral("timeline/hiddenColumns"), hiddenNow);
            });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    m_table->installEventFilter(this);

    m_quick->setObjectName(QStringLiteral("quickEntry"));
    m_quick->setPlaceholderText(tr("Add an event: 14:32 alert checkout latency page fired — then Enter (↑ edits the last one)"));
    m_quick->setAccessibleName(tr("Quick entry"));
    m_quick->installEventFilter(this);
    m_quickHint->setObjectName(QStringLiteral("quickEntryHint"));
    m_quickHint->setWordWrap(true);
    m_quickHint->hide();

    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setPlaceholderText(tr("Filter events"));
    m_search->setClearButtonEnabled(true);
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    m_mark->setPopupMode(QToolButton::InstantPopup);
    buildFilterMenu();

    auto* markMenu = new QMenu(m_mark);
    markMenu->setObjectName(QStringLiteral("markMenu"));
    for (const QString& code : Vocabulary::codes(Vocab::Milestone)) {
        QAction* a = markMenu->addAction(Vocabulary::label(Vocab::Milestone, code));
        a->setObjectName(QStringLiteral("mark_") + code);
        connect(a, &QAction::triggered, this, [this, code] { markSelected(code); });
    }
    QAction* none = markMenu->addAction(tr("Not a milestone"));
    none->setObjectName(QStringLiteral("mark_none"));
    connect(none, &QAction::triggered, this, [this] { markSelected(QString()); });
    markMenu->addSeparator();
    QAction* trigger = markMenu->addAction(tr("Suspected trigger"));
    trigger->setObjectName(QStringLiteral("mark_trigger"));
    connect(trigger, &QAction::triggered, this, &TimelinePage::toggleSuspectedTrigger);
    m_mark->setMenu(markMenu);

    auto* zoomIn = toolButton(this, QStringLiteral("chartZoomIn"), QStringLiteral("+"), tr("Zoom in (+)"));
    auto* zoomOut = toolButton(this, QStringLiteral("chartZoomOut"), QStringLiteral("−"), tr("Zoom out (−)"));
    auto* fit = toolButton(this, QStringLiteral("chartFit"), tr("Incident"), tr("Show the incident, start to resolution (0)"));
    auto* all = toolButton(this, QStringLiteral("chartAll"), tr("All"), tr("Show every event, also long before or after (A)"));
    connect(all, &QToolButton::clicked, m_chart, &TimelineChart::showEverything);
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_chart->zoomBy(1.5); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_chart->zoomBy(1 / 1.5); });
    connect(fit, &QToolButton::clicked, m_chart, &TimelineChart::fitAll);

    // Layout: metrics and chart across the top; the table with its tools and quick entry on
    // the left; the transcript on the right.
    auto* top = new QHBoxLayout;
    top->addWidget(m_metrics, 1);
    top->addWidget(zoomOut);
    top->addWidget(zoomIn);
    top->addWidget(fit);
    top->addWidget(all);
    top->addSpacing(12);
    top->addWidget(m_import);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_kinds);
    tools->addWidget(m_mark);
    tools->addWidget(m_delete);

    auto* left = new QWidget(m_split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_quick);
    leftLayout->addWidget(m_quickHint);
    m_wordingHint = WordingHintLabel::following(m_quick);
    m_wordingHint->setObjectName(QStringLiteral("quickEntryWordingHint")); // quickEntryHint explains the syntax
    leftLayout->addWidget(m_wordingHint);
    m_split->addWidget(left);
    m_split->addWidget(m_transcript);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setObjectName(QStringLiteral("timelineSplit"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chart);
    layout->addWidget(m_split, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &TimelineFilter::setWords);
    connect(m_delete, &QToolButton::clicked, this, &TimelinePage::deleteSelected);
    connect(m_import, &QToolButton::clicked, this, &TimelinePage::importRequested);
    connect(m_model, &TimelineModel::editRejected, this, &TimelinePage::showError);
    connect(m_model, &TimelineModel::messagesDropped, this, [this](const QStringList& ids, const QString& onEvent) {
        if (onEvent.isEmpty())
            promoteMessages(ids, QStringLiteral("other"));
        else
            attachMessages(ids, onEvent);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TimelinePage::onSelectionChanged);
    connect(m_chart, &TimelineChart::eventClicked, this, [this](const QString& id, Qt::KeyboardModifiers mods) {
        const int row = m_model->rowOfId(id);
        const QModelIndex at = m_filter->mapFromSource(m_model->index(row, 0));
        if (!at.isValid()) {
            // Hidden by the filter: clear it rather than select nothing.
            m_search->clear();
            m_filter->setHiddenKinds({});
            buildFilterMenu();
        }
        const QModelIndex shown = m_filter->mapFromSource(m_model->index(row, 0));
        const auto flags = (mods & Qt::ControlModifier) ? QItemSelectionModel::Toggle | QItemSelectionModel::Rows
                                                        : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
        m_table->selectionModel()->setCurrentIndex(shown, flags);
        m_table->scrollTo(shown);
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (index.column() == TimelineModel::EvidenceColumn && index.data(TimelineModel::EvidenceCountRole).toInt() > 0)
            m_transcript->showOnlyEvidence(true);
    });
    connect(m_transcript, &TranscriptPane::promoteRequested, this, &TimelinePage::promoteMessages);
    connect(m_transcript, &TranscriptPane::attachRequested, this, [this](const QStringList& ids) {
        const QStringList events = selectedEventIds();
        if (events.size() == 1)
            attachMessages(ids, events.first());
        else
            showError(tr("Select one event in the timeline to attach the messages to."));
    });
    onSelectionChanged();
}

void TimelinePage::buildFilterMenu()
{
    auto* menu = new QMenu(m_kinds);
    menu->setObjectName(QStringLiteral("kindsMenu"));
    for (const QString& code : Vocabulary::codes(Vocab::EventKind)) {
        QAction* a = menu->addAction(KindStyle::icon(code), Vocabulary::label(Vocab::EventKind, code));
        a->setObjectName(QStringLiteral("kind_") + code);
        a->setCheckable(true);
        a->setChecked(!m_filter->hiddenKinds().contains(code));
        connect(a, &QAction::toggled, this, [this, code](bool shown) {
            QSet<QString> hidden = m_filter->hiddenKinds();
            if (shown)
                hidden.remove(code);
            else
                hidden.insert(code);
            m_filter->setHiddenKinds(hidden);
        });
    }
    delete m_kinds->menu();
    m_kinds->setMenu(menu);
}

void TimelinePage::setDocument(const ReviewDocument& doc, bool readOnly)
{
    const bool otherReview = doc.review.id != m_doc.review.id;
    m_doc = doc;
    QStringList people;
    for (const Participant& p : doc.participants)
        people.append(p.name);
    m_wordingHint->setPeople(people);
    m_readOnly = readOnly;
    if (otherReview) {
        m_lastEntryId.clear();
        m_lastEntryMs.reset();
        m_quickHint->hide();
    }
    m_model->setDocument(doc, readOnly);
    m_chart->setDocument(doc);
    QStringList names;
    for (const Participant& p : doc.participants)
        names.append(p.name);
    m_delegate->setParticipants(names);
    QSet<QString> cited;
    for (const TimelineEvent& e : doc.events)
        cited.unite(QSet<QString>(e.evidenceMessageIds.cbegin(), e.evidenceMessageIds.cend()));
    m_transcript->setCited(cited);
    m_transcript->setReadOnly(readOnly);
    m_quick->setEnabled(!readOnly);
    m_mark->setEnabled(!readOnly);
    m_import->setEnabled(!readOnly);
    updateMetrics();
    onSelectionChanged();
}

void TimelinePage::setTranscript(const QList<TranscriptMessage>& messages)
{
    m_transcript->setMessages(messages, m_doc.review.timeZone);
    // Without a transcript the pane only takes room from the table; the import button and the
    // quick-entry hint say where one comes from.
    m_transcript->setVisible(!messages.isEmpty());
    onSelectionChanged();
}

void TimelinePage::updateMetrics()
{
    const ReviewMetrics m = metricsOf(m_doc.review);
    auto part = [](const QString& label, std::optional<qint64> v) {
        return QStringLiteral("%1 <b>%2</b>").arg(label.toHtmlEscaped(), v ? formatDuration(v).toHtmlEscaped() : QStringLiteral("–"));
    };
    m_metrics->setText(QStringList{part(tr("Time to detect"), m.timeToDetect),
                                   part(tr("acknowledge"), m.timeToAcknowledge),
                                   part(tr("mitigate"), m.timeToMitigate), part(tr("resolve"), m.timeToResolve)}
                           .join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

QStringList TimelinePage::selectedEventIds() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(i).row());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : std::as_const(rows))
        ids.append(m_model->rowAt(row).id);
    return ids;
}

bool TimelinePage::selectEvent(const QString& id)
{
    const QModelIndex at = m_filter->mapFromSource(m_model->index(m_model->rowOfId(id), 0));
    if (!at.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(at);
    return true;
}

void TimelinePage::focusQuickEntry()
{
    m_quick->setFocus(Qt::OtherFocusReason);
}

void TimelinePage::onSelectionChanged()
{
    const QStringList ids = selectedEventIds();
    m_chart->setSelectedIds(QSet<QString>(ids.cbegin(), ids.cend()));
    m_delete->setEnabled(!m_readOnly && !ids.isEmpty());
    m_mark->setEnabled(!m_readOnly && ids.size() == 1);
    QStringList evidence;
    if (ids.size() == 1) {
        const int row = m_model->rowOfId(ids.first());
        if (row >= 0)
            evidence = m_model->rowAt(row).evidenceMessageIds;
    }
    m_transcript->setEventEvidence(evidence, ids.size() == 1);
    Q_EMIT currentEventChanged(ids.size() == 1 ? ids.first() : QString());
}

std::optional<qint64> TimelinePage::quickEntryReference() const
{
    if (m_lastEntryMs)
        return m_lastEntryMs;
    if (!m_doc.events.isEmpty())
        return m_doc.events.last().atMs;
    return m_doc.review.keyTime(KeyTime::Started);
}

bool TimelinePage::addFromQuickEntry(const QString& line)
{
    if (m_readOnly)
        return false;
    TimeEntryContext context;
    context.timeZone = m_doc.review.timeZone;
    context.referenceMs = quickEntryReference();
    for (const Participant& p : m_doc.participants)
        context.participants.append(p.name);
    QString error;
    const std::optional<QuickEntry> entry = parseQuickEntry(line, context, &error);
    if (!entry) {
        showError(error);
        return false;
    }
    const QString id = m_editor->addRow(Entity::Event,
                                        {{QStringLiteral("review_id"), m_doc.review.id},
                                         {QStringLiteral("at_ms"), entry->atMs},
                                         {QStringLiteral("kind"), entry->kind},
                                         {QStringLiteral("actor"), entry->actor},
                                         {QStringLiteral("text"), entry->text},
                                         {QStringLiteral("source"), QStringLiteral("typed")}},
                                        tr("Add event “%1”").arg(entry->text.left(40)));
    if (id.isEmpty())
        return false; // the editor reported why
    m_lastEntryId = id;
    m_lastEntryMs = entry->atMs;
    m_quickHint->setText(tr("Added at %1 as %2.")
                             .arg(formatUserDateTime(entry->atMs, m_doc.review.timeZone),
                                  Vocabulary::label(Vocab::EventKind, entry->kind)));
    m_quickHint->setStyleSheet(QString());
    m_quickHint->show();
    return true;
}

void TimelinePage::editLastEntry()
{
    QString id = m_lastEntryId;
    if (id.isEmpty() && m_model->rowCount() > 0)
        id = m_model->rowAt(m_model->rowCount() - 1).id;
    if (id.isEmpty() || !selectEvent(id))
        return;
    const QModelIndex text = m_filter->mapFromSource(m_model->index(m_model->rowOfId(id), TimelineModel::TextColumn));
    m_table->setFocus();
    m_table->setCurrentIndex(text);
    m_table->edit(text);
}

void TimelinePage::showError(const QString& text)
{
    m_quickHint->setText(text);
    m_quickHint->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 4px;"));
    m_quickHint->show();
    Q_EMIT message(text);
}

void TimelinePage::deleteSelected()
{
    const QStringList ids = selectedEventIds();
    if (ids.isEmpty() || m_readOnly)
        return;
    QList<RowRef> rows;
    for (const QString& id : ids)
        rows.append(RowRef{Entity::Event, id, m_model->rowAt(m_model->rowOfId(id)).rev});
    m_editor->removeRows(rows, tr("Delete %n event(s)", nullptr, int(rows.size())));
}

void TimelinePage::copySelected() const
{
    QStringList lines;
    for (const QString& id : selectedEventIds()) {
        const TimelineEvent& e = m_model->rowAt(m_model->rowOfId(id));
        QString line = formatUserDateTime(e.atMs, m_doc.review.timeZone) + QLatin1Char('\t')
            + Vocabulary::label(Vocab::EventKind, e.kind) + QLatin1Char('\t');
        if (!e.actor.isEmpty())
            line += e.actor + QStringLiteral(": ");
        lines.append(line + e.text);
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void TimelinePage::markSelected(const QString& milestone)
{
    const QStringList ids = selectedEventIds();
    if (ids.size() != 1 || m_readOnly)
        return;
    const QList<FieldChange> changes = markMilestone(m_doc, ids.first(), milestone);
    m_editor->editFields(changes, milestone.isEmpty()
                                      ? tr("Unmark milestone")
                                      : tr("Mark as %1").arg(Vocabulary::label(Vocab::Milestone, milestone)));
}

void TimelinePage::toggleSuspectedTrigger()
{
    const QStringList ids = selectedEventIds();
    if (ids.size() != 1 || m_readOnly)
        return;
    const TimelineEvent& e = m_model->rowAt(m_model->rowOfId(ids.first()));
    m_editor->editField(Entity::Event, e.id, QStringLiteral("suspected_trigger"), e.suspectedTrigger ? 1 : 0,
                        e.suspectedTrigger ? 0 : 1, e.rev,
                        e.suspectedTrigger ? tr("No longer the suspected trigger") : tr("Mark as suspected trigger"));
}

void TimelinePage::promoteMessages(const QStringList& messageIds, const QString& kind)
{
    if (m_readOnly || messageIds.isEmpty())
        return;
    const TranscriptModel* transcript = m_transcript->model();
    QList<RowInsert> rows;
    for (const QString& id : messageIds) {
        const int row = transcript->rowOfId(id);
        if (row < 0)
            continue;
        const TranscriptMessage& m = transcript->messageAt(row);
        const QString eventId = newId();
        QString text = m.text.simplified();
        if (text.size() > 500)
            text = text.left(499) + QStringLiteral("…");
        rows.append(RowInsert{Entity::Event, {{QStringLiteral("id"), eventId},
                                              {QStringLiteral("review_id"), m_doc.review.id},
                                              {QStringLiteral("at_ms"), m.atMs},
                                              {QStringLiteral("kind"), kind},
                                              {QStringLiteral("actor"), m.author},
                                              {QStringLiteral("text"), text},
                                              {QStringLiteral("source"), m.source}}});
        rows.append(RowInsert{Entity::EventEvidence, {{QStringLiteral("event_id"), eventId},
                                                      {QStringLiteral("message_id"), m.id}}});
    }
    const int count = int(rows.size() / 2);
    const QStringList ids = m_editor->insertRows(rows, tr("Promote %n message(s) to events", nullptr, count));
    if (!ids.isEmpty())
        Q_EMIT message(tr("%n event(s) added from the transcript.", nullptr, count));
}

void TimelinePage::attachMessages(const QStringList& messageIds, const QString& eventId)
{
    const int row = m_model->rowOfId(eventId);
    if (m_readOnly)
        return;
    if (row < 0) {
        showError(tr("That event is no longer in the timeline."));
        return;
    }
    const TimelineEvent& e = m_model->rowAt(row);
    QList<RowInsert> rows;
    for (const QString& id : messageIds) {
        if (!e.evidenceMessageIds.contains(id))
            rows.append(RowInsert{Entity::EventEvidence, {{QStringLiteral("event_id"), eventId},
                                                          {QStringLiteral("message_id"), id}}});
    }
    if (rows.isEmpty()) {
        Q_EMIT message(tr("Those messages already back this event."));
        return;
    }
    m_editor->insertRows(rows, tr("Attach %n message(s) as evidence", nullptr, int(rows.size())));
}

bool TimelinePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_quick) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (addFromQuickEntry(m_quick->text()))
                m_quick->clear(); // ready for the next one
            return true;
        }
        if (key->key() == Qt::Key_Up && m_quick->text().isEmpty()) {
            editLastEntry();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            // With nothing to cancel, Esc goes on to the window (it leaves presentation mode,
            // where typing starts in this field).
            if (m_quick->text().isEmpty() && !m_quickHint->isVisible())
                return false;
            m_quick->clear();
            m_quickHint->hide();
            return true;
        }
    } else if (watched == m_table) { // an open cell editor gets its own keys, not these
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            deleteSelected();
            return true;
        }
        if (key->matches(QKeySequence::Copy)) {
            copySelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hs
