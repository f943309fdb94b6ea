// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the exporters (SVG, draw.io, Mermaid, DOT, CSV, HTML, Markdown, the text, JSON
// and SARIF reports), redacted and not. See EntryPoints.h.

#include "EntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return rolemap::fuzz::run(data, size, rolemap::fuzz::exportAll);
}
