// The timeline chart's data, spans and geometry (TimelineChartPaint.h); the painting itself is
// in TimelineChartPaint.cpp.

#include "timeline/TimelineChartPaint.h"

#include "domain/Enums.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPalette>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hs {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kMinSpan = 2 * kMinute;
constexpr double kLaneHeight = 14;
constexpr double kMarkRadius = 5;
constexpr double kMilestoneExtra = 1.5;
constexpr double kSideMargin = 8;

// The smallest span holding every event and key time, and the incident's own span.
template <typename Events>
TimelineChartSpans spansOf(const Review& review, const Events& events)
{
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (const auto& e : events) {
        lo = std::min(lo, e.atMs);
        hi = std::max(hi, e.atMs);
    }
    std::optional<qint64> first;
    std::optional<qint64> last;
    for (const auto& k : review.keyTimes) {
        if (k) {
            first = first ? std::min(*first, *k) : *k;
            last = last ? std::max(*last, *k) : *k;
        }
    }
    if (first) {
        lo = std::min(lo, *first);
        hi = std::max(hi, *last);
    }
    if (lo > hi) {
        // Nothing to place: the hour after the review was made (or from now, for a review not
        // stored yet), so the axis still reads sensibly.
        lo = review.createdMs > 0 ? review.createdMs : QDateTime::currentMSecsSinceEpoch();
        hi = lo + 60 * kMinute;
    }
    TimelineChartSpans spans;
    spans.data = {lo, std::max(hi, lo + kMinSpan)};
    // Changes made days before (the latent conditions) should not squash the incident itself.
    if (first && last && *last > *first)
        spans.focus = {*first, std::max(*last, *first + kMinSpan)};
    else
        spans.focus = spans.data;
    return spans;
}

// A label font whose size is in chart pixels: the painter scales it with everything else.
QFont chartFont(const QFont& font)
{
    QFont f = font;
    if (f.pixelSize() <= 0)
        f.setPixelSize(std::max(1, static_cast<int>(std::lround(std::max(1.0, f.pointSizeF()) * 96.0 / 72.0))));
    return f;
}

} // namespace

TimelineChartSpans timelineChartSpans(const ReviewDocument& doc)
{
    return spansOf(doc.review, doc.events);
}

