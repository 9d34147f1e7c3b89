#pragma once

#include <QLabel>

class QLineEdit;

namespace hs {

// A quiet line under a text field that points out wording which puts a person at the centre
// ("human error", "should have", "careless", a participant as the subject) and offers a
// reframing. It only advises: typing is never blocked or changed.
class WordingHintLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WordingHintLabel(QWidget* parent = nullptr);
    // A hint that follows what is typed into edit, named after it ("<name>Hint"), for the
    // caller to lay out under it.
    static WordingHintLabel* following(QLineEdit* edit);
    void setPeople(const QStringList& names) { m_people = names; }
    // Checks text and shows the first hint (with a count of the others), or hides.
    void check(const QString& text);
    int hintCount() const { return m_count; }

private:
    QStringList m_people;
    int m_count = 0;
};

} // namespace hs
