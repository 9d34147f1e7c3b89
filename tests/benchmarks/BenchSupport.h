#pragma once

// Small helpers shared by the benchmarks: a stopwatch, percentiles, the process's memory
// high-water mark, and one table format for every figure printed, so runs can be compared.

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

namespace hs::bench {

inline double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Times fn once and returns milliseconds.
template <typename Fn>
double timeMs(Fn&& fn)
{
    QElapsedTimer timer;
    timer.start();
    fn();
    return msSince(timer);
}

inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<qsizetype>(p / 100.0 * static_cast<double>(samples.size() - 1) + 0.5);
    return samples.at(std::clamp<qsizetype>(index, 0, samples.size() - 1));
}

// Peak resident memory of this process in MiB (VmHWM), or -1 where /proc is not available.
double peakRssMiB();

// Prints one figure: "name  value unit  (target)" and whether the target is met; the return
// value is false when it is not, so a benchmark can exit non-zero under --strict.
bool report(const QString& name, double value, const char* unit, double target = 0);

// The command line every benchmark takes: --smoke (the small sizes CTest runs) and --strict
// (exit 1 when a figure misses its target), plus the benchmark's own options, read through
// parser(). Exits on --help or an unknown option, as QCommandLineParser::process does.
class BenchArgs
{
public:
    BenchArgs(const QCoreApplication& app, const QString& description, const QList<QCommandLineOption>& own = {})
    {
        m_parser.setApplicationDescription(description);
        m_parser.addHelpOption();
        m_parser.addOptions({QCommandLineOption(QStringLiteral("smoke"), QStringLiteral("Small sizes: a quick check that it runs.")),
                             QCommandLineOption(QStringLiteral("strict"),
                                                QStringLiteral("Exit 1 when a figure misses its target."))});
        m_parser.addOptions(own);
        m_parser.process(app);
    }
    bool smoke() const { return m_parser.isSet(QStringLiteral("smoke")); }
    // The process's exit code: 1 only under --strict with a target missed.
    int exitCode(bool allMet) const { return m_parser.isSet(QStringLiteral("strict")) && !allMet ? 1 : 0; }
    const QCommandLineParser& parser() const { return m_parser; }

private:
    QCommandLineParser m_parser;
};

inline void heading(const QString& text)
{
    std::printf("\n== %s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace hs::bench
