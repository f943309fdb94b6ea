#pragma once
// Turns coverage into the role graph (DESIGN §1: GraphBuilder → Layout → GraphScene): who acts →
// the role it uses → the operation → the AWS service. Pure: the same coverage gives the same graph.

#include "Coverage.h"
#include "Graph.h"
#include "LocalizedText.h"
#include "RulesCatalog.h"
#include "Workspace.h"

namespace rolemap {

// The graph of one task definition on one launch type (nodes not yet placed).
Graph buildTaskGraph(const Coverage &coverage, const TaskDefinition &td, const RulesCatalog &catalog,
                     Language language = Language::English);

// A cluster overview: each task definition → the roles it uses, so roles shared between task
// definitions show as one node. `coverages` holds one result per task definition of the cluster.
Graph buildClusterGraph(const std::string &title, const std::vector<Coverage> &coverages,
                        const RulesCatalog &catalog, Language language = Language::English);

// Node ids, so that views and tests can find the node of an operation or a role kind.
std::string operationNodeId(const std::string &operation);

} // namespace rolemap
