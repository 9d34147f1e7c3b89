#include "util/Uuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace hs {

QString newId()
{
    return newIdAt(QDateTime::currentMSecsSinceEpoch());
}

QString newIdAt(qint64 msSinceEpoch)
{
    std::array<quint8, 16> b{};
    const auto ms = static_cast<quint64>(msSinceEpoch);
    for (int i = 0; i < 6; ++i)
        b[static_cast<size_t>(i)] = static_cast<quint8>(ms >> (40 - 8 * i));
    QRandomGenerator* rng = QRandomGenerator::global();
    for (size_t i = 6; i < b.size(); ++i)
        b[i] = static_cast<quint8>(rng->bounded(256));
    b[6] = static_cast<quint8>(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = static_cast<quint8>(0x80 | (b[8] & 0x3F)); // RFC variant
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.append(QLatin1Char('-'));
        out.append(QLatin1Char(hex[b[i] >> 4]));
        out.append(QLatin1Char(hex[b[i] & 0x0F]));
    }
    return out;
}

} // namespace hs
