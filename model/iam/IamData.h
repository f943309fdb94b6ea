// SPDX-License-Identifier: Apache-2.0
#pragma once
// The account's IAM roles and managed policies as Rolemap loads them: from
// get-account-authorization-details, get-role (+ get-role-policy), get-policy-version, the
// workspace's "roles", and the built-in copies of the AWS managed policies ECS uses.

#include "core/Workspace.h"
#include "iam/Policy.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rolemap {

struct IamRole
{
    std::string arn;
    std::string name;
    PolicyDocument trust;
    std::vector<PolicyDocument> inlinePolicies;
    std::vector<std::string> attachedPolicyArns;
    std::optional<std::string> boundaryArn;
};

class IamData
{
public:
    // Reads every IAM document of the workspace (and its "roles"). Throws InputError naming the file
    // and pointer. Documents with no role in them (a bare policy) add managed policies only.
    static IamData fromWorkspace(const Workspace &ws, const std::string &workspaceFile = "workspace");

    bool empty() const { return m_roles.empty(); }
    const IamRole *role(const std::string &arnOrName) const;
    const std::map<std::string, IamRole> &roles() const { return m_roles; }
    // A managed policy by ARN: from the loaded data, else the built-in copy of an AWS managed policy.
    const PolicyDocument *managedPolicy(const std::string &arn) const;
    // The permission policies of a role, resolved; `missing` receives managed policy ARNs not found.
    std::vector<const PolicyDocument *> permissionsOf(const IamRole &role, std::vector<std::string> *missing = nullptr) const;

    void addRole(IamRole role);
    void addManagedPolicy(const std::string &arn, PolicyDocument document);
    void addPendingRolePolicy(const std::string &roleName, PolicyDocument document);
    // Roles named by get-role-policy files that the loaded data does not contain.
    const std::vector<std::string> &unattachedRolePolicies() const { return m_unattached; }

private:
    std::vector<std::pair<std::string, PolicyDocument>> m_pendingRolePolicies;
    std::vector<std::string> m_unattached;
    std::map<std::string, IamRole> m_roles;                   // by ARN
    std::unordered_map<std::string, std::string> m_arnByName; // a short name's role: the first ARN in order
    bool m_renamed = false;                                   // a role was replaced under another name: look names up the slow way
    std::map<std::string, PolicyDocument> m_managed;          // by ARN
};

// The AWS managed policies ECS relies on, compiled in from resources/policies (version and source
// in each file).
const std::map<std::string, PolicyDocument> &builtInManagedPolicies();

} // namespace rolemap
