#pragma once

#include "domain/Review.h"
#include "whys/WhyLayout.h"

#include <QGraphicsObject>
#include <QGraphicsView>
#include <QSet>

namespace hs {

// The drawn tree as one scene item: layout and painting come from core (WhyLayout), so the
// screen, the SVG/PNG export and the PDF report draw the same diagram.
class WhyDiagramItem : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit WhyDiagramItem(QGraphicsItem* parent = nullptr);
    void setLayoutData(WhyDiagramLayout layout, const WhyLayoutOptions& options);
    void setSelectedIds(const QSet<QString>& ids);
    const WhyDiagramLayout& layoutData() const { return m_layout; }
    QString idAt(const QPointF& scenePos) const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    WhyDiagramLayout m_layout;
    WhyLayoutOptions m_options;
    QSet<QString> m_selected;
};

// The diagram beside the outline: zoom with Ctrl+wheel or Ctrl +/−, 0 fits; a click selects
// the cause in the outline; double-click edits it there.
class WhyDiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit WhyDiagramView(QWidget* parent = nullptr);

    void setTree(const QString& problem, const QList<WhyNode>& nodes);
    void setSelectedId(const QString& id);
    void zoomBy(double factor);
    void fit();
    // The smallest scale fitting may choose (0.45 by default): the presentation window asks
    // for 1, so the room reads the causes at its zoomed type size and a big tree scrolls.
    void setMinimumFitZoom(double zoom);
    double zoom() const { return m_zoom; }
    const WhyDiagramItem* item() const { return m_item; }
    // Writes the diagram as SVG or PNG (by the file's suffix); false with *error on failure.
    bool exportTo(const QString& path, QString* error) const;

Q_SIGNALS:
    void nodeClicked(const QString& id);
    void nodeDoubleClicked(const QString& id);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    WhyLayoutOptions options() const;

    QGraphicsScene* m_scene;
    WhyDiagramItem* m_item;
    double m_zoom = 1.0;
    double m_minFitZoom = 0.45;
    bool m_userZoomed = false;
};

} // namespace hs
