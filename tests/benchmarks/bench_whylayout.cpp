// Five-whys diagram benchmark: a 500-node cause tree (branching 1-4, up to 8 levels deep, 20 to
// 200 characters a box). Prints how long the layout takes, how long painting it into an image
// of its full size takes, and the two together: what an export or a redraw after an edit pays.
// Never asserts timings unless --strict is given; CTest runs it with --smoke (60 nodes).

#include "BenchSupport.h"

#include "whys/WhyLayout.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <iterator>

using namespace hs;
using namespace hs::bench;

namespace {

QString sentence(QRandomGenerator& rng)
{
    static const char* const words[] = {"the", "deploy", "pipeline", "skipped", "canary", "analysis", "because",
                                        "a", "feature", "flag", "default", "was", "stale", "and", "nobody",
                                        "owned", "the", "alert", "routing", "for", "checkout", "database",
                                        "connection", "pool", "limits", "were", "never", "load", "tested"};
    const int length = rng.bounded(20, 201);
    QString text;
    while (text.size() < length) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += QLatin1String(words[rng.bounded(static_cast<int>(std::size(words)))]);
    }
    text.truncate(length);
    return text;
}

// Grows a tree the way a review does: most new causes deepen a recent line of questioning, some
// start another branch; no node gets more than four children or goes deeper than eight.
QList<WhyNode> causeTree(int count)
{
    QRandomGenerator rng(20260414);
    QList<WhyNode> nodes;
    QList<int> depth;
    QList<int> children;
    const QString marks[] = {QStringLiteral("cause"), QStringLiteral("cause"), QStringLiteral("contributing"),
                             QStringLiteral("root")};
    const QString categories[] = {QString(), QStringLiteral("Process"), QStringLiteral("Tooling"),
                                  QStringLiteral("Monitoring"), QString()};
    for (int i = 0; i < count; ++i) {
        int parent = -1;
        if (i >= 3) {
            for (int attempt = 0; attempt < 50 && parent < 0; ++attempt) {
                const int pick = rng.bounded(2) == 0 ? i - 1 - rng.bounded(std::min(i, 8)) : rng.bounded(i);
                if (depth.at(pick) < 8 && children.at(pick) < 4)
                    parent = pick;
            }
        }
        WhyNode n;
        n.id = QStringLiteral("why-%1").arg(i, 4, 10, QLatin1Char('0'));
        n.parentId = parent >= 0 ? nodes.at(parent).id : QString();
        n.sortKey = QStringLiteral("%1").arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
        n.text = sentence(rng);
        n.mark = marks[rng.bounded(4)];
        n.category = categories[rng.bounded(5)];
        nodes.append(n);
        depth.append(parent >= 0 ? depth.at(parent) + 1 : 1);
        children.append(0);
        if (parent >= 0)
            ++children[parent];
    }
    return nodes;
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const BenchArgs args(app, QStringLiteral("Hindsight five-whys diagram benchmark."));
    const int count = args.smoke() ? 60 : 500;
    const int runs = 5;
    bool allMet = true;

    const QList<WhyNode> nodes = causeTree(count);
    const QString problem = QStringLiteral("Checkout returned errors to 30% of customers for 42 minutes");
    WhyLayoutOptions options;
    options.font = QGuiApplication::font();

    heading(QStringLiteral("Five-whys diagram of %1 causes").arg(count));
    WhyDiagramLayout layout;
    report(QStringLiteral("lay out, first run"), timeMs([&] { layout = layoutWhyTree(problem, nodes, options); }), "ms");
    QList<double> layouts;
    for (int i = 0; i < runs; ++i)
        layouts.append(timeMs([&] { layout = layoutWhyTree(problem, nodes, options); }));
    const double layoutMs = percentile(layouts, 50);
    report(QStringLiteral("lay out, median of %1").arg(runs), layoutMs, "ms");
    int deepest = 0;
    for (const WhyBox& box : layout.boxes)
        deepest = std::max(deepest, box.depth);
    std::printf("  %d boxes, %d levels\n", static_cast<int>(layout.boxes.size()), deepest);

    // An export makes a new image and pays for the first touch of its memory, which for a tall
    // tree is hundreds of MiB; a redraw into an existing image shows what the painting costs.
    const QSet<QString> selected{nodes.first().id};
    const QSize size = layout.bounds.size().toSize();
    auto paintInto = [&](QImage& image) {
        QPainter painter(&image);
        painter.translate(-layout.bounds.topLeft());
        paintWhyDiagram(painter, layout, options, selected);
    };
    QList<double> fresh;
    for (int i = 0; i < 3; ++i) {
        fresh.append(timeMs([&] {
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            paintInto(image);
        }));
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    paintInto(image);
    QList<double> redraws;
    for (int i = 0; i < runs; ++i)
        redraws.append(timeMs([&] { paintInto(image); }));
    const double freshMs = percentile(fresh, 50);
    const double redrawMs = percentile(redraws, 50);
    std::printf("  image %d x %d px, %.0f MiB\n", size.width(), size.height(),
                static_cast<double>(image.sizeInBytes()) / (1024.0 * 1024.0));
    report(QStringLiteral("paint into a new 1x image, median of 3"), freshMs, "ms");
    report(QStringLiteral("paint into the same image again, median of %1").arg(runs), redrawMs, "ms");
    report(QStringLiteral("lay out + paint into a new image"), layoutMs + freshMs, "ms");
    allMet &= report(QStringLiteral("lay out + paint into an existing image"), layoutMs + redrawMs, "ms", 100);

    // A view repaints only what is on screen: one 1920 x 1080 window of the middle of the tree.
    QImage screen(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const QPointF middle = layout.bounds.center() - QPointF(960, 540);
    QList<double> views;
    for (int i = 0; i < runs; ++i) {
        views.append(timeMs([&] {
            QPainter painter(&screen);
            painter.setClipRect(screen.rect());
            painter.translate(-middle);
            paintWhyDiagram(painter, layout, options, selected);
        }));
    }
    report(QStringLiteral("repaint a 1920x1080 view, median of %1").arg(runs), percentile(views, 50), "ms");
    report(QStringLiteral("peak resident memory"), peakRssMiB(), "MiB");

    if (!allMet)
        std::printf("\nSome figures missed their targets.\n");
    return args.exitCode(allMet);
}
