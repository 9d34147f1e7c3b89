#pragma once

#include "domain/Review.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;

namespace hs {

class Editor;
class LessonsModel;
class NotesModel;

// The Lessons tab: what went well, what went wrong, where we got lucky, and below them the notes
// for the report's appendix (a tick keeps one internal). Each list is edited in place; a line
// under it adds an entry on Enter, Delete removes the selected ones.
class LessonsPage : public QWidget
{
    Q_OBJECT

public:
    LessonsPage(Editor* editor, QWidget* parent = nullptr);
    void setDocument(const ReviewDocument& doc, bool readOnly);
    // Selects a lesson or note by id in its list; false when the review has none with that id.
    bool selectItem(const QString& id);

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
    void addNote();
    void removeSelectedNotes();

    Editor* m_editor;
    ReviewDocument m_doc;
    QList<Column> m_columns;
    NotesModel* m_notes = nullptr;
    QListView* m_notesView = nullptr;
    QLineEdit* m_noteEntry = nullptr;
    QCheckBox* m_noteInternal = nullptr;
};

} // namespace hs
