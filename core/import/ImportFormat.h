#pragma once

#include <QString>

#include <optional>

namespace hs {

enum class ImportFormat { Slack, PagerDuty, Csv, Chat };

// "slack", "pagerduty", "csv", "chat" (as ImportResult::format and the command line name them).
std::optional<ImportFormat> formatFromName(const QString& name);
QString formatName(ImportFormat format);

// What a path most likely is: a folder is a Slack export, .csv/.tsv a table, JSON with PagerDuty
// log entries a paging log, anything else chat lines.
ImportFormat guessFormat(const QString& path);

} // namespace hs
