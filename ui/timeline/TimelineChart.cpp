#include "timeline/TimelineChart.h"

#include "domain/Enums.h"
#include "util/TimeFormat.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace hs {

namespace {

constexpr qint64 kMinSpan = 2 * 60 * 1000;

} // namespace

TimelineChart::TimelineChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Timeline chart"));
    setAccessibleDescription(tr("Events on a time axis. Mouse wheel zooms, drag pans, double-click shows everything."));
}

void TimelineChart::setDocument(const ReviewDocument& doc)
{
    const bool otherReview = doc.review.id != m_reviewId;
    m_reviewId = doc.review.id;
    m_data = prepareTimelineChart(doc);
    if (otherReview || !m_fitted)
        fitAll();
    else
        clampView();
    update();
}

void TimelineChart::setSelectedIds(const QSet<QString>& ids)
{
    if (ids == m_selected)
        return;
    m_selected = ids;
    // Bring a single selected event into view.
    if (ids.size() == 1) {
        const int i = m_data.indexOf(*ids.cbegin());
        if (i >= 0) {
            const qint64 at = m_data.marks.at(i).atMs;
            if (at < m_viewStart || at > m_viewEnd) {
                const qint64 span = m_viewEnd - m_viewStart;
                m_viewStart = at - span / 2;
                m_viewEnd = m_viewStart + span;
                clampView();
            }
        }
    }
    update();
}

void TimelineChart::fitAll()
{
    const TimelineSpan view = timelineFocusView(m_data);
    m_viewStart = view.startMs;
    m_viewEnd = view.endMs;
    m_fitted = true;
    update();
}

void TimelineChart::showEverything()
{
    const TimelineSpan view = timelineEverythingView(m_data);
    m_viewStart = view.startMs;
    m_viewEnd = view.endMs;
    m_fitted = true;
    update();
}

void TimelineChart::zoomBy(double factor, double anchorX)
{
    const QRectF plot = plotRect();
    if (anchorX < 0)
        anchorX = plot.center().x();
    const qint64 anchor = msAt(anchorX);
    const double span = static_cast<double>(m_viewEnd - m_viewStart) / factor;
    const double left = (anchorX - plot.left()) / std::max(1.0, plot.width());
    m_viewStart = anchor - static_cast<qint64>(span * left);
    m_viewEnd = m_viewStart + std::max<qint64>(kMinSpan, static_cast<qint64>(span));
    clampView();
    update();
}

void TimelineChart::clampView()
{
    const TimelineSpan view = clampTimelineView(m_data, {m_viewStart, m_viewEnd});
    m_viewStart = view.startMs;
    m_viewEnd = view.endMs;
}

// The widget's font (a little smaller) in pixels, and its palette: what the chart is drawn with.
TimelineChartOptions TimelineChart::chartOptions() const
{
    TimelineChartOptions o;
    QFont small = font();
    const double points = small.pointSizeF() > 0 ? small.pointSizeF() * 0.85 : 0;
    if (points > 0)
        small.setPixelSize(std::max(1, static_cast<int>(std::lround(points * logicalDpiY() / 72.0))));
    else
        small.setPixelSize(std::max(1, static_cast<int>(std::lround(QFontInfo(small).pixelSize() * 0.85))));
    o.font = small;
    o.colours = timelineChartColours(palette());
    return o;
}

TimelineChartGeometry TimelineChart::geometry(const TimelineChartOptions& options) const
{
    return TimelineChartGeometry(QRectF(rect()), m_data, m_viewStart, m_viewEnd, options);
}

QRectF TimelineChart::plotRect() const
{
    const TimelineChartOptions o = chartOptions();
    return geometry(o).plotRect();
}

qint64 TimelineChart::msAt(double x) const
{
    const TimelineChartOptions o = chartOptions();
    return geometry(o).msAt(x);
}

QPoint TimelineChart::positionOf(const QString& eventId) const
{
    const TimelineChartOptions o = chartOptions();
    const std::optional<QPointF> at = geometry(o).positionOf(eventId);
    return at ? at->toPoint() : QPoint(-1, -1);
}

QString TimelineChart::eventAt(const QPoint& pos) const
{
    const TimelineChartOptions o = chartOptions();
    return geometry(o).eventAt(QPointF(pos));
}

void TimelineChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    paintTimelineChart(p, QRectF(rect()), m_data, m_viewStart, m_viewEnd, m_selected, chartOptions());
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineChart::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (delta.x() != 0 && delta.y() == 0) { // a horizontal scroll pans
        const qint64 shift = static_cast<qint64>(static_cast<double>(m_viewEnd - m_viewStart) * -delta.x() / 1200.0);
        m_viewStart += shift;
        m_viewEnd += shift;
        clampView();
        update();
    } else {
        zoomBy(std::pow(1.0015, delta.y()), event->position().x());
    }
    event->accept();
}

void TimelineChart::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QString id = eventAt(event->position().toPoint());
    if (!id.isEmpty()) {
        Q_EMIT eventClicked(id, event->modifiers());
        return;
    }
    m_dragging = true;
    m_dragFrom = event->position().toPoint();
    m_dragViewStart = m_viewStart;
    setCursor(Qt::ClosedHandCursor);
}

void TimelineChart::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return;
    const double span = static_cast<double>(m_viewEnd - m_viewStart);
    const double dx = event->position().x() - m_dragFrom.x();
    const qint64 shift = static_cast<qint64>(-dx / std::max(1.0, plotRect().width()) * span);
    const qint64 width = m_viewEnd - m_viewStart;
    m_viewStart = m_dragViewStart + shift;
    m_viewEnd = m_viewStart + width;
    clampView();
    update();
}

void TimelineChart::mouseReleaseEvent(QMouseEvent*)
{
    m_dragging = false;
    unsetCursor();
}

void TimelineChart::mouseDoubleClickEvent(QMouseEvent*)
{
    // Double-click goes between the incident and everything.
    if (TimelineSpan{m_viewStart, m_viewEnd} == timelineFocusView(m_data))
        showEverything();
    else
        fitAll();
}

void TimelineChart::keyPressEvent(QKeyEvent* event)
{
    const qint64 span = m_viewEnd - m_viewStart;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.5); break;
    case Qt::Key_Minus: zoomBy(1 / 1.5); break;
    case Qt::Key_0: fitAll(); break;
    case Qt::Key_A: showEverything(); break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const qint64 shift = span / 5 * (event->key() == Qt::Key_Left ? -1 : 1);
        m_viewStart += shift;
        m_viewEnd += shift;
        clampView();
        update();
        break;
    }
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

bool TimelineChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = m_data.indexOf(eventAt(help->pos()));
        if (i >= 0) {
            const TimelineChartMark& m = m_data.marks.at(i);
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("%1 · %2\n%3")
                                   .arg(formatUserDateTime(m.atMs, m_data.timeZone),
                                        Vocabulary::label(Vocab::EventKind, m.kind), m.text.left(300)),
                               this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace hs
