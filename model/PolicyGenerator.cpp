#include "PolicyGenerator.h"

#include <algorithm>

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
        out += upper ? char(std::toupper(static_cast<unsigned char>(c))) : c;
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
    struct Group
    {
        std::string sid;
        std::vector<std::string> actions;
        std::vector<std::string> resources;
    };
    std::vector<Group> groups;
    auto group = [&](const std::string &sid) -> Group & {
        for (Group &g : groups)
            if (g.sid == sid)
                return g;
        groups.push_back({sid, {}, {}});
        return groups.back();
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
                for (const auto *list : {&op->actions})
                    for (const ScopedAction &a : *list)
                        if (a.action == name)
                            scope = a.scope, applicationDefined = a.applicationDefined;
                for (const ConditionalActions &ca : op->conditionalActions)
                    for (const ScopedAction &a : ca.actions)
                        if (a.action == name)
                            scope = a.scope;
                if (applicationDefined)
                    continue; // the application's own calls are for its authors to list
                std::vector<std::string> resources;
                for (const std::string &r : oc.resources)
                    if ((scope == "bucket") == isBucket(r))
                        resources.push_back(r);
                if (scope == "*" || resources.empty()) {
                    Group &g = group(camel(oc.operation) + "AnyResource");
                    addUnique(g.actions, name);
                    addUnique(g.resources, "*");
                } else {
                    Group &g = group(camel(oc.operation) + (scope == "bucket" ? "Buckets" : ""));
                    addUnique(g.actions, name);
                    for (const std::string &r : resources)
                        addUnique(g.resources, r);
                }
            }
        }
    Json statements = Json::array();
    for (const Group &g : groups)
        statements.push_back({{"Sid", g.sid}, {"Effect", "Allow"}, {"Action", g.actions}, {"Resource", g.resources}});
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
