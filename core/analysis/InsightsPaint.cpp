#include "analysis/InsightsPaint.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <functional>

namespace hs {

// ---- colours -------------------------------------------------------------------------------

namespace InsightsColors {

QColor severity(const QString& code)
{
    if (code == QLatin1String("SEV1"))
        return QColor(0xd5, 0x5e, 0x00);
    if (code == QLatin1String("SEV2"))
        return QColor(0xe6, 0x9f, 0x00);
    if (code == QLatin1String("SEV3"))
        return QColor(0x56, 0xb4, 0xe9);
    if (code == QLatin1String("SEV4"))
        return QColor(0x00, 0x9e, 0x73);
    return QColor(0x99, 0x99, 0x99);
}

QColor metric(Metric m)
{
    switch (m) {
    case Metric::Detect: return QColor(0x00, 0x72, 0xb2);
    case Metric::Mitigate: return QColor(0xe6, 0x9f, 0x00);
    case Metric::Resolve: return QColor(0xcc, 0x79, 0xa7);
    }
    return Qt::gray;
}

QColor created() { return QColor(0x56, 0xb4, 0xe9); }
QColor done() { return QColor(0x00, 0x9e, 0x73); }
QColor overdue() { return QColor(0xd5, 0x5e, 0x00); }
QColor category() { return QColor(0xcc, 0x79, 0xa7); }
QColor service() { return QColor(0x00, 0x72, 0xb2); }
QColor tag() { return QColor(0x00, 0x9e, 0x73); }

} // namespace InsightsColors

// ---- helpers -------------------------------------------------------------------------------

namespace {

// The smallest "nice" number (1, 2, 5 × 10^k) at or above v, and a tick step for it.
std::pair<double, double> niceScale(double v)
{
    if (v <= 0)
        return {1, 1};
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= v) {
            const double top = f * magnitude;
            const double step = top / (f == 2.5 ? 5 : (f == 1.0 || f == 10.0 ? 5 : (f == 2.0 ? 4 : 5)));
            return {top, step};
        }
    }
    return {10 * magnitude, 2 * magnitude};
}

QString number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(static_cast<qint64>(std::llround(v)))
                                              : QString::number(v, 'f', 1);
}

struct Legend {
    QColor color;
    QString text;
    bool line = false;
};

// Draws the legend in one row (wrapping when needed) at the top of rect; returns the height used.
double drawLegend(QPainter& p, const QRectF& rect, const QList<Legend>& items, const ChartInk& ink)
{
    const QFontMetricsF fm(p.font(), p.device());
    const double box = fm.height() * 0.7;
    const double gap = 10 * ink.pt;
    double x = rect.left();
    double y = rect.top();
    for (const Legend& item : items) {
        const double w = box + 4 * ink.pt + fm.horizontalAdvance(item.text);
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += fm.height() * 1.2;
        }
        const QRectF swatch(x, y + (fm.height() - box) / 2, box, box);
        if (item.line) {
            p.setPen(QPen(item.color, 2.5 * ink.pt));
            p.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
        } else {
            p.fillRect(swatch, item.color);
        }
        p.setPen(ink.text);
        p.drawText(QPointF(x + box + 4 * ink.pt, y + fm.ascent()), item.text);
        x += w + gap;
    }
    return y - rect.top() + fm.height() * 1.4;
}

// The plot area of a chart with months along x and a value axis (0..top) along y, with grid
// lines, labelled ticks and month labels; returns the area bars and lines go in.
QRectF drawAxes(QPainter& p, const QRectF& rect, const QList<InsightsMonth>& months, double top, double step,
                const std::function<QString(double)>& label, const ChartInk& ink)
{
    const QFontMetricsF fm(p.font(), p.device());
    double labelWidth = 0;
    for (double v = 0; v <= top + step / 2; v += step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label(v)));
    const QRectF plot(rect.left() + labelWidth + 6 * ink.pt, rect.top() + fm.height() / 2,
                      rect.width() - labelWidth - 6 * ink.pt, rect.height() - fm.height() * 2.2);
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - v / top * plot.height();
        p.setPen(QPen(ink.grid, std::max(0.5 * ink.pt, 1.0)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(ink.muted);
        const QString text = label(v);
        p.drawText(QPointF(plot.left() - 4 * ink.pt - fm.horizontalAdvance(text), y + fm.ascent() / 2 - fm.descent() / 2),
                   text);
    }
    const qsizetype n = std::max<qsizetype>(months.size(), 1);
    const double slot = plot.width() / static_cast<double>(n);
    const double widest = fm.horizontalAdvance(QStringLiteral("Mmm 00")) + 6 * ink.pt;
    const int every = std::max(1, static_cast<int>(std::ceil(widest / slot)));
    p.setPen(ink.muted);
    for (qsizetype i = 0; i < months.size(); i += every) {
        const QString text = InsightsPaint::monthLabel(months.at(i).month);
        const double cx = plot.left() + slot * (static_cast<double>(i) + 0.5);
        p.drawText(QPointF(cx - fm.horizontalAdvance(text) / 2, plot.bottom() + fm.height() * 1.1), text);
    }
    return plot;
}

