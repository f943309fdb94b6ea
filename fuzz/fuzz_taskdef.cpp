// libFuzzer target: a file the user opens (any shape). See EntryPoints.h.
// Bad input ends in InputError; a crash, leak, hang, undefined behaviour, any other exception or a
// PropertyViolation is a finding.

#include "EntryPoints.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        rolemap::fuzz::importAnyFile({reinterpret_cast<const char *>(data), size});
    } catch (const rolemap::InputError &e) {
        rolemap::fuzz::check(!e.message().empty(), "an InputError has a message");
    }
    return 0;
}
