#include "library/ListsDialog.h"

#include "commands/Editor.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hs {

namespace {

const ListKind kKinds[] = {ListKind::Tag, ListKind::Service, ListKind::Category};

constexpr int kIdRole = Qt::UserRole;

QString kindKey(ListKind kind)
{
    switch (kind) {
    case ListKind::Tag: return QStringLiteral("tag");
    case ListKind::Service: return QStringLiteral("service");
    case ListKind::Category: return QStringLiteral("category");
    }
    return QString();
}

} // namespace

ListsDialog::ListsDialog(Editor* editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_tabs(new QTabWidget(this))
    , m_usage(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_merge(new QPushButton(tr("&Merge into"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_reload(new QTimer(this))
{
    setObjectName(QStringLiteral("listsDialog"));
    setWindowTitle(tr("Tags, services and categories"));
    resize(560, 520);
    m_tabs->setObjectName(QStringLiteral("listsTabs"));
    const QStringList titles = {tr("&Tags"), tr("&Services"), tr("C&ategories")};
    for (ListKind kind : kKinds) {
        auto* table = new QTableWidget(0, 2, m_tabs);
        table->setObjectName(QStringLiteral("list_%1").arg(kindKey(kind)));
        table->setHorizontalHeaderLabels({tr("Name"), tr("Used by")});
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
        table->setAccessibleName(titles.at(static_cast<int>(kind)));
        m_tabs->addTab(table, titles.at(static_cast<int>(kind)));
        m_tables.append(table);
        m_entries.append(QList<ListEntry>());
        connect(table, &QTableWidget::itemChanged, this, [this, table](QTableWidgetItem* item) {
            if (m_loading || item->column() != 0)
                return;
            rename(item->data(kIdRole).toString(), item->text());
        });
        connect(table, &QTableWidget::itemSelectionChanged, this, &ListsDialog::updateButtons);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &ListsDialog::updateButtons);

    auto* help = new QLabel(tr("Double-click a name to rename it everywhere it is used. Merging moves every review "
                               "(or cause) of the selected entry to the one you choose and removes it."),
                            this);
    help->setWordWrap(true);
    m_usage->setObjectName(QStringLiteral("listUsage"));
    m_usage->setWordWrap(true);
    m_target->setObjectName(QStringLiteral("mergeTarget"));
    m_target->setAccessibleName(tr("Entry to merge into"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_merge);
    actions->addWidget(m_target, 1);
    actions->addSpacing(12);
    actions->addWidget(m_delete);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // The window's Edit menu is out of reach while this dialog is open: undo is here too.
    QAction* undo = editor->undoStack()->createUndoAction(this, tr("&Undo"));
    QAction* redo = editor->undoStack()->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    auto* undoButton = buttons->addButton(tr("Undo"), QDialogButtonBox::ResetRole);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    connect(undoButton, &QPushButton::clicked, undo, &QAction::trigger);
    connect(undo, &QAction::changed, undoButton, [undo, undoButton] {
        undoButton->setEnabled(undo->isEnabled());
        undoButton->setToolTip(undo->text());
    });
    undoButton->setEnabled(undo->isEnabled());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_usage);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_merge, &QPushButton::clicked, this, [this] { mergeInto(currentId(), m_target->currentData().toString()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { remove(currentId()); });

    // Our own edits, undo and other facilitators' changes: one reload per burst, never
    // under an open in-place editor.
    m_reload->setSingleShot(true);
    m_reload->setInterval(100);
    connect(m_reload, &QTimer::timeout, this, [this] {
        const QWidget* focus = QApplication::focusWidget(); // an in-place editor lives in the viewport
        if (focus && table(currentKind())->viewport()->isAncestorOf(focus))
            m_reload->start();
        else
            reload();
    });
    connect(editor->library(), &Library::changed, this, &ListsDialog::onChanged);
    // A refused change (a name already taken, someone else's newer change) is said here: the
    // window's banner is behind this dialog.
    connect(editor, &Editor::writeFailed, this, [this](const WriteResult& result) { m_failure = result.message; });
    reload();
}

QTableWidget* ListsDialog::table(ListKind kind) const
{
    return m_tables.at(static_cast<int>(kind));
}

void ListsDialog::showKind(ListKind kind)
{
    m_tabs->setCurrentIndex(static_cast<int>(kind));
}

ListKind ListsDialog::currentKind() const
{
    return kKinds[std::clamp(m_tabs->currentIndex(), 0, 2)];
}

void ListsDialog::onChanged(const Change& change)
{
    if (change.entity == Entity::Label || change.entity == Entity::ReviewLabel || change.entity == Entity::Category
        || change.entity == Entity::WhyNode || change.entity == Entity::Review)
        m_reload->start();
}

void ListsDialog::reload()
{
    m_loading = true;
    for (ListKind kind : kKinds) {
        QTableWidget* t = table(kind);
        const QString selected = t->currentRow() >= 0 && t->item(t->currentRow(), 0)
                                     ? t->item(t->currentRow(), 0)->data(kIdRole).toString()
                                     : QString();
        const QList<ListEntry> entries = m_editor->library()->listEntries(kind);
        m_entries[static_cast<int>(kind)] = entries;
        t->setRowCount(static_cast<int>(entries.size()));
        for (int row = 0; row < entries.size(); ++row) {
            const ListEntry& e = entries.at(row);
            auto* name = new QTableWidgetItem(e.name);
            name->setData(kIdRole, e.id);
            name->setFlags(name->flags() | Qt::ItemIsEditable);
            const QString used = kind == ListKind::Category
                                     ? tr("%n review(s)", nullptr, e.reviews) + QStringLiteral(" · ")
                                           + tr("%n cause(s)", nullptr, e.uses)
                                     : tr("%n review(s)", nullptr, e.reviews);
            auto* usage = new QTableWidgetItem(e.uses == 0 ? tr("unused") : used);
            usage->setFlags(usage->flags() & ~Qt::ItemIsEditable);
            t->setItem(row, 0, name);
            t->setItem(row, 1, usage);
            if (e.id == selected)
                t->setCurrentCell(row, 0);
        }
    }
    m_loading = false;
    updateButtons();
}

QString ListsDialog::currentId() const
{
    const QTableWidget* t = table(currentKind());
    const QTableWidgetItem* item = t->currentRow() >= 0 ? t->item(t->currentRow(), 0) : nullptr;
    return item && item->isSelected() ? item->data(kIdRole).toString() : QString();
}

const ListEntry* ListsDialog::entryById(const QString& id) const
{
    for (const ListEntry& e : m_entries.at(static_cast<int>(currentKind()))) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

bool ListsDialog::selectEntry(const QString& id)
{
    QTableWidget* t = table(currentKind());
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, 0)->data(kIdRole).toString() == id) {
            t->setCurrentCell(row, 0);
            t->selectRow(row);
            return true;
        }
    }
    return false;
}

void ListsDialog::updateButtons()
{
    const QString id = currentId();
    const ListEntry* e = entryById(id);
    const bool readOnly = m_editor->library()->isReadOnly();
    m_target->clear();
    if (e) {
        for (const ListEntry& other : m_entries.at(static_cast<int>(currentKind()))) {
            if (other.id != id)
                m_target->addItem(other.name, other.id);
        }
    }
    m_merge->setEnabled(!readOnly && e && m_target->count() > 0);
    m_target->setEnabled(m_merge->isEnabled());
    m_delete->setEnabled(!readOnly && e && e->uses == 0);
    if (!e) {
        m_usage->setText(tr("Select an entry to merge or delete it."));
    } else if (e->uses == 0) {
        m_usage->setText(tr("“%1” is not used by any review; it can be deleted.").arg(e->name));
    } else {
        const QString what = currentKind() == ListKind::Category
                                 ? tr("“%1” is used by %n cause(s)", nullptr, e->uses).arg(e->name)
                                 : tr("“%1” is used by %n review(s)", nullptr, e->reviews).arg(e->name);
        m_usage->setText(tr("%1. Merge it into another entry instead of deleting it.").arg(what));
    }
    m_delete->setToolTip(e && e->uses > 0 ? m_usage->text() : QString());
}

bool ListsDialog::rename(const QString& id, const QString& name)
{
    const ListEntry* e = entryById(id);
    bool ok = false;
    m_failure.clear();
    if (e && !name.simplified().isEmpty() && name.simplified() != e->name)
        ok = m_editor->renameListEntry(currentKind(), id, name, tr("Rename “%1” to “%2”").arg(e->name, name.simplified()));
    reload(); // a refused name goes back to what the file holds
    return finish(ok);
}

bool ListsDialog::mergeInto(const QString& fromId, const QString& intoId)
{
    const ListEntry* from = entryById(fromId);
    const ListEntry* into = entryById(intoId);
    if (!from || !into || fromId == intoId)
        return false;
    m_failure.clear();
    const bool ok = m_editor->mergeListEntries(currentKind(), fromId, intoId,
                                               tr("Merge “%1” into “%2”").arg(from->name, into->name));
    reload();
    if (ok)
        selectEntry(intoId);
    return finish(ok);
}

bool ListsDialog::remove(const QString& id)
{
    const ListEntry* e = entryById(id);
    if (!e || e->uses > 0)
        return false;
    const Entity entity = currentKind() == ListKind::Category ? Entity::Category : Entity::Label;
    m_failure.clear();
    const bool ok = m_editor->removeRow(entity, id, e->rev, tr("Delete “%1”").arg(e->name));
    reload();
    return finish(ok);
}

bool ListsDialog::finish(bool ok)
{
    if (!ok && !m_failure.isEmpty())
        m_usage->setText(m_failure);
    return ok;
}

} // namespace hs
