#pragma once

#include "common/RowListModel.h"
#include "domain/Review.h"

namespace hs {

class Editor;

// The notes of one kind of one review ("note": the appendix of the report), editable in place.
// The check box marks a note internal: the public version of the report leaves it out.
class NotesModel : public RowListModel<Note>
{
    Q_OBJECT

public:
    NotesModel(Editor* editor, QString kind, QObject* parent = nullptr);

    QString kind() const { return m_kind; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // Keeps the notes of this model's kind.
    void setNotes(const QList<Note>& all);
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    Editor* m_editor;
    QString m_kind;
    bool m_readOnly = false;
};

} // namespace hs
