#pragma once

#include "common/RowListModel.h"
#include "domain/Review.h"

namespace hs {

class Editor;

// Participants of one review: name, role, attended. Edits go through the Editor (undoable).
class ParticipantsModel : public RowListModel<Participant>
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, AttendedColumn, ColumnCount };

    ParticipantsModel(Editor* editor, QObject* parent = nullptr);

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Editor* m_editor;
    bool m_readOnly = false;
};

} // namespace hs
