// SPDX-License-Identifier: Apache-2.0
#pragma once
// Turns coverage into the role graph (docs/ARCHITECTURE.md: GraphBuilder → Layout → GraphScene): who acts →
// the role it uses → the operation → the AWS service. Pure: the same coverage gives the same graph.

#include "core/LocalizedText.h"
#include "core/Workspace.h"
#include "engine/Coverage.h"
#include "graph/Graph.h"
#include "graph/NodeIds.h"
#include "rules/RulesCatalog.h"

namespace rolemap {

// The graph of one task definition on one launch type (nodes not yet placed).
Graph buildTaskGraph(const Coverage &coverage, const TaskDefinition &td, const RulesCatalog &catalog, Language language = Language::English);

// A cluster overview: each task definition → the roles it uses, so roles shared between task
// definitions show as one node. `coverages` holds one result per task definition of the cluster.
Graph buildClusterGraph(const std::string &title, const std::vector<Coverage> &coverages, const RulesCatalog &catalog,
                        Language language = Language::English);

// Every task definition's own graph (who acts → role → operation → service), each laid out on its
// own and packed into a grid that wraps to a wide page — one sheet for a review, linear in the
// number of task definitions. The result is laid out (Graph::groups is set): do not lay it out again.
Graph buildTaskGrid(const std::string &title, const std::vector<Coverage> &coverages, const std::vector<const TaskDefinition *> &taskDefinitions,
                    const RulesCatalog &catalog, Language language = Language::English);

} // namespace rolemap
