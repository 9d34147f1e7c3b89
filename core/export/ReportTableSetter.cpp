#include "export/ReportTableSetter.h"

#include "export/ReportStyle.h"

#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <vector>

namespace hs {

using namespace paper;

namespace {

constexpr double kPaddingPt = 3;
constexpr double kRulePt = 0.5;

double layoutHeight(QTextLayout& layout, double width)
{
    double height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

ReportTableSetter::ReportTableSetter(const PaperGeometry& paper, QPaintDevice* device)
    : m_paper(paper)
    , m_device(device)
    , m_font(sansFont(8.5))
    , m_bold(sansFont(8.5, true))
    , m_detail(sansFont(7.5))
{
}

double ReportTableSetter::padding() const
{
    return m_paper.device(kPaddingPt);
}

double ReportTableSetter::rule() const
{
    return m_paper.device(kRulePt);
}

double ReportTableSetter::columnWidth(const ReportTable& table, int column) const
{
    const double percent = column < table.widths.size() ? table.widths.at(column) : 100.0 / double(table.headers.size());
    double total = 0;
    for (int c = 0; c < table.headers.size(); ++c)
        total += c < table.widths.size() ? table.widths.at(c) : 100.0 / double(table.headers.size());
    return m_paper.body().width() * percent / std::max(1.0, total);
}

double ReportTableSetter::columnLeft(const ReportTable& table, int column) const
{
    double x = 0;
    for (int c = 0; c < column; ++c)
        x += columnWidth(table, c);
    return x;
}

std::unique_ptr<QTextLayout> ReportTableSetter::cellLayout(const ReportTable& table, int column, const ReportCell& cell,
                                                           bool header) const
{
    const QString text = softBreaks(cell.text);
    const QString detail = softBreaks(cell.detail);
    QString all = text;
    if (!detail.isEmpty())
        all += (all.isEmpty() ? QString() : QString(QChar::LineSeparator)) + detail;
    auto layout = std::make_unique<QTextLayout>(all, header || cell.strong ? m_bold : m_font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const bool numeric = column < table.numeric.size() && table.numeric.at(column);
    option.setAlignment(numeric ? Qt::AlignRight : Qt::AlignLeft);
    layout->setTextOption(option);
    QList<QTextLayout::FormatRange> formats;
    if (header) {
        QTextCharFormat f;
        f.setForeground(kHeading);
        formats.append({0, int(all.size()), f});
    } else if (!cell.href.isEmpty() && !text.isEmpty()) {
        QTextCharFormat f;
        f.setAnchor(true);
        f.setAnchorHref(cell.href);
        f.setForeground(kLink);
        f.setFontUnderline(true);
        formats.append({0, int(text.size()), f});
    }
    if (!detail.isEmpty()) {
        QTextCharFormat f;
        f.setFont(m_detail, QTextCharFormat::FontPropertiesAll);
        f.setForeground(kMuted);
        formats.append({int(all.size() - detail.size()), int(detail.size()), f});
    }
    layout->setFormats(formats);
    return layout;
}

double ReportTableSetter::headerHeight(const ReportTable& table) const
{
    double tallest = 0;
    for (int c = 0; c < table.headers.size(); ++c) {
        auto layout = cellLayout(table, c, ReportCell(table.headers.at(c)), true);
        tallest = std::max(tallest, layoutHeight(*layout, columnWidth(table, c) - 2 * padding()));
    }
    return tallest + 2 * padding() + rule();
}

double ReportTableSetter::rowHeight(const ReportTable& table, int row) const
{
    double tallest = 0;
    const QList<ReportCell>& cells = table.rows.at(row);
    for (int c = 0; c < cells.size() && c < table.headers.size(); ++c) {
        auto layout = cellLayout(table, c, cells.at(c), false);
        tallest = std::max(tallest, layoutHeight(*layout, columnWidth(table, c) - 2 * padding()));
    }
    if (tallest == 0)
        tallest = QFontMetricsF(m_font, m_device).height();
    return tallest + 2 * padding() + rule();
}

void ReportTableSetter::paint(QPainter& painter, const QRectF& rect, const ReportTable& table, int from, int to) const
{
    painter.save();
    painter.translate(rect.topLeft());
    const double width = m_paper.body().width();
    const int columns = int(table.headers.size());
    // Lays each cell out once, paints the row and returns its height.
    auto paintRow = [&](double y, const QList<ReportCell>& cells, bool header, const QColor& fill) {
        std::vector<std::unique_ptr<QTextLayout>> layouts;
        double tallest = 0;
        for (int c = 0; c < columns && c < cells.size(); ++c) {
            layouts.push_back(cellLayout(table, c, cells.at(c), header));
            tallest = std::max(tallest, layoutHeight(*layouts.back(), columnWidth(table, c) - 2 * padding()));
        }
        if (tallest == 0)
            tallest = QFontMetricsF(m_font, m_device).height();
        const double height = tallest + 2 * padding() + rule();
        if (fill.isValid())
            painter.fillRect(QRectF(0, y, width, height), fill);
        painter.setPen(kInk);
        for (int c = 0; c < int(layouts.size()); ++c)
            layouts.at(size_t(c))->draw(&painter, QPointF(columnLeft(table, c) + padding(), y + padding()));
        painter.setPen(QPen(header ? QColor(0xb9, 0xc4, 0xd2) : kRule, header ? 2 * rule() : rule()));
        painter.drawLine(QPointF(0, y + height), QPointF(width, y + height));
        return height;
    };
    QList<ReportCell> head;
    for (const QString& h : table.headers)
        head.append(ReportCell(h));
    double y = paintRow(0, head, true, kHeaderFill);
    for (int r = from; r < to; ++r)
        y += paintRow(y, table.rows.at(r), false, r % 2 == 1 ? kZebra : QColor());
    // Column rules and the frame.
    painter.setPen(QPen(kRule, rule()));
    for (int c = 1; c < columns; ++c) {
        const double x = columnLeft(table, c);
        painter.drawLine(QPointF(x, 0), QPointF(x, y));
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(0, 0, width, y));
    painter.restore();
}

} // namespace hs
