#pragma once

#include "export/ReportSink.h"
#include "export/ReportTextDocument.h"

#include <QFont>

#include <memory>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace hs {

// Sets the report's tables for paper: a header row on a tinted ground, rows in sans 8.5 pt with
// every other one shaded, thin rules, text wrapped in its column (long words broken anywhere),
// numbers right-aligned, web links clickable. The PDF places a table a page at a time as one
// object in the text flow: measuring here and painting here use the same text layouts, so a page
// of rows is exactly as tall as measured. (QTextDocument's own tables take time growing with the
// square of their rows: 20,000 timeline rows took 39 s.)
class ReportTableSetter
{
public:
    ReportTableSetter(const PaperGeometry& paper, QPaintDevice* device);

    double headerHeight(const ReportTable& table) const;
    double rowHeight(const ReportTable& table, int row) const;
    // Paints the header and rows [from, to) into rect (its width is the body width).
    void paint(QPainter& painter, const QRectF& rect, const ReportTable& table, int from, int to) const;

private:
    double columnLeft(const ReportTable& table, int column) const;
    double columnWidth(const ReportTable& table, int column) const;
    std::unique_ptr<QTextLayout> cellLayout(const ReportTable& table, int column, const ReportCell& cell, bool header) const;
    double padding() const;
    double rule() const;

    PaperGeometry m_paper;
    QPaintDevice* m_device;
    QFont m_font;
    QFont m_bold;
    QFont m_detail;
};

} // namespace hs
