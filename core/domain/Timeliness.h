#pragma once

#include "domain/Review.h"

#include <QDate>

#include <optional>

namespace hs {

// A review is due a number of working days after the incident was resolved (5 by default), so
// it happens while memories are fresh. Working days are Monday to Friday.
inline constexpr int kDefaultReviewDueWorkingDays = 5;

QDate addWorkingDays(const QDate& from, int days);
// The day the review is due, counted from the resolution day in the review's time zone; none
// while the incident is not resolved.
std::optional<QDate> reviewDueDate(const ReviewSummary& review, int workingDays);
// Still a draft or in review after its due day.
bool isReviewOverdue(const ReviewSummary& review, const QDate& today, int workingDays);

} // namespace hs
