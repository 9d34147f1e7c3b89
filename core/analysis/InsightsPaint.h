#pragma once

// The insights charts drawn with QPainter alone (Qt Gui), so a report can be made without a
// window: reviews per month by severity, the median durations, top-N bars and actions over
// time. The window shows the same figures with Qt Charts and the same colours (these).

#include "analysis/Insights.h"

#include <QColor>
#include <QFont>
#include <QRectF>

class QPainter;

namespace hs {

// How the charts look on one device: colours for text and rules, the font, and how many device
// pixels one typographic point is (1 on a screen at 72 dpi, about 8.3 on a 600 dpi PDF).
struct ChartInk {
    QColor text = QColor(0x1a, 0x1a, 0x1a);
    QColor muted = QColor(0x5f, 0x6b, 0x7a);
    QColor grid = QColor(0xd5, 0xdb, 0xe3);
    QFont font;
    double pt = 1.0;
};

namespace InsightsColors {
// Severity colours readable on white and on a dark background, distinct for colour-blind
// viewers (after the Okabe–Ito palette): SEV1 vermilion, SEV2 orange, SEV3 sky blue, SEV4 bluish
// green, anything else grey.
QColor severity(const QString& code);
QColor metric(Metric m);
QColor created();
QColor done();
QColor overdue();
QColor category();
QColor service();
QColor tag();
} // namespace InsightsColors

class InsightsPaint
{
    Q_DECLARE_TR_FUNCTIONS(hs::InsightsPaint)

public:
    // Short month label for axis ticks: "Jan 26".
    static QString monthLabel(const QDate& month);
    // A duration in the unit that suits the largest value shown: minutes, hours or days.
    struct DurationUnit {
        double ms = 60000;
        QString name;
    };
    static DurationUnit unitFor(qint64 largestMs);

    static void severityBars(QPainter& p, const QRectF& rect, const Insights& insights, const ChartInk& ink);
    static void medianLines(QPainter& p, const QRectF& rect, const Insights& insights, const ChartInk& ink);
    static void topBars(QPainter& p, const QRectF& rect, const QString& title, const QList<RankedName>& rows,
                        const QColor& color, const ChartInk& ink);
    static void actionBars(QPainter& p, const QRectF& rect, const Insights& insights, const ChartInk& ink);
};

} // namespace hs
