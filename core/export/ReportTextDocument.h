#pragma once

#include "export/Report.h"

#include <QMarginsF>
#include <QSizeF>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace hs {

// Paper in device pixels: the page, the report's margins, and the device's DPI. Every measure of
// the report is chosen in points. Lengths inside text formats (margins, padding, borders) are in
// 1/96 inch whatever the device, since the text layout scales them to the device itself: fmt()
// gives those; device() gives device pixels, for the page, the figures and the furniture.
struct PaperGeometry {
    double dpi = 72;
    QSizeF page;
    QMarginsF margins;
    static double fmt(double points) { return points * 96.0 / 72.0; }
    double device(double points) const { return points * dpi / 72.0; }
    double deviceToFmt(double pixels) const { return pixels * 96.0 / dpi; }
    QSizeF body() const { return {page.width() - margins.left() - margins.right(), page.height() - margins.top() - margins.bottom()}; }
};

// The report as a paginated QTextDocument laid out for the device (fonts in points resolve at its
// DPI), page size = paper, root frame margins = the report's margins on every page. Built with
// QTextCursor calls only, so no user text is ever parsed as HTML. The figures are text objects
// painted by core/export/ReportFigures; the document keeps a handler for them that refers to
// report, which must outlive the document.
std::unique_ptr<QTextDocument> buildReportDocument(const Report& report, QPaintDevice* device, const PaperGeometry& paper);

} // namespace hs
