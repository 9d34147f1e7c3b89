#include "whys/WhyText.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace hs {

namespace {

QFont scaled(const QFont& font, double factor)
{
    QFont f = font;
    if (font.pointSizeF() > 0)
        f.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        f.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    return f;
}

} // namespace

WhyTextMetrics::WhyTextMetrics(const WhyLayoutOptions& options)
    : m_options(options)
    , m_problemFont(options.font)
    , m_captionFont(scaled(options.font, 0.8))
{
    m_problemFont.setBold(true);
    m_captionBoldFont = m_captionFont;
    m_captionBoldFont.setBold(true);
    // Room for a tag's frame (2 px above and below its text) and 2 px clear of the box.
    m_captionHeight = std::ceil(QFontMetricsF(m_captionBoldFont).height()) + 6;
}

double WhyTextMetrics::textWidth() const
{
    return std::max(1.0, m_options.boxWidth - 2 * m_options.padding);
}

double WhyTextMetrics::wrap(QTextLayout& layout) const
{
    // A long URL or stack-trace token breaks mid-word rather than running out of its box.
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const double width = textWidth();
    double y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

double WhyTextMetrics::boxHeight(const QString& text, bool problem) const
{
    QTextLayout layout(text, textFont(problem));
    const double textHeight = std::ceil(wrap(layout));
    return std::max(m_options.minBoxHeight, textHeight + 2 * m_options.padding);
}

} // namespace hs
