#pragma once

#include "domain/Review.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hs {

class AutoCommit;
class Editor;
class WordingHintLabel;

// The selected cause in detail: notes, mark (cause, contributing factor, root cause), category,
// its evidence (timeline events, with their times; a click goes to the event), and a button to
// make an action item linked to it.
class WhyNodePanel : public QWidget
{
    Q_OBJECT

public:
    WhyNodePanel(Editor* editor, QWidget* parent = nullptr);

    void setDocument(const ReviewDocument& doc, const QStringList& categories, bool readOnly);
    void showNode(const QString& id);
    QString nodeId() const { return m_id; }

    // Opens the event picker and links what is chosen (tests call linkEvents directly).
    void chooseEvidence();
    void linkEvents(const QStringList& eventIds);
    void unlinkSelected();
    QString createAction();

Q_SIGNALS:
    void eventActivated(const QString& eventId);
    void message(const QString& text);

private:
    const WhyNode* current() const;
    void refresh();

    Editor* m_editor;
    ReviewDocument m_doc;
    QStringList m_categories;
    bool m_readOnly = false;
    QString m_id;
    QLabel* m_title;
    QPlainTextEdit* m_notes;
    AutoCommit* m_notesCommit;
    WordingHintLabel* m_notesHint;
    QComboBox* m_mark;
    QComboBox* m_category;
    QListWidget* m_evidence;
    QLabel* m_evidenceGone;
    QPushButton* m_addEvidence;
    QPushButton* m_removeEvidence;
    QPushButton* m_action;
};

} // namespace hs
