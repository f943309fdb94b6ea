#!/usr/bin/env bash
# The engine's tests under AddressSanitizer + UndefinedBehaviorSanitizer (the `asan` preset): the
# importers, the rules catalog, the coverage engine and the policy evaluator, where hostile input
# arrives. CI runs it after ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --test
cmake --preset asan >/dev/null
targets=(tst_catalog tst_import tst_coverage tst_policy)
cmake --build build/asan --parallel "$(nproc)" --target "${targets[@]}"
export QT_QPA_PLATFORM=offscreen QT_HASH_SEED=0
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build/asan --output-on-failure --timeout 900 -R "^($(IFS='|'; echo "${targets[*]}"))$"
