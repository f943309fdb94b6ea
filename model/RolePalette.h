#pragma once
// One colour and line style per role kind, shared by every view, the legend and every export, so a
// role looks the same wherever it appears.

#include "Vocabulary.h"

#include <QColor>
#include <QString>

#include <vector>

namespace rolemap {

struct RoleStyle
{
    QColor colour;
    bool dashed = false;
};

RoleStyle roleStyle(RoleKind kind);
QColor statusColour(Status status);

struct GraphNode;
struct GraphEdge;

// How a node and an edge look on a white page (exports): stroke, fill, dashed.
struct ShapeStyle
{
    QColor stroke;
    QColor fill;
    bool dashed = false;
};
ShapeStyle nodeStyle(const GraphNode &node);
ShapeStyle edgeStyle(const GraphEdge &edge);

// The legend shown by every diagram: role kinds with their colours, then line styles.
struct LegendEntry
{
    QString label;
    QColor colour;
    enum class Kind { Role, Fallback, Missing } kind;
};
std::vector<LegendEntry> legendEntries();

} // namespace rolemap
