#pragma once

#include "storage/Library.h"

namespace hs {

// The library's managed lists: tags and services (rows in labels, linked to reviews by
// review_labels) and contributing-factor categories (rows in categories; a cause keeps its
// category's name as text in why_nodes.category). Renaming and merging keep every link; each
// is one transaction that returns what it changed, so it can be undone exactly.
enum class ListKind { Tag, Service, Category };

struct ListEntry {
    QString id;
    qint64 rev = 0;
    QString name;
    int reviews = 0; // live reviews that use it
    int uses = 0;    // its links (tags, services) or the causes that carry it (categories)
};

// What a rename or merge wrote: rows it tombstoned and inserted (with their revisions after
// the write) and fields it changed (value, previous value, and revision after the write).
struct ListEditLog {
    QList<RowRef> removed;
    QList<RowRef> inserted;
    QList<FieldChange> changed;
};

} // namespace hs
