#include "domain/Enums.h"

#include <QCoreApplication>

#include <span>

namespace hs {

namespace {

struct Entry {
    const char* code;
    const char* label;
};

// Labels are translated in the "hs::Vocabulary" context.
constexpr Entry kSeverity[] = {
    {"SEV1", QT_TRANSLATE_NOOP("hs::Vocabulary", "SEV1 – critical")},
    {"SEV2", QT_TRANSLATE_NOOP("hs::Vocabulary", "SEV2 – major")},
    {"SEV3", QT_TRANSLATE_NOOP("hs::Vocabulary", "SEV3 – minor")},
    {"SEV4", QT_TRANSLATE_NOOP("hs::Vocabulary", "SEV4 – low")},
};
constexpr Entry kReviewStatus[] = {
    {"draft", QT_TRANSLATE_NOOP("hs::Vocabulary", "Draft")},
    {"in_review", QT_TRANSLATE_NOOP("hs::Vocabulary", "In review")},
    {"published", QT_TRANSLATE_NOOP("hs::Vocabulary", "Published")},
    {"follow_up_complete", QT_TRANSLATE_NOOP("hs::Vocabulary", "Follow-up complete")},
};
constexpr Entry kEventKind[] = {
    {"detection", QT_TRANSLATE_NOOP("hs::Vocabulary", "Detection")},
    {"alert", QT_TRANSLATE_NOOP("hs::Vocabulary", "Alert")},
    {"diagnosis", QT_TRANSLATE_NOOP("hs::Vocabulary", "Diagnosis")},
    {"action", QT_TRANSLATE_NOOP("hs::Vocabulary", "Action")},
    {"change", QT_TRANSLATE_NOOP("hs::Vocabulary", "Change")},
    {"communication", QT_TRANSLATE_NOOP("hs::Vocabulary", "Communication")},
    {"decision", QT_TRANSLATE_NOOP("hs::Vocabulary", "Decision")},
    {"mitigation", QT_TRANSLATE_NOOP("hs::Vocabulary", "Mitigation")},
    {"resolution", QT_TRANSLATE_NOOP("hs::Vocabulary", "Resolution")},
    {"key_moment", QT_TRANSLATE_NOOP("hs::Vocabulary", "Key moment")},
    {"observation", QT_TRANSLATE_NOOP("hs::Vocabulary", "Observation")},
    {"other", QT_TRANSLATE_NOOP("hs::Vocabulary", "Other")},
};
constexpr Entry kEventSource[] = {
    {"typed", QT_TRANSLATE_NOOP("hs::Vocabulary", "Typed")},
    {"chat", QT_TRANSLATE_NOOP("hs::Vocabulary", "Chat import")},
    {"paging", QT_TRANSLATE_NOOP("hs::Vocabulary", "Paging import")},
    {"csv", QT_TRANSLATE_NOOP("hs::Vocabulary", "CSV import")},
};
constexpr Entry kMilestone[] = {
    {"started", QT_TRANSLATE_NOOP("hs::Vocabulary", "Started")},
    {"detected", QT_TRANSLATE_NOOP("hs::Vocabulary", "Detected")},
    {"acknowledged", QT_TRANSLATE_NOOP("hs::Vocabulary", "Acknowledged")},
    {"mitigated", QT_TRANSLATE_NOOP("hs::Vocabulary", "Mitigated")},
    {"resolved", QT_TRANSLATE_NOOP("hs::Vocabulary", "Resolved")},
};
constexpr Entry kWhyMark[] = {
    {"cause", QT_TRANSLATE_NOOP("hs::Vocabulary", "Cause")},
    {"contributing", QT_TRANSLATE_NOOP("hs::Vocabulary", "Contributing factor")},
    {"root", QT_TRANSLATE_NOOP("hs::Vocabulary", "Root cause")},
};
constexpr Entry kActionType[] = {
    {"prevent", QT_TRANSLATE_NOOP("hs::Vocabulary", "Prevent")},
    {"mitigate", QT_TRANSLATE_NOOP("hs::Vocabulary", "Mitigate")},
    {"detect", QT_TRANSLATE_NOOP("hs::Vocabulary", "Detect")},
    {"process", QT_TRANSLATE_NOOP("hs::Vocabulary", "Process")},
};
constexpr Entry kPriority[] = {
    {"P1", QT_TRANSLATE_NOOP("hs::Vocabulary", "P1 – urgent")},
    {"P2", QT_TRANSLATE_NOOP("hs::Vocabulary", "P2 – important")},
    {"P3", QT_TRANSLATE_NOOP("hs::Vocabulary", "P3 – when possible")},
};
constexpr Entry kActionStatus[] = {
    {"open", QT_TRANSLATE_NOOP("hs::Vocabulary", "Open")},
    {"in_progress", QT_TRANSLATE_NOOP("hs::Vocabulary", "In progress")},
    {"done", QT_TRANSLATE_NOOP("hs::Vocabulary", "Done")},
    {"wont_do", QT_TRANSLATE_NOOP("hs::Vocabulary", "Won't do")},
};
constexpr Entry kEffectiveness[] = {
    {"not_checked", QT_TRANSLATE_NOOP("hs::Vocabulary", "Not checked")},
    {"effective", QT_TRANSLATE_NOOP("hs::Vocabulary", "Effective")},
    {"not_effective", QT_TRANSLATE_NOOP("hs::Vocabulary", "Not effective")},
};
constexpr Entry kLessonKind[] = {
    {"went_well", QT_TRANSLATE_NOOP("hs::Vocabulary", "What went well")},
    {"went_wrong", QT_TRANSLATE_NOOP("hs::Vocabulary", "What went wrong")},
    {"got_lucky", QT_TRANSLATE_NOOP("hs::Vocabulary", "Where we got lucky")},
};
constexpr Entry kNoteKind[] = {
    {"note", QT_TRANSLATE_NOOP("hs::Vocabulary", "Note")},
    {"parking", QT_TRANSLATE_NOOP("hs::Vocabulary", "Parking lot")},
    {"meeting_log", QT_TRANSLATE_NOOP("hs::Vocabulary", "Meeting log")},
};
constexpr Entry kAgendaStage[] = {
    {"ground_rules", QT_TRANSLATE_NOOP("hs::Vocabulary", "Ground rules")},
    {"timeline", QT_TRANSLATE_NOOP("hs::Vocabulary", "Timeline")},
    {"root_cause", QT_TRANSLATE_NOOP("hs::Vocabulary", "Root cause analysis")},
    {"actions", QT_TRANSLATE_NOOP("hs::Vocabulary", "Actions")},
    {"lessons", QT_TRANSLATE_NOOP("hs::Vocabulary", "Lessons")},
    {"wrap_up", QT_TRANSLATE_NOOP("hs::Vocabulary", "Wrap-up")},
};

std::span<const Entry> entries(Vocab vocab)
{
    switch (vocab) {
    case Vocab::Severity: return kSeverity;
    case Vocab::ReviewStatus: return kReviewStatus;
    case Vocab::EventKind: return kEventKind;
    case Vocab::EventSource: return kEventSource;
    case Vocab::Milestone: return kMilestone;
    case Vocab::WhyMark: return kWhyMark;
    case Vocab::ActionType: return kActionType;
    case Vocab::Priority: return kPriority;
    case Vocab::ActionStatus: return kActionStatus;
    case Vocab::Effectiveness: return kEffectiveness;
    case Vocab::LessonKind: return kLessonKind;
    case Vocab::NoteKind: return kNoteKind;
    case Vocab::AgendaStage: return kAgendaStage;
    }
    return {};
}

} // namespace

namespace Vocabulary {

QStringList codes(Vocab vocab)
{
    QStringList out;
    for (const Entry& e : entries(vocab))
        out.append(QString::fromLatin1(e.code));
    return out;
}

QString label(Vocab vocab, const QString& code)
{
    for (const Entry& e : entries(vocab)) {
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("hs::Vocabulary", e.label);
    }
    return code;
}

bool contains(Vocab vocab, const QString& code)
{
    for (const Entry& e : entries(vocab)) {
        if (code == QLatin1String(e.code))
            return true;
    }
    return false;
}

QString defaultCode(Vocab vocab)
{
    switch (vocab) {
    case Vocab::Severity: return QStringLiteral("SEV3");
    case Vocab::EventKind: return QStringLiteral("other");
    case Vocab::Priority: return QStringLiteral("P2");
    default: return QString::fromLatin1(entries(vocab).front().code);
    }
}

} // namespace Vocabulary
} // namespace hs
