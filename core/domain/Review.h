#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace hs {

// Columns every shared row carries: a stable id (UUIDv7), a revision for optimistic
// concurrency, and who changed it when.
struct RowMeta {
    QString id;
    qint64 rev = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString updatedBy;
};

enum class KeyTime { Started = 0, Detected, Acknowledged, Mitigated, Resolved };
inline constexpr int kKeyTimeCount = 5;

// One row of the library list.
struct ReviewSummary {
    QString id;
    QString title;
    QString incidentRef;
    QString severity;
    QString status;
    std::optional<qint64> startedMs;
    std::optional<qint64> resolvedMs;
    qint64 updatedMs = 0;
    QString timeZone;
};

struct Review : RowMeta {
    QString title;
    QString incidentRef;
    QString severity;
    QString status;
    QString templateKey;
    QString facilitator;
    QString timeZone;
    std::array<std::optional<qint64>, kKeyTimeCount> keyTimes;
    QStringList services;
    QStringList tags;

    std::optional<qint64> keyTime(KeyTime k) const { return keyTimes[static_cast<size_t>(k)]; }
};

// Derived metrics. Detect, mitigate and resolve count from the start of the incident;
// acknowledge counts from detection (how long an alert waited for a person).
struct ReviewMetrics {
    std::optional<qint64> timeToDetect;
    std::optional<qint64> timeToAcknowledge;
    std::optional<qint64> timeToMitigate;
    std::optional<qint64> timeToResolve;
};
ReviewMetrics metricsOf(const Review& review);

struct Participant : RowMeta {
    QString reviewId;
    QString name;
    QString role;
    bool attended = false;
    QString sortKey;
};

struct Section : RowMeta {
    QString reviewId;
    QString key;
    QString title;
    QString help;
    QString body;
    QString sortKey;
};

struct TimelineEvent : RowMeta {
    QString reviewId;
    qint64 atMs = 0;
    QString kind;
    QString actor;
    QString text;
    QString source;
    QString link;
    QString milestone;
    bool suspectedTrigger = false;
    QString externalId;               // set when it came from an import; re-imports skip it
    QStringList evidenceMessageIds;   // transcript messages cited as evidence, in time order
};

// One imported chat message or note: the evidence the timeline is written from. Messages are
// not edited after import (they are a record); they are promoted into events or cited by them.
struct TranscriptMessage : RowMeta {
    QString reviewId;
    qint64 atMs = 0;
    QString author;
    QString authorId;
    QString text;
    QString threadId;   // externalId of the thread's first message; empty outside threads
    QString kind;       // "message", "bot", "system"
    QString source;     // a Vocab::EventSource code
    QString externalId;
    QString importId;
    bool edited = false;
};

struct WhyNode : RowMeta {
    QString reviewId;
    QString parentId;
    QString sortKey;
    QString text;
    QString notes;
    QString mark;
    QString category;
    QStringList evidenceEventIds;  // linked timeline events that still exist, in time order
    int deletedEvidence = 0;       // links to events deleted since: shown, so none vanish silently
};

// A contributing-factor category of the library (technology, process, ...), editable per library.
struct Category : RowMeta {
    QString name;
    QString sortKey;
};

struct ActionItem : RowMeta {
    QString reviewId;
    QString whyId;
    QString title;
    QString description;
    QString type;
    QString priority;
    QString owner;
    QDate dueDate;
    QString status;
    QString trackerUrl;
    QDate followUpDate;
    QString effectiveness;
    QString effectivenessNote;
};

struct Lesson : RowMeta {
    QString reviewId;
    QString kind;
    QString text;
    QString sortKey;
};

struct Note : RowMeta {
    QString reviewId;
    QString kind;
    QString text;
    bool internal = false;
    QString sortKey;
};

struct AgendaItem : RowMeta {
    QString reviewId;
    QString title;
    int minutes = 0;
    QString stage;
    QString sortKey;
};

// A question prepared while drafting, for the meeting: on a timeline event (target "event"),
// a why-node ("why") or the whole review (""). The facilitator sees it when its target is on
// screen, and records a one-line answer.
struct PreparedQuestion : RowMeta {
    QString reviewId;
    QString target;
    QString targetId;
    QString text;
    QString answer;
    bool answered = false;
    QString sortKey;
};

// A facilitator prompt of the library (schema 5), for one meeting stage.
struct FacilitatorPrompt : RowMeta {
    QString stage;
    QString text;
    QString sortKey;
};

// Everything one review holds, read in one go for the workspace and for export.
struct ReviewDocument {
    Review review;
    QList<Participant> participants;
    QList<Section> sections;
    QList<TimelineEvent> events;
    QList<WhyNode> whys;
    QList<ActionItem> actions;
    QList<Lesson> lessons;
    QList<Note> notes;
    QList<AgendaItem> agenda;
    QList<PreparedQuestion> questions;
    // The transcript is not part of the document: it can be 20,000 messages and is read on its
    // own (Library::transcript) by the views that show it.
};

} // namespace hs
