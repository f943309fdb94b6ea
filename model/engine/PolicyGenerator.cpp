// SPDX-License-Identifier: Apache-2.0
#include "engine/PolicyGenerator.h"

#include "core/Arn.h"

#include <algorithm>
#include <map>

#include "core/Ascii.h"

namespace rolemap {

namespace {

std::string camel(const std::string &id)
{
    std::string out;
    bool upper = true;
    for (char c : id) {
        if (c == '-') {
            upper = true;
            continue;
        }
        out += upper ? asciiUpper(c) : c;
        upper = false;
    }
    return out;
}

bool isBucket(const std::string &arn)
{
    return arn.rfind("arn:", 0) == 0 && arn.find(":s3:::") != std::string::npos && arn.find('/') == std::string::npos;
}

void addUnique(std::vector<std::string> &list, const std::string &value)
{
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

} // namespace

Json leastPrivilegePolicy(const std::vector<Coverage> &coverages, RoleKind role, const RulesCatalog &catalog)
{
    // Per operation: each resource with the actions it needs (task definitions may need different
    // actions on different resources: CreateLogGroup only where awslogs-create-group is set).
    struct Need
    {
        std::string operation;
        std::string resource;
        std::vector<std::string> actions;
    };
    std::vector<Need> needs;
    auto need = [&](const std::string &operation, const std::string &resource, const std::string &action) {
        for (Need &n : needs)
            if (n.operation == operation && n.resource == resource) {
                addUnique(n.actions, action);
                return;
            }
        needs.push_back({operation, resource, {action}});
    };
    for (const Coverage &c : coverages)
        for (const OperationCoverage &oc : c.operations) {
            if (oc.coveredBy != role || oc.status == Status::Unsupported)
                continue;
            const CatalogOperation *op = catalog.operation(oc.operation);
            if (!op)
                continue;
            for (const std::string &name : oc.actions) {
                // The scope comes from the catalog; the action list from the coverage (conditions applied).
                std::string scope = "*";
                bool applicationDefined = false;
                for (const ScopedAction &a : op->actions)
                    if (a.action == name)
                        scope = a.scope, applicationDefined = a.applicationDefined;
                for (const ConditionalActions &ca : op->conditionalActions)
                    for (const ScopedAction &a : ca.actions)
                        if (a.action == name)
                            scope = a.scope;
                if (applicationDefined)
                    continue; // the application's own calls are for its authors to list
                bool any = false;
                if (scope != "*")
                    for (const std::string &r : resourcesFor(name, oc.resources))
                        if ((scope == "bucket") == isBucket(r) && (scope == "cluster") == (r.find(":cluster/") != std::string::npos) &&
                            (scope == "container-instance") == (r.find(":container-instance/") != std::string::npos)) {
                            need(oc.operation, r, name);
                            any = true;
                        }
                if (!any)
                    need(oc.operation, "*", name);
            }
        }
    // One statement per operation and action set, listing every resource that needs exactly it.
    struct Group
    {
        std::string operation;
        std::vector<std::string> actions;
        std::vector<std::string> resources;
    };
    std::vector<Group> groups;
    for (const Need &n : needs) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &g) { return g.operation == n.operation && g.actions == n.actions; });
        if (it == groups.end())
            it = groups.insert(groups.end(), Group{n.operation, n.actions, {}});
        addUnique(it->resources, n.resource);
    }
    Json statements = Json::array();
    std::map<std::string, int> counts;
    for (const Group &g : groups) {
        const int n = ++counts[g.operation];
        statements.push_back({{"Sid", camel(g.operation) + (n > 1 ? std::to_string(n) : std::string())},
                              {"Effect", "Allow"},
                              {"Action", g.actions},
                              {"Resource", g.resources}});
    }
    return {{"Version", "2012-10-17"}, {"Statement", std::move(statements)}};
}

Json trustPolicyFor(RoleKind role, LaunchType launchType, const std::string &account, const RulesCatalog &catalog)
{
    const std::string principal = catalog.roleKind(role).trustedPrincipal(launchType);
    Json statement = {{"Effect", "Allow"}, {"Principal", {{"Service", principal}}}, {"Action", "sts:AssumeRole"}};
    // The confused-deputy guard the ECS documentation recommends for roles ECS assumes for a task.
    if (!account.empty() && (role == RoleKind::Execution || role == RoleKind::Task))
        statement["Condition"] = {{"StringEquals", {{"aws:SourceAccount", account}}}};
    return {{"Version", "2012-10-17"}, {"Statement", Json::array({statement})}};
}

} // namespace rolemap
