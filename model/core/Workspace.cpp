// SPDX-License-Identifier: Apache-2.0
#include "core/Workspace.h"

#include <iterator>

namespace rolemap {

std::string ImportWarning::toString() const
{
    return file + ": " + (pointer.empty() ? std::string() : pointer + ": ") + message;
}

const Cluster *Workspace::clusterOf(const TaskDefinition &td) const
{
    const std::string full = td.displayName();
    for (const Cluster &c : clusters)
        for (const std::string &ref : c.taskDefinitions)
            if (ref == full || ref == td.family)
                return &c;
    return nullptr;
}

Workspace::ClusterIndex Workspace::indexClusters() const
{
    ClusterIndex index;
    for (const Cluster &c : clusters)
        for (const std::string &ref : c.taskDefinitions)
            index.emplace(ref, &c); // the first cluster that lists it, as clusterOf()
    return index;
}

const Cluster *Workspace::clusterOf(const TaskDefinition &td, const ClusterIndex &index)
{
    // clusterOf() takes the first cluster listing either name; keep that order across both names.
    const auto full = index.find(td.displayName());
    const auto family = index.find(td.family);
    if (full == index.end())
        return family == index.end() ? nullptr : family->second;
    if (family == index.end())
        return full->second;
    return std::min(full->second, family->second); // clusters are contiguous: the lower address comes first
}

void Workspace::merge(Workspace &&other)
{
    if (name.empty())
        name = std::move(other.name);
    if (description.empty())
        description = std::move(other.description);
    if (region.empty())
        region = std::move(other.region);
    auto append = [](auto &to, auto &from) { to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end())); };
    append(clusters, other.clusters);
    append(taskDefinitions, other.taskDefinitions);
    append(iamDocuments, other.iamDocuments);
    append(warnings, other.warnings);
    for (auto &r : other.roles)
        roles.push_back(std::move(r));
    if (layout.empty())
        layout = std::move(other.layout);
    runSettings.merge(other.runSettings);
}

} // namespace rolemap
