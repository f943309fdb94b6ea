#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every test (all of CTest: the engine, the item models, the graph, the window, exports, the command
# line, the benchmark's smoke run) under AddressSanitizer + UndefinedBehaviorSanitizer (the `asan`
# preset), headless, with LeakSanitizer. CI runs it after ./test.sh. Qt comes from Debian, not
# instrumented; it reports no leak, so nothing is suppressed.
# ROLEMAP_BUILD_JOBS sets the build's parallelism (default: the number of cores).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --test
cmake --preset asan >/dev/null
cmake --build build/asan --parallel "${ROLEMAP_BUILD_JOBS:-$(nproc)}"
export QT_QPA_PLATFORM=offscreen QT_HASH_SEED=0
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build/asan --output-on-failure --timeout 900 -j "$(nproc)"
