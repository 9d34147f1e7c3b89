#pragma once

#include "domain/Review.h"

#include <QWidget>

class QTreeWidget;

namespace hs {

// Compact read-only views of the why-tree and the action items. The dedicated
// editors for each replace these; until then a review's content is visible in every tab.
class WhyTreeView : public QWidget
{
    Q_OBJECT
public:
    explicit WhyTreeView(QWidget* parent = nullptr);
    void setDocument(const ReviewDocument& doc);

private:
    QTreeWidget* m_tree;
};

class ActionListView : public QWidget
{
    Q_OBJECT
public:
    explicit ActionListView(QWidget* parent = nullptr);
    void setDocument(const ReviewDocument& doc);

private:
    QTreeWidget* m_tree;
};

} // namespace hs
