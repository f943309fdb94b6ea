// SPDX-License-Identifier: Apache-2.0
#include "graph/LayeredLayout.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rolemap {

namespace {

// An edge between two different columns, oriented left to right, so that right-to-left edges are
// counted and swept like any other.
struct Link
{
    int left;
    int right;
};

// The links between one pair of columns [begin, end): edges can only cross inside such a group.
struct LinkGroup
{
    size_t begin;
    size_t end;
};

// What the layout and the crossing count need, resolved once from ids to node indices.
struct Structure
{
    std::vector<int> column;               // per node
    std::vector<std::vector<int>> members; // per column, node indices in graph.nodes order
    std::vector<Link> links;               // sorted by (left column, right column)
    std::vector<LinkGroup> groups;
    std::vector<std::vector<int>> leftNeighbours;  // per node, its neighbours in column - 1
    std::vector<std::vector<int>> rightNeighbours; // per node, its neighbours in column + 1
};

Structure analyse(const Graph &graph)
{
    Structure s;
    const size_t n = graph.nodes.size();
    s.column.resize(n);
    int columns = 0;
    for (size_t i = 0; i < n; ++i) {
        // A negative column is a builder bug; drawing the node in the first column keeps it visible.
        s.column[i] = std::max(0, graph.nodes[i].column);
        columns = std::max(columns, s.column[i] + 1);
    }
    s.members.resize(size_t(columns));
    for (size_t i = 0; i < n; ++i)
        s.members[size_t(s.column[i])].push_back(int(i));

    // Graph::indexOf scans linearly; a map keeps resolving the edges O(E) on graphs of 10 000+ nodes.
    // The views point into graph.nodes, which does not change while the map lives.
    std::unordered_map<std::string_view, int> index;
    index.reserve(n);
    for (size_t i = 0; i < n; ++i)
        index.emplace(graph.nodes[i].id, int(i)); // the first of duplicate ids wins, as in indexOf

    s.leftNeighbours.resize(n);
    s.rightNeighbours.resize(n);
    for (const GraphEdge &e : graph.edges) {
        const auto from = index.find(e.from);
        const auto to = index.find(e.to);
        if (from == index.end() || to == index.end())
            continue; // nothing to draw it to
        int a = from->second;
        int b = to->second;
        if (s.column[a] == s.column[b])
            continue; // drawn inside a column: no row order changes whether it crosses
        if (s.column[a] > s.column[b])
            std::swap(a, b);
        s.links.push_back({a, b});
        if (s.column[b] == s.column[a] + 1) {
            s.rightNeighbours[size_t(a)].push_back(b);
            s.leftNeighbours[size_t(b)].push_back(a);
        }
    }

    std::stable_sort(s.links.begin(), s.links.end(), [&](const Link &x, const Link &y) {
        return std::pair(s.column[x.left], s.column[x.right]) < std::pair(s.column[y.left], s.column[y.right]);
    });
    for (size_t k = 0; k < s.links.size();) {
        size_t end = k + 1;
        while (end < s.links.size() && s.column[s.links[end].left] == s.column[s.links[k].left] &&
               s.column[s.links[end].right] == s.column[s.links[k].right])
            ++end;
        s.groups.push_back({k, end});
        k = end;
    }
    return s;
}

// Crossings for the given rows (per node, its row within its column). Per group: sort the links by
// (left row, right row); a link crosses every earlier one that ends strictly below it, counted with a
// Fenwick tree over the right rows, so O(E log E) instead of comparing every pair.
long long crossings(const Structure &s, const std::vector<int> &row)
{
    long long total = 0;
    std::vector<std::pair<int, int>> rows;
    std::vector<long long> tree;
    for (const LinkGroup &g : s.groups) {
        rows.clear();
        int size = 0;
        for (size_t k = g.begin; k < g.end; ++k) {
            const Link &l = s.links[k];
            rows.emplace_back(row[size_t(l.left)], row[size_t(l.right)]);
            size = std::max(size, row[size_t(l.right)] + 1);
        }
        std::sort(rows.begin(), rows.end());
        tree.assign(size_t(size) + 1, 0);
        long long seen = 0;
        for (const auto &[left, right] : rows) {
            // Earlier links start above or at the same row; those with the same start end at or above
            // this one, so only the strictly-below ones cross, and links sharing an end never do.
            long long atOrAbove = 0;
            for (int i = right + 1; i > 0; i -= i & -i)
                atOrAbove += tree[size_t(i)];
            total += seen - atOrAbove;
            for (int i = right + 1; i <= size; i += i & -i)
                ++tree[size_t(i)];
            ++seen;
        }
    }
    return total;
}

} // namespace

