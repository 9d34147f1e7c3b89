#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hs {

// Blameless wording: phrases in a review's free text (why-tree nodes, meeting notes) that point
// at a person rather than at the system they worked in. The checker only advises: the editor
// shows a quiet hint with a reframing to consider and never stops anyone typing.
struct WordingHint {
    int start = 0; // offset into the text (QString index)
    int length = 0;
    QString phrase;     // the text matched, as written
    QString reason;     // translated: why this wording points at a person, one sentence
    QString suggestion; // translated: a reframing to consider, phrased as a question
    enum Kind {
        PersonBlame,    // "human error", "their fault", "to blame"
        Hindsight,      // "obviously", "should have known": the outcome read back into the past
        Counterfactual, // "should have", "failed to", "if only": what did not happen
        Judgement,      // "careless", "forgot to", "ignored": a verdict on care or ability
        NamedPerson,    // a participant as the subject of a sentence: "Priya restarted the pod"
    } kind = PersonBlame;
};

// Checks one text. Matching is case-insensitive and by whole words; an apostrophe, hyphen or
// dot between letters joins them into one word ("didn't", "blame-free", "api.internal").
// Where matches overlap the longest wins, so "forgot to" is reported rather than "forgot";
// hints never overlap and come sorted by start.
//
// The English phrase lists are always active; a translation of the lists (see
// BlamelessCheck.cpp) adds its language's phrases, so a German note is checked in German and
// English.
//
// people: participant names. A full name or a first name is reported as NamedPerson when it is
// the subject of a sentence: at the start of a sentence, a line, or after "because", "since" or
// "as", and followed by a lower-case word. "We paged Priya" and "Priya's deploy" are not.
QList<WordingHint> checkWording(const QString& text, const QStringList& people = {});

} // namespace hs
