// SPDX-License-Identifier: Apache-2.0
#pragma once
// Which operations a task needs, derived from its fields (docs/VOCABULARY.md; each trigger is sourced in resources/rules/ecs-roles.json), with the
// containers that need each one, the concrete resources, and the conditions that add IAM actions.

#include "core/TaskDefinition.h"
#include "engine/Coverage.h"
#include "rules/RulesCatalog.h"

#include <string>
#include <vector>

namespace rolemap {

struct NeededOperation
{
    std::string operation;
    std::vector<std::string> containers;
    std::vector<std::string> resources;          // ARNs the actions with scope "resource" apply to
    std::vector<std::string> buckets;            // bucket ARNs for scope "bucket"
    std::vector<std::string> clusters;           // ECS cluster ARNs for scope "cluster" ("cluster/*" when unknown)
    std::vector<std::string> containerInstances; // container-instance ARNs for scope "container-instance"
    std::vector<std::string> conditions;         // names from resources/rules/CONDITIONS.md
    std::vector<std::string> notes;              // facts about how the fields were read, for the detail text
    std::vector<std::string> triggers;           // JSON pointers of the fields that create the need (in the file)
};

struct Detection
{
    std::vector<NeededOperation> operations; // in the order found; the engine orders them by the catalog
    std::vector<Finding> findings;           // about the fields themselves (placeholders, …)

    const NeededOperation *find(std::string_view id) const;
};

// `catalog` tells which FireLens outputs are AWS services (those it has actions for).
Detection detectOperations(const TaskDefinition &td, LaunchType launchType, const CoverageOptions &options, const RulesCatalog &catalog);

} // namespace rolemap
