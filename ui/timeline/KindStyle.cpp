#include "timeline/KindStyle.h"

#include "timeline/KindColor.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace hs::KindStyle {

QColor color(const QString& kind)
{
    return eventKindColor(kind);
}

QIcon icon(const QString& kind)
{
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(kind);
    if (it != cache.constEnd())
        return *it;
    QIcon result;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color(kind));
        const qreal m = size * 0.15;
        p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        result.addPixmap(pm);
    }
    cache.insert(kind, result);
    return result;
}

} // namespace hs::KindStyle
