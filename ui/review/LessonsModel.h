#pragma once

#include "domain/Review.h"
#include "review/KindListModel.h"

namespace hs {

// The lessons of one kind (went well, went wrong, got lucky) of one review, editable in place.
class LessonsModel : public KindListModel<Lesson>
{
    Q_OBJECT

public:
    LessonsModel(Editor* editor, const QString& kind, QObject* parent = nullptr);
    void setLessons(const QList<Lesson>& all) { setAll(all); }
};

} // namespace hs
