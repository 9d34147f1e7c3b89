#pragma once

#include "domain/Review.h"

#include <QCoreApplication>
#include <QList>

namespace hs {

// Facilitator prompts: questions for a blameless debrief, per meeting stage, shown to the
// facilitator only. Written in the spirit of Etsy's debriefing guide and Learning from
// Incidents: ask what people saw, expected and knew, and what made an action look right at
// the time; never "why did you…".
class Prompts
{
    Q_DECLARE_TR_FUNCTIONS(hs::Prompts)

public:
    // The built-in bank, translated, in stage order (ids empty).
    static QList<FacilitatorPrompt> builtIn();
    // What the facilitator sees for a library: its own prompts once it has any, the built-in
    // bank before.
    static QList<FacilitatorPrompt> effective(const QList<FacilitatorPrompt>& own, bool hasOwn);
    static QList<FacilitatorPrompt> forStage(const QList<FacilitatorPrompt>& all, const QString& stage);
};

// A participant typed in one line: "Priya Raman, SRE on call", "Priya Raman (SRE on call)"
// or just a name.
struct AttendeeEntry {
    QString name;
    QString role;
    QString error; // translated; empty when the line could be read

    bool ok() const { return error.isEmpty(); }
    static AttendeeEntry parse(const QString& line);
};

} // namespace hs
