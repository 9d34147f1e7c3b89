#pragma once

// Small helpers shared by the benchmarks: a stopwatch, percentiles, the process's memory
// high-water mark, and one table format for every figure printed, so runs can be compared.

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

inline void heading(const QString& text)
{
    std::printf("\n== %s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace hs::bench