void drawEmpty(QPainter& p, const QRectF& rect, const QString& text, const ChartInk& ink)
{
    p.setPen(ink.muted);
    p.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, text);
}

} // namespace

QString InsightsPaint::monthLabel(const QDate& month)
{
    return QStringLiteral("%1 %2")
        .arg(QLocale().monthName(month.month(), QLocale::ShortFormat))
        .arg(month.year() % 100, 2, 10, QLatin1Char('0'));
}

InsightsPaint::DurationUnit InsightsPaint::unitFor(qint64 largestMs)
{
    if (largestMs <= 180 * 60000LL)
        return {60000.0, tr("minutes")};
    if (largestMs <= 72 * 3600000LL)
        return {3600000.0, tr("hours")};
    return {86400000.0, tr("days")};
}

void InsightsPaint::severityBars(QPainter& p, const QRectF& rect, const Insights& insights, const ChartInk& ink)
{
    p.save();
    p.setFont(ink.font);
    if (insights.isEmpty()) {
        drawEmpty(p, rect, tr("No reviews in this period."), ink);
        p.restore();
        return;
    }
    QList<Legend> legend;
    for (const QString& s : insights.severities)
        legend.append({InsightsColors::severity(s), s});
    const double lh = drawLegend(p, rect, legend, ink);
    int most = 0;
    for (const InsightsMonth& m : insights.months)
        most = std::max(most, m.reviews);
    const auto [top, step] = niceScale(std::max(most, 1));
    const QRectF plot = drawAxes(p, rect.adjusted(0, lh, 0, 0), insights.months, top, std::max(step, 1.0),
                                 [](double v) { return number(v); }, ink);
    const double slot = plot.width() / static_cast<double>(insights.months.size());
    const double barWidth = slot * 0.62;
    for (qsizetype i = 0; i < insights.months.size(); ++i) {
        const InsightsMonth& m = insights.months.at(i);
        double base = plot.bottom();
        const double x = plot.left() + slot * static_cast<double>(i) + (slot - barWidth) / 2;
        for (const QString& s : insights.severities) {
            const int n = m.bySeverity.value(s);
            if (n == 0)
                continue;
            const double h = n / top * plot.height();
            p.fillRect(QRectF(x, base - h, barWidth, h), InsightsColors::severity(s));
            base -= h;
        }
        if (m.reviews > 0) {
            p.setPen(ink.text);
            const QFontMetricsF fm(p.font(), p.device());
            const QString t = QString::number(m.reviews);
            p.drawText(QPointF(x + barWidth / 2 - fm.horizontalAdvance(t) / 2, base - fm.descent() - 2 * ink.pt), t);
        }
    }
    p.restore();
}

void InsightsPaint::medianLines(QPainter& p, const QRectF& rect, const Insights& insights, const ChartInk& ink)
{
    p.save();
    p.setFont(ink.font);
    qint64 largest = 0;
    for (const InsightsMonth& m : insights.months) {
        for (const auto& v : m.median)
            largest = std::max(largest, v.value_or(0));
    }
    if (largest == 0) {
        drawEmpty(p, rect, tr("No review in this period has the key times to measure."), ink);
        p.restore();
        return;
    }
    const DurationUnit unit = unitFor(largest);
    QList<Legend> legend;
    for (int k = 0; k < kMetricCount; ++k)
        legend.append({InsightsColors::metric(Metric(k)), InsightsQuery::metricName(Metric(k)), true});
    const double lh = drawLegend(p, rect, legend, ink);
    const auto [top, step] = niceScale(static_cast<double>(largest) / unit.ms);
    const QRectF plot = drawAxes(p, rect.adjusted(0, lh, 0, 0), insights.months, top, step,
                                 [](double v) { return number(v); }, ink);
    p.setPen(ink.muted);
    const QFontMetricsF fm(p.font(), p.device());
    p.drawText(QPointF(plot.left() + 4 * ink.pt, plot.top() + fm.ascent()), tr("median, %1").arg(unit.name));
    p.setRenderHint(QPainter::Antialiasing);
    const double slot = plot.width() / static_cast<double>(insights.months.size());
    for (int k = 0; k < kMetricCount; ++k) {
        const QColor color = InsightsColors::metric(Metric(k));
        QPainterPath path;
        bool open = false;
        for (qsizetype i = 0; i < insights.months.size(); ++i) {
            const std::optional<qint64>& v = insights.months.at(i).median[k];
            if (!v) {
                open = false; // a month without a value breaks the line rather than inventing one
                continue;
            }
            const QPointF pt(plot.left() + slot * (static_cast<double>(i) + 0.5),
                             plot.bottom() - static_cast<double>(*v) / unit.ms / top * plot.height());
            if (open)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            open = true;
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(pt, 3 * ink.pt, 3 * ink.pt);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, 2 * ink.pt));
        p.drawPath(path);
    }
    p.restore();
}