TimelineChartData prepareTimelineChart(const ReviewDocument& doc)
{
    TimelineChartData data;
    data.marks.reserve(doc.events.size());
    for (const TimelineEvent& e : doc.events) {
        data.marks.append(TimelineChartMark{e.id, e.atMs, e.kind, e.text, 0, !e.milestone.isEmpty()});
        if (!data.lanes.contains(e.kind))
            data.lanes.append(e.kind);
    }
    std::stable_sort(data.marks.begin(), data.marks.end(),
                     [](const TimelineChartMark& a, const TimelineChartMark& b) { return a.atMs < b.atMs; });
    // Lanes in the vocabulary's order; kinds it does not know (from a newer version) after them.
    const QStringList order = Vocabulary::codes(Vocab::EventKind);
    const auto rank = [&](const QString& kind) {
        const qsizetype i = order.indexOf(kind);
        return i < 0 ? order.size() : i;
    };
    std::stable_sort(data.lanes.begin(), data.lanes.end(), [&](const QString& a, const QString& b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    QHash<QString, int> laneOf;
    for (int i = 0; i < data.lanes.size(); ++i)
        laneOf.insert(data.lanes.at(i), i);
    data.indexOfId.reserve(data.marks.size());
    for (int i = 0; i < data.marks.size(); ++i) {
        TimelineChartMark& m = data.marks[i];
        m.lane = laneOf.value(m.kind);
        data.indexOfId.insert(m.id, i);
    }
    data.keyTimes = doc.review.keyTimes;
    data.timeZone = doc.review.timeZone;
    data.spans = spansOf(doc.review, data.marks);
    return data;
}

TimelineSpan timelineFocusView(const TimelineChartData& data)
{
    const TimelineSpan focus = data.spans.focus;
    const qint64 pad = std::max<qint64>(kMinute, focus.length() / 20);
    return {focus.startMs - pad, focus.endMs + pad};
}

TimelineSpan timelineEverythingView(const TimelineChartData& data)
{
    const TimelineSpan all = data.spans.data;
    const qint64 pad = std::max<qint64>(kMinute, all.length() / 30);
    return {all.startMs - pad, all.endMs + pad};
}

TimelineSpan clampTimelineView(const TimelineChartData& data, TimelineSpan view)
{
    // Never further out than a little beyond everything, never closer than two minutes.
    const TimelineSpan all = data.spans.data;
    const qint64 pad = std::max<qint64>(kMinute, all.length() / 10);
    const qint64 maxSpan = all.length() + 2 * pad;
    const qint64 span = std::clamp(view.length(), kMinSpan, maxSpan);
    const qint64 start = std::clamp(view.startMs, all.startMs - pad, all.endMs + pad - span);
    return {start, start + span};
}

TimelineChartColours timelineChartColours(const QPalette& palette)
{
    return {palette.color(QPalette::Base), palette.color(QPalette::Text), palette.color(QPalette::Highlight)};
}

TimelineChartOptions printTimelineChartOptions(double logicalDpi, const QString& fontFamily)
{
    TimelineChartOptions o;
    o.unit = logicalDpi > 0 ? logicalDpi / 96.0 : 1.0;
    if (!fontFamily.isEmpty())
        o.font.setFamily(fontFamily);
    o.font.setPixelSize(11); // 8.25 pt at 96 chart pixels per inch
    o.colours = TimelineChartColours();
    o.legend = true;
    o.keyTimeLabelRows = 2;
    return o;
}

TimelineChartGeometry::TimelineChartGeometry(const QRectF& area, const TimelineChartData& data, qint64 viewStartMs,
                                             qint64 viewEndMs, const TimelineChartOptions& options)
    : m_area(area)
    , m_data(data)
    , m_options(options)
    , m_start(viewStartMs)
    , m_end(std::max(viewEndMs, viewStartMs + 1))
    , m_unit(options.unit > 0 && std::isfinite(options.unit) ? options.unit : 1.0)
    , m_font(chartFont(options.font))
{
    Local& l = m_local;
    l.width = std::max(0.0, area.width() / m_unit);
    l.height = std::max(0.0, area.height() / m_unit);
    const QFontMetricsF fm(m_font);
    l.lineHeight = std::ceil(fm.height());
    const int rows = std::max(1, options.keyTimeLabelRows);
    l.keyTimeTop = 2;
    const double top = l.keyTimeTop + rows * l.lineHeight + (rows - 1) + 7;
    const double axisBand = 3 + std::max(16.0, l.lineHeight) + 3;

    // The legend flows its items (a dot and the kind's name) into as many rows as the width needs.
    double legendHeight = 0;
    if (options.legend && !data.lanes.isEmpty()) {
        const double right = std::max(kSideMargin + 1, l.width - kSideMargin);
        double x = kSideMargin;
        int row = 0;
        for (const QString& kind : data.lanes) {
            const double w = 2 * kMarkRadius + 4 + fm.horizontalAdvance(Vocabulary::label(Vocab::EventKind, kind));
            if (x > kSideMargin && x + w > right) {
                x = kSideMargin;
                ++row;
            }
            l.legendItems.append(QRectF(x, row * (l.lineHeight + 2), w, l.lineHeight));
            x += w + 14;
        }
        legendHeight = (row + 1) * (l.lineHeight + 2) + 4;
    }
    l.plot = QRectF(kSideMargin, top, std::max(10.0, l.width - 2 * kSideMargin),
                    std::max(20.0, l.height - top - axisBand - legendHeight));
    l.axisLabelTop = l.plot.bottom() + 3;
    l.legendTop = l.plot.bottom() + axisBand + 2;
    for (QRectF& item : l.legendItems)
        item.translate(0, l.legendTop);
    const int lanes = std::max<int>(1, static_cast<int>(data.lanes.size()));
    l.laneTop = l.plot.top() + 5;
    l.laneSpacing = std::max(1.0, std::min(kLaneHeight, (l.plot.height() - 10) / lanes));
}

QRectF TimelineChartGeometry::plotRect() const
{
    return QRectF(toLogical(m_local.plot.topLeft()), toLogical(m_local.plot.bottomRight()));
}

double TimelineChartGeometry::localX(qint64 ms) const
{
    const double span = static_cast<double>(m_end - m_start);
    return m_local.plot.left() + static_cast<double>(ms - m_start) / span * m_local.plot.width();
}

double TimelineChartGeometry::localLaneY(int lane) const
{
    return m_local.laneTop + (lane + 0.5) * m_local.laneSpacing;
}

double TimelineChartGeometry::xOf(qint64 ms) const
{
    return m_area.left() + localX(ms) * m_unit;
}

qint64 TimelineChartGeometry::msAt(double x) const
{
    const double local = (x - m_area.left()) / m_unit;
    const double span = static_cast<double>(m_end - m_start);
    return m_start + static_cast<qint64>(std::llround((local - m_local.plot.left()) / std::max(1.0, m_local.plot.width()) * span));
}

QPointF TimelineChartGeometry::markCentre(int index) const
{
    const TimelineChartMark& m = m_data.marks.at(index);
    return toLogical(QPointF(localX(m.atMs), localLaneY(m.lane)));
}

std::optional<QPointF> TimelineChartGeometry::positionOf(const QString& eventId) const
{
    const int i = m_data.indexOf(eventId);
    if (i < 0)
        return std::nullopt;
    return markCentre(i);
}

double TimelineChartGeometry::markRadius(bool milestone) const
{
    return (milestone ? kMarkRadius + kMilestoneExtra : kMarkRadius) * m_unit;
}

std::pair<int, int> TimelineChartGeometry::marksBetween(qint64 fromMs, qint64 toMs) const
{
    const auto& marks = m_data.marks;
    const auto first = std::lower_bound(marks.cbegin(), marks.cend(), fromMs,
                                        [](const TimelineChartMark& m, qint64 ms) { return m.atMs < ms; });
    const auto last = std::upper_bound(first, marks.cend(), toMs,
                                       [](qint64 ms, const TimelineChartMark& m) { return ms < m.atMs; });
    return {static_cast<int>(first - marks.cbegin()), static_cast<int>(last - marks.cbegin())};
}

QString TimelineChartGeometry::eventAt(const QPointF& pos, double slack) const
{
    // Only the marks whose time is within reach of pos can be hit: a binary search, not a scan.
    const QPointF p = toLocal(pos);
    const double reach = kMarkRadius + std::max(0.0, slack);
    const double msPerPixel = static_cast<double>(m_end - m_start) / std::max(1.0, m_local.plot.width());
    const qint64 from = m_start + static_cast<qint64>(std::floor((p.x() - reach - m_local.plot.left()) * msPerPixel)) - 1;
    const qint64 to = m_start + static_cast<qint64>(std::ceil((p.x() + reach - m_local.plot.left()) * msPerPixel)) + 1;
    const auto [first, last] = marksBetween(from, to);
    QString best;
    double bestDistance = reach;
    for (int i = first; i < last; ++i) {
        const TimelineChartMark& m = m_data.marks.at(i);
        const double d = std::hypot(localX(m.atMs) - p.x(), localLaneY(m.lane) - p.y());
        if (d <= bestDistance) { // a later mark is drawn on top, so it wins a tie
            bestDistance = d;
            best = m.id;
        }
    }
    return best;
}

QPointF TimelineChartGeometry::toLogical(const QPointF& local) const
{
    return m_area.topLeft() + local * m_unit;
}

QPointF TimelineChartGeometry::toLocal(const QPointF& logical) const
{
    return (logical - m_area.topLeft()) / m_unit;
}

} // namespace hs
