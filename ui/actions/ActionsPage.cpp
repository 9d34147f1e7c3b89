#include "actions/ActionsPage.h"

#include "actions/ActionQuery.h"
#include "actions/ActionsModel.h"
#include "commands/Editor.h"
#include "common/WordingHint.h"
#include "common/Dialogs.h"
#include "domain/Enums.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hs {

QWidget* ActionsDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Vocab vocab = Vocab::ActionStatus;
    switch (index.column()) {
    case ActionsModel::TypeColumn: vocab = Vocab::ActionType; break;
    case ActionsModel::PriorityColumn: vocab = Vocab::Priority; break;
    case ActionsModel::StatusColumn: vocab = Vocab::ActionStatus; break;
    case ActionsModel::DueColumn: {
        auto* date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return date;
    }
    case ActionsModel::OwnerColumn: {
        auto* edit = new QLineEdit(parent);
        auto* completer = new QCompleter(m_people, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    auto* box = new QComboBox(parent);
    for (const QString& code : Vocabulary::codes(vocab))
        box->addItem(Vocabulary::label(vocab, code), code);
    connect(box, &QComboBox::activated, this, [this, box] {
        auto* self = const_cast<ActionsDelegate*>(this);
        Q_EMIT self->commitData(box);
        Q_EMIT self->closeEditor(box);
    });
    return box;
}

void ActionsDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
        return;
    }
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        date->setDate(index.data(Qt::EditRole).toDate());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ActionsDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, box->currentData());
        return;
    }
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        model->setData(index, date->date());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

ActionsPage::ActionsPage(Editor* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new ActionsModel(editor, this))
    , m_delegate(new ActionsDelegate(this))
    , m_table(new QTableView(this))
    , m_add(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_status(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_export(new QToolButton(this))
{
    setObjectName(QStringLiteral("actionsPage"));
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ActionsModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ActionsModel::CauseColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ActionsModel::TypeColumn, 90);
    m_table->setColumnWidth(ActionsModel::PriorityColumn, 70);
    m_table->setColumnWidth(ActionsModel::OwnerColumn, 140);
    m_table->setColumnWidth(ActionsModel::DueColumn, 150);
    m_table->setColumnWidth(ActionsModel::StatusColumn, 100);
    m_table->setColumnWidth(ActionsModel::CauseColumn, 220);
    // Within one review, the review column says nothing; the follow-up shows in the tracker.
    m_table->setColumnHidden(ActionsModel::ReviewColumn, true);
    m_table->setColumnHidden(ActionsModel::FollowUpColumn, true);
    m_table->setAccessibleName(tr("Action items"));
    m_table->installEventFilter(this);

    m_add->setObjectName(QStringLiteral("newAction"));
    m_add->setPlaceholderText(tr("New action: what will change, then Enter"));
    m_summary->setObjectName(QStringLiteral("actionsSummary"));
    m_summary->setTextFormat(Qt::RichText);

    m_status->setObjectName(QStringLiteral("actionsSetStatus"));
    m_status->setText(tr("Set &status ▾"));
    m_status->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_status);
    for (const QString& code : Vocabulary::codes(Vocab::ActionStatus)) {
        QAction* a = menu->addAction(Vocabulary::label(Vocab::ActionStatus, code));
        a->setObjectName(QStringLiteral("status_") + code);
        connect(a, &QAction::triggered, this, [this, code] { setStatusOfSelected(code); });
    }
    m_status->setMenu(menu);
    m_copy->setObjectName(QStringLiteral("actionsCopy"));
    m_copy->setText(tr("Copy as Markdown"));
    m_export->setObjectName(QStringLiteral("actionsExport"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("A CSV file that Jira's importer and GitHub issue-import scripts read"));

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_summary, 1);
    tools->addWidget(m_status);
    tools->addWidget(m_copy);
    tools->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_add);
    layout->addWidget(WordingHintLabel::following(m_add));

    connect(m_add, &QLineEdit::returnPressed, this, [this] {
        if (!addAction(m_add->text()).isEmpty())
            m_add->clear();
    });
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(selectedAsMarkdown());
        Q_EMIT message(tr("Copied as a Markdown list."));
    });
    connect(m_export, &QToolButton::clicked, this, [this] {
        const QString path = Dialogs::saveFile(this, tr("Export action items"), QString(), tr("CSV files (*.csv)"),
                                               QStringLiteral("csv"));
        if (path.isEmpty())
            return;
        QString error;
        if (exportCsv(path, &error))
            Q_EMIT message(tr("Saved the action items to %1.").arg(path));
        else
            Dialogs::warning(this, tr("Cannot export the action items"), error);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActionsPage::updateSummary);
    connect(m_model, &ActionsModel::editRejected, this, &ActionsPage::message);
    m_table->setColumnWidth(ActionsModel::LinkColumn, 160);
}

