// The five-whys diagram: the tidy-tree layout (columns, no overlaps, centred parents, sibling
// order, bad parent data) and that painting it draws something in light and dark palettes.

#include "whys/WhyLayout.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <iterator>
#include <memory>

using namespace hs;

namespace {

WhyNode why(const QString& id, const QString& parentId, const QString& sortKey, const QString& text = QString())
{
    WhyNode n;
    n.id = id;
    n.parentId = parentId;
    n.sortKey = sortKey;
    n.text = text.isEmpty() ? QStringLiteral("Because of %1").arg(id) : text;
    n.mark = QStringLiteral("cause");
    return n;
}

QString randomText(QRandomGenerator& rng)
{
    static const char* const words[] = {"the", "deploy", "pipeline", "skipped", "canary", "because", "a",
                                        "config", "flag", "was", "stale", "and", "nobody", "noticed",
                                        "connection-pool-exhaustion", "retry", "storm", "on", "checkout"};
    const int length = rng.bounded(0, 260);
    QString text;
    while (text.size() < length) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        if (rng.bounded(40) == 0)
            text += QString(rng.bounded(30, 90), QLatin1Char('x'));   // a token too long for a line
        else
            text += QLatin1String(words[rng.bounded(static_cast<int>(std::size(words)))]);
    }
    return text;
}

// A random forest of why-nodes: each hangs off an earlier node or the problem, with sort keys
// drawn from a small alphabet so that ties (decided by id) happen, handed over shuffled.
QList<WhyNode> randomTree(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<WhyNode> nodes;
    const QString marks[] = {QStringLiteral("cause"), QStringLiteral("contributing"), QStringLiteral("root")};
    for (int i = 0; i < count; ++i) {
        const QString parent = i == 0 || rng.bounded(8) == 0 ? QString() : nodes.at(rng.bounded(i)).id;
        WhyNode n = why(QStringLiteral("n%1").arg(i, 4, 10, QLatin1Char('0')), parent,
                        QString(QChar(u'a' + rng.bounded(6))), randomText(rng));
        n.mark = marks[rng.bounded(3)];
        n.category = rng.bounded(3) == 0 ? QStringLiteral("Process") : QString();
        nodes.append(n);
    }
    for (qsizetype i = nodes.size() - 1; i > 0; --i)
        nodes.swapItemsAt(i, rng.bounded(static_cast<int>(i) + 1));
    return nodes;
}

int indexOf(const WhyDiagramLayout& layout, const QString& id)
{
    for (int i = 0; i < layout.boxes.size(); ++i) {
        if (!layout.boxes.at(i).isProblem && layout.boxes.at(i).id == id)
            return i;
    }
    return -1;
}

QList<int> childrenOf(const WhyDiagramLayout& layout, int parent)
{
    QList<int> out;
    for (const auto& [from, to] : layout.edges) {
        if (from == parent)
            out.append(to);
    }
    return out;
}

// Every structural property the layout promises; returns false with a message on the first miss.
bool checkLayout(const WhyDiagramLayout& layout, const WhyLayoutOptions& o, QString* why)
{
    const double column = o.boxWidth + o.levelGap;
    for (int i = 0; i < layout.boxes.size(); ++i) {
        const WhyBox& b = layout.boxes.at(i);
        if (qAbs(b.rect.x() - b.depth * column) > 1e-6 || qAbs(b.rect.width() - o.boxWidth) > 1e-6) {
            *why = QStringLiteral("box %1 is not in its column").arg(i);
            return false;
        }
        if (b.rect.height() < o.minBoxHeight || !layout.bounds.contains(b.rect)) {
            *why = QStringLiteral("box %1 is too small or outside the bounds").arg(i);
            return false;
        }
    }
    // Within a column boxes keep at least the sibling gap apart (more: the caption band).
    QHash<int, QList<QRectF>> columns;
    for (const WhyBox& b : layout.boxes)
        columns[b.depth].append(b.rect);
    for (QList<QRectF>& rects : columns) {
        std::sort(rects.begin(), rects.end(), [](const QRectF& a, const QRectF& b) { return a.top() < b.top(); });
        for (qsizetype k = 1; k < rects.size(); ++k) {
            if (rects.at(k).top() - rects.at(k - 1).bottom() < o.siblingGap - 1e-6) {
                *why = QStringLiteral("boxes overlap or crowd at y %1").arg(rects.at(k).top());
                return false;
            }
        }
    }
    QList<int> parentOf(layout.boxes.size(), -1);
    for (const auto& [from, to] : layout.edges)
        parentOf[to] = from;
    for (int i = 1; i < layout.boxes.size(); ++i) {
        if (parentOf.at(i) < 0) {
            *why = QStringLiteral("box %1 has no parent").arg(i);
            return false;
        }
        const WhyBox& b = layout.boxes.at(i);
        const WhyBox& p = layout.boxes.at(parentOf.at(i));
        if (b.depth != p.depth + 1 || b.rect.left() <= p.rect.right() || b.parentId != p.id) {
            *why = QStringLiteral("box %1 is not one column right of its parent").arg(i);
            return false;
        }
    }
    for (int i = 0; i < layout.boxes.size(); ++i) {
        const QList<int> kids = childrenOf(layout, i);
        if (kids.isEmpty())
            continue;
        const double mid =
            (layout.boxes.at(kids.first()).rect.center().y() + layout.boxes.at(kids.last()).rect.center().y()) / 2;
        if (qAbs(layout.boxes.at(i).rect.center().y() - mid) > 1.0) {
            *why = QStringLiteral("box %1 is not centred on its children").arg(i);
            return false;
        }
        for (qsizetype k = 1; k < kids.size(); ++k) {
            if (layout.boxes.at(kids.at(k)).rect.top() <= layout.boxes.at(kids.at(k - 1)).rect.top()) {
                *why = QStringLiteral("children of box %1 are out of order").arg(i);
                return false;
            }
        }
    }
    return true;
}

