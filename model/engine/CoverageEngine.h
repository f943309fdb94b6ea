// SPDX-License-Identifier: Apache-2.0
#pragma once
// The coverage engine: for a task definition on a launch type, which role covers each operation the
// task needs, and what will fail. A pure function of its inputs and the rules catalog.

#include "core/TaskDefinition.h"
#include "core/Workspace.h"
#include "engine/Coverage.h"
#include "rules/RulesCatalog.h"

#include <functional>

#include <vector>

namespace rolemap {

Coverage computeCoverage(const TaskDefinition &td, LaunchType launchType, const CoverageOptions &options,
                         const RulesCatalog &catalog = RulesCatalog::builtIn());

// The launch types a task definition is checked on when the user names none: its cluster's, else
// its requiresCompatibilities (the known ones, in order), else EC2.
std::vector<LaunchType> defaultLaunchTypes(const TaskDefinition &td, const Cluster *cluster);

// Coverage of the workspace's task definition `index` on `launchType`, with its cluster's instance
// role unless overridden.
Coverage computeTaskCoverage(const Workspace &ws, size_t index, LaunchType launchType, const CoverageOptions &options,
                             const RulesCatalog &catalog = RulesCatalog::builtIn());
// The same with the task definition's cluster already found (Workspace::clusterOf searches every
// cluster's list: callers that go over a whole account use a Workspace::ClusterIndex).
Coverage computeTaskCoverage(const Workspace &ws, size_t index, const Cluster *cluster, LaunchType launchType, const CoverageOptions &options,
                             const RulesCatalog &catalog = RulesCatalog::builtIn());

// Coverage of every task definition of a workspace, each on `launchTypes` (or its defaults when
// empty), with the instance role of its cluster unless overridden.
std::vector<Coverage> computeWorkspaceCoverage(const Workspace &ws, const std::vector<LaunchType> &launchTypes, const CoverageOptions &options,
                                               const RulesCatalog &catalog = RulesCatalog::builtIn());
// The same results, in the same order, handed to `visit` one at a time instead of all kept: a
// whole account's report is written as it is computed.
void forEachCoverage(const Workspace &ws, const std::vector<LaunchType> &launchTypes, const CoverageOptions &options, const RulesCatalog &catalog,
                     const std::function<void(Coverage &&)> &visit);

} // namespace rolemap
