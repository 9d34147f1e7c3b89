#include "import/ImportFormat.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hs {

namespace {

constexpr struct {
    ImportFormat format;
    const char* name;
} kNames[] = {
    {ImportFormat::Slack, "slack"},
    {ImportFormat::PagerDuty, "pagerduty"},
    {ImportFormat::Csv, "csv"},
    {ImportFormat::Chat, "chat"},
};

bool isPagerDutyLog(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (doc.isObject())
        return doc.object().value(QLatin1String("log_entries")).isArray();
    const QJsonArray list = doc.array();
    return !list.isEmpty()
        && list.first().toObject().value(QLatin1String("type")).toString().contains(QLatin1String("_log_entry"));
}

} // namespace

std::optional<ImportFormat> formatFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    for (const auto& entry : kNames) {
        if (key == QLatin1String(entry.name))
            return entry.format;
    }
    return std::nullopt;
}

QString formatName(ImportFormat format)
{
    for (const auto& entry : kNames) {
        if (entry.format == format)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

ImportFormat guessFormat(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return ImportFormat::Slack;
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return ImportFormat::Csv;
    if (suffix == QLatin1String("json") && isPagerDutyLog(path))
        return ImportFormat::PagerDuty;
    return ImportFormat::Chat;
}

} // namespace hs
