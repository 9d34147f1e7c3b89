#pragma once

#include "domain/Review.h"

#include <QFont>
#include <QList>
#include <QPair>
#include <QPalette>
#include <QRectF>
#include <QSet>
#include <QString>

class QPainter;

namespace hs {

// The five-whys diagram: the problem statement on the left and its causes as a tree of boxes
// to the right, one column per level. The same layout and painting serve the view, the SVG/PNG
// export and the PDF report, so a diagram looks the same wherever it is shown. Neither function
// touches global state: both may run on a worker thread with fonts and palettes passed in.

struct WhyBox {
    QString id;          // the WhyNode's id; empty for the problem box
    QString parentId;    // the parent as drawn (dangling and cyclic parents are redrawn empty)
    QRectF rect;         // the box itself; its caption ("Why 2", tags) sits just above it
    QString text;
    QString mark;        // a Vocab::WhyMark code
    QString category;
    int depth = 0;       // 0 = the problem, 1 = first why
    bool isProblem = false;
};

struct WhyDiagramLayout {
    QList<WhyBox> boxes;             // the problem first, then depth-first in sibling order
    QList<QPair<int, int>> edges;    // parent box index -> child box index
    QRectF bounds;                   // every box, caption and selection halo, with a margin
};

struct WhyLayoutOptions {
    QFont font;
    double boxWidth = 260;
    double minBoxHeight = 44;
    double padding = 10;
    double levelGap = 70;
    double siblingGap = 18;
};

// problem: the problem statement (the review's title or a "problem" text) drawn as the root box;
// nodes: the why-nodes in any order. Siblings are ordered by sortKey, then id. A node whose
// parent is missing, or whose parents form a cycle, is drawn under the problem.
// Column x = depth * (boxWidth + levelGap); within a column boxes never overlap, and a parent is
// centred on its first and last child (a tidy tree, linear in the number of nodes).
WhyDiagramLayout layoutWhyTree(const QString& problem, const QList<WhyNode>& nodes,
                               const WhyLayoutOptions& options = {});

// The tree's reading order without any text measuring: (index into nodes, depth) depth first in
// sibling order, depth 1 for the first whys; parents resolved as layoutWhyTree does.
QList<QPair<int, int>> whyTreeOrder(const QList<WhyNode>& nodes);

// Paints the diagram in layout coordinates (translate by -layout.bounds.topLeft() to draw it at
// the origin), filling layout.bounds with the palette's Window colour first. The options must
// be the ones the layout was made with. Boxes outside the painter's clip are skipped.
void paintWhyDiagram(QPainter& painter, const WhyDiagramLayout& layout, const WhyLayoutOptions& options,
                     const QSet<QString>& selectedIds = {}, const QPalette& palette = {});

} // namespace hs
