#include "domain/QuickEntry.h"

#include "domain/Enums.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hs {

namespace {

constexpr qint64 kHalfDayMs = 12LL * 60 * 60 * 1000;

QString formsHint()
{
    return QCoreApplication::translate("hs::QuickEntry",
                                       "Type a time such as 14:32, 14:32:10, +5m, 2026-04-14 14:32 or ISO 8601.");
}

std::optional<qint64> parseRelative(const QString& text, qint64 base)
{
    static const QRegularExpression re(
        QStringLiteral("^([+-])\\s*(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m(?:in)?)?\\s*(?:(\\d+)\\s*s)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty() && m.captured(4).isEmpty()))
        return std::nullopt;
    const qint64 ms = (m.captured(2).toLongLong() * 3600 + m.captured(3).toLongLong() * 60 + m.captured(4).toLongLong())
        * 1000;
    return m.captured(1) == QLatin1String("-") ? base - ms : base + ms;
}

std::optional<qint64> parseClock(const QString& text, const TimeEntryContext& context)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QTime time(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!time.isValid())
        return std::nullopt;
    const QTimeZone zone = zoneOrUtc(context.timeZone);
    const qint64 reference = context.referenceMs.value_or(QDateTime::currentMSecsSinceEpoch());
    const QDate day = QDateTime::fromMSecsSinceEpoch(reference, zone).date();
    qint64 at = QDateTime(day, time, zone).toMSecsSinceEpoch();
    if (context.referenceMs) {
        // An incident that runs past midnight: 00:10 after 23:50 is the next day.
        if (at < reference - kHalfDayMs)
            at = QDateTime(day.addDays(1), time, zone).toMSecsSinceEpoch();
        else if (at > reference + kHalfDayMs)
            at = QDateTime(day.addDays(-1), time, zone).toMSecsSinceEpoch();
    }
    return at;
}

} // namespace

std::optional<qint64> parseEventTime(const QString& text, const TimeEntryContext& context, QString* error)
{
    const QString t = text.simplified();
    if (t.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("hs::QuickEntry", "The time is missing.") + QLatin1Char(' ') + formsHint();
        return std::nullopt;
    }
    if (t.startsWith(QLatin1Char('+')) || t.startsWith(QLatin1Char('-'))) {
        if (!context.referenceMs) {
            if (error)
                *error = QCoreApplication::translate("hs::QuickEntry",
                                                     "“%1” is relative, but there is no earlier event or incident start "
                                                     "to count from. Type a clock time such as 14:32.")
                             .arg(t);
            return std::nullopt;
        }
        if (const auto relative = parseRelative(t, *context.referenceMs))
            return relative;
    } else if (const auto clock = parseClock(t, context)) {
        return clock;
    } else if (const auto full = parseUserDateTime(t, context.timeZone)) {
        return full;
    }
    if (error)
        *error = QCoreApplication::translate("hs::QuickEntry", "“%1” is not a time.").arg(t) + QLatin1Char(' ')
            + formsHint();
    return std::nullopt;
}

QString eventKindForKeyword(const QString& word)
{
    const QString w = word.trimmed().toLower();
    if (w.isEmpty())
        return QString();
    for (const QString& code : Vocabulary::codes(Vocab::EventKind)) {
        if (w == code || w == Vocabulary::label(Vocab::EventKind, code).toLower()
            || w == QString(code).replace(QLatin1Char('_'), QLatin1Char(' ')))
            return code;
    }
    static const QList<QPair<const char*, const char*>> synonyms = {
        {"page", "alert"},          {"paged", "alert"},           {"alarm", "alert"},
        {"detect", "detection"},    {"detected", "detection"},    {"diag", "diagnosis"},
        {"investigate", "diagnosis"}, {"deploy", "change"},       {"deployed", "change"},
        {"config", "change"},       {"rollout", "change"},        {"comms", "communication"},
        {"comm", "communication"},  {"update", "communication"},  {"decided", "decision"},
        {"fix", "mitigation"},      {"mitigated", "mitigation"},  {"mitigate", "mitigation"},
        {"resolved", "resolution"}, {"resolve", "resolution"},    {"key", "key_moment"},
        {"milestone", "key_moment"}, {"note", "other"},           {"observed", "observation"},
    };
    for (const auto& [from, to] : synonyms) {
        if (w == QLatin1String(from))
            return QString::fromLatin1(to);
    }
    return QString();
}

std::optional<QuickEntry> parseQuickEntry(const QString& line, const TimeEntryContext& context, QString* error)
{
    const QString simplified = line.simplified();
    // The time is the first word, or the first two when they are a date and a time.
    QStringList words = simplified.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("hs::QuickEntry", "Type a time and what happened, e.g. “14:32 alert "
                                                                   "checkout latency page fired”.");
        return std::nullopt;
    }
    int timeWords = 1;
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (words.size() > 1 && date.match(words.at(0)).hasMatch())
        timeWords = 2;
    const QString timeText = words.mid(0, timeWords).join(QLatin1Char(' '));
    const std::optional<qint64> at = parseEventTime(timeText, context, error);
    if (!at)
        return std::nullopt;
    words = words.mid(timeWords);

    QuickEntry entry;
    entry.atMs = *at;
    entry.kind = QStringLiteral("other");
    if (words.size() > 1) {
        const QString kind = eventKindForKeyword(words.first());
        if (!kind.isEmpty()) {
            entry.kind = kind;
            words.removeFirst();
        }
    }
    QString text = words.join(QLatin1Char(' '));
    // "Priya: restarted the pods" names who did it, when Priya is a participant.
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QString who = text.left(colon).trimmed();
        for (const QString& name : context.participants) {
            if (name.compare(who, Qt::CaseInsensitive) == 0
                || name.section(QLatin1Char(' '), 0, 0).compare(who, Qt::CaseInsensitive) == 0) {
                entry.actor = name;
                text = text.mid(colon + 1).trimmed();
                break;
            }
        }
    }
    if (text.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("hs::QuickEntry", "Say what happened after the time, e.g. “%1 alert "
                                                                   "checkout latency page fired”.")
                         .arg(timeText);
        return std::nullopt;
    }
    entry.text = text;
    return entry;
}

QString formatEventTime(qint64 atMs, const QString& timeZone)
{
    const QDateTime dt = toZone(atMs, timeZone);
    return dt.toString(dt.time().second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

QString formatOffset(qint64 atMs, std::optional<qint64> startMs)
{
    if (!startMs)
        return QString();
    const qint64 diff = atMs - *startMs;
    const qint64 total = (diff < 0 ? -diff : diff) / 1000;
    const qint64 h = total / 3600;
    const qint64 m = (total / 60) % 60;
    const qint64 s = total % 60;
    QString body = h > 0 ? QStringLiteral("%1:%2").arg(h).arg(m, 2, 10, QLatin1Char('0'))
                         : QStringLiteral("00:%1").arg(m, 2, 10, QLatin1Char('0'));
    if (s)
        body += QStringLiteral(":%1").arg(s, 2, 10, QLatin1Char('0'));
    return (diff < 0 ? QStringLiteral("T-") : QStringLiteral("T+")) + body;
}

} // namespace hs
