#pragma once
// The role graph as text other tools draw: Graphviz DOT, a Mermaid flowchart and a draw.io file.
// Each carries the title and the legend; output depends only on the graph (byte-identical runs).

#include "Graph.h"

#include <string>

namespace rolemap {

std::string graphToDot(const Graph &graph);
std::string graphToMermaid(const Graph &graph);
// Uses the laid-out positions, so diagrams.net opens it as Rolemap drew it.
std::string graphToDrawio(const Graph &graph);

} // namespace rolemap
