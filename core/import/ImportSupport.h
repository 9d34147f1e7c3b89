#pragma once

// Helpers shared by the importers; not part of the import API.

#include "import/ImportTypes.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>
#include <utility>

class QJsonParseError;

namespace hs::importsupport {

QString sha1Hex(const QByteArray& bytes);

// Ids from content hashes, so that re-importing the same text gives the same ids. Two identical
// records in one source (the same "+1" twice in a minute) are both kept: the second one's
// hash also covers its occurrence number.
class ContentIds
{
public:
    explicit ContentIds(QString prefix)
        : m_prefix(std::move(prefix))
    {
    }
    QString next(const QByteArray& content);

private:
    QString m_prefix;
    QHash<QByteArray, int> m_seen;
};

// The whole file, or nullopt with a translated reason.
std::optional<QByteArray> readWholeFile(const QString& path, QString* error);
// UTF-8 without its byte order mark; bytes that are not UTF-8 are read as Windows-1252, which
// is what spreadsheet programs on Windows write when they do not write UTF-8.
QString decodeText(QByteArray bytes);

// 1-based line of a byte offset.
int lineAtOffset(const QByteArray& bytes, qint64 offset);
ImportProblem jsonProblem(const QString& file, const QByteArray& bytes, const QJsonParseError& error);

ImportProblem problemAt(const QString& file, int line, const QString& message);
ImportProblem problemIn(const QString& file, const QString& record, const QString& message);

// "1712999345.000200" as microseconds since the epoch, digit by digit, so nothing is rounded
// through a double. Up to six fraction digits; none is fine.
std::optional<qint64> parseDecimalSecondsUs(QStringView text);

// A local date and time in zone as UTC milliseconds. A time that does not exist (clocks went
// forward) is read with the offset before the change, as a clock that was not moved would show
// it. A time that exists twice (clocks went back) is the earlier one, unless notBefore says the
// record comes after that: then the later one, so a log that runs through the repeated hour
// stays in order.
qint64 localToUtc(QDate date, QTime time, const QTimeZone& zone, std::optional<qint64> notBefore = std::nullopt);

// A time cell: ISO 8601 with or without an offset, "2026-04-14 09:12[:SS[.mmm]]", or Unix
// seconds or milliseconds. Times without an offset are in zone (see localToUtc).
std::optional<qint64> parseTimeText(QStringView text, const QTimeZone& zone,
                                    std::optional<qint64> notBefore = std::nullopt);

// Collects the people of an import once each, in the order they first appear.
class PeopleList
{
public:
    void add(const QString& id, const QString& name, const QString& role = QString());
    QList<ImportResult::Person> take() { return std::move(m_people); }

private:
    QList<ImportResult::Person> m_people;
    QSet<QString> m_keys;
};

// Problems make the import refuse as a whole, so nothing half-read is offered for applying.
void finishResult(ImportResult& result);
// Asks the progress callback; false (and result.cancelled) when the user cancelled.
bool keepGoing(const ImportProgress& progress, qint64 done, qint64 total, ImportResult& result);

// Stops collecting after this many problems: a wrong file would otherwise list every row.
inline constexpr int kMaxProblems = 100;
bool tooManyProblems(ImportResult& result, const QString& file);

} // namespace hs::importsupport
