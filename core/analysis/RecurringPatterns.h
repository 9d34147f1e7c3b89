#pragma once

// "This has happened before": for one review, the other reviews that share its
// contributing-factor categories, services or tags. What counts as a contributing factor is
// the same as in the insights (Insights.h): live why-nodes marked contributing factor or root
// cause, with a category. Tombstoned reviews, links and labels never match.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hs {

class Library;

struct SharedTrait {
    enum Kind { Category, Service, Tag };
    Kind kind = Category;
    QString name;
};

struct RecurringMatch {
    QString reviewId;
    QString title;
    QString incidentRef;
    QString severity;
    std::optional<qint64> startedMs;
    bool earlier = false;           // started before the review asked about
    QList<SharedTrait> shared;      // categories first, then services, then tags; by name
};

struct RecurringPatterns {
    // Ranked: most shared first, then the most recent incident (start time, or when the
    // review was created when it has none), then id; at most the limit asked for.
    QList<RecurringMatch> matches;
    int total = 0;    // reviews sharing anything, beyond the limit too
    int earlier = 0;  // of those, the ones that started before this one
};

class RecurringPatternQuery
{
    Q_DECLARE_TR_FUNCTIONS(hs::RecurringPatternQuery)

public:
    // Reviews sharing at least minShared traits, the best `limit` of them. Nothing (and
    // *error) when the file cannot be read; an unknown or tombstoned review has no matches.
    // With a handful of factor categories in most libraries, one shared trait is common; the
    // Overview asks for two.
    static std::optional<RecurringPatterns> find(const Library& library, const QString& reviewId, int limit,
                                                 int minShared = 1, QString* error = nullptr);
    static QString kindName(SharedTrait::Kind kind);
};

} // namespace hs
