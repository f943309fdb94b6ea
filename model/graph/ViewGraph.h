// SPDX-License-Identifier: Apache-2.0
#pragma once
// The graph a view shows, built in one place for the window, the exports and the comparison: one
// task definition's roles, an overview of several, or the grid of each one's own graph — laid out,
// with its column headings in the interface language.

#include "core/LocalizedText.h"
#include "core/TaskDefinition.h"
#include "engine/Coverage.h"
#include "graph/Graph.h"
#include "rules/RulesCatalog.h"

#include <optional>
#include <string>
#include <vector>

namespace rolemap {

enum class ViewGraphKind {
    Task,     // one task definition: who acts → role → operation → AWS service
    Overview, // several task definitions → the roles they use (shared roles are one node)
    Grid,     // each task definition's own graph, packed into a grid
};

// Space between the graph's columns: the window and the exports, and the narrower comparison.
inline constexpr double kViewColumnGap = 64;
inline constexpr double kCompareColumnGap = 48;

struct ViewGraphRequest
{
    ViewGraphKind kind = ViewGraphKind::Task;
    std::string title; // Overview and Grid (overviewTitle() words it)
    double columnGap = kViewColumnGap;
};

struct ViewGraph
{
    Graph graph;                       // laid out
    std::vector<std::string> headings; // one per column, for Task and Overview; none for a Grid
};

// `coverages` and `taskDefinitions` hold one entry per task definition shown, in the same order
// (Task uses the first).
ViewGraph buildViewGraph(const ViewGraphRequest &request, const std::vector<Coverage> &coverages,
                         const std::vector<const TaskDefinition *> &taskDefinitions, const RulesCatalog &catalog, Language language);

// "Cluster NAME — Fargate", or "3 task definitions — Fargate" when `clusterName` is empty; without a
// launch type, the count alone.
std::string overviewTitle(const std::string &clusterName, size_t count, std::optional<LaunchType> launchType, const RulesCatalog &catalog,
                          Language language);

} // namespace rolemap
