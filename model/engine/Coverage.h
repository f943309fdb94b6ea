// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the coverage engine computes for one task definition on one launch type (docs/VOCABULARY.md, docs/CLI.md).

#include "core/Vocabulary.h"

#include <optional>
#include <string>
#include <vector>

namespace rolemap {

struct Finding
{
    Severity severity = Severity::Info;
    std::string operation; // empty for findings about the task definition as a whole
    std::string message;
    std::string fix;
    std::string pointer; // where in the task definition, when it is one field
};

struct OperationCoverage
{
    std::string operation;
    std::vector<std::string> containers;
    std::optional<RoleKind> coveredBy; // for missing-role, the kind that would have to do it
    std::optional<Via> via;
    std::string roleArn; // empty when no ARN is known
    Status status = Status::Unverified;
    std::vector<std::string> actions;
    std::vector<std::string> resources;
    std::string detail;
    std::string source;
    bool verified = true; // false when the catalog marks this fact UNVERIFIED
    std::string minimumVersion;
    std::string decidedBy;                   // with IAM data: the statement that decided ("policy / Sid")
    std::vector<std::string> missingActions; // with IAM data: "action on resource" not allowed
    std::vector<std::string> conditionKeys;  // with IAM data: conditions that could not be decided
    std::string iamDetail;                   // with IAM data: what the check found, apart from the rest of detail
    // The one verdict every view shows: the most severe finding about this operation (none: nothing
    // to report). The graph's colours, the explanation, the tables and the walkthrough read it.
    std::optional<Severity> verdict;

    bool fails() const { return verdict == Severity::Error; }
};

struct RoleAssignment
{
    std::string execution;
    std::string task;
    std::string instance;
};

struct Coverage
{
    std::string taskDefinition; // TaskDefinition::label(): "family:revision", with its file when namesakes are loaded
    std::string file;
    LaunchType launchType = LaunchType::Ec2;
    OperatingSystem operatingSystem = OperatingSystem::Linux;
    bool operatingSystemAssumed = true; // no runtimePlatform.operatingSystemFamily: inferred
    std::string operatingSystemReason;  // why that operating system, in the current language
    RoleAssignment roles;
    std::vector<OperationCoverage> operations;
    std::vector<Finding> findings;

    bool hasErrors() const;
    const OperationCoverage *operation(std::string_view id) const;
};

// Role ARNs given on the command line (or by the window) instead of the task definition's.
struct RoleOverrides
{
    std::optional<std::string> task;
    std::optional<std::string> execution;
    std::optional<std::string> instance;
};

class IamData;

struct CoverageOptions
{
    RoleOverrides overrides;
    const IamData *iam = nullptr;      // the account's roles and policies, when loaded
    bool enableExecuteCommand = false; // a RunTask / service setting, not a task-definition field
    std::string region;                // the Region the task runs in (--region, the workspace); empty: inferred
    std::string clusterName;           // the cluster the host registers with, when known
};

} // namespace rolemap
