#include "export/PdfFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimeZone>

namespace hs {

namespace {

class PdfText
{
    Q_DECLARE_TR_FUNCTIONS(hs::PdfFile)
};

QByteArray xmpMetadata(const PdfDocumentInfo& info)
{
    const QString date = QDateTime::fromMSecsSinceEpoch(info.generatedMs, QTimeZone::utc()).toString(Qt::ISODate);
    const QString xml = QStringLiteral(
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
        "<dc:format>application/pdf</dc:format>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\"Hindsight\" "
        "xmp:CreateDate=\"%3\" xmp:ModifyDate=\"%3\"/>\n"
        "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" pdf:Producer=\"Hindsight\"/>\n"
        "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>");
    return xml.arg(info.title.toHtmlEscaped(), info.author.toHtmlEscaped(), date).toUtf8();
}

QString cannotWrite(const QString& path, const QString& why)
{
    return PdfText::tr("Cannot write “%1”: %2").arg(QFileInfo(path).absoluteFilePath(), why);
}

} // namespace

bool writePdfFile(const QString& path, const PdfDocumentInfo& info, const PdfPagePainter& paint, QString* error,
                  int* pages)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = cannotWrite(path, file.errorString());
        return false;
    }
    int count = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setPageSize(QPageSize(info.pageSize));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setTitle(info.title);
        writer.setCreator(QStringLiteral("Hindsight %1").arg(QCoreApplication::applicationVersion()).trimmed());
        writer.setDocumentXmpMetadata(xmpMetadata(info));
        QString paintError;
        count = paint(&writer, &paintError);
        if (count == 0) {
            file.cancelWriting();
            if (error)
                *error = paintError;
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = cannotWrite(path, file.errorString());
        return false;
    }
    if (pages)
        *pages = count;
    return true;
}

} // namespace hs
