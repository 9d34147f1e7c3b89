#pragma once

#include <QList>
#include <QModelIndexList>
#include <QStringList>

class QMimeData;

namespace hs::DragData {

// Rows (or items) are dragged between views as their ids, one per line, under a type of our
// own, with a plain-text form for other applications.

// The distinct rows of indexes, in ascending order.
QList<int> distinctRows(const QModelIndexList& indexes);
QMimeData* make(const char* type, const QStringList& ids, const QStringList& textLines);
QStringList ids(const QMimeData* data, const char* type);

} // namespace hs::DragData
