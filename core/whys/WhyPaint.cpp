#include "whys/WhyLayout.h"

#include "whys/WhyText.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace hs {

namespace {

constexpr double kRadius = 6;
constexpr double kArrow = 7;
constexpr double kHalo = 3.5;    // the selection ring's distance from the box (to its centre line)
constexpr double kTagPad = 4;    // text inset of a caption tag

QColor mix(const QColor& a, const QColor& b, float t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

// Every colour comes from the palette except the root-cause accent, which has to stand out
// from the Highlight used for selection; it has a light and a dark variant. Nothing relies on
// colour alone: the root cause also has a thick border and a label, a contributing factor a
// dashed border, so a greyscale print keeps the marks apart.
struct Colours {
    QColor background;
    QColor box;
    QColor text;
    QColor line;
    QColor caption;
    QColor border;
    QColor tag;
    QColor accent;
    QColor highlight;
};

Colours coloursFor(const QPalette& palette)
{
    Colours c;
    c.background = palette.color(QPalette::Window);
    c.box = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.line = palette.color(QPalette::WindowText);
    c.caption = mix(palette.color(QPalette::WindowText), c.background, 0.3f);
    c.border = mix(c.text, c.box, 0.5f);
    c.tag = mix(c.background, c.line, 0.12f);
    const bool dark = c.background.lightnessF() < 0.5f;
    c.accent = dark ? QColor(0xff, 0x8a, 0x4c) : QColor(0xb4, 0x3c, 0x0a);
    c.highlight = palette.color(QPalette::Highlight);
    return c;
}

struct BoxStyle {
    QPen pen;
    QColor fill;
    bool dashed = false;
};

BoxStyle styleFor(const WhyBox& box, const Colours& c)
{
    if (box.isProblem)
        return {QPen(c.text, 2), mix(c.box, c.text, 0.1f)};
    if (box.mark == QLatin1String("root"))
        return {QPen(c.accent, 3), mix(c.box, c.accent, 0.12f)};
    if (box.mark == QLatin1String("contributing")) {
        QPen pen(c.border, 2, Qt::DashLine);
        pen.setDashPattern({3, 2});
        return {pen, mix(c.box, c.text, 0.04f), true};
    }
    return {QPen(c.border, 2), c.box};
}

class Painter
{
public:
    Painter(QPainter& p, const WhyLayoutOptions& options, const Colours& colours)
        : m_p(p)
        , m_options(options)
        , m_metrics(options)
        , m_c(colours)
        , m_caption(m_metrics.captionFont())
        , m_captionBold(m_metrics.captionBoldFont())
    {
        if (p.hasClipping())
            m_clip = p.clipBoundingRect();
    }

    bool visible(const QRectF& r) const { return m_clip.isNull() || m_clip.intersects(r); }

    void edges(const WhyDiagramLayout& layout)
    {
        // Orthogonal elbows: a stub out of the parent's right edge to a trunk half-way across the
        // gap, shared by its children, and a branch from the trunk into each child's left edge
        // with an arrow head. The segments are axis-aligned, so each is a thin filled rectangle:
        // cheaper than stroking a path, exact in PDF and SVG, and a trunk is drawn only once.
        constexpr double w = 2;
        const auto count = static_cast<size_t>(layout.boxes.size());
        std::vector<double> trunkX(count, 0.0);
        std::vector<double> trunkTop(count, std::numeric_limits<double>::max());
        std::vector<double> trunkBottom(count, std::numeric_limits<double>::lowest());
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(m_c.line);
        for (const auto& [from, to] : layout.edges) {
            const QRectF& a = layout.boxes.at(from).rect;
            const QRectF& b = layout.boxes.at(to).rect;
            const double x = std::round((a.right() + b.left()) / 2);
            const double y = std::round(b.center().y());
            const auto parent = static_cast<size_t>(from);
            trunkX[parent] = x;
            trunkTop[parent] = std::min(trunkTop[parent], y);
            trunkBottom[parent] = std::max(trunkBottom[parent], y);
            const QRectF branch(x + w / 2, y - w / 2, b.left() - kArrow + 1 - (x + w / 2), w);
            if (!visible(branch.adjusted(0, -kArrow, kArrow, kArrow)))
                continue;
            m_p.fillRect(branch, m_c.line);
            const QPointF head[] = {
                {b.left(), y}, {b.left() - kArrow, y - kArrow * 0.6}, {b.left() - kArrow, y + kArrow * 0.6}};
            m_p.drawPolygon(head, 3);
        }
        for (size_t i = 0; i < count; ++i) {
            if (trunkTop[i] > trunkBottom[i])
                continue;
            const QRectF& a = layout.boxes.at(static_cast<qsizetype>(i)).rect;
            const double y = std::round(a.center().y());
            const double top = std::min(trunkTop[i], y);
            const double bottom = std::max(trunkBottom[i], y);
            const QRectF stub(a.right(), y - w / 2, trunkX[i] - w / 2 - a.right(), w);
            const QRectF trunk(trunkX[i] - w / 2, top - w / 2, w, bottom - top + w);
            if (visible(stub))
                m_p.fillRect(stub, m_c.line);
            if (visible(trunk))
                m_p.fillRect(trunk, m_c.line);
        }
    }

    void box(const WhyBox& box, bool selected)
    {
        const QRectF& r = box.rect;
        const double caption = m_metrics.captionHeight();
        if (!visible(r.adjusted(-kHalo - 2, -caption - kHalo, kHalo + 2, kHalo + 2)))
            return;
        BoxStyle style = styleFor(box, m_c);
        if (selected) {
            style.fill = mix(style.fill, m_c.highlight, 0.18f);
            m_p.setPen(QPen(m_c.highlight, 3));
            m_p.setBrush(Qt::NoBrush);
            m_p.drawRoundedRect(r.adjusted(-kHalo, -kHalo, kHalo, kHalo), kRadius + kHalo, kRadius + kHalo);
        }
        // The border is drawn inside the box, so a whole-pixel pen on a whole-pixel box covers
        // whole pixels instead of smearing over two. Pens are 2 px or more: Qt strokes thinner
        // antialiased curves with a much slower path, which hundreds of boxes would feel.
        const double inset = style.pen.widthF() / 2;
        const QRectF outline = r.adjusted(inset, inset, -inset, -inset);
        if (style.dashed) {
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(style.fill);
            m_p.drawRoundedRect(r, kRadius, kRadius);
            dashedOutline(outline, style.pen);
        } else {
            m_p.setPen(style.pen);
            m_p.setBrush(style.fill);
            m_p.drawRoundedRect(outline, kRadius, kRadius);
        }

        QTextLayout text(box.text, m_metrics.textFont(box.isProblem));
        const double height = m_metrics.wrap(text);
        m_p.setPen(m_c.text);
        text.draw(&m_p, QPointF(r.left() + m_options.padding, r.top() + (r.height() - height) / 2));

        captionBand(box, QRectF(r.left(), r.top() - caption, r.width(), caption - 2));
    }

private:
    // Qt's dash stroker is slow on curves: a dashed rounded rectangle costs several times a solid
    // one, which a tree of hundreds of contributing factors notices. Dashing only the straight
    // sides and drawing the corners solid looks the same at this size.
    void dashedOutline(const QRectF& r, const QPen& pen)
    {
        const double d = 2 * kRadius;
        const QLineF sides[] = {{r.left() + kRadius, r.top(), r.right() - kRadius, r.top()},
                                {r.right(), r.top() + kRadius, r.right(), r.bottom() - kRadius},
                                {r.left() + kRadius, r.bottom(), r.right() - kRadius, r.bottom()},
                                {r.left(), r.top() + kRadius, r.left(), r.bottom() - kRadius}};
        m_p.setPen(pen);
        m_p.drawLines(sides, 4);
        QPen solid = pen;
        solid.setStyle(Qt::SolidLine);
        solid.setCapStyle(Qt::FlatCap);
        m_p.setPen(solid);
        m_p.setBrush(Qt::NoBrush);
        m_p.drawArc(QRectF(r.left(), r.top(), d, d), 90 * 16, 90 * 16);
        m_p.drawArc(QRectF(r.right() - d, r.top(), d, d), 0, 90 * 16);
        m_p.drawArc(QRectF(r.right() - d, r.bottom() - d, d, d), 270 * 16, 90 * 16);
        m_p.drawArc(QRectF(r.left(), r.bottom() - d, d, d), 180 * 16, 90 * 16);
    }

    // "Why 3" (or "Problem") on the left, then ROOT CAUSE for a root cause, and the category as
    // a tag on the right, shortened with an ellipsis when the band is too narrow for it.
    void captionBand(const WhyBox& box, const QRectF& band)
    {
        const QString level = box.isProblem ? m_problemLabel : m_levelLabel.arg(box.depth);
        const double baseline = band.top() + (band.height() - m_caption.height()) / 2 + m_caption.ascent();
        m_p.setFont(m_metrics.captionFont());
        m_p.setPen(m_c.caption);
        m_p.drawText(QPointF(band.left(), baseline), level);
        double x = band.left() + m_caption.horizontalAdvance(level) + 8;

        if (!box.isProblem && box.mark == QLatin1String("root")) {
            const QRectF tag(x, band.top(), m_rootWidth + 2 * kTagPad, band.height());
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(m_c.accent);
            m_p.drawRoundedRect(tag, 3, 3);
            m_p.setFont(m_metrics.captionBoldFont());
            m_p.setPen(m_c.box);
            m_p.drawText(QPointF(tag.left() + kTagPad, baseline), m_rootLabel);
            x = tag.right() + 8;
        }

        if (box.category.isEmpty())
            return;
        const double room = band.right() - x - 2 * kTagPad;
        if (room < m_minTagWidth)
            return;
        const QString shown = m_caption.elidedText(box.category.simplified(), Qt::ElideRight, room);
        const double width = m_caption.horizontalAdvance(shown) + 2 * kTagPad;
        const QRectF tag(band.right() - width, band.top(), width, band.height());
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(m_c.tag);
        m_p.drawRoundedRect(tag, band.height() / 2, band.height() / 2);
        m_p.setFont(m_metrics.captionFont());
        m_p.setPen(m_c.caption);
        m_p.drawText(QPointF(tag.left() + kTagPad, baseline), shown);
    }

    QPainter& m_p;
    const WhyLayoutOptions& m_options;
    const WhyTextMetrics m_metrics;
    const Colours& m_c;
    const QFontMetricsF m_caption;
    const QFontMetricsF m_captionBold;
    const QString m_levelLabel = QCoreApplication::translate("hs::WhyDiagram", "Why %1");
    const QString m_problemLabel = QCoreApplication::translate("hs::WhyDiagram", "Problem");
    const QString m_rootLabel = QCoreApplication::translate("hs::WhyDiagram", "ROOT CAUSE");
    const double m_rootWidth = m_captionBold.horizontalAdvance(m_rootLabel);
    const double m_minTagWidth = m_caption.horizontalAdvance(QStringLiteral("Mm…"));
    QRectF m_clip;
};

} // namespace

void paintWhyDiagram(QPainter& painter, const WhyDiagramLayout& layout, const WhyLayoutOptions& options,
                     const QSet<QString>& selectedIds, const QPalette& palette)
{
    const Colours colours = coloursFor(palette);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(layout.bounds, colours.background);
    Painter p(painter, options, colours);
    p.edges(layout);
    for (const WhyBox& box : layout.boxes)
        p.box(box, selectedIds.contains(box.id));
    painter.restore();
}

} // namespace hs
