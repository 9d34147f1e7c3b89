#include "BenchSupport.h"

#include <QFile>
#include <QRegularExpression>

namespace hs::bench {

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const QRegularExpressionMatch m = hwm.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

bool report(const QString& name, double value, const char* unit, double target)
{
    const bool met = target <= 0 || value <= target;
    if (target > 0) {
        std::printf("  %-46s %10.1f %-4s  (target < %.0f %s)%s\n", qPrintable(name), value, unit, target, unit,
                    met ? "" : "  ** over target **");
    } else {
        std::printf("  %-46s %10.1f %s\n", qPrintable(name), value, unit);
    }
    std::fflush(stdout);
    return met;
}

} // namespace hs::bench
