#include "review/LessonsPage.h"

#include "commands/Editor.h"
#include "common/WordingHint.h"
#include "domain/Enums.h"
#include "review/LessonsModel.h"
#include "review/NotesModel.h"
#include "util/SortKey.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hs {

LessonsPage::LessonsPage(Editor* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("lessonsPage"));
    auto* page = new QVBoxLayout(this);
    page->setContentsMargins(16, 12, 16, 16);
    page->setSpacing(12);
    auto* layout = new QHBoxLayout;
    layout->setSpacing(12);
    page->addLayout(layout, 3);
    for (const QString& kind : Vocabulary::codes(Vocab::LessonKind)) {
        Column c;
        c.kind = kind;
        auto* box = new QGroupBox(Vocabulary::label(Vocab::LessonKind, kind), this);
        auto* v = new QVBoxLayout(box);
        c.prompt = new QLabel(box);
        c.prompt->setWordWrap(true);
        c.prompt->setObjectName(QStringLiteral("prompt_%1").arg(kind));
        QPalette pal = c.prompt->palette();
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
        c.prompt->setPalette(pal);
        c.model = new LessonsModel(editor, kind, this);
        c.view = new QListView(box);
        c.view->setObjectName(QStringLiteral("lessons_%1").arg(kind));
        c.view->setAccessibleName(Vocabulary::label(Vocab::LessonKind, kind));
        c.view->setModel(c.model);
        c.view->setWordWrap(true);
        c.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        c.view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
        c.view->setAlternatingRowColors(true);
        c.view->installEventFilter(this);
        c.entry = new QLineEdit(box);
        c.entry->setObjectName(QStringLiteral("newLesson_%1").arg(kind));
        c.entry->setPlaceholderText(tr("Add a lesson, then Enter"));
        c.entry->setAccessibleName(tr("Add to %1").arg(Vocabulary::label(Vocab::LessonKind, kind)));
        v->addWidget(c.prompt);
        v->addWidget(c.view, 1);
        v->addWidget(c.entry);
        v->addWidget(WordingHintLabel::following(c.entry));
        layout->addWidget(box, 1);
        m_columns.append(c);
    }
    for (int i = 0; i < m_columns.size(); ++i)
        connect(m_columns[i].entry, &QLineEdit::returnPressed, this, [this, i] { addLesson(m_columns[i]); });

    // Notes: what belongs with the review but not in its story (context, caveats, follow-ups
    // to mention), printed as the report's appendix. Internal ones stay out of the public version.
    auto* notesBox = new QGroupBox(tr("Notes for the report's appendix"), this);
    auto* nv = new QVBoxLayout(notesBox);
    auto* notesHint = new QLabel(tr("Tick a note to keep it internal: the public version of the report leaves it out."), notesBox);
    notesHint->setWordWrap(true);
    QPalette hintPalette = notesHint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    notesHint->setPalette(hintPalette);
    m_notes = new NotesModel(editor, QStringLiteral("note"), this);
    m_notesView = new QListView(notesBox);
    m_notesView->setObjectName(QStringLiteral("notes"));
    m_notesView->setAccessibleName(tr("Notes"));
    m_notesView->setModel(m_notes);
    m_notesView->setWordWrap(true);
    m_notesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_notesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_notesView->setAlternatingRowColors(true);
    m_notesView->installEventFilter(this);
    auto* entryRow = new QHBoxLayout;
    m_noteEntry = new QLineEdit(notesBox);
    m_noteEntry->setObjectName(QStringLiteral("newNote"));
    m_noteEntry->setPlaceholderText(tr("Add a note, then Enter"));
    m_noteEntry->setAccessibleName(tr("Add a note"));
    m_noteInternal = new QCheckBox(tr("&Internal"), notesBox);
    m_noteInternal->setObjectName(QStringLiteral("newNoteInternal"));
    m_noteInternal->setToolTip(tr("The new note is left out of the public version of the report."));
    entryRow->addWidget(m_noteEntry, 1);
    entryRow->addWidget(m_noteInternal);
    nv->addWidget(notesHint);
    nv->addWidget(m_notesView, 1);
    nv->addLayout(entryRow);
    nv->addWidget(WordingHintLabel::following(m_noteEntry));
    page->addWidget(notesBox, 2);
    connect(m_noteEntry, &QLineEdit::returnPressed, this, &LessonsPage::addNote);
}

