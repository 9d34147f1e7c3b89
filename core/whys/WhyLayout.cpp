#include "whys/WhyLayout.h"

#include "whys/WhyText.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace hs {

namespace {

// One box of the tree while it is laid out. Index 0 is the problem; the why-node at index i of
// the input is tree node i + 1. The prelim/mod/shift/change/thread/ancestor fields are those of
// Buchheim, Jünger and Leipert, "Improving Walker's Algorithm to Run in Linear Time" (2002),
// with the layers running left to right, so "left" in the paper is "above" here.
struct TreeNode {
    int parent = -1;
    QList<int> children;
    int number = 0;        // 1-based position among its siblings
    int depth = 0;
    double boxHeight = 0;
    double extent = 0;     // caption + box: the height the node claims in its column
    double prelim = 0;
    double mod = 0;
    double shift = 0;
    double change = 0;
    double midpoint = 0;   // centre of its children, once they are placed
    int thread = -1;
    int ancestor = 0;
};

class TidyTree
{
public:
    TidyTree(std::vector<TreeNode>& nodes, double gap) : m_n(nodes), m_gap(gap) {}

    // Returns the centre of each node's extent along the column, relative to the root.
    std::vector<double> place(const std::vector<int>& preorder)
    {
        // Reverse pre-order visits every node after all of its descendants, which is all the
        // first walk needs; iterating instead of recursing keeps a long chain off the stack.
        for (auto it = preorder.rbegin(); it != preorder.rend(); ++it)
            placeChildren(*it);
        finishNode(0);

        std::vector<double> centre(m_n.size(), 0.0);
        std::vector<std::pair<int, double>> stack{{0, 0.0}};
        while (!stack.empty()) {
            const auto [v, modSum] = stack.back();
            stack.pop_back();
            centre[static_cast<size_t>(v)] = node(v).prelim + modSum;
            for (const int w : node(v).children)
                stack.emplace_back(w, modSum + node(v).mod);
        }
        return centre;
    }

private:
    TreeNode& node(int v) { return m_n[static_cast<size_t>(v)]; }

    double distance(int upper, int lower) { return (node(upper).extent + node(lower).extent) / 2 + m_gap; }

    int leftSibling(int v)
    {
        const TreeNode& n = node(v);
        return n.parent >= 0 && n.number > 1 ? node(n.parent).children.at(n.number - 2) : -1;
    }

    int nextLeft(int v) { return node(v).children.isEmpty() ? node(v).thread : node(v).children.first(); }
    int nextRight(int v) { return node(v).children.isEmpty() ? node(v).thread : node(v).children.last(); }

    // The paper's firstWalk, split in two: this half places v's children (whose own subtrees
    // are done) against each other; finishNode, run as the parent places v, positions v
    // against its upper sibling, which by then has been moved by the apportions before it.
    void placeChildren(int v)
    {
        const QList<int>& children = node(v).children;
        if (children.isEmpty())
            return;
        int defaultAncestor = children.first();
        for (const int w : children) {
            finishNode(w);
            defaultAncestor = apportion(w, defaultAncestor);
        }
        executeShifts(v);
        node(v).midpoint = (node(children.first()).prelim + node(children.last()).prelim) / 2;
    }

    void finishNode(int v)
    {
        TreeNode& n = node(v);
        const int upper = leftSibling(v);
        if (n.children.isEmpty()) {
            n.prelim = upper >= 0 ? node(upper).prelim + distance(upper, v) : 0;
        } else if (upper >= 0) {
            n.prelim = node(upper).prelim + distance(upper, v);
            n.mod = n.prelim - n.midpoint;
        } else {
            n.prelim = n.midpoint;
        }
    }

    int ancestorOf(int vil, int v, int defaultAncestor)
    {
        const int a = node(vil).ancestor;
        return node(a).parent == node(v).parent ? a : defaultAncestor;
    }

