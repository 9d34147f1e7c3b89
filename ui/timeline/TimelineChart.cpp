#include "timeline/TimelineChart.h"

#include "domain/Enums.h"
#include "domain/QuickEntry.h"
#include "timeline/KindStyle.h"
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

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kMinSpan = 2 * kMinute;
constexpr int kLaneHeight = 14;
constexpr double kMarkRadius = 5;

// A silence worth pointing out: at least 15 minutes and a tenth of what is shown.
qint64 gapThreshold(qint64 span)
{
    return std::max<qint64>(15 * kMinute, span / 10);
}

// A tick step that gives about one label every 90 pixels.
qint64 tickStep(qint64 span, double width)
{
    static const qint64 steps[] = {kMinute,      2 * kMinute,  5 * kMinute,  10 * kMinute,  15 * kMinute,
                                   30 * kMinute, 60 * kMinute, 120 * kMinute, 180 * kMinute, 360 * kMinute,
                                   720 * kMinute, 1440 * kMinute};
    const double wanted = static_cast<double>(span) * 90.0 / std::max(1.0, width);
    for (qint64 s : steps) {
        if (static_cast<double>(s) >= wanted)
            return s;
    }
    return 2880 * kMinute;
}

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
    const bool otherReview = doc.review.id != m_review.id;
    m_review = doc.review;
    m_marks.clear();
    m_marks.reserve(doc.events.size());
    m_lanes.clear();
    for (const TimelineEvent& e : doc.events) {
        m_marks.append(Mark{e.id, e.atMs, e.kind, e.text, !e.milestone.isEmpty()});
        if (!m_lanes.contains(e.kind))
            m_lanes.append(e.kind);
    }
    // Lanes in the vocabulary's order, so a kind keeps its place as events come and go.
    const QStringList order = Vocabulary::codes(Vocab::EventKind);
    std::sort(m_lanes.begin(), m_lanes.end(),
              [&](const QString& a, const QString& b) { return order.indexOf(a) < order.indexOf(b); });

    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (const Mark& m : std::as_const(m_marks)) {
        lo = std::min(lo, m.atMs);
        hi = std::max(hi, m.atMs);
    }
    for (const auto& k : m_review.keyTimes) {
        if (k) {
            lo = std::min(lo, *k);
            hi = std::max(hi, *k);
        }
    }
    if (lo > hi) {
        lo = QDateTime::currentMSecsSinceEpoch();
        hi = lo + 60 * kMinute;
    }
    m_dataStart = lo;
    m_dataEnd = std::max(hi, lo + kMinSpan);
    // The incident window: start to resolution, else to the last key time, else everything.
    // Changes made days before (the latent conditions) should not squash the incident itself.
    std::optional<qint64> first;
    std::optional<qint64> last;
    for (const auto& k : m_review.keyTimes) {
        if (k) {
            first = first ? std::min(*first, *k) : *k;
            last = last ? std::max(*last, *k) : *k;
        }
    }
    if (first && last && *last > *first) {
        m_focusStart = *first;
        m_focusEnd = *last;
    } else {
        m_focusStart = m_dataStart;
        m_focusEnd = m_dataEnd;
    }
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
        for (const Mark& m : std::as_const(m_marks)) {
            if (m.id == *ids.cbegin() && (m.atMs < m_viewStart || m.atMs > m_viewEnd)) {
                const qint64 span = m_viewEnd - m_viewStart;
                m_viewStart = m.atMs - span / 2;
                m_viewEnd = m_viewStart + span;
                clampView();
            }
        }
    }
    update();
}

void TimelineChart::fitAll()
{
    const qint64 pad = std::max<qint64>(kMinute, (m_focusEnd - m_focusStart) / 20);
    m_viewStart = m_focusStart - pad;
    m_viewEnd = m_focusEnd + pad;
    m_fitted = true;
    update();
}

void TimelineChart::showEverything()
{
    const qint64 pad = std::max<qint64>(kMinute, (m_dataEnd - m_dataStart) / 30);
    m_viewStart = m_dataStart - pad;
    m_viewEnd = m_dataEnd + pad;
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
    // Never further out than a little beyond the whole incident, never closer than two minutes.
    const qint64 pad = std::max<qint64>(kMinute, (m_dataEnd - m_dataStart) / 10);
    const qint64 maxSpan = (m_dataEnd - m_dataStart) + 2 * pad;
    qint64 span = std::clamp(m_viewEnd - m_viewStart, kMinSpan, maxSpan);
    m_viewStart = std::clamp(m_viewStart, m_dataStart - pad, m_dataEnd + pad - span);
    m_viewEnd = m_viewStart + span;
}

