#include "actions/ActionTracker.h"

#include "actions/ActionQuery.h"
#include "actions/ActionsModel.h"
#include "actions/ActionsPage.h"
#include "commands/Editor.h"
#include "common/Dialogs.h"
#include "domain/Enums.h"
#include "storage/Library.h"
#include "util/TimeFormat.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QSaveFile>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hs {

// Re-filtering row by row (invalidateFilter) emits an insert or removal for every changed
// range, which costs far more than mapping 50,000 rows afresh; a filter change is a new view.
void ActionTrackerFilter::refilter()
{
    invalidate();
}

void ActionTrackerFilter::setWords(const QString& text)
{
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void ActionTrackerFilter::setStatusSet(StatusSet set)
{
    m_status = set;
    refilter();
}

void ActionTrackerFilter::setType(const QString& type)
{
    m_type = type;
    refilter();
}

void ActionTrackerFilter::setPriority(const QString& priority)
{
    m_priority = priority;
    refilter();
}

void ActionTrackerFilter::setReview(const QString& reviewId)
{
    m_review = reviewId;
    refilter();
}

void ActionTrackerFilter::setTag(const QString& tag)
{
    m_tag = tag;
    refilter();
}

void ActionTrackerFilter::setOverdueOnly(bool on)
{
    m_overdue = on;
    refilter();
}

void ActionTrackerFilter::setDueThisWeekOnly(bool on)
{
    m_week = on;
    refilter();
}

void ActionTrackerFilter::setToday(const QDate& today)
{
    m_today = today;
    refilter();
}

bool ActionTrackerFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const ActionsModel*>(sourceModel());
    const ActionItem& a = model->rowAt(sourceRow);
    switch (m_status) {
    case StatusSet::Any: break;
    case StatusSet::Open:
        if (a.status != QLatin1String("open") && a.status != QLatin1String("in_progress"))
            return false;
        break;
    case StatusSet::Done:
        if (a.status != QLatin1String("done"))
            return false;
        break;
    case StatusSet::WontDo:
        if (a.status != QLatin1String("wont_do"))
            return false;
        break;
    case StatusSet::FollowUpDue:
        if (a.status != QLatin1String("done") || a.effectiveness != QLatin1String("not_checked")
            || !a.followUpDate.isValid() || a.followUpDate > m_today)
            return false;
        break;
    }
    if (!m_type.isEmpty() && a.type != m_type)
        return false;
    if (!m_priority.isEmpty() && a.priority != m_priority)
        return false;
    if (!m_review.isEmpty() && a.reviewId != m_review)
        return false;
    if (!m_tag.isEmpty()
        && !model->index(sourceRow, 0).data(ActionsModel::TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (m_overdue && !isOverdue(a, m_today))
        return false;
    if (m_week) {
        const auto [monday, sunday] = weekOf(m_today);
        if (!a.dueDate.isValid() || a.dueDate < monday || a.dueDate > sunday)
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = model->index(sourceRow, 0).data(ActionsModel::SearchRole).toString();
        for (const QString& w : m_words) {
            if (!text.contains(w))
                return false;
        }
    }
    return true;
}

namespace {

QComboBox* chooser(QWidget* parent, const QString& name, const QString& anyLabel, Vocab vocab)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(anyLabel, QString());
    for (const QString& code : Vocabulary::codes(vocab))
        box->addItem(Vocabulary::label(vocab, code), code);
    return box;
}

} // namespace

ActionTracker::ActionTracker(Library* library, Editor* editor, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_editor(editor)
    , m_model(new ActionsModel(editor, this))
    , m_filter(new ActionTrackerFilter(this))
    , m_delegate(new ActionsDelegate(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_type(chooser(this, QStringLiteral("trackerType"), tr("Any type"), Vocab::ActionType))
    , m_priority(chooser(this, QStringLiteral("trackerPriority"), tr("Any priority"), Vocab::Priority))
    , m_review(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue"), this))
    , m_week(new QCheckBox(tr("Due this &week"), this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("actionTracker"));
    setWindowTitle(tr("Action tracker"));
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(ActionsModel::SortRole);
    const QDate today = todayIn(QString::fromUtf8(QTimeZone::systemTimeZoneId()), QDateTime::currentMSecsSinceEpoch());
    m_model->setToday(today);
    m_filter->setToday(today);

    m_search->setObjectName(QStringLiteral("trackerSearch"));
    m_search->setPlaceholderText(tr("Filter by words: action, owner, review"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("trackerStatus"));
    m_status->addItem(tr("Open and in progress"), static_cast<int>(ActionTrackerFilter::StatusSet::Open));
    m_status->addItem(tr("Done"), static_cast<int>(ActionTrackerFilter::StatusSet::Done));
    m_status->addItem(tr("Follow-up checks due"), static_cast<int>(ActionTrackerFilter::StatusSet::FollowUpDue));
    m_status->addItem(tr("Won't do"), static_cast<int>(ActionTrackerFilter::StatusSet::WontDo));
    m_status->addItem(tr("Any status"), static_cast<int>(ActionTrackerFilter::StatusSet::Any));
    m_review->setObjectName(QStringLiteral("trackerReview"));
    m_overdue->setObjectName(QStringLiteral("trackerOverdue"));
    m_week->setObjectName(QStringLiteral("trackerWeek"));
    m_count->setObjectName(QStringLiteral("trackerCount"));

    m_table->setObjectName(QStringLiteral("trackerTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(m_delegate);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionsModel::DueColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false); // one line per action: thousands of rows stay scannable
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(ActionsModel::TitleColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(ActionsModel::ReviewColumn, 220);
    m_table->setColumnWidth(ActionsModel::OwnerColumn, 140);
    m_table->setColumnWidth(ActionsModel::DueColumn, 150);
    m_table->setColumnHidden(ActionsModel::CauseColumn, true);
    // The review goes next to the action, where the eye looks for it.
    m_table->horizontalHeader()->moveSection(ActionsModel::ReviewColumn, 1);

    auto* statusButton = new QToolButton(this);
    statusButton->setObjectName(QStringLiteral("trackerSetStatus"));
    statusButton->setText(tr("Set &status ▾"));
    statusButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(statusButton);
    for (const QString& code : Vocabulary::codes(Vocab::ActionStatus))
        connect(menu->addAction(Vocabulary::label(Vocab::ActionStatus, code)), &QAction::triggered, this,
                [this, code] { setStatusOfSelected(code); });
    statusButton->setMenu(menu);
    auto* ownerButton = new QToolButton(this);
    ownerButton->setText(tr("Set &owner…"));
    connect(ownerButton, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString owner = QInputDialog::getText(this, tr("Set owner"), tr("Owner of the selected actions:"),
                                                    QLineEdit::Normal, QString(), &ok);
        if (ok)
            setOwnerOfSelected(owner);
    });
    auto* checkButton = new QToolButton(this);
    checkButton->setObjectName(QStringLiteral("trackerRecordCheck"));
    checkButton->setText(tr("Record &check…"));
    checkButton->setToolTip(tr("Say whether a done action worked"));
    connect(checkButton, &QToolButton::clicked, this, [this] {
        const QList<int> rows = selectedSourceRows();
        if (rows.size() != 1 || m_model->rowAt(rows.first()).status != QLatin1String("done")) {
            Q_EMIT message(tr("Choose one done action to record whether it worked."));
            return;
        }
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Did “%1” work?").arg(m_model->rowAt(rows.first()).title));
        auto* verdict = new QComboBox(&dialog);
        for (const QString& code : Vocabulary::codes(Vocab::Effectiveness))
            verdict->addItem(Vocabulary::label(Vocab::Effectiveness, code), code);
        auto* note = new QPlainTextEdit(&dialog);
        note->setPlaceholderText(tr("What shows it: a metric, an incident that did or did not recur"));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        auto* form = new QFormLayout(&dialog);
        form->addRow(tr("&Verdict"), verdict);
        form->addRow(tr("&Note"), note);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString added = recordEffectiveness(rows.first(), verdict->currentData().toString(), note->toPlainText());
        if (!added.isEmpty())
            Q_EMIT message(tr("Recorded as not effective; a new action linked to the same cause was added."));
    });
    auto* goButton = new QToolButton(this);
    goButton->setText(tr("&Go to review"));
    connect(goButton, &QToolButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            Q_EMIT openReview(current.data(ActionsModel::ReviewIdRole).toString(), current.data(ActionsModel::WhyIdRole).toString());
    });
    auto* linkButton = new QToolButton(this);
    linkButton->setText(tr("Open &link"));
    linkButton->setToolTip(tr("Open the action's tracker link in the browser"));
    connect(linkButton, &QToolButton::clicked, this, [this] {
        const QList<int> rows = selectedSourceRows();
        if (rows.isEmpty())
            return;
        const QUrl url(m_model->rowAt(rows.first()).trackerUrl);
        if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            QDesktopServices::openUrl(url);
        else
            Q_EMIT message(tr("This action has no tracker link."));
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status);
    filters->addWidget(m_type);
    filters->addWidget(m_priority);
    filters->addWidget(m_review, 1);
    filters->addWidget(m_tag);
    filters->addWidget(m_overdue);
    filters->addWidget(m_week);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_count, 1);
    tools->addWidget(statusButton);
    tools->addWidget(ownerButton);
    auto* copyButton = new QToolButton(this);
    copyButton->setObjectName(QStringLiteral("trackerCopy"));
    copyButton->setText(tr("Copy as Markdown"));
    copyButton->setToolTip(tr("The actions shown, as a Markdown list"));
    connect(copyButton, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(actionsToMarkdown(shownRows(), m_model->today()));
        Q_EMIT message(tr("Copied %n action(s) as Markdown.", nullptr, m_filter->rowCount()));
    });
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("trackerExport"));
    exportButton->setText(tr("Export CSV…"));
    connect(exportButton, &QToolButton::clicked, this, [this] {
        const QString path = Dialogs::saveFile(this, tr("Export the actions shown"), QString(), tr("CSV files (*.csv)"),
                                               QStringLiteral("csv"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(actionsToCsv(shownRows()).toUtf8()) < 0 || !file.commit())
            Dialogs::warning(this, tr("Cannot export the actions"), tr("“%1” cannot be written: %2").arg(path, file.errorString()));
        else
            Q_EMIT message(tr("Saved %n action(s) to %1.", nullptr, m_filter->rowCount()).arg(path));
    });
    tools->addWidget(copyButton);
    tools->addWidget(exportButton);
    tools->addWidget(checkButton);
    tools->addWidget(linkButton);
    tools->addWidget(goButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) { m_filter->setWords(t); updateCount(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusSet(static_cast<ActionTrackerFilter::StatusSet>(m_status->currentData().toInt()));
        updateCount();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { m_filter->setType(m_type->currentData().toString()); updateCount(); });
    connect(m_priority, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPriority(m_priority->currentData().toString()); updateCount(); });
    connect(m_review, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setReview(m_review->currentData().toString()); updateCount(); });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] { m_filter->setTag(m_tag->currentData().toString()); updateCount(); });
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) { m_filter->setOverdueOnly(on); updateCount(); });
    connect(m_week, &QCheckBox::toggled, this, [this](bool on) { m_filter->setDueThisWeekOnly(on); updateCount(); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == ActionsModel::ReviewColumn)
            Q_EMIT openReview(index.data(ActionsModel::ReviewIdRole).toString(), index.data(ActionsModel::WhyIdRole).toString());
    });
    connect(library, &Library::changed, this, &ActionTracker::onChanged);
    connect(m_model, &ActionsModel::editRejected, this, &ActionTracker::message);
    reload();
}

