// Painting the timeline chart (TimelineChartPaint.h); its geometry is in TimelineChartLayout.cpp.

#include "timeline/TimelineChartPaint.h"

#include "domain/Enums.h"
#include "timeline/KindColor.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hs {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 1440 * kMinute;
constexpr double kLabelGap = 6; // the least room between two labels side by side

// The strings keep the widget's translation context, so they read the same on screen and paper.
constexpr const char* kContext = "hs::TimelineChart";

// A silence worth pointing out: at least 15 minutes and a tenth of what is shown.
qint64 gapThreshold(qint64 span)
{
    return std::max<qint64>(15 * kMinute, span / 10);
}

// The smallest round step that leaves `room` chart pixels for each axis label.
qint64 tickStep(qint64 span, double width, double room)
{
    static const qint64 steps[] = {kMinute,      2 * kMinute,  5 * kMinute,   10 * kMinute,  15 * kMinute,
                                   30 * kMinute, 60 * kMinute, 120 * kMinute, 180 * kMinute, 360 * kMinute,
                                   720 * kMinute, kDay,        2 * kDay,      7 * kDay,      14 * kDay};
    const double wanted = static_cast<double>(span) * room / std::max(1.0, width);
    for (qint64 s : steps) {
        if (static_cast<double>(s) >= wanted)
            return s;
    }
    return static_cast<qint64>(std::ceil(wanted / static_cast<double>(kDay))) * kDay;
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

// Draws each label only where it fits inside the chart and clear of every label placed before,
// so texts never overlap whatever the size, font or data; a label that does not fit is left out
// (the table, the legend or a tooltip still says it). Works in chart pixels.
class LabelPlacer
{
public:
    LabelPlacer(QPainter& p, const TimelineChartGeometry& g, QList<TimelineChartLabel>* out)
        : m_p(p)
        , m_g(g)
        , m_fm(g.labelFont())
        , m_bounds(0, 0, g.local().width, g.local().height)
        , m_out(out)
    {
    }

    double width(const QString& text) const { return m_fm.horizontalAdvance(text); }
    double height() const { return m_g.local().lineHeight; }

    // The box text would take with its top left at pos.
    QRectF box(const QPointF& pos, const QString& text) const { return QRectF(pos, QSizeF(width(text), height())); }

    bool fits(const QRectF& r) const
    {
        if (r.left() < m_bounds.left() - 0.01 || r.top() < m_bounds.top() - 0.01
            || r.right() > m_bounds.right() + 0.01 || r.bottom() > m_bounds.bottom() + 0.01)
            return false;
        const QRectF spaced = r.adjusted(-kLabelGap / 2, 0, kLabelGap / 2, 0);
        return std::none_of(m_placed.cbegin(), m_placed.cend(), [&](const QRectF& o) { return o.intersects(spaced); });
    }

    // Takes the room without drawing; draw() then paints it.
    bool reserve(const QRectF& r)
    {
        if (!fits(r))
            return false;
        m_placed.append(r);
        return true;
    }

    void draw(const QRectF& r, const QString& text, TimelineChartLabel::Role role)
    {
        m_p.drawText(QPointF(r.left(), r.top() + (r.height() - m_fm.height()) / 2 + m_fm.ascent()), text);
        if (m_out) {
            const double u = m_g.unit();
            const QPointF origin = m_g.area().topLeft();
            m_out->append({role, text, QRectF(origin + r.topLeft() * u, r.size() * u)});
        }
    }

    bool place(const QRectF& r, const QString& text, TimelineChartLabel::Role role)
    {
        if (!reserve(r))
            return false;
        draw(r, text, role);
        return true;
    }

private:
    QPainter& m_p;
    const TimelineChartGeometry& m_g;
    const QFontMetricsF m_fm;
    const QRectF m_bounds;
    QList<TimelineChartLabel>* m_out;
    QList<QRectF> m_placed;
};

class ChartPainter
{
public:
    ChartPainter(QPainter& p, const TimelineChartGeometry& g, const QSet<QString>& selected,
                 QList<TimelineChartLabel>* labels)
        : m_p(p)
        , m_g(g)
        , m_l(g.local())
        , m_d(g.data())
        , m_c(g.options().colours)
        , m_selected(selected)
        , m_labels(p, g, labels)
        , m_start(g.viewStartMs())
        , m_end(g.viewEndMs())
    {
    }

    void paint()
    {
        m_p.fillRect(QRectF(0, 0, m_l.width, m_l.height), m_c.background);
        m_p.setFont(m_g.labelFont());
        phases();
        gaps();
        axis();
        keyTimes();
        marks();
        legend();
        if (m_d.isEmpty() && m_g.options().emptyMessage) {
            m_p.setPen(m_c.text);
            const QString text = QCoreApplication::translate("hs::TimelineChart", "No events on the timeline yet");
            const QPointF c = m_l.plot.center();
            m_labels.place(m_labels.box(QPointF(c.x() - m_labels.width(text) / 2, c.y() - m_labels.height() / 2), text),
                           text, TimelineChartLabel::Message);
        }
    }

private:
    // The incident's phases between key times, each named at its bottom left when it has room.
    void phases()
    {
        struct Phase {
            KeyTime from;
            KeyTime to;
            QColor color;
            const char* label;
        };
        static const Phase phases[] = {
            {KeyTime::Started, KeyTime::Detected, QColor(213, 94, 0, 38), QT_TRANSLATE_NOOP("hs::TimelineChart", "Undetected")},
            {KeyTime::Detected, KeyTime::Mitigated, QColor(230, 159, 0, 34), QT_TRANSLATE_NOOP("hs::TimelineChart", "Responding")},
            {KeyTime::Mitigated, KeyTime::Resolved, QColor(0, 158, 115, 30), QT_TRANSLATE_NOOP("hs::TimelineChart", "Recovering")},
        };
        for (const Phase& ph : phases) {
            const auto a = m_d.keyTimes[static_cast<size_t>(ph.from)];
            const auto b = m_d.keyTimes[static_cast<size_t>(ph.to)];
            if (!a || !b || *b <= *a)
                continue;
            const QRectF band =
                QRectF(QPointF(m_g.localX(*a), m_l.plot.top()), QPointF(m_g.localX(*b), m_l.plot.bottom())).intersected(m_l.plot);
            if (band.isEmpty())
                continue;
            m_p.fillRect(band, ph.color);
            const QString label = QCoreApplication::translate(kContext, ph.label);
            if (band.width() < 60 || band.width() < m_labels.width(label) + 8)
                continue;
            m_p.setPen(m_c.text);
            m_labels.place(m_labels.box(QPointF(band.left() + 4, band.bottom() - m_labels.height() - 1), label), label,
                           TimelineChartLabel::Phase);
        }
    }

    // Long silences between consecutive events, hatched, with their length when it fits.
    void gaps()
    {
        if (m_d.marks.size() < 2)
            return;
        const qint64 threshold = gapThreshold(m_end - m_start);
        // The marks in view and one either side: a silence can run past the edge of the view.
        auto [first, last] = m_g.marksBetween(m_start, m_end);
        first = std::max(1, first);
        last = std::min(static_cast<int>(m_d.marks.size()) - 1, last);
        const QRectF clip = m_l.plot.adjusted(0, -2, 0, 2);
        const double radius = m_g.markRadius(false) / unit();
        for (int i = first; i <= last; ++i) {
            const qint64 a = m_d.marks.at(i - 1).atMs;
            const qint64 b = m_d.marks.at(i).atMs;
            if (b - a < threshold)
                continue;
            const QRectF gap = QRectF(QPointF(m_g.localX(a) + radius, m_l.plot.top()),
                                      QPointF(m_g.localX(b) - radius, m_l.plot.bottom()))
                                   .intersected(clip);
            if (gap.width() < 4)
                continue;
            hatch(gap);
            const QString label = QCoreApplication::translate("hs::TimelineChart", "%1 silent").arg(formatDuration(b - a));
            const double w = m_labels.width(label);
            if (gap.width() > w + 8) {
                m_p.setPen(m_c.text);
                const QPointF c = gap.center();
                m_labels.place(m_labels.box(QPointF(c.x() - w / 2, c.y() - m_labels.height() / 2), label), label,
                               TimelineChartLabel::Gap);
            }
        }
    }

    // Diagonal lines drawn as lines, not a pattern brush: Qt draws pattern brushes in device
    // pixels, which would be a grey haze at 1200 dpi.
    void hatch(const QRectF& r)
    {
        m_p.save();
        m_p.setClipRect(r, Qt::IntersectClip);
        m_p.setPen(QPen(withAlpha(m_c.text, 40), 1));
        constexpr double step = 6;
        const double h = r.height();
        const double from = std::floor((r.left() - h) / step) * step; // aligned, so panning does not shimmer
        QList<QLineF> lines;
        for (double x = from; x < r.right(); x += step)
            lines.append(QLineF(x, r.bottom(), x + h, r.top()));
        m_p.drawLines(lines);
        m_p.restore();
    }

    // The axis along the plot's bottom with ticks in the review's zone; the counts of events
    // left and right of the view claim their corners first, so the tick labels make way.
    void axis()
    {
        const QRectF plot = m_l.plot;
        m_p.setPen(QPen(withAlpha(m_c.text, 40), 1));
        m_p.drawLine(plot.bottomLeft(), plot.bottomRight());

        const int before = m_g.marksBetween(std::numeric_limits<qint64>::min(), m_start - 1).second;
        const int after = static_cast<int>(m_d.marks.size()) - m_g.marksBetween(std::numeric_limits<qint64>::min(), m_end).second;
        const double top = m_l.axisLabelTop;
        m_p.setPen(m_c.text);
        if (before > 0) {
            const QString label = QCoreApplication::translate("hs::TimelineChart", "◀ %n earlier", nullptr, before);
            m_labels.place(m_labels.box(QPointF(plot.left(), top), label), label, TimelineChartLabel::OffView);
        }
        if (after > 0) {
            const QString label = QCoreApplication::translate("hs::TimelineChart", "%n later ▶", nullptr, after);
            m_labels.place(m_labels.box(QPointF(plot.right() - m_labels.width(label), top), label), label,
                           TimelineChartLabel::OffView);
        }

        const QTimeZone zone = zoneOrUtc(m_g.options().timeZone.isEmpty() ? m_d.timeZone : m_g.options().timeZone);
        const QString timeFormat = QStringLiteral("HH:mm");
        const QString dateFormat = QStringLiteral("ddd d MMM");
        const double room =
            std::max(90.0, std::max(m_labels.width(QStringLiteral("00:00")), m_labels.width(QStringLiteral("Wed 28 May")))
                               + 2 * kLabelGap);
        const qint64 step = tickStep(m_end - m_start, plot.width(), room);
        const qint64 offset =
            static_cast<qint64>(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(m_start, zone))) * 1000;
        const qint64 firstTick = static_cast<qint64>(std::floor(static_cast<double>(m_start + offset) / step) + 1) * step - offset;
        QList<QLineF> ticks;
        for (qint64 tick = firstTick; tick < m_end; tick += step) {
            const double x = m_g.localX(tick);
            ticks.append(QLineF(x, plot.top(), x, plot.bottom() + 3));
            const QDateTime dt = QDateTime::fromMSecsSinceEpoch(tick, zone);
            const QString label = dt.time() == QTime(0, 0) ? dt.toString(dateFormat) : dt.toString(timeFormat);
            const double w = m_labels.width(label);
            const double left = std::clamp(x - w / 2, 0.0, std::max(0.0, m_l.width - w));
            m_labels.place(m_labels.box(QPointF(left, top), label), label, TimelineChartLabel::Axis);
        }
        m_p.setPen(QPen(withAlpha(m_c.text, 40), 1));
        m_p.drawLines(ticks);
    }

    // Key-time lines with their names along the top, each name in the first row where it runs
    // into no other; a name that fits no row is left out (its line and the table still say it).
    void keyTimes()
    {
        const QRectF plot = m_l.plot;
        const int rows = std::max(1, m_g.options().keyTimeLabelRows);
        QPen pen(m_c.text, 1.2, Qt::DashLine);
        for (int i = 0; i < kKeyTimeCount; ++i) {
            const auto k = m_d.keyTimes[static_cast<size_t>(i)];
            if (!k || *k < m_start || *k > m_end)
                continue;
            const double x = m_g.localX(*k);
            m_p.setPen(pen);
            m_p.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom()));
            const QString name = Vocabulary::label(Vocab::Milestone, QString::fromLatin1(kMilestones[i]));
            const double w = m_labels.width(name);
            const double left = std::clamp(x - w / 2, 0.0, std::max(0.0, m_l.width - w));
            m_p.setPen(m_c.text);
            for (int row = 0; row < rows; ++row) {
                const QRectF r = m_labels.box(QPointF(left, m_l.keyTimeTop + row * (m_l.lineHeight + 1)), name);
                if (m_labels.place(r, name, TimelineChartLabel::KeyTime))
                    break;
            }
        }
    }

    // The marks lane by lane, one brush each. Where a lane's dots crowd (each within
    // kRunGap of the last), drawing them one by one would have each outline cut through the
    // previous fill, turning a burst of messages into a pale band, and 20,000 events would cost
    // 20,000 shapes; such a run is drawn as one capsule instead, which is the union of its dots
    // to within a quarter pixel. Milestones (squares) go over the dots of their lane; selected
    // marks go on top of everything, with a ring.
    void marks()
    {
        constexpr double kRunGap = 3;
        const double r = m_g.markRadius(false) / unit();
        const double rm = m_g.markRadius(true) / unit();
        const double msPerPixel = static_cast<double>(m_end - m_start) / std::max(1.0, m_l.plot.width());
        const auto reach = static_cast<qint64>(std::ceil((rm + m_l.plot.left() + 1) * msPerPixel));
        const auto [first, last] = m_g.marksBetween(m_start - reach, m_end + reach);
        if (first >= last)
            return;
        const QPen outline(m_c.background, 1);
        QList<int> selected;
        QList<double> squares;
        for (int lane = 0; lane < m_d.lanes.size(); ++lane) {
            m_p.setPen(outline);
            m_p.setBrush(eventKindColor(m_d.lanes.at(lane)));
            const double y = m_g.localLaneY(lane);
            double runStart = 0;
            double runEnd = 0;
            bool inRun = false;
            const auto flush = [&] {
                if (!inRun)
                    return;
                if (runEnd - runStart < 0.25)
                    m_p.drawEllipse(QPointF(runStart, y), r, r);
                else
                    m_p.drawRoundedRect(QRectF(runStart - r, y - r, runEnd - runStart + 2 * r, 2 * r), r, r);
                inRun = false;
            };
            squares.clear();
            for (int i = first; i < last; ++i) {
                const TimelineChartMark& m = m_d.marks.at(i);
                if (m.lane != lane)
                    continue;
                if (!m_selected.isEmpty() && m_selected.contains(m.id)) {
                    selected.append(i);
                    continue;
                }
                const double x = m_g.localX(m.atMs);
                if (m.milestone) {
                    if (squares.isEmpty() || x - squares.last() >= 0.25)
                        squares.append(x);
                    continue;
                }
                if (inRun && x - runEnd <= kRunGap) {
                    runEnd = x;
                    continue;
                }
                flush();
                runStart = runEnd = x;
                inRun = true;
            }
            flush();
            for (const double x : std::as_const(squares))
                shape(QPointF(x, y), rm, true);
        }
        for (const int i : std::as_const(selected)) {
            const TimelineChartMark& m = m_d.marks.at(i);
            m_p.setPen(QPen(m_c.highlight, 2.5));
            m_p.setBrush(eventKindColor(m.kind));
            shape(QPointF(m_g.localX(m.atMs), m_g.localLaneY(m.lane)), m.milestone ? rm : r, m.milestone);
        }
    }

    void shape(const QPointF& c, double r, bool square)
    {
        if (square)
            m_p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        else
            m_p.drawEllipse(c, r, r);
    }

    // The kinds present, a dot in each one's colour and its name.
    void legend()
    {
        if (!m_g.options().legend)
            return;
        const double r = m_g.markRadius(false) / unit();
        for (int lane = 0; lane < m_l.legendItems.size() && lane < m_d.lanes.size(); ++lane) {
            const QRectF item = m_l.legendItems.at(lane);
            const QString& kind = m_d.lanes.at(lane);
            const QString name = Vocabulary::label(Vocab::EventKind, kind);
            const QRectF text = m_labels.box(QPointF(item.left() + 2 * r + 4, item.top()), name);
            if (!m_labels.reserve(item))
                continue;
            m_p.setPen(QPen(m_c.background, 1));
            m_p.setBrush(eventKindColor(kind));
            m_p.drawEllipse(QPointF(item.left() + r, item.center().y()), r, r);
            m_p.setPen(m_c.text);
            m_labels.draw(text, name, TimelineChartLabel::Legend);
        }
    }

    double unit() const { return m_g.unit(); }

    QPainter& m_p;
    const TimelineChartGeometry& m_g;
    const TimelineChartGeometry::Local& m_l;
    const TimelineChartData& m_d;
    const TimelineChartColours& m_c;
    const QSet<QString>& m_selected;
    LabelPlacer m_labels;
    const qint64 m_start;
    const qint64 m_end;
};

} // namespace

void paintTimelineChart(QPainter& painter, const QRectF& area, const TimelineChartData& data, qint64 viewStartMs,
                        qint64 viewEndMs, const QSet<QString>& selected, const TimelineChartOptions& options,
                        QList<TimelineChartLabel>* labels)
{
    if (area.width() <= 0 || area.height() <= 0)
        return;
    const TimelineChartGeometry geometry(area, data, viewStartMs, viewEndMs, options);
    painter.save();
    painter.setClipRect(area, painter.hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
    painter.translate(area.topLeft());
    painter.scale(geometry.unit(), geometry.unit());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    ChartPainter(painter, geometry, selected, labels).paint();
    painter.restore();
}

} // namespace hs
