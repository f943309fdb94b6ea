#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian packages Rolemap builds and tests with. As root it runs apt-get; otherwise it
# prints the exact command to run. Quiet when everything is already there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev nlohmann-json3-dev
    fonts-droid-fallback # Japanese glyphs for the Japanese interface
)
# --test: extra packages for the tests and the screenshots (a virtual display and readers of the
# exports). --fuzz: clang 14 and its compiler-rt (libFuzzer, ASan, UBSan) for scripts/fuzz.sh.
for arg in "$@"; do
    case "$arg" in
    --test) packages+=(xvfb xauth python3-botocore graphviz librsvg2-bin poppler-utils) ;;
    --fuzz) packages+=(clang-14 libclang-rt-14-dev) ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

if [[ $(id -u) -ne 0 ]]; then
    echo "Rolemap needs these Debian packages. Run as root:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
