#pragma once

#include "domain/Review.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hs {

// The sample review a first start shows: a complete fictional incident, kept as JSON in the
// resources (resources/sample/sample-review.json) and turned into a document with fresh ids.
std::optional<ReviewDocument> sampleReview(QString* error);
std::optional<ReviewDocument> reviewFromSampleJson(const QByteArray& json, QString* error);

} // namespace hs
