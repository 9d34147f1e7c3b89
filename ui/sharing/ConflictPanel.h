#pragma once

#include "commands/Editor.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hs {

// Edits someone else's change got in the way of, one at a time: theirs and yours side by
// side, with Keep mine, Take theirs and (for free text) Keep both. Not modal: the facilitator
// may be mid-sentence on a shared screen, and the rest of the window stays usable. What was
// typed stays here until a choice is made; nothing of theirs is overwritten before that.
class ConflictPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ConflictPanel(QWidget* parent = nullptr);

    // A newer conflict on the same field replaces the older one (the latest typing counts).
    void add(const EditConflict& conflict);
    int count() const { return static_cast<int>(m_conflicts.size()); }
    const QList<EditConflict>& conflicts() const { return m_conflicts; }
    void clear();

    // Decides the conflict shown (the first), as the buttons do.
    void choose(EditConflict::Resolution resolution);

Q_SIGNALS:
    void resolved(const hs::EditConflict& conflict, hs::EditConflict::Resolution resolution);

private:
    void showFirst();
    static QString shown(const QVariant& value, const QString& column);

    QList<EditConflict> m_conflicts;
    QLabel* m_title;
    QLabel* m_theirsLabel;
    QLabel* m_mineLabel;
    QPlainTextEdit* m_theirs;
    QPlainTextEdit* m_mine;
    QPushButton* m_keepMine;
    QPushButton* m_takeTheirs;
    QPushButton* m_keepBoth;
    QPushButton* m_copyMine;
};

} // namespace hs
