#include "Workspace.h"

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

void Workspace::merge(Workspace &&other)
{
    if (name.empty())
        name = std::move(other.name);
    if (description.empty())
        description = std::move(other.description);
    auto append = [](auto &to, auto &from) {
        to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
    };
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