    // Pushes v's subtree down until its upper contour clears the lower contour of the
    // subtrees above it, level by level, and spreads the shift over the siblings in between.
    int apportion(int v, int defaultAncestor)
    {
        const int w = leftSibling(v);
        if (w < 0)
            return defaultAncestor;
        int vir = v;
        int vor = v;
        int vil = w;
        int vol = node(node(v).parent).children.first();
        double sir = node(vir).mod;
        double sor = node(vor).mod;
        double sil = node(vil).mod;
        double sol = node(vol).mod;
        while (nextRight(vil) >= 0 && nextLeft(vir) >= 0) {
            vil = nextRight(vil);
            vir = nextLeft(vir);
            vol = nextLeft(vol);
            vor = nextRight(vor);
            node(vor).ancestor = v;
            const double shift = (node(vil).prelim + sil) - (node(vir).prelim + sir) + distance(vil, vir);
            if (shift > 0) {
                moveSubtree(ancestorOf(vil, v, defaultAncestor), v, shift);
                sir += shift;
                sor += shift;
            }
            sil += node(vil).mod;
            sir += node(vir).mod;
            sol += node(vol).mod;
            sor += node(vor).mod;
        }
        if (nextRight(vil) >= 0 && nextRight(vor) < 0) {
            node(vor).thread = nextRight(vil);
            node(vor).mod += sil - sor;
        }
        if (nextLeft(vir) >= 0 && nextLeft(vol) < 0) {
            node(vol).thread = nextLeft(vir);
            node(vol).mod += sir - sol;
            defaultAncestor = v;
        }
        return defaultAncestor;
    }

    void moveSubtree(int wl, int wr, double shift)
    {
        const double subtrees = node(wr).number - node(wl).number;
        node(wr).change -= shift / subtrees;
        node(wr).shift += shift;
        node(wl).change += shift / subtrees;
        node(wr).prelim += shift;
        node(wr).mod += shift;
    }

    void executeShifts(int v)
    {
        double shift = 0;
        double change = 0;
        const QList<int>& children = node(v).children;
        for (auto it = children.crbegin(); it != children.crend(); ++it) {
            TreeNode& w = node(*it);
            w.prelim += shift;
            w.mod += shift;
            change += w.change;
            shift += w.shift + change;
        }
    }

    std::vector<TreeNode>& m_n;
    double m_gap;
};

bool siblingBefore(const WhyNode& a, int ia, const WhyNode& b, int ib)
{
    if (a.sortKey != b.sortKey)
        return a.sortKey < b.sortKey;
    if (a.id != b.id)
        return a.id < b.id;
    return ia < ib;
}

// Each node's parent as an input index, -1 for the problem. Missing parents become -1, and each
// cycle of parents is cut at its first member in sibling order, which then hangs off the
// problem with everything below it. Walks each parent chain once: linear overall.
std::vector<int> resolveParents(const QList<WhyNode>& nodes)
{
    const int n = static_cast<int>(nodes.size());
    QHash<QString, int> byId;
    byId.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (!byId.contains(nodes.at(i).id))
            byId.insert(nodes.at(i).id, i);
    }
    std::vector<int> parent(static_cast<size_t>(n), -1);
    for (int i = 0; i < n; ++i) {
        const QString& pid = nodes.at(i).parentId;
        if (pid.isEmpty())
            continue;
        const auto it = byId.constFind(pid);
        if (it != byId.constEnd() && it.value() != i)
            parent[static_cast<size_t>(i)] = it.value();
    }

    enum : int { Unknown = -2, Reaches = -1 };   // otherwise: the walk that is visiting it
    std::vector<int> state(static_cast<size_t>(n), Unknown);
    std::vector<int> path;
    for (int start = 0; start < n; ++start) {
        path.clear();
        int v = start;
        while (v >= 0 && state[static_cast<size_t>(v)] == Unknown) {
            state[static_cast<size_t>(v)] = start;
            path.push_back(v);
            v = parent[static_cast<size_t>(v)];
        }
        if (v >= 0 && state[static_cast<size_t>(v)] == start) {
            int cut = v;
            for (int u = parent[static_cast<size_t>(v)]; u != v; u = parent[static_cast<size_t>(u)]) {
                if (siblingBefore(nodes.at(u), u, nodes.at(cut), cut))
                    cut = u;
            }
            parent[static_cast<size_t>(cut)] = -1;
        }
        for (const int u : path)
            state[static_cast<size_t>(u)] = Reaches;
    }
    return parent;
}

} // namespace

