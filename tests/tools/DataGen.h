#pragma once

#include "domain/Review.h"

#include <QRandomGenerator>
#include <QString>

namespace hs {

struct DataGenOptions {
    int reviews = 100;
    int eventsPerReview = 40;
    int largeReviews = 0;     // reviews that get largeEvents events instead
    int largeEvents = 20000;
    quint32 seed = 1;
    // Actions dated as if they were written over the years (created a day or three after their
    // incident, closed ones changed last 5 to 60 days later) instead of all now; for the
    // insights. Off by default so other tests' libraries stay as they were.
    bool datedActions = false;
};

// Makes plausible reviews: incidents over the last three years with services, tags, a timeline,
// a branching why-tree, actions and lessons. Deterministic for a seed.
class DataGen
{
public:
    explicit DataGen(quint32 seed);
    ReviewDocument review(int index, int events);

private:
    QString pick(const QStringList& list);
    int between(int lo, int hi) { return static_cast<int>(m_rng.bounded(lo, hi + 1)); }

    QRandomGenerator m_rng;
};

// Writes a new library at path; returns false with a message on failure.
bool generateLibrary(const QString& path, const DataGenOptions& options, QString* error);

// Writes a Slack workspace export into dir as Slack does (users.json with 25 people and their
// titles, channels.json, one incident channel folder with a file per day) holding about
// `messages` messages over several days: threads, bots, joins, edits, mentions and links.
// Deterministic for a seed; returns false with a message on failure.
bool writeSlackExport(const QString& dir, int messages, quint32 seed, QString* error);

} // namespace hs