void InsightsPaint::topBars(QPainter& p, const QRectF& rect, const QString& title, const QList<RankedName>& rows,
                            const QColor& color, const ChartInk& ink)
{
    p.save();
    QFont bold = ink.font;
    bold.setBold(true);
    p.setFont(bold);
    QFontMetricsF fm(p.font(), p.device());
    p.setPen(ink.text);
    p.drawText(QPointF(rect.left(), rect.top() + fm.ascent()), title);
    const QRectF body = rect.adjusted(0, fm.height() * 1.4, 0, 0);
    p.setFont(ink.font);
    fm = QFontMetricsF(p.font(), p.device());
    if (rows.isEmpty()) {
        p.setPen(ink.muted);
        p.drawText(QPointF(body.left(), body.top() + fm.ascent()), tr("None in this period."));
        p.restore();
        return;
    }
    int most = 1;
    double nameWidth = 0;
    for (const RankedName& r : rows) {
        most = std::max(most, r.reviews);
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(r.name));
    }
    nameWidth = std::min(nameWidth, body.width() * 0.5);
    const double countWidth = fm.horizontalAdvance(QString::number(most)) + 6 * ink.pt;
    const double rowHeight = std::min(fm.height() * 1.6, body.height() / static_cast<double>(rows.size()));
    const double barSpace = body.width() - nameWidth - 8 * ink.pt - countWidth;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const RankedName& r = rows.at(i);
        const double y = body.top() + rowHeight * static_cast<double>(i);
        p.setPen(ink.text);
        p.drawText(QRectF(body.left(), y, nameWidth, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(r.name, Qt::ElideRight, nameWidth));
        const double w = std::max(barSpace * r.reviews / most, ink.pt);
        const QRectF bar(body.left() + nameWidth + 8 * ink.pt, y + rowHeight * 0.18, w, rowHeight * 0.64);
        p.fillRect(bar, color);
        p.drawText(QPointF(bar.right() + 4 * ink.pt, y + rowHeight / 2 + fm.ascent() / 2 - fm.descent() / 2),
                   QString::number(r.reviews));
    }
    p.restore();
}

void InsightsPaint::actionBars(QPainter& p, const QRectF& rect, const Insights& insights, const ChartInk& ink)
{
    p.save();
    p.setFont(ink.font);
    int most = 0;
    bool any = false;
    for (const InsightsMonth& m : insights.months) {
        most = std::max({most, m.actionsCreated, m.actionsDone, m.actionsOverdue});
        any = any || m.actionsKnown;
    }
    if (!any || most == 0) {
        drawEmpty(p, rect, tr("No action items were created, done or overdue in this period."), ink);
        p.restore();
        return;
    }
    const QList<Legend> legend = {{InsightsColors::created(), tr("Created")},
                                  {InsightsColors::done(), tr("Done")},
                                  {InsightsColors::overdue(), tr("Open and overdue at month end")}};
    const double lh = drawLegend(p, rect, legend, ink);
    const auto [top, step] = niceScale(most);
    const QRectF plot = drawAxes(p, rect.adjusted(0, lh, 0, 0), insights.months, top, std::max(step, 1.0),
                                 [](double v) { return number(v); }, ink);
    const double slot = plot.width() / static_cast<double>(insights.months.size());
    const double barWidth = slot * 0.8 / 3;
    for (qsizetype i = 0; i < insights.months.size(); ++i) {
        const InsightsMonth& m = insights.months.at(i);
        if (!m.actionsKnown)
            continue;
        const int values[3] = {m.actionsCreated, m.actionsDone, m.actionsOverdue};
        const QColor colors[3] = {InsightsColors::created(), InsightsColors::done(), InsightsColors::overdue()};
        for (int b = 0; b < 3; ++b) {
            const double h = values[b] / top * plot.height();
            const double x = plot.left() + slot * static_cast<double>(i) + slot * 0.1 + barWidth * b;
            p.fillRect(QRectF(x, plot.bottom() - h, barWidth, h), colors[b]);
        }
    }
    p.restore();
}

} // namespace hs
