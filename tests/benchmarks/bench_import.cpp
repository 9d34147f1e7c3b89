// Import benchmark: how long a large Slack channel export, a CSV log and pasted chat take to
// read. Prints figures; never asserts timings unless --strict is given (CTest runs it with
// --smoke as a check that it still runs).

#include "BenchSupport.h"
#include "DataGen.h"

#include "import/ChatImport.h"
#include "import/CsvImport.h"
#include "import/SlackImport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace hs;
using namespace hs::bench;

namespace {

const char* const kNames[] = {"Priya Raman", "Marcus Chen", "Sam Okafor", "Olga Petrova", "Jae Lee", "Amara Nwosu"};
const char* const kTexts[] = {
    "looking at the checkout dashboards now",
    "error rate is still climbing, p99 at 3.4s",
    "I think the last deploy is the trigger: v2.31.5",
    "rolling back and watching the p99",
    "status page updated",
    "scaling out to 12 instances"};

// Rows of "time,author,text,kind" a minute apart in Berlin local time, some quoted with commas
// and line breaks, as incident tools export them.
QByteArray csvRows(int rows)
{
    QByteArray out = "time,author,text,kind\n";
    QRandomGenerator rng(7);
    QDateTime t(QDate(2026, 4, 13), QTime(20, 0), QTimeZone::utc());
    for (int i = 0; i < rows; ++i) {
        t = t.addSecs(rng.bounded(5, 90));
        out += t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8() + ',' + kNames[i % 6] + ',';
        if (i % 5 == 0)
            out += QByteArray("\"") + kTexts[i % 6] + ", see the \"\"runbook\"\"\nsecond line\"";
        else
            out += kTexts[i % 6];
        out += i % 3 == 0 ? ",action\n" : ",observation\n";
    }
    return out;
}

QString chatLines(int lines)
{
    QString out;
    QRandomGenerator rng(11);
    int seconds = 20 * 3600;
    for (int i = 0; i < lines; ++i) {
        seconds = (seconds + static_cast<int>(rng.bounded(5, 90))) % (24 * 3600);
        out += QStringLiteral("[%1] %2: %3\n")
                   .arg(QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm:ss")),
                        QString::fromUtf8(kNames[i % 6]), QString::fromUtf8(kTexts[i % 6]));
        if (i % 7 == 0)
            out += QStringLiteral("  a continuation line of the message above\n");
    }
    return out;
}

qint64 folderBytes(const QString& dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const BenchArgs args(app, QStringLiteral("Hindsight import benchmark."));

    const int messages = args.smoke() ? 2000 : 20000;
    QTemporaryDir dir;
    bool allMet = true;
    QString error;

    heading(QStringLiteral("Slack export, one channel with %1 messages").arg(messages));
    const QString exportDir = dir.filePath(QStringLiteral("slack"));
    report(QStringLiteral("write the export (datagen)"), timeMs([&] {
               if (!writeSlackExport(exportDir, messages, 1, &error)) {
                   std::fprintf(stderr, "datagen failed: %s\n", qPrintable(error));
                   std::exit(2);
               }
           }),
           "ms");
    report(QStringLiteral("export size"), static_cast<double>(folderBytes(exportDir)) / (1024.0 * 1024.0), "MiB");
    const QStringList channels = slackChannels(exportDir);
    if (channels.size() != 1) {
        std::fprintf(stderr, "expected one channel, found %d\n", static_cast<int>(channels.size()));
        return 2;
    }
    ImportResult slack;
    allMet &= report(QStringLiteral("parse the channel (%1 messages)").arg(messages),
                     timeMs([&] { slack = importSlackExport(exportDir, channels.first()); }), "ms", 1000);
    if (!slack.ok() || slack.messages.size() != messages) {
        std::fprintf(stderr, "import failed or incomplete: %d messages, %d problems\n",
                     static_cast<int>(slack.messages.size()), static_cast<int>(slack.problems.size()));
        return 2;
    }

    heading(QStringLiteral("CSV and chat"));
    const QString csvPath = dir.filePath(QStringLiteral("log.csv"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly) || csv.write(csvRows(messages)) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(csvPath));
            return 2;
        }
    }
    CsvMapping mapping;
    mapping.timeColumn = 0;
    mapping.authorColumn = 1;
    mapping.textColumn = 2;
    mapping.kindColumn = 3;
    mapping.timeZone = QStringLiteral("Europe/Berlin");
    ImportResult csv;
    const double csvMs = timeMs([&] { csv = importCsv(csvPath, mapping); });
    if (!csv.ok() || csv.messages.size() != messages) {
        std::fprintf(stderr, "CSV import failed: %s\n", qPrintable(csv.problems.value(0).toString()));
        return 2;
    }
    report(QStringLiteral("CSV, %1 rows").arg(messages), csvMs, "ms");
    report(QStringLiteral("CSV rate"), messages / csvMs, "k rows/s");

    const QString chat = chatLines(messages);
    ImportResult chatResult;
    const double chatMs =
        timeMs([&] { chatResult = importChatText(chat, QDate(2026, 4, 13), QStringLiteral("Europe/Berlin")); });
    if (!chatResult.ok() || chatResult.messages.size() != messages) {
        std::fprintf(stderr, "chat import failed: %s\n", qPrintable(chatResult.problems.value(0).toString()));
        return 2;
    }
    report(QStringLiteral("chat, %1 lines").arg(messages), chatMs, "ms");
    report(QStringLiteral("chat rate"), messages / chatMs, "k lines/s");
    report(QStringLiteral("peak resident memory"), peakRssMiB(), "MiB");

    if (!allMet)
        std::printf("\nSome figures missed their targets.\n");
    return args.exitCode(allMet);
}
