#pragma once

#include "whys/WhyLayout.h"

#include <QFont>

class QTextLayout;

namespace hs {

// The fonts and text measures that the layout and the painting share: a box is made exactly as
// tall as the wrapped text later drawn in it, and the caption band above every box ("Why 2",
// the mark and the category) is the same height in both. It refers to the options it was made
// from (they must outlive it) and keeps no cache, so each thread can make its own.
class WhyTextMetrics
{
public:
    explicit WhyTextMetrics(const WhyLayoutOptions& options);

    const QFont& textFont(bool problem) const { return problem ? m_problemFont : m_options.font; }
    const QFont& captionFont() const { return m_captionFont; }
    const QFont& captionBoldFont() const { return m_captionBoldFont; }
    double captionHeight() const { return m_captionHeight; }
    double textWidth() const;
    double boxHeight(const QString& text, bool problem) const;

    // Lays text out in layout, wrapped to the box; returns the height of the text.
    double wrap(QTextLayout& layout) const;

private:
    const WhyLayoutOptions& m_options;
    QFont m_problemFont;
    QFont m_captionFont;
    QFont m_captionBoldFont;
    double m_captionHeight = 0;
};

} // namespace hs
