#include "timeline/TimelineEdits.h"

#include "domain/Enums.h"

namespace hs {

namespace {

const TimelineEvent* findEvent(const ReviewDocument& doc, const QString& id)
{
    for (const TimelineEvent& e : doc.events) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

std::optional<qint64> keyTimeOf(const Review& review, const QString& milestone)
{
    for (int i = 0; i < kKeyTimeCount; ++i) {
        if (milestone == QLatin1String(kMilestones[i]))
            return review.keyTimes[static_cast<size_t>(i)];
    }
    return std::nullopt;
}

QVariant orNull(std::optional<qint64> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QString keyTimeColumn(const QString& milestone)
{
    return milestone + QStringLiteral("_ms");
}

QList<FieldChange> markMilestone(const ReviewDocument& doc, const QString& eventId, const QString& milestone)
{
    const TimelineEvent* event = findEvent(doc, eventId);
    if (!event || event->milestone == milestone)
        return {};
    if (!milestone.isEmpty() && !Vocabulary::contains(Vocab::Milestone, milestone))
        return {};
    QList<FieldChange> changes;
    if (!milestone.isEmpty()) {
        for (const TimelineEvent& other : doc.events) {
            if (other.id != eventId && other.milestone == milestone) {
                changes.append(FieldChange{Entity::Event, other.id, QStringLiteral("milestone"), QString(), other.rev,
                                           other.milestone});
            }
        }
    }
    changes.append(
        FieldChange{Entity::Event, eventId, QStringLiteral("milestone"), milestone, event->rev, event->milestone});
    if (!milestone.isEmpty()) {
        const std::optional<qint64> before = keyTimeOf(doc.review, milestone);
        if (before != event->atMs) {
            changes.append(FieldChange{Entity::Review, doc.review.id, keyTimeColumn(milestone), event->atMs,
                                       doc.review.rev, orNull(before)});
        }
    }
    return changes;
}

QList<FieldChange> moveEvent(const ReviewDocument& doc, const QString& eventId, qint64 atMs)
{
    const TimelineEvent* event = findEvent(doc, eventId);
    if (!event || event->atMs == atMs)
        return {};
    QList<FieldChange> changes{
        FieldChange{Entity::Event, eventId, QStringLiteral("at_ms"), atMs, event->rev, event->atMs}};
    if (!event->milestone.isEmpty()) {
        const std::optional<qint64> before = keyTimeOf(doc.review, event->milestone);
        changes.append(FieldChange{Entity::Review, doc.review.id, keyTimeColumn(event->milestone), atMs, doc.review.rev,
                                   orNull(before)});
    }
    return changes;
}

} // namespace hs
