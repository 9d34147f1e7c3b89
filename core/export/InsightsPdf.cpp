#include "export/InsightsPdf.h"

#include "export/PdfFile.h"

#include "analysis/InsightsPaint.h"
#include "export/ReportStyle.h"
#include "util/TimeFormat.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace hs {

namespace {

constexpr double kSideMm = 18;
constexpr double kTopMm = 18;
constexpr double kBottomMm = 20;

// Millimetres and points to device pixels on the page being painted.
struct Page {
    double dpi = 600;
    QSizeF size;
    double mm(double v) const { return v / 25.4 * dpi; }
    double pt(double v) const { return v / 72.0 * dpi; }
    double left() const { return mm(kSideMm); }
    double right() const { return size.width() - mm(kSideMm); }
    double width() const { return right() - left(); }
    double bottom() const { return size.height() - mm(kBottomMm); }
};

QString durationText(const std::optional<qint64>& ms)
{
    return ms ? formatDuration(ms) : QStringLiteral("—");
}

double heading(QPainter& p, const Page& page, double y, const QString& text)
{
    p.setFont(paper::sansFont(12, true));
    p.setPen(paper::kHeading);
    const QFontMetricsF fm(p.font(), p.device());
    p.drawText(QPointF(page.left(), y + fm.ascent()), text);
    return y + fm.height() + page.mm(2);
}

void footer(QPainter& p, const Page& page, const InsightsReport& report, int index, int pages)
{
    p.save();
    p.setFont(paper::sansFont(7.5));
    p.setPen(paper::kMuted);
    const QFontMetricsF fm(p.font(), p.device());
    const double baseline = page.size.height() - page.mm(kBottomMm - 12);
    const QString pageText = InsightsPdf::tr("Page %1 of %2").arg(index + 1).arg(pages);
    const QString made = InsightsPdf::tr("%1 · made %2 with Hindsight")
                             .arg(InsightsPdf::documentTitle(report),
                                  QLocale().toString(QDateTime::fromMSecsSinceEpoch(report.generatedMs).date(),
                                                     QLocale::ShortFormat));
    p.drawText(QPointF(page.left(), baseline), fm.elidedText(made, Qt::ElideRight, page.width() * 0.75));
    p.drawText(QPointF(page.right() - fm.horizontalAdvance(pageText), baseline), pageText);
    p.setPen(QPen(paper::kRule, page.pt(0.5)));
    p.drawLine(QPointF(page.left(), baseline - fm.height()), QPointF(page.right(), baseline - fm.height()));
    p.restore();
}

// The headline figures as a row of boxes: label above, value below.
double headline(QPainter& p, const Page& page, double y, const Insights& in)
{
    struct Figure {
        QString label;
        QString value;
        QString note;
    };
    QList<Figure> figures;
    figures.append({InsightsPdf::tr("Reviews"), QString::number(in.reviews),
                    in.undated ? InsightsPdf::tr("%n more without a start time", nullptr, in.undated) : QString()});
    for (int k = 0; k < kMetricCount; ++k) {
        const int unknown = in.unknown(Metric(k));
        figures.append({InsightsQuery::metricName(Metric(k)) + InsightsPdf::tr(" (median)"), durationText(in.median[k]),
                        unknown ? InsightsPdf::tr("%n unknown", nullptr, unknown) : QString()});
    }
    figures.append({InsightsPdf::tr("Actions created / done"),
                    QStringLiteral("%1 / %2").arg(in.actionsCreated).arg(in.actionsDone), QString()});
    const double gap = page.mm(3);
    const double w = (page.width() - gap * static_cast<double>(figures.size() - 1)) / static_cast<double>(figures.size());
    const QFont labelFont = paper::sansFont(7.5);
    const QFont valueFont = paper::sansFont(12.5, true);
    const QFontMetricsF lm(labelFont, p.device());
    const QFontMetricsF vm(valueFont, p.device());
    const double h = lm.height() * 4.4 + vm.height() + page.mm(3);
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const QRectF box(page.left() + (w + gap) * static_cast<double>(i), y, w, h);
        p.fillRect(box, paper::kHeaderFill);
        const QRectF inner = box.adjusted(page.mm(2), page.mm(1.5), -page.mm(2), -page.mm(1.5));
        p.setFont(labelFont);
        p.setPen(paper::kMuted);
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), lm.height() * 2.2), Qt::TextWordWrap,
                   figures.at(i).label);
        p.setFont(valueFont);
        p.setPen(paper::kInk);
        p.drawText(QPointF(inner.left(), inner.top() + lm.height() * 2.2 + vm.ascent()), figures.at(i).value);
        p.setFont(labelFont);
        p.setPen(paper::kMuted);
        p.drawText(QRectF(inner.left(), inner.top() + lm.height() * 2.2 + vm.height(), inner.width(), lm.height() * 2.2),
                   Qt::TextWordWrap, figures.at(i).note);
    }
    return y + h + page.mm(6);
}