QRectF TimelineChart::plotRect() const
{
    const double top = 22;
    return QRectF(8, top, std::max(10, width() - 16), std::max(40.0, height() - top - 22));
}

double TimelineChart::laneSpacing() const
{
    const int lanes = std::max<int>(1, static_cast<int>(m_lanes.size()));
    return std::min<double>(kLaneHeight, (plotRect().height() - 10) / lanes);
}

double TimelineChart::xOf(qint64 ms) const
{
    const QRectF plot = plotRect();
    const double span = static_cast<double>(std::max<qint64>(1, m_viewEnd - m_viewStart));
    return plot.left() + static_cast<double>(ms - m_viewStart) / span * plot.width();
}

qint64 TimelineChart::msAt(double x) const
{
    const QRectF plot = plotRect();
    const double span = static_cast<double>(m_viewEnd - m_viewStart);
    return m_viewStart + static_cast<qint64>((x - plot.left()) / std::max(1.0, plot.width()) * span);
}

int TimelineChart::laneOf(const QString& kind) const
{
    return std::max<int>(0, static_cast<int>(m_lanes.indexOf(kind)));
}

QPoint TimelineChart::positionOf(const QString& eventId) const
{
    const QRectF plot = plotRect();
    for (const Mark& m : m_marks) {
        if (m.id == eventId)
            return QPointF(xOf(m.atMs), plot.top() + 5 + (laneOf(m.kind) + 0.5) * laneSpacing()).toPoint();
    }
    return QPoint(-1, -1);
}

QString TimelineChart::eventAt(const QPoint& pos) const
{
    QString best;
    double bestDistance = kMarkRadius + 3;
    for (const Mark& m : m_marks) {
        const QPoint p = positionOf(m.id);
        const double d = std::hypot(p.x() - pos.x(), p.y() - pos.y());
        if (d <= bestDistance) {
            bestDistance = d;
            best = m.id;
        }
    }
    return best;
}

void TimelineChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF plot = plotRect();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlpha(40);

    // Phases between the key times.
    struct Phase {
        KeyTime from;
        KeyTime to;
        QColor color;
        QString label;
    };
    const Phase phases[] = {
        {KeyTime::Started, KeyTime::Detected, QColor(213, 94, 0, 38), tr("Undetected")},
        {KeyTime::Detected, KeyTime::Mitigated, QColor(230, 159, 0, 34), tr("Responding")},
        {KeyTime::Mitigated, KeyTime::Resolved, QColor(0, 158, 115, 30), tr("Recovering")},
    };
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    for (const Phase& ph : phases) {
        const auto a = m_review.keyTime(ph.from);
        const auto b = m_review.keyTime(ph.to);
        if (!a || !b || *b <= *a)
            continue;
        const QRectF band(QPointF(xOf(*a), plot.top()), QPointF(xOf(*b), plot.bottom()));
        p.fillRect(band.intersected(plot), ph.color);
        if (band.intersected(plot).width() > 60) {
            p.setPen(text);
            p.drawText(band.intersected(plot).adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignBottom, ph.label);
        }
    }

    // Long silences between consecutive events.
    p.setClipRect(plot.adjusted(0, -2, 0, 2));
    const qint64 threshold = gapThreshold(m_viewEnd - m_viewStart);
    QColor gapColor = text;
    gapColor.setAlpha(24);
    for (int i = 1; i < m_marks.size(); ++i) {
        const qint64 a = m_marks.at(i - 1).atMs;
        const qint64 b = m_marks.at(i).atMs;
        if (b - a < threshold)
            continue;
        const QRectF gap(QPointF(xOf(a) + kMarkRadius, plot.top()), QPointF(xOf(b) - kMarkRadius, plot.bottom()));
        if (gap.right() < plot.left() || gap.left() > plot.right() || gap.width() < 4)
            continue;
        p.fillRect(gap.intersected(plot), QBrush(gapColor, Qt::BDiagPattern));
        const QString label = tr("%1 silent").arg(formatDuration(b - a));
        if (gap.intersected(plot).width() > QFontMetricsF(small).horizontalAdvance(label) + 8) {
            p.setPen(text);
            p.drawText(gap.intersected(plot), Qt::AlignCenter, label);
        }
    }

    p.setClipping(false);
    // Axis with ticks in the review's time zone.
    p.setPen(faint);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const qint64 step = tickStep(m_viewEnd - m_viewStart, plot.width());
    const QTimeZone zone = zoneOrUtc(m_review.timeZone);
    const qint64 offset = static_cast<qint64>(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(m_viewStart, zone))) * 1000;
    qint64 tick = ((m_viewStart + offset) / step + 1) * step - offset;
    for (; tick < m_viewEnd; tick += step) {
        const double x = xOf(tick);
        p.setPen(faint);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 3));
        p.setPen(text);
        const QDateTime dt = toZone(tick, m_review.timeZone);
        const QString label = dt.time() == QTime(0, 0) ? dt.toString(QStringLiteral("ddd d MMM")) : dt.toString(QStringLiteral("HH:mm"));
        p.drawText(QRectF(x - 45, plot.bottom() + 3, 90, 16), Qt::AlignHCenter | Qt::AlignTop, label);
    }

    // Key-time lines with their names along the top; a name that would run into the one before
    // is left out (its line and the table still say it).
    double labelsEnd = -1e9;
    const QFontMetricsF fm(small);
    for (int i = 0; i < kKeyTimeCount; ++i) {
        const auto k = m_review.keyTimes[static_cast<size_t>(i)];
        if (!k || *k < m_viewStart || *k > m_viewEnd)
            continue;
        const double x = xOf(*k);
        QPen pen(text, 1.2, Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom()));
        const QString name = Vocabulary::label(Vocab::Milestone, QString::fromLatin1(kMilestones[i]));
        const double w = fm.horizontalAdvance(name);
        const double left = std::clamp(x - w / 2, 0.0, std::max(0.0, width() - w));
        if (left > labelsEnd + 6) {
            p.drawText(QPointF(left, fm.ascent() + 2), name);
            labelsEnd = left + w;
        }
    }

    // Events outside the view: a count at each edge, so nothing is silently off screen.
    int before = 0;
    int after = 0;
    for (const Mark& m : std::as_const(m_marks)) {
        before += m.atMs < m_viewStart ? 1 : 0;
        after += m.atMs > m_viewEnd ? 1 : 0;
    }
    p.setPen(text);
    const QRectF belowAxis(plot.left(), plot.bottom() + 3, plot.width(), 16);
    if (before > 0) {
        const QString label = tr("◀ %n earlier", nullptr, before);
        p.fillRect(QRectF(belowAxis.topLeft(), QSizeF(fm.horizontalAdvance(label) + 6, 16)), pal.color(QPalette::Base));
        p.drawText(belowAxis, Qt::AlignLeft | Qt::AlignTop, label);
    }
    if (after > 0) {
        const QString label = tr("%n later ▶", nullptr, after);
        const double w = fm.horizontalAdvance(label) + 6;
        p.fillRect(QRectF(belowAxis.right() - w, belowAxis.top(), w, 16), pal.color(QPalette::Base));
        p.drawText(belowAxis, Qt::AlignRight | Qt::AlignTop, label);
    }

    // Events.
    for (const Mark& m : std::as_const(m_marks)) {
        if (m.atMs < m_viewStart - kMinute || m.atMs > m_viewEnd + kMinute)
            continue;
        const QPointF c = positionOf(m.id);
        const bool selected = m_selected.contains(m.id);
        p.setPen(selected ? QPen(pal.color(QPalette::Highlight), 2.5) : QPen(pal.color(QPalette::Base), 1));
        p.setBrush(KindStyle::color(m.kind));
        const double r = m.milestone ? kMarkRadius + 1.5 : kMarkRadius;
        if (m.milestone)
            p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        else
            p.drawEllipse(c, r, r);
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
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
    const qint64 pad = std::max<qint64>(kMinute, (m_focusEnd - m_focusStart) / 20);
    if (m_viewStart == m_focusStart - pad && m_viewEnd == m_focusEnd + pad)
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
        const QString id = eventAt(help->pos());
        for (const Mark& m : std::as_const(m_marks)) {
            if (m.id == id) {
                QToolTip::showText(help->globalPos(),
                                   QStringLiteral("%1 · %2\n%3")
                                       .arg(formatUserDateTime(m.atMs, m_review.timeZone),
                                            Vocabulary::label(Vocab::EventKind, m.kind), m.text.left(300)),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace hs
