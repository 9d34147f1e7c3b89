#include "whys/CategoriesDialog.h"

#include "commands/Editor.h"
#include "util/SortKey.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hs {

CategoriesDialog::CategoriesDialog(Editor* editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("categoriesDialog"));
    setWindowTitle(tr("Contributing-factor categories"));
    resize(420, 420);
    m_list->setObjectName(QStringLiteral("categoriesList"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto* entry = new QLineEdit(this);
    entry->setObjectName(QStringLiteral("newCategory"));
    entry->setPlaceholderText(tr("New category, then Enter"));
    auto* help = new QLabel(tr("Categories sort causes across reviews (Insights counts them). Double-click to rename."), this);
    help->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* row = new QHBoxLayout;
    row->addWidget(entry, 1);
    row->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(entry, &QLineEdit::returnPressed, this, [this, entry] {
        if (addCategory(entry->text()))
            entry->clear();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCategory(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_loading)
            renameCategory(m_list->row(item), item->text());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int r) { m_remove->setEnabled(r >= 0); });
    reload();
}

void CategoriesDialog::reload()
{
    m_loading = true;
    m_list->clear();
    for (const Category& c : m_editor->library()->categoryRows()) {
        auto* item = new QListWidgetItem(c.name, m_list);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.rev);
        item->setData(Qt::UserRole + 2, c.sortKey);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_loading = false;
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

bool CategoriesDialog::addCategory(const QString& name)
{
    const QString n = name.simplified();
    if (n.isEmpty() || !m_list->findItems(n, Qt::MatchFixedString).isEmpty())
        return false;
    const QString last = m_list->count() > 0 ? m_list->item(m_list->count() - 1)->data(Qt::UserRole + 2).toString() : QString();
    const bool ok = !m_editor->addRow(Entity::Category, {{QStringLiteral("name"), n}, {QStringLiteral("sort_key"), SortKey::after(last)}},
                                      tr("Add category “%1”").arg(n))
                         .isEmpty();
    reload();
    return ok;
}

bool CategoriesDialog::renameCategory(int row, const QString& name)
{
    QListWidgetItem* item = m_list->item(row);
    if (!item)
        return false;
    const QString n = name.simplified();
    const Category* current = nullptr;
    const QList<Category> rows = m_editor->library()->categoryRows();
    for (const Category& c : rows) {
        if (c.id == item->data(Qt::UserRole).toString())
            current = &c;
    }
    bool ok = false;
    if (current && !n.isEmpty() && n != current->name)
        ok = m_editor->editField(Entity::Category, current->id, QStringLiteral("name"), current->name, n, current->rev,
                                 tr("Rename category"));
    reload();
    return ok;
}

bool CategoriesDialog::removeCategory(int row)
{
    QListWidgetItem* item = m_list->item(row);
    if (!item)
        return false;
    const bool ok = m_editor->removeRow(Entity::Category, item->data(Qt::UserRole).toString(),
                                        item->data(Qt::UserRole + 1).toLongLong(),
                                        tr("Remove category “%1”").arg(item->text()));
    reload();
    return ok;
}

} // namespace hs