int inkedPixels(const QImage& image, QRgb background)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += line[x] != background ? 1 : 0;
    }
    return count;
}

QImage render(const WhyDiagramLayout& layout, const WhyLayoutOptions& o, const QSet<QString>& selected,
              const QPalette& palette)
{
    QImage image(layout.bounds.size().toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    painter.translate(-layout.bounds.topLeft());
    paintWhyDiagram(painter, layout, o, selected, palette);
    return image;
}

} // namespace

class TestWhyLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyTreeIsTheProblemAlone()
    {
        const WhyDiagramLayout layout = layoutWhyTree(QStringLiteral("Checkout returned 500s for 40 minutes"), {});
        QCOMPARE(layout.boxes.size(), 1);
        QVERIFY(layout.edges.isEmpty());
        const WhyBox& problem = layout.boxes.first();
        QVERIFY(problem.isProblem);
        QCOMPARE(problem.depth, 0);
        QCOMPARE(problem.rect.x(), 0.0);
        QCOMPARE(problem.text, QStringLiteral("Checkout returned 500s for 40 minutes"));
        QVERIFY(layout.bounds.contains(problem.rect));
        QVERIFY(problem.rect.height() >= WhyLayoutOptions().minBoxHeight);
    }

    void randomTrees_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<quint32>("seed");
        for (const int count : {1, 2, 3, 7, 20, 60, 150, 333, 500})
            for (const quint32 seed : {1u, 42u, 2026u})
                QTest::addRow("%d nodes, seed %u", count, seed) << count << seed;
    }

    void randomTrees()
    {
        QFETCH(int, count);
        QFETCH(quint32, seed);
        const QList<WhyNode> nodes = randomTree(count, seed);
        WhyLayoutOptions o;
        o.siblingGap = 12 + seed % 10;
        const WhyDiagramLayout layout = layoutWhyTree(QStringLiteral("Problem statement"), nodes, o);
        QCOMPARE(layout.boxes.size(), count + 1);
        QCOMPARE(layout.edges.size(), count);
        QString why;
        QVERIFY2(checkLayout(layout, o, &why), qPrintable(why));
        QSet<QString> ids;
        for (const WhyBox& b : layout.boxes.mid(1))
            ids.insert(b.id);
        QCOMPARE(ids.size(), count);
        QHash<QString, QString> sortKeys;
        for (const WhyNode& n : nodes)
            sortKeys.insert(n.id, n.sortKey);
        for (int i = 0; i < layout.boxes.size(); ++i) {
            const QList<int> kids = childrenOf(layout, i);
            for (qsizetype k = 1; k < kids.size(); ++k) {
                const QString& a = layout.boxes.at(kids.at(k - 1)).id;
                const QString& b = layout.boxes.at(kids.at(k)).id;
                QVERIFY(std::pair(sortKeys.value(a), a) < std::pair(sortKeys.value(b), b));
            }
        }
        // The same nodes in another order give the same drawing.
        QList<WhyNode> reversed(nodes.crbegin(), nodes.crend());
        const WhyDiagramLayout again = layoutWhyTree(QStringLiteral("Problem statement"), reversed, o);
        for (int i = 0; i < layout.boxes.size(); ++i) {
            QCOMPARE(again.boxes.at(i).id, layout.boxes.at(i).id);
            QCOMPARE(again.boxes.at(i).rect, layout.boxes.at(i).rect);
        }
    }

    void siblingsFollowSortKeyThenId()
    {
        const QList<WhyNode> nodes = {why(QStringLiteral("c"), QString(), QStringLiteral("m")),
                                      why(QStringLiteral("a"), QString(), QStringLiteral("t")),
                                      why(QStringLiteral("b2"), QString(), QStringLiteral("g")),
                                      why(QStringLiteral("b1"), QString(), QStringLiteral("g")),
                                      why(QStringLiteral("k2"), QStringLiteral("c"), QStringLiteral("b")),
                                      why(QStringLiteral("k1"), QStringLiteral("c"), QStringLiteral("a"))};
        const WhyDiagramLayout layout = layoutWhyTree(QStringLiteral("P"), nodes);
        QStringList order;
        for (const WhyBox& b : layout.boxes)
            order.append(b.id);
        QCOMPARE(order, (QStringList{QString(), QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("c"),
                                     QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("a")}));
        QVERIFY(layout.boxes.at(indexOf(layout, QStringLiteral("b1"))).rect.top()
                < layout.boxes.at(indexOf(layout, QStringLiteral("b2"))).rect.top());
        QVERIFY(layout.boxes.at(indexOf(layout, QStringLiteral("c"))).rect.top()
                < layout.boxes.at(indexOf(layout, QStringLiteral("a"))).rect.top());
        QString problem;
        QVERIFY2(checkLayout(layout, WhyLayoutOptions(), &problem), qPrintable(problem));
    }

    void danglingParentsAttachToTheProblem()
    {
        const QList<WhyNode> nodes = {why(QStringLiteral("a"), QString(), QStringLiteral("a")),
                                      why(QStringLiteral("orphan"), QStringLiteral("deleted"), QStringLiteral("b")),
                                      why(QStringLiteral("child"), QStringLiteral("orphan"), QStringLiteral("a"))};
        const WhyDiagramLayout layout = layoutWhyTree(QStringLiteral("P"), nodes);
        const int orphan = indexOf(layout, QStringLiteral("orphan"));
        QCOMPARE(layout.boxes.at(orphan).depth, 1);
        QVERIFY(layout.boxes.at(orphan).parentId.isEmpty());
        QVERIFY(layout.edges.contains(qMakePair(0, orphan)));
        QCOMPARE(layout.boxes.at(indexOf(layout, QStringLiteral("child"))).depth, 2);
    }

    void cyclesAreBrokenUnderTheProblem()
    {
        // a -> b -> c -> a, with d hanging off b; e is its own parent; f <-> g.
        const QList<WhyNode> nodes = {why(QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b")),
                                      why(QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("c")),
                                      why(QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("a")),
                                      why(QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("d")),
                                      why(QStringLiteral("e"), QStringLiteral("e"), QStringLiteral("e")),
                                      why(QStringLiteral("g"), QStringLiteral("f"), QStringLiteral("g")),
                                      why(QStringLiteral("f"), QStringLiteral("g"), QStringLiteral("f"))};
        const WhyDiagramLayout layout = layoutWhyTree(QStringLiteral("P"), nodes);
        QCOMPARE(layout.boxes.size(), 8);
        QCOMPARE(layout.edges.size(), 7);
        const QList<int> top = childrenOf(layout, 0);
        QStringList topIds;
        for (const int i : top)
            topIds.append(layout.boxes.at(i).id);
        // Each cycle is cut at its first member in sibling order.
        QCOMPARE(topIds, (QStringList{QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("f")}));
        QCOMPARE(layout.boxes.at(indexOf(layout, QStringLiteral("c"))).depth, 3);
        QCOMPARE(layout.boxes.at(indexOf(layout, QStringLiteral("d"))).depth, 3);
        QCOMPARE(layout.boxes.at(indexOf(layout, QStringLiteral("g"))).depth, 2);
        QString why;
        QVERIFY2(checkLayout(layout, WhyLayoutOptions(), &why), qPrintable(why));
    }

    void deepChainsAreNumberedAndDoNotRecurse()
    {
        QList<WhyNode> nodes;
        for (int i = 0; i < 5000; ++i)
            nodes.append(why(QString::number(i), i == 0 ? QString() : QString::number(i - 1), QStringLiteral("a")));
        const WhyDiagramLayout layout = layoutWhyTree(QStringLiteral("P"), nodes);
        QCOMPARE(layout.boxes.last().depth, 5000);
        QCOMPARE(layout.boxes.last().rect.center().y(), layout.boxes.first().rect.center().y());
    }

    void boxesGrowWithTheirText()
    {
        WhyLayoutOptions o;
        o.font.setPointSizeF(12);
        const QList<WhyNode> nodes = {
            why(QStringLiteral("short"), QString(), QStringLiteral("a"), QStringLiteral("Disk full")),
            why(QStringLiteral("long"), QString(), QStringLiteral("b"), QString(600, QLatin1Char('w')))};
        const WhyDiagramLayout layout = layoutWhyTree(QStringLiteral("P"), nodes, o);
        const QRectF shortBox = layout.boxes.at(indexOf(layout, QStringLiteral("short"))).rect;
        const QRectF longBox = layout.boxes.at(indexOf(layout, QStringLiteral("long"))).rect;
        QCOMPARE(shortBox.height(), o.minBoxHeight);
        QVERIFY(longBox.height() > 4 * shortBox.height());
        o.font.setPointSizeF(24);
        const WhyDiagramLayout bigger = layoutWhyTree(QStringLiteral("P"), nodes, o);
        QVERIFY(bigger.boxes.at(indexOf(bigger, QStringLiteral("long"))).rect.height() > longBox.height() * 1.5);
    }

    void layoutOnAWorkerThreadMatches()
    {
        const QList<WhyNode> nodes = randomTree(200, 7);
        const WhyDiagramLayout here = layoutWhyTree(QStringLiteral("P"), nodes);
        WhyDiagramLayout there;
        std::unique_ptr<QThread> thread(QThread::create([&] { there = layoutWhyTree(QStringLiteral("P"), nodes); }));
        thread->start();
        QVERIFY(thread->wait(60000));
        QCOMPARE(there.boxes.size(), here.boxes.size());
        for (int i = 0; i < here.boxes.size(); ++i)
            QCOMPARE(there.boxes.at(i).rect, here.boxes.at(i).rect);
    }

    void paintingDrawsInLightAndDark()
    {
        const QList<WhyNode> nodes = randomTree(40, 3);
        const WhyLayoutOptions o;
        const WhyDiagramLayout layout = layoutWhyTree(QStringLiteral("Checkout was down"), nodes, o);
        QPalette dark(QColor(0x30, 0x30, 0x30), QColor(0x25, 0x25, 0x25));
        for (const QPalette& palette : {QPalette(), dark}) {
            const QImage image = render(layout, o, {nodes.first().id}, palette);
            const QRgb background = palette.color(QPalette::Window).rgb();
            QCOMPARE(image.pixel(0, 0), background);   // the bounds are filled
            const int inked = inkedPixels(image, background);
            QVERIFY2(inked > image.width() * image.height() / 20, qPrintable(QString::number(inked)));
            // Inside a box the box fill shows, not the page.
            const QPoint inside = (layout.boxes.at(1).rect.topLeft() - layout.bounds.topLeft() + QPointF(3, 20)).toPoint();
            QVERIFY(image.pixel(inside) != background);
        }
    }

    void clippedPaintingMatchesTheFullPainting()
    {
        // Boxes outside the clip are skipped; nothing that shows inside it may be.
        const QList<WhyNode> nodes = randomTree(60, 5);
        const WhyLayoutOptions o;
        const WhyDiagramLayout layout = layoutWhyTree(QStringLiteral("P"), nodes, o);
        const QImage full = render(layout, o, {}, QPalette());
        const QRect clip(full.width() / 3, full.height() / 3, 500, 400);
        QImage clipped(full.size(), QImage::Format_ARGB32_Premultiplied);
        clipped.fill(Qt::magenta);
        QPainter painter(&clipped);
        painter.setClipRect(clip);
        painter.translate(-layout.bounds.topLeft());
        paintWhyDiagram(painter, layout, o);
        painter.end();
        QCOMPARE(clipped.copy(clip), full.copy(clip));
        QCOMPARE(clipped.pixel(0, 0), qRgb(255, 0, 255));
    }
};

QTEST_MAIN(TestWhyLayout)
#include "tst_whylayout.moc"
