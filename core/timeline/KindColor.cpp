#include "timeline/KindColor.h"

#include <QHash>

namespace hs {

QColor eventKindColor(const QString& kind)
{
    // Okabe-Ito based, extended with two greys for the quiet kinds.
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("detection"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("alert"), QColor(0xD5, 0x5E, 0x00)},
        {QStringLiteral("diagnosis"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("action"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("change"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("communication"), QColor(0x8C, 0x8C, 0x3A)},
        {QStringLiteral("decision"), QColor(0x6A, 0x3D, 0x9A)},
        {QStringLiteral("mitigation"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("resolution"), QColor(0x1B, 0x7F, 0x3B)},
        {QStringLiteral("key_moment"), QColor(0xC0, 0x1F, 0x2F)},
        {QStringLiteral("observation"), QColor(0x7F, 0x8C, 0x99)},
        {QStringLiteral("other"), QColor(0x9A, 0x9A, 0x9A)},
    };
    return colors.value(kind, QColor(0x9A, 0x9A, 0x9A));
}

} // namespace hs
