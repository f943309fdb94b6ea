// SPDX-License-Identifier: Apache-2.0
#pragma once
// Layered placement of the role graph. The columns are fixed by GraphNode::column, so the layout only
// chooses the row order inside each column (barycenter sweeps against edge crossings) and turns it
// into coordinates. Plain C++, so the exporters and the tests use it without Qt.

#include "graph/Graph.h"

namespace rolemap {

struct LayoutOptions
{
    double columnGap = 90; // between the widest node of a column and the next column
    double rowGap = 16;    // between two nodes of one column
    int sweeps = 12;       // barycenter sweeps, alternately down and up; 0 keeps the order of graph.nodes
    double margin = 24;    // left of the first column and above the tallest one
};

// Places every node: columns left to right by GraphNode::column (x from the widest node of the
// columns before it), rows ordered to reduce edge crossings by barycenter sweeps, columns centred
// vertically against the tallest. Deterministic: the same graph gives the same positions. A graph
// with groups (a grid of task graphs from buildTaskGrid) is laid out already and left as it is.
void layoutGraph(Graph &graph, const LayoutOptions &options = {});

// Edge crossings between adjacent columns for the current row order (by node y); edges that skip
// columns or go right-to-left count as drawn between their end columns. Nodes of one column with
// equal y share a row; edges within a column and edges to unknown ids are ignored.
long long countCrossings(const Graph &graph);

} // namespace rolemap
