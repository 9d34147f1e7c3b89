#pragma once

#include "domain/Review.h"
#include "storage/Library.h"

namespace hs {

// Timeline edits that change more than one field: the review's key times follow the events
// marked as milestones, so marking, unmarking and moving such an event also writes the key
// time, in the same transaction and undo step.

// The review column that holds a milestone's key time ("detected" -> "detected_ms").
QString keyTimeColumn(const QString& milestone);

// Marks eventId as the milestone (a Vocab::Milestone code) and sets the review's key time to
// its time; the event that held the milestone before loses it. An empty milestone unmarks the
// event and leaves the key time as it was (it may have been typed on the Overview).
QList<FieldChange> markMilestone(const ReviewDocument& doc, const QString& eventId, const QString& milestone);

// Moves an event in time; when it is a milestone the key time moves with it.
QList<FieldChange> moveEvent(const ReviewDocument& doc, const QString& eventId, qint64 atMs);

} // namespace hs
