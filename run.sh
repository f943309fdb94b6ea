#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is needed, builds Release and starts Rolemap on its embedded sample (or on FILEs).
# Without a display it says so and prints the sample's coverage instead.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh

cmake --preset release >/dev/null
cmake --build build/release --parallel "$(nproc)"
exec build/release/app/rolemap "$@"
