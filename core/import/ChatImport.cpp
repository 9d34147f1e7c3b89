#include "import/ChatImport.h"

#include "import/ImportSupport.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace hs {

using namespace importsupport;

namespace {

// [2026-04-14 14:32:10] Name: text — the brackets, the date and the seconds are optional, the
// closing bracket only with an opening one. A name has no colon and is short, so a line such as
// "14:32 see https://…" or a long sentence with a colon continues the message above instead.
const QRegularExpression& messageLine()
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\[)?(?:(\\d{4}-\\d{2}-\\d{2})[ T])?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?(1)\\])"
                       "\\s*([^:\\s\\[\\]][^:]{0,63}?)\\s*:(?:\\s+(.*))?$"));
    return re;
}

} // namespace

ImportResult importChatText(const QString& text, const QDate& day, const QString& timeZone,
                            const QString& fileNameForMessages)
{
    ImportResult result;
    result.format = QStringLiteral("chat");
    result.sourceName = fileNameForMessages.isEmpty()
        ? QCoreApplication::translate("hs::Import", "Pasted chat")
        : QCoreApplication::translate("hs::Import", "%1 (chat)").arg(QFileInfo(fileNameForMessages).fileName());
    const QString& file = fileNameForMessages;
    if (!timeZone.isEmpty() && !QTimeZone(timeZone.toUtf8()).isValid()) {
        result.problems.append(problemAt(
            file, 0, QCoreApplication::translate("hs::Import", "“%1” is not a known time zone; expected e.g. Europe/Berlin")
                         .arg(timeZone)));
        return result;
    }
    const QTimeZone zone = zoneOrUtc(timeZone);
    constexpr qint64 kHalfDay = 12 * 3600 * 1000LL;

    QDate current = day;
    std::optional<qint64> previousLocal; // wall-clock time of the previous message, as if it were UTC
    std::optional<qint64> previousUtc;
    bool complainedAboutStart = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size() && !tooManyProblems(result, file); ++i) {
        QStringView line(lines.at(i));
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (i == 0 && line.startsWith(QChar(0xFEFF)))
            line = line.mid(1);
        const QRegularExpressionMatch match = messageLine().match(line);
        if (!match.hasMatch()) {
            if (!result.messages.isEmpty()) {
                result.messages.last().text += QLatin1Char('\n') + line.toString();
            } else if (!line.trimmed().isEmpty() && !complainedAboutStart) {
                complainedAboutStart = true;
                result.problems.append(problemAt(
                    file, static_cast<int>(i + 1),
                    QCoreApplication::translate("hs::Import", "this line is not a chat message; expected lines such as "
                                                              "“[14:32] Priya Raman: text”")));
            }
            continue;
        }
        const QTime time(match.capturedView(3).toInt(), match.capturedView(4).toInt(),
                         match.capturedView(5).isEmpty() ? 0 : match.capturedView(5).toInt());
        if (!time.isValid()) {
            result.problems.append(problemAt(
                file, static_cast<int>(i + 1),
                QCoreApplication::translate("hs::Import", "“%1” is not a time of day")
                    .arg(match.captured(3) + QLatin1Char(':') + match.captured(4))));
            continue;
        }
        if (!match.capturedView(2).isEmpty()) {
            const QDate date = QDate::fromString(match.captured(2), QStringLiteral("yyyy-MM-dd"));
            if (!date.isValid()) {
                result.problems.append(problemAt(
                    file, static_cast<int>(i + 1),
                    QCoreApplication::translate("hs::Import", "“%1” is not a date").arg(match.captured(2))));
                continue;
            }
            current = date;
        } else if (!current.isValid()) {
            result.problems.append(problemAt(
                file, static_cast<int>(i + 1),
                QCoreApplication::translate("hs::Import", "the line has no date; choose the day the chat is from")));
            continue;
        }
        qint64 local = QDateTime(current, time, QTimeZone::utc()).toMSecsSinceEpoch();
        if (match.capturedView(2).isEmpty() && previousLocal && local < *previousLocal - kHalfDay) {
            current = current.addDays(1);
            local = QDateTime(current, time, QTimeZone::utc()).toMSecsSinceEpoch();
        }
        ImportedMessage m;
        m.atMs = localToUtc(current, time, zone, previousUtc);
        m.author = match.captured(6).trimmed();
        m.text = match.captured(7);
        result.messages.append(m);
        previousLocal = local;
        previousUtc = m.atMs;
    }
    if (result.messages.isEmpty() && result.problems.isEmpty()) {
        result.problems.append(problemAt(
            file, 0,
            QCoreApplication::translate("hs::Import",
                                        "no chat messages found; expected lines such as “[14:32] Priya Raman: text”")));
    }
    if (!result.problems.isEmpty()) {
        finishResult(result);
        return result;
    }

    ContentIds ids(QStringLiteral("chat:"));
    PeopleList people;
    for (ImportedMessage& m : result.messages) {
        m.text = m.text.trimmed();
        m.externalId = ids.next(QByteArray::number(m.atMs) + '\x1f' + m.author.toUtf8() + '\x1f' + m.text.toUtf8());
        people.add(QString(), m.author);
    }
    std::stable_sort(result.messages.begin(), result.messages.end(),
                     [](const ImportedMessage& a, const ImportedMessage& b) { return a.atMs < b.atMs; });
    result.people = people.take();
    return result;
}

ImportResult importChatFile(const QString& path, const QDate& day, const QString& timeZone)
{
    QString error;
    const std::optional<QByteArray> bytes = readWholeFile(path, &error);
    if (!bytes) {
        ImportResult result;
        result.format = QStringLiteral("chat");
        result.problems.append(problemAt(path, 0, error));
        return result;
    }
    return importChatText(decodeText(*bytes), day, timeZone, path);
}

} // namespace hs
