#pragma once

#include "storage/Merge.h"

#include <QDialog>

class QTableWidget;

namespace hs {

// Import reviews from a file: what a draft brings (new reviews, rows added and updated per
// review) and, side by side, every value changed both here and in the draft, each with a choice:
// keep mine, take the draft's, or for text keep both. Nothing is written until Merge.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const MergePlan& plan, QWidget* parent = nullptr);
    QList<ConflictChoice> choices() const;

private:
    void setAll(MergeResolution resolution);

    QList<MergeConflict> m_conflicts;
    QTableWidget* m_table = nullptr;
};

} // namespace hs
