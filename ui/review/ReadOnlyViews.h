#pragma once

#include "domain/Review.h"

#include <QWidget>

class QTreeWidget;

namespace hs {

// A compact read-only view of the action items. The dedicated
// editors for each replace these; until then a review's content is visible in every tab.
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
