#include "common/DragData.h"

#include <QMimeData>

#include <algorithm>

namespace hs::DragData {

QList<int> distinctRows(const QModelIndexList& indexes)
{
    QList<int> rows;
    for (const QModelIndex& i : indexes) {
        if (!rows.contains(i.row()))
            rows.append(i.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QMimeData* make(const char* type, const QStringList& ids, const QStringList& textLines)
{
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(type), ids.join(QLatin1Char('\n')).toUtf8());
    if (!textLines.isEmpty())
        mime->setText(textLines.join(QLatin1Char('\n')));
    return mime;
}

QStringList ids(const QMimeData* data, const char* type)
{
    if (!data)
        return {};
    return QString::fromUtf8(data->data(QString::fromLatin1(type))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace hs::DragData
