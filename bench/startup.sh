#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times the desktop app from exec to the window's first paint (dynamic loading, QApplication,
# translations, the window, the embedded sample or FILE loaded, the first frame flushed), RUNS
# times, and prints each stage's median in ms since exec.
#   bench/startup.sh [RUNS] [FILE]
# Uses $DISPLAY, or starts Xvfb. Needs a Release build (cmake --preset release && cmake --build
# build/release). The program reports its stages itself (ROLEMAP_STARTUP_TRACE, app/StartupTrace.h).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
file=${2:-}
rolemap=build/release/app/rolemap
[[ -x $rolemap ]] || { echo "build Release first: cmake --preset release && cmake --build build/release" >&2; exit 1; }
if [[ -z "${DISPLAY:-}" ]]; then
    command -v Xvfb >/dev/null || { echo "needs a display or Xvfb (apt-get install xvfb)" >&2; exit 1; }
    export DISPLAY=:97
    Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill $xvfb' EXIT
    sleep 1
fi
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# The recovery offer is a modal dialog: point the program at an empty configuration and data home.
home=$(mktemp -d)
trap 'rm -rf "$home"; [[ -n "${xvfb:-}" ]] && kill $xvfb' EXIT
for ((i = 0; i < runs; ++i)); do
    start=$(date +%s%N)
    XDG_CONFIG_HOME=$home XDG_DATA_HOME=$home ROLEMAP_STARTUP_TRACE=quit timeout 60 $rolemap ${file:+"$file"} 2>/dev/null \
        | awk -v s="$start" '$1 == "startup" { printf "%s %.1f\n", $2, $3 - s / 1e6 }'
done | awk -v runs="$runs" -v what="${file:-the embedded sample}" '
    { if (!($1 in n)) order[++stages] = $1; v[$1, ++n[$1]] = $2 }
    END {
        printf "start-up on %s, median of %d runs, ms since exec:\n", what, runs
        for (s = 1; s <= stages; ++s) {
            k = order[s]; c = n[k]
            for (i = 1; i <= c; ++i) for (j = i + 1; j <= c; ++j) if (v[k, j] < v[k, i]) { t = v[k, i]; v[k, i] = v[k, j]; v[k, j] = t }
            m = c % 2 ? v[k, (c + 1) / 2] : (v[k, c / 2] + v[k, c / 2 + 1]) / 2
            printf "  %-12s %7.1f\n", k, m
        }
    }'
