#include "import/ImportSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonParseError>
#include <QStringDecoder>

#include <algorithm>

namespace hs::importsupport {

QString sha1Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

QString ContentIds::next(const QByteArray& content)
{
    const int n = ++m_seen[content];
    if (n == 1)
        return m_prefix + sha1Hex(content);
    return m_prefix + sha1Hex(content + '\x1e' + QByteArray::number(n));
}

std::optional<QByteArray> readWholeFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("hs::Import", "The file cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

QString decodeText(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid())
        return cp1252.decode(bytes);
    return QString::fromLatin1(bytes);
}

int lineAtOffset(const QByteArray& bytes, qint64 offset)
{
    offset = std::clamp<qint64>(offset, 0, bytes.size());
    return 1 + static_cast<int>(std::count(bytes.cbegin(), bytes.cbegin() + offset, '\n'));
}

ImportProblem jsonProblem(const QString& file, const QByteArray& bytes, const QJsonParseError& error)
{
    // Qt reports the offset after the token it could not use and the white space that follows
    // it; the line of that token is the one to show. Trailing garbage is reported where it starts.
    qint64 at = std::clamp<qint64>(error.offset, 0, bytes.size());
    if (error.error != QJsonParseError::GarbageAtEnd) {
        while (at > 0 && QByteArrayView(" \t\r\n").contains(bytes.at(at - 1)))
            --at;
        at = std::max<qint64>(at - 1, 0);
    }
    return problemAt(file, lineAtOffset(bytes, at),
                     QCoreApplication::translate("hs::Import", "the file is not valid JSON (%1)").arg(error.errorString()));
}

ImportProblem problemAt(const QString& file, int line, const QString& message)
{
    ImportProblem p;
    p.file = file;
    p.line = line;
    p.message = message;
    return p;
}

ImportProblem problemIn(const QString& file, const QString& record, const QString& message)
{
    ImportProblem p;
    p.file = file;
    p.record = record;
    p.message = message;
    return p;
}

std::optional<qint64> parseDecimalSecondsUs(QStringView text)
{
    text = text.trimmed();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    // Eleven digits of seconds reach the year 5138; more is not a time.
    if (whole.isEmpty() || whole.size() > 11 || fraction.size() > 6 || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    qint64 seconds = 0;
    for (QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        seconds = seconds * 10 + (c.unicode() - '0');
    }
    qint64 micros = 0;
    for (qsizetype i = 0; i < 6; ++i) {
        int digit = 0;
        if (i < fraction.size()) {
            const QChar c = fraction.at(i);
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
            digit = c.unicode() - '0';
        }
        micros = micros * 10 + digit;
    }
    return seconds * 1000000 + micros;
}

namespace {

int offsetAt(const QTimeZone& zone, qint64 msUtc)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msUtc, QTimeZone::utc()));
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

// Reads exactly n digits at pos; -1 when they are not there.
int digitsAt(QStringView s, qsizetype pos, qsizetype n)
{
    if (pos + n > s.size())
        return -1;
    int value = 0;
    for (qsizetype i = pos; i < pos + n; ++i) {
        const QChar c = s.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

qint64 localToUtc(QDate date, QTime time, const QTimeZone& zone, std::optional<qint64> notBefore)
{
    const qint64 naive = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    if (!zone.isValid() || zone == QTimeZone::utc())
        return naive;
    constexpr qint64 kDay = 24 * 3600 * 1000LL;
    const int before = offsetAt(zone, naive - kDay);
    const int after = offsetAt(zone, naive + kDay);
    const int here = offsetAt(zone, naive);
    QList<qint64> candidates;
    for (int offset : {before, here, after}) {
        const qint64 utc = naive - offset * 1000LL;
        if (offsetAt(zone, utc) == offset && !candidates.contains(utc))
            candidates.append(utc);
    }
    if (candidates.isEmpty())
        return naive - before * 1000LL;
    std::sort(candidates.begin(), candidates.end());
    if (notBefore) {
        for (qint64 c : candidates) {
            if (c >= *notBefore)
                return c;
        }
    }
    return candidates.first();
}

std::optional<qint64> parseTimeText(QStringView text, const QTimeZone& zone, std::optional<qint64> notBefore)
{
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;

    // Unix time: ten digits are seconds (until the year 2286), thirteen are milliseconds. Fewer
    // than nine digits would be before 1973 and more likely a compact date than a time.
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? t : t.left(dot);
    if (allDigits(whole) && (dot < 0 || allDigits(t.mid(dot + 1)))) {
        if (whole.size() < 9)
            return std::nullopt;
        if (dot < 0 && whole.size() >= 12)
            return whole.size() <= 14 ? std::optional<qint64>(whole.toLongLong()) : std::nullopt;
        if (const auto us = parseDecimalSecondsUs(t))
            return *us / 1000;
        return std::nullopt;
    }

    // yyyy-MM-dd[T ]H[H]:mm[:ss[.fff]][Z|±hh[:mm]|±hhmm| UTC]
    const int year = digitsAt(t, 0, 4), month = digitsAt(t, 5, 2), day = digitsAt(t, 8, 2);
    if (year < 0 || month < 0 || day < 0 || t.at(4) != QLatin1Char('-') || t.at(7) != QLatin1Char('-') || t.size() < 11)
        return std::nullopt;
    const QChar sep = t.at(10);
    if (sep != QLatin1Char('T') && sep != QLatin1Char('t') && sep != QLatin1Char(' '))
        return std::nullopt;
    qsizetype pos = 11;
    while (pos < t.size() && t.at(pos) == QLatin1Char(' '))
        ++pos;
    int hour = digitsAt(t, pos, 2);
    if (hour >= 0) {
        pos += 2;
    } else {
        hour = digitsAt(t, pos, 1);
        pos += 1;
    }
    if (hour < 0 || pos >= t.size() || t.at(pos) != QLatin1Char(':'))
        return std::nullopt;
    const int minute = digitsAt(t, pos + 1, 2);
    if (minute < 0)
        return std::nullopt;
    pos += 3;
    int second = 0, ms = 0;
    if (pos < t.size() && t.at(pos) == QLatin1Char(':')) {
        second = digitsAt(t, pos + 1, 2);
        if (second < 0)
            return std::nullopt;
        pos += 3;
        if (pos < t.size() && (t.at(pos) == QLatin1Char('.') || t.at(pos) == QLatin1Char(','))) {
            ++pos;
            int digits = 0;
            while (pos < t.size() && t.at(pos).isDigit()) {
                if (digits < 3)
                    ms = ms * 10 + (t.at(pos).unicode() - '0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return std::nullopt;
            for (int d = digits; d < 3; ++d)
                ms *= 10;
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    QStringView rest = t.mid(pos).trimmed();
    if (rest.isEmpty())
        return localToUtc(date, time, zone, notBefore);
    const qint64 naive = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    if (rest == QLatin1String("Z") || rest == QLatin1String("z") || rest == QLatin1String("UTC"))
        return naive;
    if (rest.at(0) != QLatin1Char('+') && rest.at(0) != QLatin1Char('-') && rest.at(0) != QChar(0x2212))
        return std::nullopt;
    const int sign = rest.at(0) == QLatin1Char('+') ? 1 : -1;
    const int oh = digitsAt(rest, 1, 2);
    int om = 0;
    if (rest.size() == 6 && rest.at(3) == QLatin1Char(':'))
        om = digitsAt(rest, 4, 2);
    else if (rest.size() == 5)
        om = digitsAt(rest, 3, 2);
    else if (rest.size() != 3)
        return std::nullopt;
    if (oh < 0 || oh > 14 || om < 0 || om > 59)
        return std::nullopt;
    return naive - sign * (oh * 3600 + om * 60) * 1000LL;
}

void PeopleList::add(const QString& id, const QString& name, const QString& role)
{
    if (name.isEmpty())
        return;
    const QString key = id.isEmpty() ? QStringLiteral("name:") + name : id;
    if (m_keys.contains(key))
        return;
    m_keys.insert(key);
    m_people.append({id, name, role});
}

void finishResult(ImportResult& result)
{
    if (result.problems.isEmpty() && !result.cancelled)
        return;
    result.messages.clear();
    result.events.clear();
}

bool keepGoing(const ImportProgress& progress, qint64 done, qint64 total, ImportResult& result)
{
    if (progress && !progress(done, total))
        result.cancelled = true;
    return !result.cancelled;
}

bool tooManyProblems(ImportResult& result, const QString& file)
{
    if (result.problems.size() < kMaxProblems)
        return false;
    if (result.problems.size() == kMaxProblems) {
        result.problems.append(problemAt(
            file, 0, QCoreApplication::translate("hs::Import", "more problems were found; fix these first")));
    }
    return true;
}

} // namespace hs::importsupport
