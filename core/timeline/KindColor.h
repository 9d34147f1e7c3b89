#pragma once

#include <QColor>
#include <QString>

namespace hs {

// One colour per event kind (a Vocab::EventKind code), shared by the table, the chart, the
// transcript and the printed report, chosen to stay apart for common colour-vision deficiencies
// and readable on light and dark backgrounds as well as on a white page. Unknown kinds are grey.
QColor eventKindColor(const QString& kind);

} // namespace hs
