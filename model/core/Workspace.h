// SPDX-License-Identifier: Apache-2.0
#pragma once
// Everything the user has open: clusters, task definitions and (later) IAM data. Plain data; only
// the Document changes it.

#include "core/JsonText.h"
#include "core/TaskDefinition.h"
#include "core/Vocabulary.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rolemap {

struct Cluster
{
    std::string name;
    std::optional<LaunchType> launchType;
    std::string instanceRoleArn;
    std::vector<std::string> taskDefinitions; // "family:revision" or "family"

    bool operator==(const Cluster &) const = default;
};

// Something the importer accepted but the user should know: a placeholder, a partial shape, …
struct ImportWarning
{
    std::string file;
    std::string pointer;
    std::string message;

    std::string toString() const;
};

// Settings of how a task is run that are not task-definition fields (RunTask / service options).
struct RunSettings
{
    bool enableExecuteCommand = false;
};

struct Workspace
{
    std::string name;
    std::string description;
    std::vector<Cluster> clusters;
    std::vector<TaskDefinition> taskDefinitions;
    struct IamDocument
    {
        std::string file;
        Json json;
    };
    std::vector<IamDocument> iamDocuments; // IAM files as read; evaluated by the policy engine
    Json roles = Json::array();            // the workspace file's "roles", kept as written
    Json layout = Json::object();
    std::map<std::string, RunSettings> runSettings; // by family
    std::string region;                             // the Region its tasks run in, when the workspace says (\"region\"); empty: inferred
    std::vector<ImportWarning> warnings;

    // The cluster that lists this task definition (by family:revision, or by family), if any.
    const Cluster *clusterOf(const TaskDefinition &td) const;
    // The same for many task definitions at once: index the clusters' references first.
    using ClusterIndex = std::unordered_map<std::string, const Cluster *>;
    ClusterIndex indexClusters() const;
    static const Cluster *clusterOf(const TaskDefinition &td, const ClusterIndex &index);
    // Adds everything of `other` (another file's content) to this workspace.
    void merge(Workspace &&other);
};

} // namespace rolemap
