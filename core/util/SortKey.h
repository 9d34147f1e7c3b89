#pragma once

#include <QString>

namespace hs {

// Fractional text keys for ordered children (why siblings, lessons, agenda items). A key
// between two others never renumbers siblings, so inserts on two copies of a file merge cleanly.
// Keys use the digits 0-9a-z and compare with plain string order.
namespace SortKey {

QString first();
// A key strictly between lo and hi; an empty lo means "before everything", an empty hi
// "after everything".
QString between(const QString& lo, const QString& hi);
inline QString after(const QString& lo) { return between(lo, QString()); }
inline QString before(const QString& hi) { return between(QString(), hi); }

} // namespace SortKey
} // namespace hs
