#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Formats the C++ sources with .clang-format; --check only lists the files that would change (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v '^tests/data/')
if [[ "${1:-}" == "--check" ]]; then
    changed=0
    for f in "${files[@]}"; do
        if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
            echo "$f"
            changed=1
        fi
    done
    exit $changed
fi
clang-format -i "${files[@]}"