void ActionsPage::setDocument(const ReviewDocument& doc, bool readOnly)
{
    m_doc = doc;
    m_readOnly = readOnly;
    m_model->setDocument(doc, readOnly);
    QStringList people;
    for (const Participant& p : doc.participants)
        people.append(p.name);
    for (const QString& owner : m_model->owners()) {
        if (!people.contains(owner))
            people.append(owner);
    }
    m_delegate->setPeople(people);
    m_add->setEnabled(!readOnly);
    updateSummary();
}

void ActionsPage::updateSummary()
{
    const int total = m_model->rowCount();
    int open = 0;
    for (const ActionItem& a : m_model->rows())
        open += a.status == QLatin1String("open") || a.status == QLatin1String("in_progress") ? 1 : 0;
    const int overdue = m_model->overdueCount();
    QString text = tr("%n action(s), %1 open", nullptr, total).arg(open);
    if (overdue > 0)
        text += QStringLiteral(" · <b style=\"color:#b3261e\">%1</b>").arg(tr("%n overdue", nullptr, overdue));
    m_summary->setText(text);
    const bool any = !selectedRows().isEmpty();
    m_status->setEnabled(!m_readOnly && any);
}

QList<int> ActionsPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString ActionsPage::addAction(const QString& title)
{
    const QString t = title.simplified();
    if (t.isEmpty() || m_readOnly)
        return QString();
    return m_editor->addRow(Entity::Action,
                            {{QStringLiteral("review_id"), m_doc.review.id},
                             {QStringLiteral("title"), t},
                             {QStringLiteral("type"), QStringLiteral("prevent")},
                             {QStringLiteral("priority"), QStringLiteral("P2")},
                             {QStringLiteral("status"), QStringLiteral("open")}},
                            tr("Add action “%1”").arg(t.left(40)));
}

void ActionsPage::deleteSelected()
{
    if (m_readOnly)
        return;
    QList<RowRef> rows;
    for (int row : selectedRows())
        rows.append(RowRef{Entity::Action, m_model->rowAt(row).id, m_model->rowAt(row).rev});
    m_editor->removeRows(rows, tr("Delete %n action(s)", nullptr, int(rows.size())));
}

void ActionsPage::setStatusOfSelected(const QString& status)
{
    m_model->setForRows(selectedRows(), ActionsModel::StatusColumn, status);
}

QString ActionsPage::selectedAsMarkdown() const
{
    QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        for (int i = 0; i < m_model->rowCount(); ++i)
            rows.append(i);
    }
    QList<ActionRow> out;
    for (int row : rows)
        out.append(ActionRow{m_model->rowAt(row), m_doc.review.title, m_doc.review.incidentRef, QString(), m_doc.review.tags});
    return actionsToMarkdown(out, m_model->today());
}

bool ActionsPage::exportCsv(const QString& path, QString* error) const
{
    QList<ActionRow> out;
    for (const ActionItem& a : m_model->rows()) {
        QString cause;
        for (const WhyNode& w : m_doc.whys) {
            if (w.id == a.whyId)
                cause = w.text;
        }
        out.append(ActionRow{a, m_doc.review.title, m_doc.review.incidentRef, cause, m_doc.review.tags});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(actionsToCsv(out).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("“%1” cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ActionsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete)) {
            deleteSelected();
            return true;
        }
        if (key->matches(QKeySequence::Copy)) {
            QApplication::clipboard()->setText(selectedAsMarkdown());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ActionsPage::selectAction(const QString& id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex at = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(at);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace hs
