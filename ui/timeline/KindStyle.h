#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace hs::KindStyle {

// One colour per event kind, shared by the table, the chart and the transcript, chosen to stay
// apart for common colour-vision deficiencies and readable on light and dark palettes.
QColor color(const QString& kind);
// A filled dot in the kind's colour, cached.
QIcon icon(const QString& kind);

} // namespace hs::KindStyle
