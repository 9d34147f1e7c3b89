#pragma once

#include "export/Report.h"

#include <QString>

class QPagedPaintDevice;

namespace hs {

// The printed form of a review: a cover page, then the parts of the report set as a document
// (serif text, sans headings, tables whose header row repeats on every page), a running header
// with the title and a footer with the page number, the figures as vector drawings, links
// clickable.
//
// Paints onto a paged device: a QPdfWriter, or a QPrinter for printing and print preview, on the
// device's paper (a printer in full-page mode: the report keeps its own margins). Portrait only.
// Returns the number of pages, or 0 with *error set when the device cannot be painted on.
int paintReport(const Report& report, QPagedPaintDevice* device, QString* error);

// Writes the PDF on the options' paper, atomically: the file at path is replaced only once the new one is complete.
// The PDF carries the title and author (in its Info and XMP metadata).
bool writeReportPdf(const Report& report, const QString& path, QString* error, int* pages = nullptr);

} // namespace hs
