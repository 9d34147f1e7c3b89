#include "export/ReportFigures.h"

#include "timeline/TimelineChartPaint.h"
#include "whys/WhyLayout.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

namespace hs {

namespace {

constexpr double kTimelineHeight = 170;   // points

// Compact boxes for paper: a five-level tree still fits a portrait page's width at a readable
// size, and the outline printed under the diagram has the full text.
WhyLayoutOptions paperWhyOptions()
{
    WhyLayoutOptions o;
    // Pixel sizes, since the figure is measured and drawn in points whatever the device's DPI.
    o.font = QFont(QStringLiteral("Sans Serif"));
    o.font.setPixelSize(9);
    o.boxWidth = 150;
    o.minBoxHeight = 28;
    o.padding = 6;
    o.levelGap = 26;
    o.siblingGap = 10;
    return o;
}

} // namespace

QPalette paperPalette()
{
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, Qt::white);
        p.setColor(group, QPalette::Base, Qt::white);
        p.setColor(group, QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(group, QPalette::WindowText, QColor(0x33, 0x33, 0x33));
        p.setColor(group, QPalette::Highlight, QColor(0x1f, 0x5f, 0xa8));
        p.setColor(group, QPalette::Mid, QColor(0xb0, 0xb0, 0xb0));
    }
    return p;
}

QSizeF reportFigureSize(const Report& report, ReportFigure figure, double width, double maxHeight)
{
    if (figure == ReportFigure::TimelineChart)
        return QSizeF(width, std::min(kTimelineHeight, maxHeight));
    const WhyLayoutOptions options = paperWhyOptions();
    const QSizeF natural = layoutWhyTree(reportProblemStatement(report), report.doc.whys, options).bounds.size();
    if (natural.isEmpty())
        return QSizeF(width, 0);
    const double scale = std::min({1.0, width / natural.width(), maxHeight / natural.height()});
    return natural * scale;
}

void paintReportFigure(QPainter& painter, const QRectF& target, const Report& report, ReportFigure figure)
{
    if (figure == ReportFigure::TimelineChart) {
        const TimelineChartData data = prepareTimelineChart(report.doc);
        if (data.isEmpty() || target.isEmpty())
            return;
        // The target is kTimelineHeight points tall whatever the device: that gives its DPI.
        const double unitsPerInch = target.height() / kTimelineHeight * 72.0;
        const TimelineChartOptions options = printTimelineChartOptions(unitsPerInch);
        const TimelineSpan view = timelineFocusView(data);
        painter.save();
        painter.setClipRect(target);
        paintTimelineChart(painter, target, data, view.startMs, view.endMs, {}, options);
        painter.restore();
        return;
    }
    const WhyLayoutOptions options = paperWhyOptions();
    const WhyDiagramLayout layout = layoutWhyTree(reportProblemStatement(report), report.doc.whys, options);
    const QRectF bounds = layout.bounds;
    if (bounds.isEmpty() || target.isEmpty())
        return;
    const double scale = std::min(target.width() / bounds.width(), target.height() / bounds.height());
    painter.save();
    painter.translate(target.left() + (target.width() - bounds.width() * scale) / 2,
                      target.top() + (target.height() - bounds.height() * scale) / 2);
    painter.scale(scale, scale);
    painter.translate(-bounds.topLeft());
    painter.setClipRect(bounds);
    paintWhyDiagram(painter, layout, options, {}, paperPalette());
    painter.restore();
}

QByteArray reportFigureSvg(const Report& report, ReportFigure figure, const QSizeF& size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(72);
    QPainter painter;
    if (!painter.begin(&svg))
        return {};
    painter.setRenderHint(QPainter::Antialiasing);
    paintReportFigure(painter, QRectF(QPointF(0, 0), size), report, figure);
    painter.end();
    return bytes;
}

} // namespace hs
