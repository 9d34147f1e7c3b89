#pragma once

#include "common/RowListModel.h"
#include "domain/Review.h"

namespace hs {

class Editor;

// The lessons of one kind (went well, went wrong, got lucky) of one review, editable in place.
class LessonsModel : public RowListModel<Lesson>
{
    Q_OBJECT

public:
    LessonsModel(Editor* editor, QString kind, QObject* parent = nullptr);

    QString kind() const { return m_kind; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // Keeps the lessons of this model's kind.
    void setLessons(const QList<Lesson>& all);
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
