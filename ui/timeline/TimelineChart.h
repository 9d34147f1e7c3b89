#pragma once

#include "domain/Review.h"
#include "timeline/TimelineChartPaint.h"

#include <QSet>
#include <QWidget>

namespace hs {

// The graphical timeline above the table: events as marks on a time axis in their kind's
// colour (one lane per kind present), lines at the key times, the incident's phases shaded
// (undetected, responding, recovering), and long silent gaps marked. Wheel zooms around the
// pointer, dragging pans, double-click fits; clicking a mark selects its event. The chart's
// geometry and painting are core's (timeline/TimelineChartPaint.h), shared with the report.
class TimelineChart : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineChart(QWidget* parent = nullptr);

    void setDocument(const ReviewDocument& doc);
    void setSelectedIds(const QSet<QString>& ids);
    // Shows the incident, from its start to its resolution (or every event when the key times
    // are not known yet); showEverything() also takes in events long before or after.
    void fitAll();
    void showEverything();
    void zoomBy(double factor, double anchorX = -1);
    // The visible span, for tests and the zoom buttons.
    qint64 visibleStartMs() const { return m_viewStart; }
    qint64 visibleEndMs() const { return m_viewEnd; }
    // The event under a point, or empty.
    QString eventAt(const QPoint& pos) const;
    QPoint positionOf(const QString& eventId) const;

    QSize sizeHint() const override { return {600, 190}; }
    QSize minimumSizeHint() const override { return {200, 150}; }

Q_SIGNALS:
    void eventClicked(const QString& eventId, Qt::KeyboardModifiers modifiers);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    TimelineChartOptions chartOptions() const;
    TimelineChartGeometry geometry(const TimelineChartOptions& options) const;
    QRectF plotRect() const;
    qint64 msAt(double x) const;
    void clampView();

    TimelineChartData m_data;
    QString m_reviewId;
    QSet<QString> m_selected;
    qint64 m_viewStart = 0;
    qint64 m_viewEnd = 0;
    bool m_fitted = false;
    QPoint m_dragFrom;
    qint64 m_dragViewStart = 0;
    bool m_dragging = false;
};

} // namespace hs
