#pragma once

#include "domain/Review.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

class QPainter;
class QPalette;

namespace hs {

// The graphical timeline: events as marks on a time axis in their kind's colour, one lane per
// kind present, dashed lines at the key times with their names above, the incident's phases
// shaded (undetected, responding, recovering), long silences hatched, and counts of the events
// left and right of the view. The same data, geometry and painting serve the timeline view and
// the PDF/HTML report, the way WhyLayout.h serves the five-whys diagram.
//
// Nothing here reads global state (no QApplication palette, no screen DPI): fonts and colours
// come in through TimelineChartOptions, so it paints the same into a widget, a QImage on a
// worker thread, a QPdfWriter or a QSvgGenerator.
//
// Units. Every length of the chart (line widths, mark radius, lane height, margins, the font's
// size) is in chart pixels; TimelineChartOptions::unit says how many of the painter's logical
// units one chart pixel is. A widget uses 1. A QPdfWriter at 1200 dpi painted in its device
// units uses 1200 / 96 = 12.5, which makes one chart pixel 1/96 inch on paper whatever the
// page size; see printTimelineChartOptions(). All coordinates in and out of this API (area,
// positions, hit points, label boxes) are in the painter's logical units.

// One event as the chart sees it.
struct TimelineChartMark {
    QString id;
    qint64 atMs = 0;
    QString kind;
    QString text;
    int lane = 0;           // index into TimelineChartData::lanes
    bool milestone = false; // drawn as a square
};

// A span of time in UTC milliseconds, start <= end.
struct TimelineSpan {
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 length() const { return endMs - startMs; }
    bool operator==(const TimelineSpan&) const = default;
};

// What the chart can show: everything (each event and key time) and the incident itself, from
// its first key time to its last (or everything while fewer than two distinct key times are
// known), so changes made days before do not squash the incident. Both are at least two
// minutes long. A review with no events and no key times gets the hour after it was created.
struct TimelineChartSpans {
    TimelineSpan data;
    TimelineSpan focus;
};
TimelineChartSpans timelineChartSpans(const ReviewDocument& doc);

// A review prepared for painting: marks in time order (ties keep the document's order), lanes
// in the event-kind vocabulary's order so a kind keeps its place as events come and go. Prepare
// it once per change of the document; painting and hit testing then cost O(log n + visible).
struct TimelineChartData {
    QList<TimelineChartMark> marks;
    QStringList lanes;
    std::array<std::optional<qint64>, kKeyTimeCount> keyTimes;
    QString timeZone;               // IANA id the axis is labelled in; empty = UTC
    TimelineChartSpans spans;
    QHash<QString, int> indexOfId;  // event id -> index in marks

