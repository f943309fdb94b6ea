// SPDX-License-Identifier: Apache-2.0
#include "graph/Graph.h"

#include <algorithm>

namespace rolemap {

int Graph::indexOf(const std::string &id) const
{
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].id == id)
            return int(i);
    return -1;
}

int Graph::columnCount() const
{
    int columns = 0;
    for (const GraphNode &n : nodes)
        columns = std::max(columns, n.column + 1);
    return columns;
}

} // namespace rolemap
