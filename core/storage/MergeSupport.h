#pragma once

// What the parts of MergeEngine (plan, snapshot, apply) share; internal to core/storage.

#include "storage/Columns.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

class QByteArray;
class QSqlQuery;

namespace hs::merge {

// The merge's own words, in one translation context wherever they are said.
class MergeText
{
    Q_DECLARE_TR_FUNCTIONS(hs::Merge)
};

// Tables a review owns, and how their rows find it. Owner columns are identity: a merge
// copies them with a new row but never changes them on an existing one.
struct TableSpec {
    Entity entity;
    const char* filter;
    const char* identity;
};
inline constexpr int kTableCount = 15;
extern const TableSpec kTables[kTableCount];

QString sha1(const QByteArray& bytes);
// A column value as merge_base keeps it: short values as they are, long text as its hash. A
// tombstone only says whether it is set.
QString token(const QVariant& v, bool tombstone);
QString rowHash(const QStringList& tokens);
// Positional binds by index: a prepared QSqlQuery is reused row after row.
void bindAll(QSqlQuery& q, const QVariantList& values);

} // namespace hs::merge
