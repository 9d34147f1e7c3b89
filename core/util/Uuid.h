#pragma once

#include <QString>

namespace hs {

// Time-ordered UUIDv7 strings (RFC 9562) for every row id. Rows keep their id across files, so
// a review drafted elsewhere merges by id, and time order keeps bulk inserts append-only.
QString newId();
QString newIdAt(qint64 msSinceEpoch);

} // namespace hs
