#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs clang-tidy with the checks of .clang-tidy over Rolemap's sources (or the files given), using
# the dev build's compile_commands.json. Exit 1 when a check reports something.
#   scripts/tidy.sh                 every source of app/, views/ and model/
#   scripts/tidy.sh model/iam/*.cpp  only these
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/dev
[[ -f "$build/compile_commands.json" ]] || cmake --preset dev >/dev/null
cmake --build "$build" >/dev/null # the generated moc and resource sources must exist
if [[ $# -gt 0 ]]; then files=("$@"); else mapfile -t files < <(git ls-files 'app/*.cpp' 'views/*.cpp' 'model/*.cpp'); fi
log=$(mktemp)
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet 2>/dev/null | tee "$log" | grep -E "warning:|error:" || true
if grep -qE "warning:|error:" "$log"; then
    echo "clang-tidy: $(grep -cE 'warning:|error:' "$log") finding(s)" >&2
    rm -f "$log"
    exit 1
fi
rm -f "$log"
echo "clang-tidy: no findings in ${#files[@]} file(s)"
