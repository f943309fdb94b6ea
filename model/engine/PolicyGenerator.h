// SPDX-License-Identifier: Apache-2.0
#pragma once
// Least privilege: the smallest policy that lets a role do what the task definitions need of it,
// built from the same coverage the rest of Rolemap shows, and the trust policy for its kind.

#include "core/JsonText.h"
#include "engine/Coverage.h"
#include "rules/RulesCatalog.h"

#include <vector>

namespace rolemap {

// One statement per operation and resource scope: actions on the derived ARNs, and the actions that
// take no resource (ecr:GetAuthorizationToken, …) on "*", as AWS requires.
Json leastPrivilegePolicy(const std::vector<Coverage> &coverages, RoleKind role, const RulesCatalog &catalog);

// The trust policy a role of this kind needs, with the aws:SourceAccount condition the AWS
// documentation recommends when the account is known.
Json trustPolicyFor(RoleKind role, LaunchType launchType, const std::string &account, const RulesCatalog &catalog);

} // namespace rolemap
