#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace hs::KindStyle {

// One colour per event kind: core's eventKindColor (timeline/KindColor.h), which the printed
// report uses too, so the screen and the page agree.
QColor color(const QString& kind);
// A filled dot in the kind's colour, cached.
QIcon icon(const QString& kind);

} // namespace hs::KindStyle