void ActionTracker::reload()
{
    m_reloadPending = false;
    m_model->setLibraryRows(m_library->actions(ActionFilter()), m_library->isReadOnly());
    m_delegate->setPeople(m_model->owners());
    fillReviews();
    updateCount();
}

void ActionTracker::fillReviews()
{
    const QString current = m_review->currentData().toString();
    const QSignalBlocker block(m_review);
    m_review->clear();
    m_review->addItem(tr("Any review"), QString());
    for (const ReviewSummary& s : m_library->reviewSummaries())
        m_review->addItem(s.incidentRef.isEmpty() ? s.title : s.incidentRef + QStringLiteral(" ") + s.title, s.id);
    m_review->setCurrentIndex(std::max(0, m_review->findData(current)));
    const QString tag = m_tag->currentData().toString();
    const QSignalBlocker blockTags(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const QString& t : m_library->labelNames(QStringLiteral("tag")))
        m_tag->addItem(t, t);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
}

void ActionTracker::onChanged(const Change& change)
{
    if (change.entity != Entity::Action && change.entity != Entity::Review)
        return;
    // Edits arrive one by one; read the rows again once the burst is over.
    if (!m_reloadPending) {
        m_reloadPending = true;
        QTimer::singleShot(0, this, &ActionTracker::reload);
    }
}

