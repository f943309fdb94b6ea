#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the real app under a virtual display (1280×800), shows the sample on Fargate with the awslogs
# operation selected, and writes docs/screenshot.png. Usage: tools/screenshot.sh [OUT.png] [EC2|FARGATE]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshot.png}
launch=${2:-FARGATE}

for tool in Xvfb xdotool import; do
    if ! command -v "$tool" >/dev/null; then
        if [[ $(id -u) -eq 0 ]]; then
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xdotool imagemagick >/dev/null
        else
            echo "needs: apt-get install xvfb xdotool imagemagick" >&2
            exit 1
        fi
    fi
done
[[ -x build/release/app/rolemap ]] || { cmake --preset release >/dev/null && cmake --build build/release; }

display=:97
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
export XDG_CONFIG_HOME=$(mktemp -d) # a fresh window layout, not the last session's
trap 'kill "$app" "$xvfb" 2>/dev/null; rm -rf "$XDG_CONFIG_HOME"' EXIT
sleep 1
DISPLAY=$display build/release/app/rolemap >/dev/null 2>&1 &
app=$!
for _ in $(seq 50); do
    window=$(DISPLAY=$display xdotool search --name "Sample" 2>/dev/null | head -1 || true)
    [[ -n "$window" ]] && break
    sleep 0.2
done
[[ -n "$window" ]] || { echo "the window did not appear" >&2; exit 1; }
DISPLAY=$display xdotool windowsize "$window" 1280 800 windowmove "$window" 0 0 windowfocus "$window"
sleep 1
if [[ "$launch" == FARGATE ]]; then
    DISPLAY=$display xdotool key --window "$window" ctrl+2
    sleep 0.5
fi
sleep 1
mkdir -p "$(dirname "$out")"
DISPLAY=$display import -window root "$out"
echo "wrote $out"
