// SPDX-License-Identifier: Apache-2.0
#pragma once
// One colour and line style per role kind, shared by every view, the legend and every export, so a
// role looks the same wherever it appears.

#include "core/Vocabulary.h"

#include <QColor>
#include <QString>

#include <optional>
#include <vector>

namespace rolemap {

struct RoleStyle
{
    QColor colour;
    bool dashed = false;
};

RoleStyle roleStyle(RoleKind kind);
QColor statusColour(Status status);
// The colour of a verdict (an operation's most severe finding): red for what fails, amber for
// warnings; invalid for nothing to report. Every view and export draws verdicts with it.
QColor verdictColour(std::optional<Severity> verdict);

// The WCAG 2 contrast ratio of two colours, from 1 (none) to 21.
double contrastRatio(const QColor &a, const QColor &b);
// `colour` blended toward white (on a dark background) or black (on a light one) just enough to
// keep a contrast of at least `minimum` with `background`: status colours stay readable in dark
// palettes.
QColor readableOn(const QColor &colour, const QColor &background, double minimum = 4.5);
// `colour` as text on the interface's own background (the application palette's Base); unchanged
// where there is no GUI (the command line, exports).
QColor onScreen(const QColor &colour);

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
