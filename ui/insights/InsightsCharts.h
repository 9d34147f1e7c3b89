#pragma once

// The insights as Qt Charts: built afresh from an Insights value whenever the period or the
// filter changes (a chart holds a few dozen points; rebuilding is cheaper than diffing), in
// colours that read on the window's light or dark palette and the colours of the printed
// report (InsightsColors).

#include "analysis/Insights.h"

#include <QCoreApplication>

class QChart;
class QPalette;

namespace hs {

class InsightsCharts
{
    Q_DECLARE_TR_FUNCTIONS(hs::InsightsCharts)

public:
    enum Kind { Severity, Medians, Actions, Categories, Services, Tags, KindCount };

    static QString title(Kind kind);
    // A new chart (the caller owns it) for kind, styled for palette at a base point size.
    static QChart* build(Kind kind, const Insights& insights, const QPalette& palette, double pointSize);
};

} // namespace hs
