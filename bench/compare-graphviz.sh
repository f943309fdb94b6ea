#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times `rolemap export --format svg` against `dot -Tsvg` on the DOT file Rolemap exports for the
# same workspace and the same graph, in one run, and prints the ratio.
#   bench/compare-graphviz.sh [N] [--overview]
# N task definitions (default 1 000, the size the target is set at; dot needs about 5 minutes there)
# of rolemap-bench's synthetic workspace. The graph is the detailed sheet (every task definition's
# own graph, ~19 nodes and ~17 edges each) unless --overview is given
# (the cluster overview: task definitions and the roles they share). Needs a Release build
# (cmake --preset release && cmake --build build/release) and graphviz; dot is stopped after 900 s.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
mode=--detailed
[[ "${2:-}" == --overview ]] && mode=--overview
build=build/release
[[ -x $build/bench/rolemap-bench && -x $build/app/rolemap ]] || { echo "build Release first: cmake --preset release && cmake --build build/release" >&2; exit 1; }
command -v dot >/dev/null || { echo "needs graphviz (apt-get install graphviz)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$build/bench/rolemap-bench --write "$n" "$work/w.rolemap.json" 2>/dev/null
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", e - s }'; }
rolemap=$(seconds $build/app/rolemap export --format svg "$mode" -o "$work/r.svg" "$work/w.rolemap.json")
$build/app/rolemap export --format dot "$mode" -o "$work/r.dot" "$work/w.rolemap.json"
nodes=$(grep -c '\[label=' "$work/r.dot" || true)
edges=$(grep -c -- '->' "$work/r.dot" || true)
dot=$(seconds timeout 900 dot -Tsvg "$work/r.dot" -o "$work/d.svg")
[[ -s "$work/d.svg" ]] || dot=">900 (stopped)"
ratio=$(awk -v d="${dot%% *}" -v r="$rolemap" 'BEGIN { printf "%.0f", d / r }')
echo "N=$n ${mode#--} ($nodes nodes, $edges edges): rolemap export svg ${rolemap}s, dot -Tsvg ${dot}s, ratio ${ratio}x"
