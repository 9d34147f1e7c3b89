#pragma once

#include "import/ImportTypes.h"

namespace hs {

// A PagerDuty incident's log: the response of the REST API v2
// GET /incidents/{id}/log_entries (an object with "log_entries") or a bare array of entries.
//
// Triggers, acknowledgements, resolutions, escalations, assignments and notifications become
// timeline events (source "paging"); the first trigger is the "detected" milestone, the first
// acknowledgement "acknowledged", the last resolution "resolved". Notes people added to the
// incident (annotations) are what was said, so they become transcript messages. Ids are
// "pd:<log entry id>".
ImportResult importPagerDutyLog(const QString& path);

// The same for JSON already in memory; fileName is what problems name.
ImportResult importPagerDutyJson(const QByteArray& json, const QString& fileName);

} // namespace hs
