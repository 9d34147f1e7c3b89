#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace hs {

// Key times are stored as UTC milliseconds; a review names the IANA zone it is shown in.
QTimeZone zoneOrUtc(const QString& ianaId);
QDateTime toZone(qint64 msUtc, const QString& ianaId);
QString formatDateTime(std::optional<qint64> msUtc, const QString& ianaId);
// "45 min", "2 h 05 min", "3 d 4 h"; empty for no value.
QString formatDuration(std::optional<qint64> ms);
// ISO 8601 with offset or Z; a date-time without an offset is read in the given zone.
std::optional<qint64> parseIsoDateTime(const QString& text, const QString& ianaId);
// What a person types for a key time: "2026-04-14 09:12", with optional seconds, or ISO 8601.
std::optional<qint64> parseUserDateTime(const QString& text, const QString& ianaId);
// The form parseUserDateTime reads back: "2026-04-14 09:12" (seconds only when not zero).
QString formatUserDateTime(std::optional<qint64> msUtc, const QString& ianaId);

} // namespace hs
