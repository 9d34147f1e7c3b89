#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace hs {

// What typed times and quick-entry lines are read against: the review's time zone, and a
// reference moment (the last event, else the incident start) that gives a bare clock time its
// date and a relative time ("+5m") its base.
struct TimeEntryContext {
    QString timeZone = QStringLiteral("UTC");
    std::optional<qint64> referenceMs;
    QStringList participants; // names that may start a line as "Name: ..."
};

// Reads an event time as a person types it:
//   14:32 · 14:32:10 · 9:05      a clock time on the reference's day in the review's zone; when
//                                that is more than 12 hours from the reference, the
//                                neighbouring day it is closest to (an incident past midnight)
//   +5m · +1h30m · -90s · +2h    relative to the reference
//   2026-04-14 14:32[:10]        a date and time in the review's zone
//   2026-04-14T14:32:10+02:00    ISO 8601, with Z, an offset, or none (the review's zone)
// On failure returns nothing and sets *error to a message that shows the accepted forms.
std::optional<qint64> parseEventTime(const QString& text, const TimeEntryContext& context, QString* error);

// One line of quick entry: "14:32 alert api latency page fired" is a time, an optional kind
// keyword (a kind's code or name, or a common synonym: page, deploy, fix, ...), an optional
// "Name:" naming who did it (when Name is a participant), and the text.
struct QuickEntry {
    qint64 atMs = 0;
    QString kind; // a Vocab::EventKind code; "other" when no keyword was given
    QString actor;
    QString text;
};
std::optional<QuickEntry> parseQuickEntry(const QString& line, const TimeEntryContext& context, QString* error);

// The kind a keyword names, or empty: a code ("key_moment"), an English or translated label
// ("Key moment", "Entscheidung"), or a synonym. Case-insensitive.
QString eventKindForKeyword(const QString& word);

// Formats an event time for its table cell and editor: "14:32" or "14:32:10" when the event
// is on the reference day, else with the date.
QString formatEventTime(qint64 atMs, const QString& timeZone);
// "T+00:12", "T+1:05:00", "T-00:03" from the incident start; empty without a start.
QString formatOffset(qint64 atMs, std::optional<qint64> startMs);

} // namespace hs
