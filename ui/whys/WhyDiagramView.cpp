#include "whys/WhyDiagramView.h"

#include <QApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QWheelEvent>

namespace hs {

WhyDiagramItem::WhyDiagramItem(QGraphicsItem* parent)
    : QGraphicsObject(parent)
{
    // The exposed rectangle lets painting skip boxes outside the view: a 500-cause tree
    // repaints in a few milliseconds instead of drawing every box each time.
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

void WhyDiagramItem::setLayoutData(WhyDiagramLayout layout, const WhyLayoutOptions& options)
{
    prepareGeometryChange();
    m_layout = std::move(layout);
    m_options = options;
    update();
}

void WhyDiagramItem::setSelectedIds(const QSet<QString>& ids)
{
    m_selected = ids;
    update();
}

QString WhyDiagramItem::idAt(const QPointF& scenePos) const
{
    for (const WhyBox& box : m_layout.boxes) {
        if (!box.isProblem && box.rect.contains(scenePos))
            return box.id;
    }
    return QString();
}

QRectF WhyDiagramItem::boundingRect() const
{
    return m_layout.bounds.adjusted(-20, -20, 20, 20);
}

void WhyDiagramItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    if (option)
        painter->setClipRect(option->exposedRect);
    paintWhyDiagram(*painter, m_layout, m_options, m_selected, widget ? widget->palette() : QApplication::palette());
}

WhyDiagramView::WhyDiagramView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
    , m_item(new WhyDiagramItem)
{
    setObjectName(QStringLiteral("whyDiagram"));
    setScene(m_scene);
    m_scene->addItem(m_item);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Causes diagram"));
    setBackgroundBrush(palette().color(QPalette::Base));
}

WhyLayoutOptions WhyDiagramView::options() const
{
    WhyLayoutOptions o;
    o.font = font();
    o.font.setPointSizeF(o.font.pointSizeF() * 1.15); // read across a room
    return o;
}

void WhyDiagramView::setTree(const QString& problem, const QList<WhyNode>& nodes)
{
    const WhyLayoutOptions o = options();
    m_item->setLayoutData(layoutWhyTree(problem, nodes, o), o);
    m_scene->setSceneRect(m_item->boundingRect());
    if (!m_userZoomed)
        fit();
}

void WhyDiagramView::setSelectedId(const QString& id)
{
    m_item->setSelectedIds(id.isEmpty() ? QSet<QString>() : QSet<QString>{id});
    for (const WhyBox& box : m_item->layoutData().boxes) {
        if (box.id == id && !box.isProblem)
            ensureVisible(box.rect, 40, 40);
    }
}

void WhyDiagramView::zoomBy(double factor)
{
    const double next = std::clamp(m_zoom * factor, 0.1, 4.0);
    scale(next / m_zoom, next / m_zoom);
    m_zoom = next;
    m_userZoomed = true;
}

void WhyDiagramView::fit()
{
    resetTransform();
    const QRectF r = m_item->boundingRect();
    const double sx = viewport()->width() / std::max(1.0, r.width());
    const double sy = viewport()->height() / std::max(1.0, r.height());
    // Never smaller than readable: a big tree scrolls instead.
    m_zoom = std::clamp(std::min(sx, sy), m_minFitZoom, std::max(1.5, m_minFitZoom));
    scale(m_zoom, m_zoom);
    // A tree larger than the view starts at the problem, on the left, where reading starts.
    const double visibleWidth = viewport()->width() / m_zoom;
    const double visibleHeight = viewport()->height() / m_zoom;
    QPointF centre = r.center();
    if (r.width() > visibleWidth)
        centre.setX(r.left() + visibleWidth / 2);
    if (r.height() > visibleHeight && !m_item->layoutData().boxes.isEmpty())
        centre.setY(m_item->layoutData().boxes.first().rect.center().y());
    centerOn(centre);
    m_userZoomed = false;
}

void WhyDiagramView::setMinimumFitZoom(double zoom)
{
    m_minFitZoom = std::clamp(zoom, 0.1, 4.0);
    if (!m_userZoomed)
        fit();
}

void WhyDiagramView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed)
        fit(); // keep fitting until the person zooms themselves
}

void WhyDiagramView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void WhyDiagramView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus) {
        zoomBy(1.25);
    } else if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) {
        zoomBy(0.8);
    } else if (event->key() == Qt::Key_0) {
        fit();
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void WhyDiagramView::mousePressEvent(QMouseEvent* event)
{
    const QString id = m_item->idAt(mapToScene(event->position().toPoint()));
    if (!id.isEmpty() && event->button() == Qt::LeftButton) {
        Q_EMIT nodeClicked(id);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void WhyDiagramView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QString id = m_item->idAt(mapToScene(event->position().toPoint()));
    if (!id.isEmpty())
        Q_EMIT nodeDoubleClicked(id);
    else
        fit();
}

bool WhyDiagramView::exportTo(const QString& path, QString* error) const
{
    const WhyDiagramLayout& layout = m_item->layoutData();
    const QRectF r = layout.bounds.adjusted(-24, -24, 24, 24);
    const WhyLayoutOptions o = options();
    QPalette print = QApplication::palette();
    print.setColor(QPalette::Base, Qt::white);
    print.setColor(QPalette::Window, Qt::white);
    print.setColor(QPalette::Text, Qt::black);
    print.setColor(QPalette::WindowText, Qt::black);
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(r.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), r.size()));
        svg.setTitle(tr("Causes"));
        QPainter p;
        if (!p.begin(&svg)) {
            if (error)
                *error = tr("“%1” cannot be written.").arg(path);
            return false;
        }
        p.translate(-r.topLeft());
        paintWhyDiagram(p, layout, o, {}, print);
        p.end();
        if (!QFileInfo::exists(path)) {
            if (error)
                *error = tr("“%1” cannot be written.").arg(path);
            return false;
        }
        return true;
    }
    const double scaleFactor = 2.0; // sharp in documents and on projectors
    QImage image((r.size() * scaleFactor).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        p.scale(scaleFactor, scaleFactor);
        p.translate(-r.topLeft());
        paintWhyDiagram(p, layout, o, {}, print);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("“%1” cannot be written.").arg(path);
        return false;
    }
    return true;
}

} // namespace hs
