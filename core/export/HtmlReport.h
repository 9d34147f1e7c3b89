#pragma once

#include "export/Report.h"

namespace hs {

// One self-contained HTML page: styles inline, the figures as SVG data images, no scripts and a
// Content-Security-Policy that allows none. User text is always escaped; links are http(s) only.
QString reportToHtml(const Report& report);

} // namespace hs