// The month-by-month figures as a table (also what a reader copies numbers from).
double monthTable(QPainter& p, const Page& page, double y, const Insights& in)
{
    const QStringList head = {InsightsPdf::tr("Month"),   InsightsPdf::tr("Reviews"),     InsightsPdf::tr("Detect"),
                              InsightsPdf::tr("Mitigate"), InsightsPdf::tr("Resolve"),    InsightsPdf::tr("New actions"),
                              InsightsPdf::tr("Done"),    InsightsPdf::tr("Overdue")};
    const double widths[] = {0.13, 0.10, 0.12, 0.13, 0.13, 0.14, 0.10, 0.15};
    p.setFont(paper::sansFont(8.5));
    const QFontMetricsF fm(p.font(), p.device());
    const double rowH = fm.height() * 1.5;
    auto row = [&](const QStringList& cells, bool header, bool zebra) {
        if (zebra || header)
            p.fillRect(QRectF(page.left(), y, page.width(), rowH), header ? paper::kHeaderFill : paper::kZebra);
        double x = page.left();
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const double w = page.width() * widths[c];
            p.setPen(header ? paper::kHeading : paper::kInk);
            p.drawText(QRectF(x + page.mm(1.5), y, w - page.mm(3), rowH),
                       Qt::AlignVCenter | (c == 0 ? Qt::AlignLeft : Qt::AlignRight), cells.at(c));
            x += w;
        }
        y += rowH;
    };
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    row(head, true, false);
    p.setFont(paper::sansFont(8.5));
    for (qsizetype i = 0; i < in.months.size(); ++i) {
        const InsightsMonth& m = in.months.at(i);
        const QString none = QStringLiteral("—");
        row({QLocale().toString(m.month, QStringLiteral("MMM yyyy")), QString::number(m.reviews),
             durationText(m.median[0]), durationText(m.median[1]), durationText(m.median[2]),
             m.actionsKnown ? QString::number(m.actionsCreated) : none,
             m.actionsKnown ? QString::number(m.actionsDone) : none,
             m.actionsKnown ? QString::number(m.actionsOverdue) : none},
            false, i % 2 == 1);
    }
    return y + page.mm(4);
}

} // namespace

QString InsightsPdf::documentTitle(const InsightsReport& report)
{
    return tr("Incident insights, %1").arg(report.periodName);
}

QString InsightsPdf::filterText(const InsightsFilter& f)
{
    QStringList parts;
    if (!f.severities.isEmpty())
        parts.append(f.severities.join(QStringLiteral(", ")));
    if (!f.service.isEmpty())
        parts.append(tr("service %1").arg(f.service));
    if (!f.tag.isEmpty())
        parts.append(tr("tag %1").arg(f.tag));
    return parts.isEmpty() ? tr("all reviews") : parts.join(QStringLiteral(" · "));
}

