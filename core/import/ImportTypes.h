#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace hs {

// What the importers read out of an incident channel export, a paging log, a CSV file or pasted
// chat lines, before anything touches a library. Chat messages become the review's transcript
// (the evidence); structured records such as pages, acknowledgements and resolutions can become
// timeline events directly.

struct ImportedMessage {
    // Stable across re-imports of the same source, so the second import adds nothing: e.g.
    // "slack:C024BE91L:1712999345.000200", "pd:Q02JTSNZWHSEKV", "csv:<sha1 of the row>".
    QString externalId;
    qint64 atMs = 0;          // UTC milliseconds
    QString author;           // display name as the source shows it (resolved from ids)
    QString authorId;         // the source's own id for the author (Slack user id), may be empty
    QString text;             // plain text, mentions resolved to names ("@Priya Raman")
    QString threadId;         // externalId of the thread's first message; empty if not in a thread
    QString kind = QStringLiteral("message"); // "message", "bot" (integrations, apps), "system" (joins, topic)
    bool edited = false;
};

struct ImportedEvent {
    QString externalId;
    qint64 atMs = 0;
    QString kind;             // a Vocab::EventKind code
    QString actor;
    QString text;
    QString source;           // a Vocab::EventSource code: "paging", "chat", "csv"
    QString link;             // an http(s) link to the record, if the source has one
    QString milestone;        // a Vocab::Milestone code or empty
};

// One problem found while reading. Any problem makes the import refuse as a whole.
struct ImportProblem {
    QString file;             // the file it is in (full path)
    int line = 0;             // 1-based line, or 0 when the format has no useful line
    QString record;           // the record it is in when there is no line: "message 1712999345.000200"
    QString message;          // translated, says what is wrong and, where it can, what was expected

    QString toString() const; // "file:line: message" / "file (record): message"
};

struct ImportResult {
    QString format;           // "slack", "pagerduty", "csv", "chat"
    QString sourceName;       // what it came from, for the preview: "#inc-2041 (Slack export)"
    QList<ImportedMessage> messages;
    QList<ImportedEvent> events;
    // The people found (display name and, where the source knows it, a title/role), for the
    // "show people as their roles" option and the participants list.
    struct Person {
        QString id;
        QString name;
        QString role;
    };
    QList<Person> people;
    QList<ImportProblem> problems;
    bool cancelled = false;

    bool ok() const { return problems.isEmpty() && !cancelled; }
};

// Progress reporting and cancellation for long imports: called now and then with the work
// done so far out of total (total may be 0 when unknown); returning false cancels.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace hs
