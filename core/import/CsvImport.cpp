#include "import/CsvImport.h"

#include "domain/Enums.h"
#include "import/ImportSupport.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>
#include <numeric>

namespace hs {

using namespace importsupport;

namespace {

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

// The delimiter the first record uses most, counting only outside quotes.
QChar detectDelimiter(QStringView text)
{
    std::array<int, 3> counts = {0, 0, 0};
    const std::array<QChar, 3> candidates = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && isLineBreak(c))
            break;
        else if (!quoted) {
            for (size_t i = 0; i < candidates.size(); ++i)
                counts[i] += c == candidates[i];
        }
    }
    const auto best = std::max_element(counts.begin(), counts.end()); // the first wins a tie: comma
    return *best > 0 ? candidates[static_cast<size_t>(best - counts.begin())] : QLatin1Char(',');
}

QString normalisedHeader(const QString& name)
{
    QString out;
    for (QChar c : name.trimmed().toLower())
        out += c.isLetterOrNumber() ? c : QLatin1Char('_');
    return out;
}

} // namespace

CsvTable parseCsv(const QString& text, QString* error)
{
    CsvTable table;
    error->clear();
    QStringView s(text);
    if (s.startsWith(QChar(0xFEFF)))
        s = s.mid(1);
    const qsizetype n = s.size();
    table.delimiter = detectDelimiter(s);
    const QChar delimiter = table.delimiter;

    QList<QStringList> records;
    QStringList row;
    int line = 1;
    int rowLine = 1;
    qsizetype i = 0;
    bool rowHasContent = false;
    // Each turn reads one field and what ends it.
    while (i < n) {
        QString field;
        if (s.at(i) == QLatin1Char('"')) {
            const int quoteLine = line;
            ++i;
            bool closed = false;
            while (i < n) {
                const qsizetype quote = s.indexOf(QLatin1Char('"'), i);
                const qsizetype end = quote < 0 ? n : quote;
                for (qsizetype k = i; k < end; ++k) {
                    const QChar c = s.at(k);
                    if (c == QLatin1Char('\r')) {
                        // A line break inside a field is kept as "\n" whatever the file uses.
                        field += QLatin1Char('\n');
                        ++line;
                        if (k + 1 < end && s.at(k + 1) == QLatin1Char('\n'))
                            ++k;
                    } else {
                        if (c == QLatin1Char('\n'))
                            ++line;
                        field += c;
                    }
                }
                if (quote < 0) {
                    i = n;
                    break;
                }
                if (quote + 1 < n && s.at(quote + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    i = quote + 2;
                    continue;
                }
                i = quote + 1;
                closed = true;
                break;
            }
            if (!closed) {
                table.errorLine = quoteLine;
                *error = QCoreApplication::translate("hs::Import",
                                                     "a quoted field starts here but its closing quote (\") is "
                                                     "missing; a quote inside a field is written twice (\"\")");
                return table;
            }
            // Some writers put text after the closing quote ("a"b); keep it rather than lose it.
            const qsizetype from = i;
            while (i < n && s.at(i) != delimiter && !isLineBreak(s.at(i)))
                ++i;
            field += s.mid(from, i - from);
        } else {
            const qsizetype from = i;
            while (i < n && s.at(i) != delimiter && !isLineBreak(s.at(i)))
                ++i;
            field = s.mid(from, i - from).toString();
        }
        rowHasContent = rowHasContent || !field.isEmpty();
        row.append(field);
        if (i < n && s.at(i) == delimiter) {
            ++i;
            rowHasContent = true;
            if (i == n)
                row.append(QString());
            continue;
        }
        // End of the record: a line break or the end of the text.
        if (i < n) {
            if (s.at(i) == QLatin1Char('\r') && i + 1 < n && s.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++i;
        }
        if (rowHasContent) {
            records.append(row);
            table.rowLines.append(rowLine);
        }
        row.clear();
        rowHasContent = false;
        ++line;
        rowLine = line;
    }
    if (rowHasContent) {
        records.append(row);
        table.rowLines.append(rowLine);
    }
    if (records.isEmpty()) {
        table.errorLine = 1;
        *error = QCoreApplication::translate("hs::Import", "the file is empty; expected a header line and rows");
        return table;
    }
    table.header = records.takeFirst();
    for (QString& h : table.header)
        h = h.trimmed();
    table.rowLines.removeFirst();
    table.rows = std::move(records);
    return table;
}

CsvTable readCsv(const QString& path, QString* error)
{
    const std::optional<QByteArray> bytes = readWholeFile(path, error);
    if (!bytes)
        return {};
    return parseCsv(decodeText(*bytes), error);
}

QString csvEventKind(const QString& cell)
{
    static const QHash<QString, QString> kNames = [] {
        QHash<QString, QString> names;
        for (const QString& code : Vocabulary::codes(Vocab::EventKind)) {
            names.insert(code, code);
            QString spaced = code;
            names.insert(spaced.replace(QLatin1Char('_'), QLatin1Char(' ')), code);
            names.insert(spaced.replace(QLatin1Char(' '), QLatin1Char('-')), code);
        }
        return names;
    }();
    const QString key = cell.simplified().toLower();
    const QString code = kNames.value(key);
    if (!code.isEmpty() || key.isEmpty())
        return code;
    // The labels as shown in the running language, for files exported from Hindsight itself.
    for (const QString& c : Vocabulary::codes(Vocab::EventKind)) {
        if (Vocabulary::label(Vocab::EventKind, c).toLower() == key)
            return c;
    }
    return QString();
}

CsvMapping guessCsvMapping(const CsvTable& table)
{
    CsvMapping m;
    QStringList names;
    for (const QString& h : table.header)
        names.append(normalisedHeader(h));
    QList<bool> taken(names.size(), false);
    auto find = [&](std::initializer_list<const char*> synonyms) {
        // An exact name first, then a name with the word in it ("event_time", "user_name").
        for (const char* word : synonyms) {
            for (qsizetype c = 0; c < names.size(); ++c) {
                if (!taken[c] && names[c] == QLatin1String(word)) {
                    taken[c] = true;
                    return static_cast<int>(c);
                }
            }
        }
        for (const char* word : synonyms) {
            for (qsizetype c = 0; c < names.size(); ++c) {
                if (!taken[c] && names[c].split(QLatin1Char('_'), Qt::SkipEmptyParts).contains(QLatin1String(word))) {
                    taken[c] = true;
                    return static_cast<int>(c);
                }
            }
        }
        return -1;
    };
    m.timeColumn = find({"time", "timestamp", "date", "when", "datetime", "created", "at", "ts"});
    m.textColumn = find({"text", "message", "body", "description", "what", "content", "summary", "note", "msg"});
    m.authorColumn = find({"author", "user", "name", "who", "sender", "from", "actor", "username"});
    m.kindColumn = find({"kind", "type", "event", "category"});
    m.threadColumn = find({"thread", "thread_id", "thread_ts", "parent"});
    if (m.kindColumn >= 0) {
        int filled = 0, kinds = 0;
        for (const QStringList& row : table.rows) {
            const QString cell = row.value(m.kindColumn).trimmed();
            filled += !cell.isEmpty();
            kinds += !csvEventKind(cell).isEmpty();
        }
        m.asEvents = filled > 0 && kinds * 2 >= filled;
    }
    return m;
}

ImportResult importCsv(const QString& path, const CsvMapping& mapping, const ImportProgress& progress)
{
    ImportResult result;
    result.format = QStringLiteral("csv");
    result.sourceName = QCoreApplication::translate("hs::Import", "%1 (CSV)").arg(QFileInfo(path).fileName());
    QString error;
    const CsvTable table = readCsv(path, &error);
    if (!error.isEmpty()) {
        result.problems.append(problemAt(path, table.errorLine, error));
        return result;
    }
    const int columns = static_cast<int>(table.header.size());
    auto badColumn = [&](int column, bool required) {
        return column >= columns || column < -1 || (required && column < 0);
    };
    if (badColumn(mapping.timeColumn, true)) {
        result.problems.append(problemAt(
            path, 1, QCoreApplication::translate("hs::Import", "choose the column that holds the time of each row")));
    }
    if (badColumn(mapping.textColumn, true)) {
        result.problems.append(problemAt(
            path, 1, QCoreApplication::translate("hs::Import", "choose the column that holds the text of each row")));
    }
    if (badColumn(mapping.authorColumn, false) || badColumn(mapping.kindColumn, false)
        || badColumn(mapping.threadColumn, false)) {
        result.problems.append(problemAt(
            path, 1, QCoreApplication::translate("hs::Import", "a chosen column is not in the file (it has %1 columns)")
                         .arg(columns)));
    }
    const QTimeZone zone = zoneOrUtc(mapping.timeZone);
    if (!mapping.timeZone.isEmpty() && !QTimeZone(mapping.timeZone.toUtf8()).isValid()) {
        result.problems.append(problemAt(
            path, 0, QCoreApplication::translate("hs::Import", "“%1” is not a known time zone; expected e.g. Europe/Berlin")
                         .arg(mapping.timeZone)));
    }
    if (!result.problems.isEmpty())
        return result;

    ContentIds ids(QStringLiteral("csv:"));
    PeopleList people;
    std::optional<qint64> previous;
    struct Row {
        qint64 atMs;
        QString threadKey;
    };
    QList<Row> rows;
    const qint64 total = table.rows.size();
    for (qsizetype r = 0; r < total && !tooManyProblems(result, path); ++r) {
        if (r % 1000 == 0 && !keepGoing(progress, r, total, result)) {
            finishResult(result);
            return result;
        }
        const QStringList& row = table.rows.at(r);
        const int line = table.rowLines.at(r);
        if (row.size() < columns) {
            result.problems.append(problemAt(path, line,
                                             QCoreApplication::translate("hs::Import",
                                                                         "the row has %1 columns; the header line has %2")
                                                 .arg(row.size())
                                                 .arg(columns)));
            continue;
        }
        const QString timeCell = row.at(mapping.timeColumn).trimmed();
        const std::optional<qint64> at = parseTimeText(timeCell, zone, previous);
        if (!at) {
            result.problems.append(problemAt(
                path, line,
                QCoreApplication::translate("hs::Import", "the time “%1” is not a date and time; expected e.g. "
                                                          "2026-04-14 09:12 or ISO 8601")
                    .arg(timeCell)));
            continue;
        }
        previous = at;
        QStringList normalised;
        normalised.reserve(row.size());
        for (const QString& cell : row)
            normalised.append(cell.trimmed());
        const QString id = ids.next(normalised.join(QChar(0x1f)).toUtf8());
        const QString author = mapping.authorColumn >= 0 ? row.at(mapping.authorColumn).trimmed() : QString();
        const QString text = row.at(mapping.textColumn).trimmed();
        people.add(QString(), author);
        if (mapping.asEvents) {
            ImportedEvent e;
            e.externalId = id;
            e.atMs = *at;
            e.kind = mapping.kindColumn >= 0 ? csvEventKind(row.at(mapping.kindColumn)) : QString();
            if (e.kind.isEmpty())
                e.kind = Vocabulary::defaultCode(Vocab::EventKind);
            e.actor = author;
            e.text = text;
            e.source = QStringLiteral("csv");
            result.events.append(e);
        } else {
            ImportedMessage m;
            m.externalId = id;
            m.atMs = *at;
            m.author = author;
            m.text = text;
            result.messages.append(m);
            rows.append({*at, mapping.threadColumn >= 0 ? row.at(mapping.threadColumn).trimmed() : QString()});
        }
    }
    if (!keepGoing(progress, total, total, result) || !result.problems.isEmpty()) {
        finishResult(result);
        return result;
    }

    auto byTime = [](const auto& a, const auto& b) { return a.atMs < b.atMs; };
    std::stable_sort(result.events.begin(), result.events.end(), byTime);
    if (!result.messages.isEmpty()) {
        // Sort messages and their thread keys together, then point each thread at its first message.
        QList<qsizetype> order(result.messages.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return rows[a].atMs < rows[b].atMs; });
        QList<ImportedMessage> sorted;
        sorted.reserve(order.size());
        QHash<QString, QString> threads;
        for (qsizetype i : std::as_const(order)) {
            ImportedMessage m = std::move(result.messages[i]);
            const QString& key = rows.at(i).threadKey;
            if (!key.isEmpty()) {
                auto it = threads.constFind(key);
                if (it == threads.constEnd())
                    it = threads.insert(key, m.externalId);
                m.threadId = *it;
            }
            sorted.append(std::move(m));
        }
        result.messages = std::move(sorted);
    }
    result.people = people.take();
    return result;
}

} // namespace hs
