#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors, and runs every test (CTest summary at the end).
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh --test

build=build/dev
cmake --preset dev >/dev/null
cmake --build "$build" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)"
