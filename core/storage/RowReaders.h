#pragma once

// How rows are read back into domain structs, shared by the Library's read files so one
// column list and one mapping serve every query that returns the same kind of row.

#include "domain/Review.h"
#include "storage/Query.h"

#include <QDate>

namespace hs::RowReaders {

inline constexpr const char* kMetaColumns = "id, rev, created_ms, updated_ms, updated_by";

inline void readMeta(const Query& q, int first, RowMeta* meta)
{
    meta->id = q.text(first);
    meta->rev = q.integer(first + 1);
    meta->createdMs = q.integer(first + 2);
    meta->updatedMs = q.integer(first + 3);
    meta->updatedBy = q.text(first + 4);
}

// Dates are stored as ISO text; NULL is "no date".
inline QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// An action item's own columns, after its meta and review columns; prefix with a table alias
// through actionColumns().
inline constexpr const char* kActionFields[] = {"why_id",   "title",       "description",    "type",
                                               "priority", "owner",       "due_date",       "status",
                                               "tracker_url", "follow_up_date", "effectiveness", "effectiveness_note"};

inline QString actionColumns(const QString& alias = QString())
{
    QStringList out;
    for (const char* f : kActionFields)
        out.append(alias.isEmpty() ? QString::fromLatin1(f) : alias + QLatin1Char('.') + QLatin1String(f));
    return out.join(QStringLiteral(", "));
}

// Reads the columns of actionColumns() starting at first.
inline void readActionFields(const Query& q, int first, ActionItem& a)
{
    a.whyId = q.text(first);
    a.title = q.text(first + 1);
    a.description = q.text(first + 2);
    a.type = q.text(first + 3);
    a.priority = q.text(first + 4);
    a.owner = q.text(first + 5);
    a.dueDate = dateOf(q.value(first + 6));
    a.status = q.text(first + 7);
    a.trackerUrl = q.text(first + 8);
    a.followUpDate = dateOf(q.value(first + 9));
    a.effectiveness = q.text(first + 10);
    a.effectivenessNote = q.text(first + 11);
}

} // namespace hs::RowReaders
