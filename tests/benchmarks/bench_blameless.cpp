// Blameless wording benchmark: a why-tree of 500 nodes, each a paragraph of about 2,000
// characters, checked node by node as the editor does on every keystroke. Prints the time per
// paragraph (median, 95th percentile, worst) and for the whole tree. Never asserts timings
// unless --strict is given; CTest runs it with --smoke.

#include "BenchSupport.h"

#include "analysis/BlamelessCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <iterator>

using namespace hs;
using namespace hs::bench;

namespace {

// Incident prose: mostly neutral, with the wording a review tends to collect.
const char* const kSentences[] = {
    "The deploy pipeline promoted build 4812 to production at 14:02.",
    "Latency on the checkout API rose from 180 ms to 2.4 s within four minutes.",
    "Priya restarted the wrong pod because both pods had the same prefix.",
    "We paged Sam at 14:09 and the incident channel opened a minute later.",
    "It was not human error; the dashboard hid the replication lag.",
    "In hindsight the alert threshold was too high for a quiet Sunday.",
    "The runbook said to drain the node first, but the step was on page three.",
    "Tomás should have checked the feature flag before the rollout.",
    "Obviously the config change was the trigger, yet nobody saw it at the time.",
    "The on-call engineer forgot to silence the duplicate pager rule.",
    "Because Mei rolled back the schema, the writes queued and then recovered.",
    "The pod failed to start after the image pull timed out twice.",
    "Nobody ignored the warning; it went to a channel that nobody watched.",
    "The certificate expired at midnight UTC, which is 02:00 in Berlin.",
    "A careless copy of the staging values reached the production secret store.",
    "If only the canary had run for ten minutes instead of two.",
};

QStringList paragraphs(int count, int targetChars)
{
    QRandomGenerator rng(20260414);
    QStringList texts;
    texts.reserve(count);
    const int sentences = static_cast<int>(std::size(kSentences));
    for (int i = 0; i < count; ++i) {
        QString text;
        while (text.size() < targetChars) {
            if (!text.isEmpty())
                text += QLatin1Char(' ');
            text += QString::fromUtf8(kSentences[rng.bounded(sentences)]);
        }
        texts.append(text);
    }
    return texts;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const BenchArgs args(app, QStringLiteral("Hindsight blameless wording benchmark."));
    const int nodes = args.smoke() ? 50 : 500;
    const int rounds = args.smoke() ? 1 : 5;
    const int chars = 2000;
    bool allMet = true;

    const QStringList people = {QStringLiteral("Priya Raman"), QStringLiteral("Sam Okafor"),
                                QStringLiteral("Tomás Herrera"), QStringLiteral("Mei Chen"),
                                QStringLiteral("Jordan Blake"), QStringLiteral("Anna Schmidt")};
    const QStringList texts = paragraphs(nodes, chars);

    heading(QStringLiteral("Blameless wording: a why-tree of %1 nodes, about %2 characters each").arg(nodes).arg(chars));
    qsizetype found = 0;
    report(QStringLiteral("first check (builds the phrase table)"),
           timeMs([&] { found += checkWording(texts.first(), people).size(); }) * 1000.0, "us");

    QList<double> samples;
    samples.reserve(qsizetype(nodes) * rounds);
    double treeMs = 0;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer whole;
        whole.start();
        for (const QString& text : texts) {
            timer.start();
            found += checkWording(text, people).size();
            samples.append(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
        }
        const double ms = msSince(whole);
        treeMs = round == 0 ? ms : std::min(treeMs, ms);
    }
    report(QStringLiteral("per paragraph, median"), percentile(samples, 50), "us");
    allMet &= report(QStringLiteral("per paragraph, 95th percentile"), percentile(samples, 95), "us", 1000);
    report(QStringLiteral("per paragraph, worst"), percentile(samples, 100), "us");
    allMet &= report(QStringLiteral("whole tree (best of %1)").arg(rounds), treeMs, "ms", 500);
    std::printf("  (%lld hints found in all)\n", static_cast<long long>(found));
    return args.exitCode(allMet);
}
