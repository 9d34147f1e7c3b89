#include "review/ReadOnlyViews.h"

#include "domain/Enums.h"
#include "util/TimeFormat.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QTreeWidget>

namespace hs {

namespace {

QTreeWidget* makeTree(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setHeaderLabels(headers);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(false);
    tree->setWordWrap(true);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QHBoxLayout(parent);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(tree);
    return tree;
}

} // namespace

ActionListView::ActionListView(QWidget* parent)
    : QWidget(parent)
    , m_tree(makeTree(this, QStringLiteral("actionList"),
                      {tr("Action"), tr("Type"), tr("Priority"), tr("Owner"), tr("Due"), tr("Status")}))
{
    m_tree->setRootIsDecorated(false);
    m_tree->setAccessibleName(tr("Action items"));
}

void ActionListView::setDocument(const ReviewDocument& doc)
{
    m_tree->clear();
    const QDate today = QDate::currentDate();
    for (const ActionItem& a : doc.actions) {
        auto* item = new QTreeWidgetItem(
            m_tree, {a.title, Vocabulary::label(Vocab::ActionType, a.type), a.priority, a.owner,
                     a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : QString(),
                     Vocabulary::label(Vocab::ActionStatus, a.status)});
        item->setToolTip(0, a.description.isEmpty() ? a.title : a.description);
        const bool open = a.status == QLatin1String("open") || a.status == QLatin1String("in_progress");
        if (open && a.dueDate.isValid() && a.dueDate < today) {
            item->setForeground(4, QColor(0xC6, 0x28, 0x28));
            item->setToolTip(4, tr("Overdue"));
        }
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c : {1, 2, 3, 4, 5})
        m_tree->resizeColumnToContents(c);
}

} // namespace hs