void ActionTracker::updateCount()
{
    int overdue = 0;
    for (int i = 0; i < m_filter->rowCount(); ++i)
        overdue += m_filter->index(i, 0).data(ActionsModel::OverdueRole).toBool() ? 1 : 0;
    m_count->setText(tr("%1 of %n action(s) shown, %2 overdue", nullptr, m_model->rowCount()).arg(m_filter->rowCount()).arg(overdue));
}

QList<ActionRow> ActionTracker::shownRows() const
{
    QList<ActionRow> rows;
    for (int i = 0; i < m_filter->rowCount(); ++i) {
        const QModelIndex source = m_filter->mapToSource(m_filter->index(i, 0));
        const ActionItem& a = m_model->rowAt(source.row());
        rows.append(ActionRow{a, m_model->index(source.row(), ActionsModel::ReviewColumn).data().toString(), QString(),
                              m_model->index(source.row(), ActionsModel::CauseColumn).data().toString(), {}});
    }
    return rows;
}

QList<int> ActionTracker::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(i).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ActionTracker::setStatusOfSelected(const QString& status)
{
    m_model->setForRows(selectedSourceRows(), ActionsModel::StatusColumn, status);
}

void ActionTracker::setOwnerOfSelected(const QString& owner)
{
    m_model->setForRows(selectedSourceRows(), ActionsModel::OwnerColumn, owner);
}

