#pragma once

#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace hs {

// What a Hindsight PDF says about itself: the title (Info and XMP), the author (XMP only: Qt's
// QPdfWriter has no Info /Author) and when it was made.
struct PdfDocumentInfo {
    QString title;
    QString author;
    qint64 generatedMs = 0;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

// Paints the pages onto the device; returns how many, or 0 with *error set.
using PdfPagePainter = std::function<int(QPagedPaintDevice* device, QString* error)>;

// Writes a portrait PDF atomically (QSaveFile): the file at path is replaced only once the new
// one is complete, and nothing is left behind when painting or writing fails.
bool writePdfFile(const QString& path, const PdfDocumentInfo& info, const PdfPagePainter& paint, QString* error,
                  int* pages = nullptr);

} // namespace hs
