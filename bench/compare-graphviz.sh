#!/usr/bin/env bash
# Times `rolemap export --format svg` of a cluster overview against `dot -Tsvg` on the DOT file
# Rolemap exports for the same workspace, and prints the ratio. Usage: bench/compare-graphviz.sh [N]
# (default 300). Needs a Release build (cmake --preset release && cmake --build build/release) and graphviz.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
build=build/release
[[ -x $build/bench/rolemap-bench ]] || { echo "build Release first: cmake --preset release && cmake --build build/release" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$build/bench/rolemap-bench --write "$n" "$work/w.rolemap.json"
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", e - s }'; }
rolemap=$(seconds $build/app/rolemap export --format svg --overview -o "$work/r.svg" "$work/w.rolemap.json")
$build/app/rolemap export --format dot --overview -o "$work/r.dot" "$work/w.rolemap.json"
dot=$(seconds timeout 900 dot -Tsvg "$work/r.dot" -o "$work/d.svg")
ratio=$(awk -v d="$dot" -v r="$rolemap" 'BEGIN { printf "%.1f", d / r }')
echo "N=$n rolemap export svg: ${rolemap}s  dot -Tsvg: ${dot}s  ratio: ${ratio}x"
