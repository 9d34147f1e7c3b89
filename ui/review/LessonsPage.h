#pragma once

#include "domain/Review.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace hs {

class Editor;
class LessonsModel;

// The Lessons tab: what went well, what went wrong, where we got lucky. Each list is edited in
// place; a line under it adds a lesson on Enter, Delete removes the selected ones.
class LessonsPage : public QWidget
{
    Q_OBJECT

public:
    LessonsPage(Editor* editor, QWidget* parent = nullptr);
    void setDocument(const ReviewDocument& doc, bool readOnly);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Column {
        QString kind;
        LessonsModel* model = nullptr;
        QListView* view = nullptr;
        QLabel* prompt = nullptr;
        QLineEdit* entry = nullptr;
    };
    void addLesson(Column& column);
    void removeSelected(Column& column);

    Editor* m_editor;
    ReviewDocument m_doc;
    QList<Column> m_columns;
};

} // namespace hs