void LessonsPage::setDocument(const ReviewDocument& doc, bool readOnly)
{
    m_doc = doc;
    const std::optional<Template> templ =
        doc.review.templateKey.isEmpty() ? std::nullopt : m_editor->library()->templateByKey(doc.review.templateKey);
    for (Column& c : m_columns) {
        c.model->setReadOnly(readOnly);
        c.model->setLessons(doc.lessons);
        c.entry->setEnabled(!readOnly && !doc.review.id.isEmpty());
        const QString prompt = templ ? templ->lessonPrompt(c.kind) : QString();
        c.prompt->setText(prompt);
        c.prompt->setVisible(!prompt.isEmpty());
    }
    m_notes->setReadOnly(readOnly);
    m_notes->setNotes(doc.notes);
    m_noteEntry->setEnabled(!readOnly && !doc.review.id.isEmpty());
    m_noteInternal->setEnabled(m_noteEntry->isEnabled());
}

void LessonsPage::addNote()
{
    const QString text = m_noteEntry->text().trimmed();
    if (text.isEmpty() || m_doc.review.id.isEmpty())
        return;
    QString last;
    for (const Note& n : std::as_const(m_doc.notes))
        last = std::max(last, n.sortKey);
    const QString id = m_editor->addRow(Entity::Note,
                                        {{QStringLiteral("review_id"), m_doc.review.id},
                                         {QStringLiteral("kind"), m_notes->kind()},
                                         {QStringLiteral("text"), text},
                                         {QStringLiteral("internal"), m_noteInternal->isChecked() ? 1 : 0},
                                         {QStringLiteral("sort_key"), SortKey::after(last)}},
                                        tr("Add note"));
    if (!id.isEmpty())
        m_noteEntry->clear();
}

void LessonsPage::removeSelectedNotes()
{
    QList<Note> doomed;
    for (const QModelIndex& i : m_notesView->selectionModel()->selectedIndexes())
        doomed.append(m_notes->rowAt(i.row()));
    if (doomed.isEmpty())
        return;
    m_editor->undoStack()->beginMacro(tr("Remove %n note(s)", nullptr, static_cast<int>(doomed.size())));
    for (const Note& n : std::as_const(doomed))
        m_editor->removeRow(Entity::Note, n.id, n.rev, tr("Remove note"));
    m_editor->undoStack()->endMacro();
}

void LessonsPage::addLesson(Column& column)
{
    const QString text = column.entry->text().trimmed();
    if (text.isEmpty() || m_doc.review.id.isEmpty())
        return;
    const QString last = column.model->rowCount() ? column.model->rowAt(column.model->rowCount() - 1).sortKey : QString();
    const QString id = m_editor->addRow(Entity::Lesson,
                                        {{QStringLiteral("review_id"), m_doc.review.id},
                                         {QStringLiteral("kind"), column.kind},
                                         {QStringLiteral("text"), text},
                                         {QStringLiteral("sort_key"), SortKey::after(last)}},
                                        tr("Add lesson"));
    if (!id.isEmpty())
        column.entry->clear();
}

void LessonsPage::removeSelected(Column& column)
{
    QList<Lesson> doomed;
    for (const QModelIndex& i : column.view->selectionModel()->selectedIndexes())
        doomed.append(column.model->rowAt(i.row()));
    if (doomed.isEmpty())
        return;
    m_editor->undoStack()->beginMacro(tr("Remove %n lesson(s)", nullptr, static_cast<int>(doomed.size())));
    for (const Lesson& l : std::as_const(doomed))
        m_editor->removeRow(Entity::Lesson, l.id, l.rev, tr("Remove lesson"));
    m_editor->undoStack()->endMacro();
}

bool LessonsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            if (watched == m_notesView) {
                removeSelectedNotes();
                return true;
            }
            for (Column& c : m_columns) {
                if (c.view == watched) {
                    removeSelected(c);
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool LessonsPage::selectItem(const QString& id)
{
    auto select = [&id](QListView* view, int row, QAbstractItemModel* model) {
        if (row < 0)
            return false;
        const QModelIndex at = model->index(row, 0);
        view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect);
        view->scrollTo(at);
        view->setFocus(Qt::OtherFocusReason);
        return true;
    };
    for (const Column& c : std::as_const(m_columns)) {
        if (select(c.view, c.model->rowOfId(id), c.model))
            return true;
    }
    return select(m_notesView, m_notes->rowOfId(id), m_notes);
}

} // namespace hs
