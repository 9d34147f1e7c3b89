#pragma once

#include "export/ReportSink.h"

#include <QByteArray>
#include <QPalette>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace hs {

// The two drawings of a report, painted from core so the PDF, the printout and the HTML show
// the same picture. Sizes are in points (1/72 inch); the painter may be scaled to any device.

// The palette figures are drawn with on paper: white ground, black text, whatever the desktop's
// theme is.
QPalette paperPalette();

// The size the figure takes at the given width in points: the timeline chart a fixed band; the
// why diagram scaled down to the width (never up), and never taller than maxHeight.
QSizeF reportFigureSize(const Report& report, ReportFigure figure, double width, double maxHeight);

// Paints the figure into target (in the painter's coordinates), scaled to fit and centred.
void paintReportFigure(QPainter& painter, const QRectF& target, const Report& report, ReportFigure figure);

// The figure as a standalone SVG document of the given size in points.
QByteArray reportFigureSvg(const Report& report, ReportFigure figure, const QSizeF& size);

} // namespace hs
