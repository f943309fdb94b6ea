// SPDX-License-Identifier: Apache-2.0
#include "teaching/LaunchTypeDiff.h"

#include "teaching/Walkthrough.h"

namespace rolemap {

namespace {

bool same(const OperationCoverage &x, const OperationCoverage &y)
{
    return x.coveredBy == y.coveredBy && x.via == y.via && x.status == y.status;
}

} // namespace

std::vector<OperationChange> compareLaunchTypes(const Coverage &a, const Coverage &b)
{
    std::vector<OperationChange> out;
    for (const OperationCoverage &x : a.operations) {
        const OperationCoverage *y = b.operation(x.operation);
        if (y && same(x, *y))
            continue;
        out.push_back({x.operation, &x, y, !x.fails() && y && y->fails()});
    }
    for (const OperationCoverage &y : b.operations)
        if (!a.operation(y.operation))
            out.push_back({y.operation, nullptr, &y, y.fails()});
    return out;
}

} // namespace rolemap
