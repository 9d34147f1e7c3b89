#include "review/LessonsModel.h"

namespace hs {

LessonsModel::LessonsModel(Editor* editor, const QString& kind, QObject* parent)
    : KindListModel<Lesson>(editor, Entity::Lesson, kind, tr("Edit lesson"), parent)
{
}

} // namespace hs