QString ActionTracker::recordEffectiveness(int sourceRow, const QString& verdict, const QString& note)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount() || !Vocabulary::contains(Vocab::Effectiveness, verdict))
        return QString();
    const ActionItem a = m_model->rowAt(sourceRow);
    const bool ok = m_editor->editFields(
        {FieldChange{Entity::Action, a.id, QStringLiteral("effectiveness"), verdict, a.rev, a.effectiveness},
         FieldChange{Entity::Action, a.id, QStringLiteral("effectiveness_note"), note.trimmed(), a.rev, a.effectivenessNote}},
        tr("Record whether “%1” worked").arg(a.title.left(40)));
    if (!ok || verdict != QLatin1String("not_effective"))
        return QString();
    // It did not work: a new action takes its place, linked to the same cause.
    QVariantMap values{{QStringLiteral("review_id"), a.reviewId},
                       {QStringLiteral("title"), tr("Rethink: %1").arg(a.title)},
                       {QStringLiteral("description"), note.trimmed()},
                       {QStringLiteral("type"), a.type},
                       {QStringLiteral("priority"), a.priority},
                       {QStringLiteral("owner"), a.owner}};
    if (!a.whyId.isEmpty())
        values.insert(QStringLiteral("why_id"), a.whyId);
    return m_editor->addRow(Entity::Action, values, tr("New action after “%1” did not work").arg(a.title.left(40)));
}

} // namespace hs
