#include "domain/Review.h"

namespace hs {

namespace {

std::optional<qint64> span(std::optional<qint64> from, std::optional<qint64> to)
{
    if (!from || !to)
        return std::nullopt;
    return *to - *from;
}

} // namespace

ReviewMetrics metricsOf(const Review& review)
{
    const auto started = review.keyTime(KeyTime::Started);
    ReviewMetrics m;
    m.timeToDetect = span(started, review.keyTime(KeyTime::Detected));
    m.timeToAcknowledge = span(review.keyTime(KeyTime::Detected), review.keyTime(KeyTime::Acknowledged));
    m.timeToMitigate = span(started, review.keyTime(KeyTime::Mitigated));
    m.timeToResolve = span(started, review.keyTime(KeyTime::Resolved));
    return m;
}

} // namespace hs
