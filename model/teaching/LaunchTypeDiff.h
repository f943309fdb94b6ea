// SPDX-License-Identifier: Apache-2.0
#pragma once
// What changes for a task definition between two launch types: the operations whose role, the way
// it covers (primary or fallback) or the status differ — "why did it break when we moved to Fargate".

#include "engine/Coverage.h"

#include <string>
#include <vector>

namespace rolemap {

struct OperationChange
{
    std::string operation;
    const OperationCoverage *before = nullptr; // null: not needed on the first launch type
    const OperationCoverage *after = nullptr;  // null: not needed on the second
    bool breaks = false;                       // fine before, fails after
};

// In catalog order of `a`, then the operations only `b` needs.
std::vector<OperationChange> compareLaunchTypes(const Coverage &a, const Coverage &b);

} // namespace rolemap
