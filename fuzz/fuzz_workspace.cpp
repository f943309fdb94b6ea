// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: a Rolemap workspace (.rolemap.json), saved and loaded again. See EntryPoints.h.
// Bad input ends in InputError; a crash, leak, hang, undefined behaviour, any other exception or a
// PropertyViolation is a finding.

#include "EntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return rolemap::fuzz::run(data, size, rolemap::fuzz::loadWorkspace);
}
