#include "insights/InsightsCharts.h"

#include "analysis/InsightsPaint.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace hs {

namespace {

struct Style {
    QColor text;
    QColor muted;
    QColor grid;
    QFont font;
    QFont titleFont;
};

Style styleFor(const QPalette& palette, double pointSize)
{
    Style s;
    s.text = palette.color(QPalette::WindowText);
    s.muted = palette.color(QPalette::PlaceholderText);
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    s.grid = dark ? QColor(0x4a, 0x50, 0x58) : QColor(0xd5, 0xdb, 0xe3);
    s.font.setPointSizeF(pointSize);
    s.titleFont.setPointSizeF(pointSize * 1.25);
    s.titleFont.setBold(true);
    return s;
}

QChart* newChart(const QString& title, const Style& s)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(s.titleFont);
    chart->setTitleBrush(s.text);
    // Transparent, so the chart sits on the window's own light or dark background.
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setFont(s.font);
    chart->legend()->setLabelColor(s.text);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

void styleAxis(QAbstractAxis* axis, const Style& s)
{
    axis->setLabelsFont(s.font);
    axis->setLabelsColor(s.text);
    axis->setGridLineColor(s.grid);
    axis->setLinePenColor(s.grid);
}

QValueAxis* countAxis(double most, const Style& s)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(most, 1.0));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    if (axis->max() < 4) {
        axis->setRange(0, 4);
        axis->setTickCount(5);
    }
    styleAxis(axis, s);
    return axis;
}

// Month names only, which fit under a bar at 12 months; the years go in the axis title.
QStringList monthLabels(const Insights& in)
{
    QStringList out;
    for (const InsightsMonth& m : in.months)
        out.append(QLocale().monthName(m.month.month(), QLocale::ShortFormat));
    return out;
}

QString yearsTitle(const Insights& in)
{
    if (in.months.isEmpty())
        return QString();
    const int first = in.months.first().month.year();
    const int last = in.months.last().month.year();
    return first == last ? QString::number(first) : QStringLiteral("%1 – %2").arg(first).arg(last);
}

void monthAxisTitle(QAbstractAxis* axis, const Insights& in, const Style& s)
{
    // Beyond a year the names no longer fit side by side: turn them.
    if (in.months.size() > 12)
        axis->setLabelsAngle(-90);
    axis->setTitleText(yearsTitle(in));
    axis->setTitleFont(s.font);
    axis->setTitleBrush(s.muted);
}