QList<QPair<int, int>> whyTreeOrder(const QList<WhyNode>& nodes)
{
    const int n = static_cast<int>(nodes.size());
    const std::vector<int> parentOf = resolveParents(nodes);
    std::vector<QList<int>> children(static_cast<size_t>(n) + 1);
    for (int i = 0; i < n; ++i)
        children[static_cast<size_t>(parentOf[static_cast<size_t>(i)] + 1)].append(i);
    for (QList<int>& c : children) {
        std::sort(c.begin(), c.end(), [&nodes](int a, int b) { return siblingBefore(nodes.at(a), a, nodes.at(b), b); });
    }
    QList<QPair<int, int>> order;
    order.reserve(n);
    std::vector<QPair<int, int>> stack; // (node + 1, depth)
    stack.emplace_back(0, 0);
    while (!stack.empty()) {
        const auto [v, depth] = stack.back();
        stack.pop_back();
        if (v > 0)
            order.append(qMakePair(v - 1, depth));
        const QList<int>& c = children[static_cast<size_t>(v)];
        for (auto it = c.crbegin(); it != c.crend(); ++it)
            stack.emplace_back(*it + 1, depth + 1);
    }
    return order;
}

WhyDiagramLayout layoutWhyTree(const QString& problem, const QList<WhyNode>& nodes, const WhyLayoutOptions& options)
{
    const int n = static_cast<int>(nodes.size());
    const std::vector<int> parentOf = resolveParents(nodes);
    const WhyTextMetrics metrics(options);

    std::vector<TreeNode> tree(static_cast<size_t>(n) + 1);
    for (int i = 0; i < n; ++i) {
        TreeNode& t = tree[static_cast<size_t>(i) + 1];
        t.parent = parentOf[static_cast<size_t>(i)] + 1;
        tree[static_cast<size_t>(t.parent)].children.append(i + 1);
    }
    for (TreeNode& t : tree) {
        std::sort(t.children.begin(), t.children.end(), [&nodes](int a, int b) {
            return siblingBefore(nodes.at(a - 1), a, nodes.at(b - 1), b);
        });
        for (int k = 0; k < t.children.size(); ++k)
            tree[static_cast<size_t>(t.children.at(k))].number = k + 1;
    }

    // Pre-order in sibling order: the order of the boxes, and (reversed) of the first walk.
    std::vector<int> preorder;
    preorder.reserve(tree.size());
    std::vector<int> stack{0};
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        preorder.push_back(v);
        TreeNode& t = tree[static_cast<size_t>(v)];
        const QString& text = v == 0 ? problem : nodes.at(v - 1).text;
        t.boxHeight = metrics.boxHeight(text, v == 0);
        t.extent = metrics.captionHeight() + t.boxHeight;
        t.ancestor = v;
        for (auto it = t.children.crbegin(); it != t.children.crend(); ++it) {
            tree[static_cast<size_t>(*it)].depth = t.depth + 1;
            stack.push_back(*it);
        }
    }

    const std::vector<double> centre = TidyTree(tree, options.siblingGap).place(preorder);
    double top = 0;
    for (size_t v = 0; v < tree.size(); ++v)
        top = std::min(top, centre[v] - tree[v].extent / 2);

    WhyDiagramLayout layout;
    layout.boxes.reserve(static_cast<qsizetype>(tree.size()));
    layout.edges.reserve(n);
    std::vector<int> boxOf(tree.size(), -1);
    const double column = options.boxWidth + options.levelGap;
    QRectF covered;
    for (const int v : preorder) {
        const TreeNode& t = tree[static_cast<size_t>(v)];
        WhyBox box;
        if (v == 0) {
            box.text = problem;
            box.isProblem = true;
        } else {
            const WhyNode& w = nodes.at(v - 1);
            box.id = w.id;
            box.parentId = t.parent > 0 ? nodes.at(t.parent - 1).id : QString();
            box.text = w.text;
            box.mark = w.mark;
            box.category = w.category;
        }
        box.depth = t.depth;
        // Whole pixels: borders and connectors then land on the pixel grid and stay crisp at 1x.
        const double extentTop = std::round(centre[static_cast<size_t>(v)] - t.extent / 2 - top);
        box.rect = QRectF(t.depth * column, extentTop + metrics.captionHeight(), options.boxWidth, t.boxHeight);
        covered |= QRectF(box.rect.left(), extentTop, box.rect.width(), t.extent);
        boxOf[static_cast<size_t>(v)] = static_cast<int>(layout.boxes.size());
        if (v != 0)
            layout.edges.append(qMakePair(boxOf[static_cast<size_t>(t.parent)], boxOf[static_cast<size_t>(v)]));
        layout.boxes.append(std::move(box));
    }
    const double margin = std::max(options.padding, 8.0);
    layout.bounds = covered.adjusted(-margin, -margin, margin, margin);
    return layout;
}

} // namespace hs
