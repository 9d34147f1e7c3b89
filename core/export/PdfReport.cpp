#include "export/PdfReport.h"

#include "export/PdfFile.h"

#include "export/ReportSink.h"
#include "export/ReportStyle.h"
#include "export/ReportTextDocument.h"
#include "util/TimeFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>

namespace hs {

namespace {

// The report's margins in millimetres: room for the running header above the text and the
// page number below it.
constexpr double kSideMm = 20;
constexpr double kTopMm = 24;
constexpr double kBottomMm = 22;

double mmToPx(double mm, double dpi)
{
    return mm / 25.4 * dpi;
}

void paintFurniture(QPainter& p, const Report& report, const PaperGeometry& paper, int page, int pages)
{
    const QColor muted = paper::kMuted;
    const double left = paper.margins.left();
    const double right = paper.page.width() - paper.margins.right();
    const double width = right - left;
    p.save();
    p.setPen(muted);
    if (page > 0) {
        // Running header: the review on the left, the incident and version on the right.
        const double baseline = mmToPx(kTopMm - 10, paper.dpi);
        p.setFont(paper::sansFont(8));
        QString tag = report.doc.review.incidentRef;
        if (report.options.publicVersion)
            tag = tag.isEmpty() ? ReportText::tr("Public version") : ReportText::tr("%1 · public version").arg(tag);
        const QFontMetricsF fm(p.font(), p.device());
        const double rightWidth = fm.horizontalAdvance(tag);
        const QString title = fm.elidedText(report.doc.review.title, Qt::ElideRight, width - rightWidth - paper.device(24));
        p.drawText(QPointF(left, baseline), title);
        p.drawText(QPointF(left + width - rightWidth, baseline), tag);
        p.setPen(QPen(paper::kRule, paper.device(0.5)));
        p.drawLine(QPointF(left, baseline + paper.device(5)), QPointF(left + width, baseline + paper.device(5)));
    }
    // Footer: what this is and when it was made on the left, the page on the right.
    p.setPen(muted);
    p.setFont(paper::sansFont(7.5));
    const QFontMetricsF fm(p.font(), p.device());
    const double baseline = paper.page.height() - mmToPx(kBottomMm - 12, paper.dpi);
    const QString pageText = ReportText::tr("Page %1 of %2").arg(page + 1).arg(pages);
    const QString made = ReportText::tr("Post-incident review · exported %1 with Hindsight")
                             .arg(formatDateTime(report.generatedMs, report.doc.review.timeZone));
    p.drawText(QPointF(left, baseline), fm.elidedText(made, Qt::ElideRight, width * 0.7));
    p.drawText(QPointF(left + width - fm.horizontalAdvance(pageText), baseline), pageText);
    p.restore();
}

} // namespace

int paintReport(const Report& report, QPagedPaintDevice* device, QString* error)
{
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    PaperGeometry paper;
    paper.dpi = device->logicalDpiY();
    paper.page = QSizeF(device->width(), device->height());
    paper.margins = QMarginsF(mmToPx(kSideMm, paper.dpi), mmToPx(kTopMm, paper.dpi), mmToPx(kSideMm, paper.dpi),
                              mmToPx(kBottomMm, paper.dpi));
    if (paper.page.isEmpty() || paper.dpi <= 0) {
        if (error)
            *error = ReportText::tr("The printer or file has no usable page size.");
        return 0;
    }

    const std::unique_ptr<QTextDocument> doc = buildReportDocument(report, device, paper);
    const int pages = doc->pageCount();
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = ReportText::tr("Could not start drawing on the printer or file.");
        return 0;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            if (error)
                *error = ReportText::tr("Could not start page %1.").arg(page + 1);
            painter.end();
            return 0;
        }
        painter.save();
        painter.translate(0, -page * paper.page.height());
        context.clip = QRectF(0, page * paper.page.height(), paper.page.width(), paper.page.height());
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        paintFurniture(painter, report, paper, page, pages);
    }
    if (!painter.end()) {
        if (error)
            *error = ReportText::tr("The printer or file did not accept the pages.");
        return 0;
    }
    return pages;
}

bool writeReportPdf(const Report& report, const QString& path, QString* error, int* pages)
{
    PdfDocumentInfo info;
    info.title = reportDocumentTitle(report);
    info.author = report.options.author.isEmpty() ? report.doc.review.facilitator : report.options.author;
    info.generatedMs = report.generatedMs;
    info.pageSize = report.options.pageSize;
    return writePdfFile(
        path, info, [&report](QPagedPaintDevice* device, QString* e) { return paintReport(report, device, e); }, error,
        pages);
}

} // namespace hs
