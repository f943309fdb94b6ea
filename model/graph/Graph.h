// SPDX-License-Identifier: Apache-2.0
#pragma once
// The role graph as plain data: who acts → the role it uses → the operation → the AWS service,
// built from coverage by GraphBuilder, placed by LayeredLayout, drawn by GraphScene and the exporters.

#include "core/Vocabulary.h"

#include <optional>
#include <string>
#include <vector>

namespace rolemap {

enum class NodeKind { Actor, Role, Operation, Service, TaskDefinition };

struct GraphNode
{
    std::string id; // stable (graph/NodeIds.h builds them); views read the typed fields instead
    NodeKind kind = NodeKind::Operation;
    int column = 0;    // layer, left to right
    std::string label; // whole, never cut
    std::string sublabel;
    std::vector<std::string> labelLines; // the label wrapped to the box (fitNodeText), as drawn
    std::vector<std::string> sublabelLines;
    std::optional<RoleKind> role;    // role nodes: their kind
    std::optional<Status> status;    // operation nodes: the coverage status
    std::optional<Severity> verdict; // operation and role nodes: the coverage's verdict (colours them)
    bool missing = false;            // a role that should exist and does not: drawn dashed red
    std::string tooltip;
    std::string operation;      // operation nodes: the operation id
    std::string container;      // container actor nodes: the container's name
    std::string taskDefinition; // task-definition nodes: TaskDefinition::label()
    double width = 160;
    double height = 44;
    double x = 0; // top-left, set by the layout
    double y = 0;
    int group = -1; // the GraphGroup it is drawn in (the detailed grid), or none
};

// Wraps the node's label (and sublabel) to at most three lines, widening the box rather than cutting
// a word, and sizes the box to its text.
void fitNodeText(GraphNode &node);
// The label's lines again after the label changed (redaction), in the box the node already has.
void rewrapNodeText(GraphNode &node);

struct GraphEdge
{
    std::string from;
    std::string to;
    std::optional<RoleKind> role; // colours the edge; none for operation → service
    bool dashed = false;          // fallbacks and missing roles
    std::string label;            // "fallback", …
};

// A framed, titled area: one task definition's graph in the detailed grid.
struct GraphGroup
{
    std::string title;
    double x = 0, y = 0, width = 0, height = 0;
};

struct Graph
{
    std::string title;
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    std::vector<GraphGroup> groups; // when set, the graph is laid out already (do not lay it out again)

    // Index of the node with this id, or -1.
    int indexOf(const std::string &id) const;
    int columnCount() const;
};

} // namespace rolemap
