#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the real app under a virtual display on a fresh profile, shows the sample on a launch type,
# and writes a screenshot of the whole screen (the window fills it).
#   tools/screenshot.sh [OUT.png] [EC2|FARGATE] [WIDTHxHEIGHT] [en|ja] [light|dark]
# Defaults: docs/screenshot.png FARGATE 1280x800 en light.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshot.png}
launch=${2:-FARGATE}
size=${3:-1280x800}
language=${4:-en}
appearance=${5:-light}
width=${size%x*}
height=${size#*x}

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
Xvfb "$display" -screen 0 "${width}x${height}x24" >/dev/null 2>&1 &
xvfb=$!
export XDG_CONFIG_HOME=$(mktemp -d) # a fresh window layout, not the last session's
mkdir -p "$XDG_CONFIG_HOME/Rolemap"
printf '[General]\nlanguage=%s\nappearance=%s\n' "$language" "$appearance" > "$XDG_CONFIG_HOME/Rolemap/rolemap.conf"
trap 'kill "$app" "$xvfb" 2>/dev/null; rm -rf "$XDG_CONFIG_HOME"' EXIT
sleep 1
DISPLAY=$display build/release/app/rolemap >/dev/null 2>&1 &
app=$!
for _ in $(seq 50); do
    window=$(DISPLAY=$display xdotool search --class "rolemap" 2>/dev/null | tail -1 || true)
    [[ -n "$window" ]] && break
    sleep 0.2
done
[[ -n "$window" ]] || { echo "the window did not appear" >&2; exit 1; }
sleep 1
DISPLAY=$display xdotool windowsize "$window" "$width" "$height" windowmove "$window" 0 0 windowfocus "$window"
sleep 1
if [[ "$launch" == FARGATE ]]; then
    DISPLAY=$display xdotool key --window "$window" ctrl+2
    sleep 0.5
fi
sleep 1
mkdir -p "$(dirname "$out")"
DISPLAY=$display import -window root "$out"
echo "wrote $out"