    bool isEmpty() const { return marks.isEmpty(); }
    // The index of an event in marks, or -1.
    int indexOf(const QString& eventId) const { return indexOfId.value(eventId, -1); }
};
TimelineChartData prepareTimelineChart(const ReviewDocument& doc);

// The view spans: the incident with a twentieth either side ("fit"), everything with a
// thirtieth either side, and any span clamped to between two minutes and a little beyond
// everything, shifted back into range if needed.
TimelineSpan timelineFocusView(const TimelineChartData& data);
TimelineSpan timelineEverythingView(const TimelineChartData& data);
TimelineSpan clampTimelineView(const TimelineChartData& data, TimelineSpan view);

struct TimelineChartColours {
    QColor background = Qt::white;               // filled under the whole area
    QColor text = Qt::black;                     // labels, key-time lines; grid and hatch are faint tints of it
    QColor highlight = QColor(0x30, 0x8c, 0xc6); // ring around selected marks
};
// Base, Text and Highlight of a palette: what a widget passes.
TimelineChartColours timelineChartColours(const QPalette& palette);

struct TimelineChartOptions {
    // Labels. A pixel size is in chart pixels; a point size is read at 96 chart pixels per inch.
    QFont font;
    double unit = 1;                    // painter logical units per chart pixel, > 0
    TimelineChartColours colours;
    QString timeZone;                   // overrides the review's zone for axis labels when set
    bool legend = false;                // a row (or rows) of the kinds present, under the axis
    int keyTimeLabelRows = 1;           // rows for key-time names; a name fitting no row is left out
    bool emptyMessage = true;           // say so in the plot when the review has no events
};

// For a page: white background, black text, a legend, two rows of key-time names, 8 pt labels.
// logicalDpi is the painter's logical units per inch (QPdfWriter::resolution() when painting in
// its device units, 25.4 when painting in millimetres).
TimelineChartOptions printTimelineChartOptions(double logicalDpi, const QString& fontFamily = QString());

// A text the painter drew, for tests and tools: its box in logical units never overlaps
// another's, and all lie inside the area.
struct TimelineChartLabel {
    enum Role { Axis, KeyTime, Phase, Gap, OffView, Legend, Message };
    Role role = Axis;
    QString text;
    QRectF rect;
};

// Where everything goes for one area, view and set of options: the single source of the
// chart's geometry, used by paintTimelineChart and by the widget's hit testing. Cheap to make
// (no per-event work); holds references, so keep data and options alive while it is used.
class TimelineChartGeometry
{
public:
    TimelineChartGeometry(const QRectF& area, const TimelineChartData& data, qint64 viewStartMs, qint64 viewEndMs,
                          const TimelineChartOptions& options);

    QRectF area() const { return m_area; }
    // The plot: lanes, phases and gaps; the axis runs along its bottom edge.
    QRectF plotRect() const;
    double xOf(qint64 ms) const;
    qint64 msAt(double x) const;
    // The centre of the mark of marks[index].
    QPointF markCentre(int index) const;
    // The centre of an event's mark (also when it is outside the view), or nothing.
    std::optional<QPointF> positionOf(const QString& eventId) const;
    // The event whose mark is nearest to pos within its radius plus slack chart pixels, or empty.
    QString eventAt(const QPointF& pos, double slack = 3) const;
    // Radius of a mark in logical units.
    double markRadius(bool milestone) const;

    // The rest is in chart pixels relative to the area's top left, which is how the painter
    // draws (it translates and scales by unit once).
    struct Local {
        QRectF plot;
        double laneSpacing = 0;
        double laneTop = 0;
        double keyTimeTop = 0;   // first row of key-time names
        double lineHeight = 0;   // one row of label text
        double axisLabelTop = 0;
        double legendTop = 0;
        QList<QRectF> legendItems; // per lane: its dot and name
        double width = 0;
        double height = 0;
    };
    const Local& local() const { return m_local; }
    double localX(qint64 ms) const;
    double localLaneY(int lane) const;
    const TimelineChartData& data() const { return m_data; }
    const TimelineChartOptions& options() const { return m_options; }
    qint64 viewStartMs() const { return m_start; }
    qint64 viewEndMs() const { return m_end; }
    QFont labelFont() const { return m_font; }
    double unit() const { return m_unit; }
    // Marks in [fromMs, toMs] as an index range [first, last).
    std::pair<int, int> marksBetween(qint64 fromMs, qint64 toMs) const;

private:
    QPointF toLogical(const QPointF& local) const;
    QPointF toLocal(const QPointF& logical) const;

    QRectF m_area;
    const TimelineChartData& m_data;
    const TimelineChartOptions& m_options;
    qint64 m_start = 0;
    qint64 m_end = 0;
    double m_unit = 1;
    QFont m_font;
    Local m_local;
};

// Paints the chart into area (painter logical units): fills it with the background, draws
// within it only, and leaves the painter's state as it found it. selected marks get a ring.
// labels, when given, receives every text drawn.
void paintTimelineChart(QPainter& painter, const QRectF& area, const TimelineChartData& data, qint64 viewStartMs,
                        qint64 viewEndMs, const QSet<QString>& selected, const TimelineChartOptions& options,
                        QList<TimelineChartLabel>* labels = nullptr);

} // namespace hs
