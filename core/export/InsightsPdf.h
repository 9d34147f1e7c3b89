#pragma once

#include "analysis/Insights.h"

#include <QCoreApplication>
#include <QPageSize>

class QPagedPaintDevice;

namespace hs {

// The insights of a period (a quarter, usually) as a printed report for management: the
// headline figures, the four charts (drawn by InsightsPaint, so no window is needed) and a
// table of the figures month by month, with the definitions behind them.
struct InsightsReport {
    Insights insights;
    QString periodName;  // "2026 Q3", or the dates of a custom period
    QString libraryName; // the file's name, for the subtitle
    QString author;      // PDF metadata; may be empty
    qint64 generatedMs = 0;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

class InsightsPdf
{
    Q_DECLARE_TR_FUNCTIONS(hs::InsightsPdf)

public:
    static QString documentTitle(const InsightsReport& report); // "Incident insights, 2026 Q3"
    // A description of the filter ("all reviews", "SEV1, SEV2 · service checkout").
    static QString filterText(const InsightsFilter& filter);
    // Paints the report on a paged device; returns the number of pages, or 0 with *error.
    static int paint(const InsightsReport& report, QPagedPaintDevice* device, QString* error);
    // Writes the PDF atomically (QSaveFile: an earlier file stays as it was on failure), with
    // the title and author in its metadata.
    static bool write(const InsightsReport& report, const QString& path, QString* error, int* pages = nullptr);
};

} // namespace hs
