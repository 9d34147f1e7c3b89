#pragma once

#include "domain/Review.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace hs {

class Editor;
class Library;
class MeetingSession;
class WordingHintLabel;

// The facilitator's prompts for the stage on screen (facilitator only: never in the
// presentation window). The bank is the library's: edit a prompt in place (F2), Delete removes
// it, the line below adds one to this stage. A library that never edited its prompts uses the
// built-in, translated bank; its first edit copies that bank into the file together with the
// change, as one undo step, so the edit is the library's from then on.
class PromptsBox : public QWidget
{
    Q_OBJECT

public:
    PromptsBox(MeetingSession* session, QWidget* parent = nullptr);
    void setEditor(Editor* editor);
    void reload();
    QListWidget* list() const { return m_list; }
    QLineEdit* entry() const { return m_entry; }
    bool addPrompt(const QString& text);
    bool editPrompt(int row, const QString& text);
    bool removePrompt(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Writes the bank with one prompt of this stage changed (text), removed (empty) or added
    // (row -1), as one undo step.
    bool change(int row, const QString& text);

    MeetingSession* m_session;
    QPointer<Editor> m_editor; // the window deletes the old editor and library before handing a new one
    QPointer<Library> m_library;
    QList<FacilitatorPrompt> m_all;
    QList<FacilitatorPrompt> m_shown;
    bool m_own = false;
    bool m_filling = false;
    QListWidget* m_list;
    QLineEdit* m_entry;
    WordingHintLabel* m_hint;
};

} // namespace hs