// A bar series over the period's months: months along the bottom, counts up the side.
void addMonthBars(QChart* chart, QAbstractBarSeries* series, const Insights& in, double most, const Style& s)
{
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(monthLabels(in));
    styleAxis(x, s);
    monthAxisTitle(x, in, s);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(most, s);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

QChart* severityChart(const Insights& in, const Style& s)
{
    QChart* chart = newChart(InsightsCharts::title(InsightsCharts::Severity), s);
    auto* series = new QStackedBarSeries;
    int most = 0;
    for (const InsightsMonth& m : in.months)
        most = std::max(most, m.reviews);
    for (const QString& code : in.severities) {
        auto* set = new QBarSet(code);
        set->setColor(InsightsColors::severity(code));
        set->setBorderColor(InsightsColors::severity(code));
        for (const InsightsMonth& m : in.months)
            set->append(m.bySeverity.value(code));
        series->append(set);
    }
    series->setBarWidth(0.7);
    addMonthBars(chart, series, in, most, s);
    chart->legend()->setVisible(!in.severities.isEmpty());
    return chart;
}

QString shortMetricName(Metric m)
{
    switch (m) {
    case Metric::Detect: return InsightsCharts::tr("Detect");
    case Metric::Mitigate: return InsightsCharts::tr("Mitigate");
    case Metric::Resolve: return InsightsCharts::tr("Resolve");
    }
    return QString();
}

QChart* medianChart(const Insights& in, const Style& s)
{
    QChart* chart = newChart(InsightsCharts::title(InsightsCharts::Medians), s);
    qint64 largest = 0;
    for (const InsightsMonth& m : in.months) {
        for (const auto& v : m.median)
            largest = std::max(largest, v.value_or(0));
    }
    const InsightsPaint::DurationUnit unit = InsightsPaint::unitFor(largest);
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QStringList labels = monthLabels(in);
    const int every = std::max(1, static_cast<int>(std::ceil(labels.size() / 12.0)));
    for (qsizetype i = 0; i < labels.size(); i += every)
        x->append(labels.at(i), static_cast<double>(i));
    x->setRange(-0.5, static_cast<double>(labels.size()) - 0.5);
    styleAxis(x, s);
    monthAxisTitle(x, in, s);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(static_cast<double>(largest) / unit.ms * 1.1, 1.0)); // room above the highest dot
    y->applyNiceNumbers();
    y->setTitleText(unit.name); // the chart title says "median"
    y->setTitleFont(s.font);
    y->setTitleBrush(s.text);
    styleAxis(y, s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (int k = 0; k < kMetricCount; ++k) {
        const QColor color = InsightsColors::metric(Metric(k));
        // One line per run of months that have a value: a month without one breaks the line
        // rather than being drawn as if it had one. The dots carry the legend entry.
        auto* dots = new QScatterSeries;
        dots->setName(shortMetricName(Metric(k)));
        dots->setColor(color);
        dots->setBorderColor(color);
        dots->setMarkerSize(9);
        QLineSeries* line = nullptr;
        for (qsizetype i = 0; i < in.months.size(); ++i) {
            const std::optional<qint64>& v = in.months.at(i).median[k];
            if (!v) {
                line = nullptr;
                continue;
            }
            const QPointF pt(static_cast<double>(i), static_cast<double>(*v) / unit.ms);
            dots->append(pt);
            if (!line) {
                line = new QLineSeries;
                line->setPen(QPen(color, 3));
                chart->addSeries(line);
                line->attachAxis(x);
                line->attachAxis(y);
                for (QLegendMarker* marker : chart->legend()->markers(line))
                    marker->setVisible(false);
            }
            line->append(pt);
        }
        chart->addSeries(dots);
        dots->attachAxis(x);
        dots->attachAxis(y);
    }
    return chart;
}

QChart* actionsChart(const Insights& in, const Style& s)
{
    QChart* chart = newChart(InsightsCharts::title(InsightsCharts::Actions), s);
    auto* created = new QBarSet(InsightsCharts::tr("Created"));
    auto* done = new QBarSet(InsightsCharts::tr("Done"));
    auto* overdue = new QBarSet(InsightsCharts::tr("Overdue at month end"));
    created->setColor(InsightsColors::created());
    done->setColor(InsightsColors::done());
    overdue->setColor(InsightsColors::overdue());
    int most = 0;
    for (const InsightsMonth& m : in.months) {
        created->append(m.actionsCreated);
        done->append(m.actionsDone);
        overdue->append(m.actionsOverdue);
        most = std::max({most, m.actionsCreated, m.actionsDone, m.actionsOverdue});
    }
    for (QBarSet* set : {created, done, overdue})
        set->setBorderColor(set->color());
    auto* series = new QBarSeries;
    series->append({created, done, overdue});
    series->setBarWidth(0.8);
    addMonthBars(chart, series, in, most, s);
    return chart;
}

QChart* topChart(InsightsCharts::Kind kind, const QList<RankedName>& rows, const QColor& color, const Style& s)
{
    QChart* chart = newChart(InsightsCharts::title(kind), s);
    chart->legend()->setVisible(false);
    auto* set = new QBarSet(InsightsCharts::tr("Reviews"));
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(s.text);
    set->setLabelFont(s.font);
    QStringList names;
    int most = 0;
    // Bottom to top, so the most frequent is on top.
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        set->append(rows.at(i).reviews);
        names.append(rows.at(i).name);
        most = std::max(most, rows.at(i).reviews);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    styleAxis(y, s);
    y->setGridLineVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis* x = countAxis(most * 1.15, s);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

} // namespace

QString InsightsCharts::title(Kind kind)
{
    switch (kind) {
    case Severity: return tr("Reviews per month by severity");
    case Medians: return tr("Median time to detect, mitigate, resolve");
    case Actions: return tr("Action items per month");
    case Categories: return tr("Top contributing factors");
    case Services: return tr("Top services");
    case Tags: return tr("Top tags");
    case KindCount: break;
    }
    return QString();
}

QChart* InsightsCharts::build(Kind kind, const Insights& insights, const QPalette& palette, double pointSize)
{
    const Style s = styleFor(palette, pointSize);
    switch (kind) {
    case Severity: return severityChart(insights, s);
    case Medians: return medianChart(insights, s);
    case Actions: return actionsChart(insights, s);
    case Categories: return topChart(kind, insights.topCategories, InsightsColors::category(), s);
    case Services: return topChart(kind, insights.topServices, InsightsColors::service(), s);
    case Tags: return topChart(kind, insights.topTags, InsightsColors::tag(), s);
    case KindCount: break;
    }
    return newChart(QString(), s);
}

} // namespace hs
