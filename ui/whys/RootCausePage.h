#pragma once

#include "domain/Review.h"

#include <QWidget>

class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QToolButton;

namespace hs {

class Editor;
class WhyDiagramView;
class WhyNodePanel;
class WhyOutline;
class WhyTreeModel;
class WordingHintLabel;

// The Root cause tab: the why-tree twice, in step: an outline for fast typing and a diagram
// for the room, with the selected cause's details beside them.
class RootCausePage : public QWidget
{
    Q_OBJECT

public:
    RootCausePage(Editor* editor, QWidget* parent = nullptr);

    void setDocument(const ReviewDocument& doc, const QStringList& categories, bool readOnly);
    WhyTreeModel* model() const { return m_model; }
    WhyOutline* outline() const { return m_outline; }
    WhyNodePanel* panel() const { return m_panel; }
    WhyDiagramView* diagram() const { return m_diagram; }
    bool selectNode(const QString& id);

Q_SIGNALS:
    void eventActivated(const QString& eventId);
    void message(const QString& text);
    // The current cause changed (empty for none), for the meeting's shared selection.
    void currentNodeChanged(const QString& id);

private:
    void onCurrentChanged();

    Editor* m_editor;
    WhyTreeModel* m_model;
    WhyOutline* m_outline;
    WhyDiagramView* m_diagram;
    WhyNodePanel* m_panel;
    QLabel* m_problem;
    WordingHintLabel* m_hint;
    QToolButton* m_add;
    QToolButton* m_child;
    QToolButton* m_remove;
    bool m_syncing = false;
};

} // namespace hs
