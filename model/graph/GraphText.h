// SPDX-License-Identifier: Apache-2.0
#pragma once
// The role graph as text other tools draw: SVG, Graphviz DOT, a Mermaid flowchart and a draw.io file.
// Each carries the title and the legend; output depends only on the graph (byte-identical runs).

#include "graph/Graph.h"

#include <string>
#include <vector>

namespace rolemap {

// SVG written directly from the laid-out graph, in the app's drawing style: rounded boxes coloured
// by role kind, curved edges with arrowheads and labels, the title, column headings and the legend.
// Text stays text; coordinates are written with one decimal at any size; the output is compact and
// linear in the graph's size (Qt's SVG generator writes a group per paint state and 6 significant
// digits). `description` goes into <desc>.
std::string graphToSvg(const Graph &graph, const std::vector<std::string> &headings, const std::string &description);

std::string graphToDot(const Graph &graph);
std::string graphToMermaid(const Graph &graph);
// Uses the laid-out positions, so diagrams.net opens it as Rolemap drew it.
std::string graphToDrawio(const Graph &graph);

} // namespace rolemap
