#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace hs {

QTimeZone zoneOrUtc(const QString& ianaId)
{
    QTimeZone zone(ianaId.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QDateTime toZone(qint64 msUtc, const QString& ianaId)
{
    return QDateTime::fromMSecsSinceEpoch(msUtc, zoneOrUtc(ianaId));
}

QString formatDateTime(std::optional<qint64> msUtc, const QString& ianaId)
{
    if (!msUtc)
        return QString();
    const QDateTime dt = toZone(*msUtc, ianaId);
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ') + dt.timeZoneAbbreviation();
}

QString formatDuration(std::optional<qint64> ms)
{
    if (!ms)
        return QString();
    const bool negative = *ms < 0;
    qint64 minutes = (negative ? -*ms : *ms) / 60000;
    QString text;
    if (minutes < 60) {
        text = QCoreApplication::translate("hs::Time", "%1 min").arg(minutes);
    } else if (minutes < 24 * 60) {
        text = QCoreApplication::translate("hs::Time", "%1 h %2 min")
                   .arg(minutes / 60)
                   .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    } else {
        text = QCoreApplication::translate("hs::Time", "%1 d %2 h").arg(minutes / 1440).arg((minutes % 1440) / 60);
    }
    return negative ? QStringLiteral("−") + text : text;
}

std::optional<qint64> parseIsoDateTime(const QString& text, const QString& ianaId)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), zoneOrUtc(ianaId));
    return dt.toMSecsSinceEpoch();
}

std::optional<qint64> parseUserDateTime(const QString& text, const QString& ianaId)
{
    const QString t = text.simplified();
    for (const char* format : {"yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd H:mm", "yyyy-MM-dd H:mm:ss"}) {
        const QDateTime local = QDateTime::fromString(t, QLatin1String(format));
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zoneOrUtc(ianaId)).toMSecsSinceEpoch();
    }
    return parseIsoDateTime(t, ianaId);
}

QString formatUserDateTime(std::optional<qint64> msUtc, const QString& ianaId)
{
    if (!msUtc)
        return QString();
    const QDateTime dt = toZone(*msUtc, ianaId);
    return dt.toString(dt.time().second() ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace hs