void layoutGraph(Graph &graph, const LayoutOptions &options)
{
    if (!graph.groups.empty())
        return; // a grid of task graphs, each laid out already (buildTaskGrid)
    const Structure s = analyse(graph);
    const int columns = int(s.members.size());

    std::vector<std::vector<int>> order = s.members; // the simple baseline: the order of graph.nodes
    std::vector<int> row(graph.nodes.size());
    auto renumber = [&](int c) {
        const std::vector<int> &members = order[size_t(c)];
        for (size_t i = 0; i < members.size(); ++i)
            row[size_t(members[i])] = int(i);
    };
    for (int c = 0; c < columns; ++c)
        renumber(c);

    // Sweeps can make things worse before better, so keep the best order seen; the baseline counts,
    // so the layout never has more crossings than the plain order.
    long long best = crossings(s, row);
    std::vector<std::vector<int>> bestOrder = order;

    std::vector<double> key(graph.nodes.size());
    auto reorder = [&](int c, bool fromLeft) {
        std::vector<int> &members = order[size_t(c)];
        for (int v : members) {
            const std::vector<int> &neighbours = fromLeft ? s.leftNeighbours[size_t(v)] : s.rightNeighbours[size_t(v)];
            if (neighbours.empty()) {
                key[size_t(v)] = row[size_t(v)]; // nothing pulls it from this side: it keeps its place
                continue;
            }
            double sum = 0;
            for (int m : neighbours)
                sum += row[size_t(m)];
            key[size_t(v)] = sum / double(neighbours.size());
        }
        // Stable: equal barycenters keep their current order, which makes the result deterministic.
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) { return key[size_t(a)] < key[size_t(b)]; });
        renumber(c);
    };

    for (int sweep = 0; sweep < options.sweeps && best > 0; ++sweep) {
        if (sweep % 2 == 0) {
            for (int c = 1; c < columns; ++c)
                reorder(c, true);
        } else {
            for (int c = columns - 2; c >= 0; --c)
                reorder(c, false);
        }
        const long long now = crossings(s, row);
        if (now < best) { // ties keep the earlier order
            best = now;
            bestOrder = order;
        }
    }

    // x: every node of a column starts where the widest node of the previous column ends plus the gap.
    // An empty column (a kind absent from this graph) leaves no blank gap.
    std::vector<double> columnHeight(size_t(columns), 0);
    double x = options.margin;
    double tallest = 0;
    for (int c = 0; c < columns; ++c) {
        const std::vector<int> &members = bestOrder[size_t(c)];
        if (members.empty())
            continue;
        double widest = 0;
        double height = options.rowGap * double(members.size() - 1);
        for (int v : members) {
            GraphNode &node = graph.nodes[size_t(v)];
            node.x = x;
            widest = std::max(widest, node.width);
            height += node.height;
        }
        columnHeight[size_t(c)] = height;
        tallest = std::max(tallest, height);
        x += widest + options.columnGap;
    }

    // y: stacked in order, each column centred against the tallest so that short columns sit in the
    // middle of the edges that reach them.
    for (int c = 0; c < columns; ++c) {
        double y = options.margin + (tallest - columnHeight[size_t(c)]) / 2;
        for (int v : bestOrder[size_t(c)]) {
            GraphNode &node = graph.nodes[size_t(v)];
            node.y = y;
            y += node.height + options.rowGap;
        }
    }
}

long long countCrossings(const Graph &graph)
{
    const Structure s = analyse(graph);
    std::vector<int> row(graph.nodes.size());
    std::vector<int> members;
    for (const std::vector<int> &column : s.members) {
        members = column;
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) { return graph.nodes[size_t(a)].y < graph.nodes[size_t(b)].y; });
        // Dense rows: nodes at the same y share a row, so their edges do not count as crossing.
        int r = 0;
        for (size_t i = 0; i < members.size(); ++i) {
            if (i > 0 && graph.nodes[size_t(members[i])].y != graph.nodes[size_t(members[i - 1])].y)
                ++r;
            row[size_t(members[i])] = r;
        }
    }
    return crossings(s, row);
}

} // namespace rolemap
