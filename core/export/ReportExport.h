#pragma once

#include "export/Report.h"

#include <optional>

namespace hs {

enum class ReportFormat { Pdf, Markdown, Html };

// "pdf", "md" or "markdown", "html" or "htm" (any case); nothing for anything else.
std::optional<ReportFormat> reportFormatFromName(const QString& name);
QString reportFormatSuffix(ReportFormat format);

// Writes the report to path in the format, atomically (a failed export leaves any earlier file
// as it was). On failure returns false with a message naming the file and the reason.
bool exportReport(const Report& report, ReportFormat format, const QString& path, QString* error, int* pages = nullptr);

} // namespace hs
