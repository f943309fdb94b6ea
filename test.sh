#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is needed, builds with warnings as errors, and runs every test (CTest summary at the end).
#   ./test.sh --fuzz SECONDS   instead runs every libFuzzer target for SECONDS (scripts/fuzz.sh)
set -euo pipefail
cd "$(dirname "$0")"
if [[ "${1:-}" == "--fuzz" ]]; then
    if [[ ! "${2:-}" =~ ^[0-9]+$ ]]; then
        echo "usage: $0 [--fuzz SECONDS]" >&2
        exit 2
    fi
    ./scripts/install-deps.sh --fuzz
    exec ./scripts/fuzz.sh "$2"
fi
./scripts/install-deps.sh --test

build=build/dev
cmake --preset dev >/dev/null
cmake --build "$build" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)"