int InsightsPdf::paint(const InsightsReport& report, QPagedPaintDevice* device, QString* error)
{
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    Page page;
    page.dpi = device->logicalDpiY();
    page.size = QSizeF(device->width(), device->height());
    if (page.size.isEmpty() || page.dpi <= 0) {
        if (error)
            *error = tr("The file has no usable page size.");
        return 0;
    }
    QPainter p;
    if (!p.begin(device)) {
        if (error)
            *error = tr("Could not start drawing the report.");
        return 0;
    }
    const Insights& in = report.insights;
    constexpr int kPages = 2;
    ChartInk ink;
    ink.text = paper::kInk;
    ink.muted = paper::kMuted;
    ink.grid = paper::kRule;
    ink.font = paper::sansFont(8.5);
    ink.pt = page.pt(1);

    // Page 1: title, headline figures, reviews and medians.
    double y = page.mm(kTopMm);
    p.setFont(paper::sansFont(20, true));
    p.setPen(paper::kHeading);
    QFontMetricsF fm(p.font(), p.device());
    p.drawText(QPointF(page.left(), y + fm.ascent()), documentTitle(report));
    y += fm.height() + page.mm(1);
    p.setFont(paper::sansFont(10));
    p.setPen(paper::kMuted);
    fm = QFontMetricsF(p.font(), p.device());
    const QString subtitle = tr("%1 to %2 · %3 · %4")
                                 .arg(QLocale().toString(in.filter.from, QLocale::LongFormat),
                                      QLocale().toString(in.filter.to, QLocale::LongFormat), report.libraryName,
                                      filterText(in.filter));
    p.drawText(QPointF(page.left(), y + fm.ascent()), fm.elidedText(subtitle, Qt::ElideRight, page.width()));
    y += fm.height() + page.mm(6);
    y = headline(p, page, y, in);
    if (in.isEmpty()) {
        p.setFont(paper::sansFont(11));
        p.setPen(paper::kInk);
        p.drawText(QRectF(page.left(), y, page.width(), page.mm(20)), Qt::TextWordWrap,
                   tr("No reviews match in this period: there is nothing to chart."));
        y += page.mm(22);
    }
    y = heading(p, page, y, tr("Reviews per month by severity"));
    InsightsPaint::severityBars(p, QRectF(page.left(), y, page.width(), page.mm(72)), in, ink);
    y += page.mm(80);
    y = heading(p, page, y, tr("Median time to detect, mitigate and resolve, from the incident's start"));
    InsightsPaint::medianLines(p, QRectF(page.left(), y, page.width(), std::min(page.mm(72), page.bottom() - y - page.mm(8))),
                               in, ink);
    footer(p, page, report, 0, kPages);

    if (!device->newPage()) {
        if (error)
            *error = tr("Could not start page 2.");
        p.end();
        return 0;
    }
    // Page 2: what recurs, the actions, and the month table with the definitions.
    y = page.mm(kTopMm);
    y = heading(p, page, y, tr("Most frequent contributing factors, services and tags (reviews)"));
    const double colGap = page.mm(6);
    const double colW = (page.width() - 2 * colGap) / 3;
    const double topH = page.mm(62);
    InsightsPaint::topBars(p, QRectF(page.left(), y, colW, topH), tr("Contributing factors"), in.topCategories,
                           InsightsColors::category(), ink);
    InsightsPaint::topBars(p, QRectF(page.left() + colW + colGap, y, colW, topH), tr("Services"), in.topServices,
                           InsightsColors::service(), ink);
    InsightsPaint::topBars(p, QRectF(page.left() + 2 * (colW + colGap), y, colW, topH), tr("Tags"), in.topTags,
                           InsightsColors::tag(), ink);
    y += topH + page.mm(6);
    y = heading(p, page, y, tr("Action items per month"));
    InsightsPaint::actionBars(p, QRectF(page.left(), y, page.width(), page.mm(60)), in, ink);
    y += page.mm(66);
    y = heading(p, page, y, tr("Month by month"));
    y = monthTable(p, page, y, in);
    p.setFont(paper::sansFont(7.5));
    p.setPen(paper::kMuted);
    const QString notes = tr(
        "A review counts in the month its incident started. Times are measured from the start: detect = detected − "
        "started, mitigate = mitigated − started, resolve = resolved − started; a review missing a time, or with a time "
        "before its start, is left out of that median and counted as unknown. Contributing factors are causes marked "
        "contributing factor or root cause, with a category; each counts once per review. Actions: those of the "
        "reviews in the filter, whenever the review took place; done is dated by the action's last change.");
    p.drawText(QRectF(page.left(), y, page.width(), std::max(page.bottom() - y, page.mm(10))), Qt::TextWordWrap,
               notes + QLatin1Char(' ') + tr("Overdue: open or in progress at the month's end with its due date passed."));
    footer(p, page, report, 1, kPages);
    if (!p.end()) {
        if (error)
            *error = tr("The file did not accept the pages.");
        return 0;
    }
    return kPages;
}

bool InsightsPdf::write(const InsightsReport& report, const QString& path, QString* error, int* pages)
{
    PdfDocumentInfo info;
    info.title = documentTitle(report);
    info.author = report.author;
    info.generatedMs = report.generatedMs;
    info.pageSize = report.pageSize;
    return writePdfFile(
        path, info, [&report](QPagedPaintDevice* device, QString* e) { return paint(report, device, e); }, error, pages);
}

} // namespace hs
