#include "meeting/Prompts.h"

namespace hs {

namespace {

struct BuiltInPrompt {
    const char* stage;
    const char* text;
};

const BuiltInPrompt kPrompts[] = {
    {"ground_rules", QT_TRANSLATE_NOOP("hs::Prompts", "We are here to learn how this incident became possible, not to find someone to blame.")},
    {"ground_rules", QT_TRANSLATE_NOOP("hs::Prompts", "Everyone acted in good faith with what they knew at the time; hindsight makes the path look clearer than it was.")},
    {"ground_rules", QT_TRANSLATE_NOOP("hs::Prompts", "Say what you saw, expected and did. “I don’t know” and “I wasn’t sure” are useful answers.")},
    {"ground_rules", QT_TRANSLATE_NOOP("hs::Prompts", "Whose view is missing from this room, and how do we hear it?")},
    {"timeline", QT_TRANSLATE_NOOP("hs::Prompts", "What did you expect to happen at this point?")},
    {"timeline", QT_TRANSLATE_NOOP("hs::Prompts", "What were you looking at just then: which dashboard, alert or message?")},
    {"timeline", QT_TRANSLATE_NOOP("hs::Prompts", "What made this look like the right action at the time?")},
    {"timeline", QT_TRANSLATE_NOOP("hs::Prompts", "What else was going on for you: other pages, other work, the time of day?")},
    {"timeline", QT_TRANSLATE_NOOP("hs::Prompts", "Where did you look first, and what led you there?")},
    {"timeline", QT_TRANSLATE_NOOP("hs::Prompts", "Who did you talk to, and what did you learn from them?")},
    {"timeline", QT_TRANSLATE_NOOP("hs::Prompts", "What surprised you?")},
    {"root_cause", QT_TRANSLATE_NOOP("hs::Prompts", "What conditions made it possible for this to happen?")},
    {"root_cause", QT_TRANSLATE_NOOP("hs::Prompts", "What would have had to be different for this not to become an incident?")},
    {"root_cause", QT_TRANSLATE_NOOP("hs::Prompts", "Where did our tools or processes make the work harder than it needed to be?")},
    {"root_cause", QT_TRANSLATE_NOOP("hs::Prompts", "Are we settling on one cause too early? What else contributed?")},
    {"root_cause", QT_TRANSLATE_NOOP("hs::Prompts", "Has something like this happened before? What was different then?")},
    {"root_cause", QT_TRANSLATE_NOOP("hs::Prompts", "What limited the impact, and could we count on it next time?")},
    {"actions", QT_TRANSLATE_NOOP("hs::Prompts", "Which of these would most reduce the chance or the impact next time?")},
    {"actions", QT_TRANSLATE_NOOP("hs::Prompts", "Does this action change the system, or only ask people to be more careful?")},
    {"actions", QT_TRANSLATE_NOOP("hs::Prompts", "Who will own this, and when can it realistically be done?")},
    {"actions", QT_TRANSLATE_NOOP("hs::Prompts", "How will we know that this action worked?")},
    {"lessons", QT_TRANSLATE_NOOP("hs::Prompts", "What went well that we should keep doing on purpose?")},
    {"lessons", QT_TRANSLATE_NOOP("hs::Prompts", "Where did we get lucky?")},
    {"lessons", QT_TRANSLATE_NOOP("hs::Prompts", "What did you learn about the system that you did not know before?")},
    {"lessons", QT_TRANSLATE_NOOP("hs::Prompts", "What should other teams hear about this?")},
    {"wrap_up", QT_TRANSLATE_NOOP("hs::Prompts", "Is there anything we did not get to that someone wants to say?")},
    {"wrap_up", QT_TRANSLATE_NOOP("hs::Prompts", "What goes to the parking lot, and who takes it where?")},
    {"wrap_up", QT_TRANSLATE_NOOP("hs::Prompts", "How did this review feel? What would make the next one better?")},
};

// A role is a short description, a name a little longer at most.
constexpr int kMaxName = 80;
constexpr int kMaxRole = 120;

} // namespace

QList<FacilitatorPrompt> Prompts::builtIn()
{
    QList<FacilitatorPrompt> out;
    for (const BuiltInPrompt& p : kPrompts) {
        FacilitatorPrompt f;
        f.stage = QString::fromLatin1(p.stage);
        f.text = tr(p.text);
        out.append(f);
    }
    return out;
}

QList<FacilitatorPrompt> Prompts::effective(const QList<FacilitatorPrompt>& own, bool hasOwn)
{
    return hasOwn ? own : builtIn();
}

QList<FacilitatorPrompt> Prompts::forStage(const QList<FacilitatorPrompt>& all, const QString& stage)
{
    QList<FacilitatorPrompt> out;
    for (const FacilitatorPrompt& p : all) {
        if (p.stage == stage)
            out.append(p);
    }
    return out;
}

AttendeeEntry AttendeeEntry::parse(const QString& line)
{
    AttendeeEntry e;
    const QString text = line.simplified();
    if (text.isEmpty()) {
        e.error = Prompts::tr("Type a name, and the role after a comma: “Priya Raman, SRE on call”.");
        return e;
    }
    const qsizetype open = text.indexOf(QLatin1Char('('));
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (open > 0 && (comma < 0 || open < comma) && text.endsWith(QLatin1Char(')'))) {
        e.name = text.left(open).trimmed();
        e.role = text.mid(open + 1, text.size() - open - 2).trimmed();
    } else if (comma >= 0) {
        e.name = text.left(comma).trimmed();
        e.role = text.mid(comma + 1).trimmed();
    } else {
        e.name = text;
    }
    if (e.name.isEmpty())
        e.error = Prompts::tr("The name comes first, then a comma and the role: “Priya Raman, SRE on call”.");
    else if (e.name.size() > kMaxName)
        e.error = Prompts::tr("That name is longer than %n characters; put the role after a comma.", nullptr, kMaxName);
    else if (e.role.size() > kMaxRole)
        e.error = Prompts::tr("That role is longer than %n characters; keep it to a few words.", nullptr, kMaxRole);
    return e;
}

} // namespace hs
