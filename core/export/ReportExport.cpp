#include "export/ReportExport.h"

#include "export/HtmlReport.h"
#include "export/MarkdownReport.h"
#include "export/PdfReport.h"
#include "export/ReportSink.h"

#include <QFileInfo>
#include <QSaveFile>

namespace hs {

std::optional<ReportFormat> reportFormatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ReportFormat::Html;
    return std::nullopt;
}

QString reportFormatSuffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Markdown: return QStringLiteral("md");
    case ReportFormat::Html: return QStringLiteral("html");
    }
    return QString();
}

bool exportReport(const Report& report, ReportFormat format, const QString& path, QString* error, int* pages)
{
    if (format == ReportFormat::Pdf)
        return writeReportPdf(report, path, error, pages);
    const QString text = format == ReportFormat::Markdown ? reportToMarkdown(report) : reportToHtml(report);
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = ReportText::tr("Cannot write “%1”: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    if (pages)
        *pages = 0;
    return true;
}

} // namespace hs
