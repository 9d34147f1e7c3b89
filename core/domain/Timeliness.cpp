#include "domain/Timeliness.h"

#include "util/TimeFormat.h"

namespace hs {

QDate addWorkingDays(const QDate& from, int days)
{
    QDate d = from;
    while (days > 0) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            --days;
    }
    return d;
}

std::optional<QDate> reviewDueDate(const ReviewSummary& review, int workingDays)
{
    if (!review.resolvedMs)
        return std::nullopt;
    return addWorkingDays(toZone(*review.resolvedMs, review.timeZone).date(), workingDays);
}

bool isReviewOverdue(const ReviewSummary& review, const QDate& today, int workingDays)
{
    if (review.status != QLatin1String("draft") && review.status != QLatin1String("in_review"))
        return false;
    const std::optional<QDate> due = reviewDueDate(review, workingDays);
    return due && today > *due;
}

} // namespace hs
