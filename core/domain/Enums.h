#pragma once

#include <QString>
#include <QStringList>

namespace hs {

// Closed vocabularies stored as short text codes in the file (readable by any SQLite tool and
// stable across versions). Each has translated labels for display.
enum class Vocab {
    Severity,
    ReviewStatus,
    EventKind,
    EventSource,
    Milestone,
    WhyMark,
    ActionType,
    Priority,
    ActionStatus,
    Effectiveness,
    LessonKind,
    NoteKind,
    AgendaStage,
};

namespace Vocabulary {

QStringList codes(Vocab vocab);
QString label(Vocab vocab, const QString& code);
bool contains(Vocab vocab, const QString& code);
QString defaultCode(Vocab vocab);

} // namespace Vocabulary

// The five key times of an incident, in order. Milestone events set them.
inline constexpr const char* kMilestones[] = {"started", "detected", "acknowledged", "mitigated", "resolved"};

} // namespace hs
