#pragma once

#include "domain/Review.h"
#include "review/KindListModel.h"

namespace hs {

// The notes of one kind of one review ("note": the appendix of the report), editable in place.
// The check box marks a note internal: the public version of the report leaves it out.
class NotesModel : public KindListModel<Note>
{
    Q_OBJECT

public:
    NotesModel(Editor* editor, const QString& kind, QObject* parent = nullptr);
    void setNotes(const QList<Note>& all) { setAll(all); }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
};

} // namespace hs
