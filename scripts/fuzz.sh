#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets (the `fuzz` preset: clang 14, ASan + UBSan) and runs each for SECONDS,
# two at a time. Seeds come from the shared corpus (read only: copied into build/fuzz/corpus-TARGET,
# which keeps what earlier runs found), fuzz/seeds and tests/data/fuzz-regressions. Exits non-zero
# when a target finds a crash, leak, timeout or memory blow-up, and prints the reproducer's path.
#   scripts/fuzz.sh 60                       # 60 s per target
#   build/fuzz/fuzz/fuzz_taskdef CRASH_FILE  # replay one reproducer
# ROLEMAP_BUILD_JOBS sets the build's parallelism (default: the number of cores).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-}
if [[ ! "$seconds" =~ ^[0-9]+$ ]] || ((seconds == 0)); then
    echo "usage: $0 SECONDS   (run time of each fuzz target)" >&2
    exit 2
fi
./scripts/install-deps.sh --fuzz

build=build/fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --parallel "${ROLEMAP_BUILD_JOBS:-$(nproc)}"

shared=${ROLEMAP_SHARED_DIR:-../shared}
if [[ ! -d "$shared/corpus" ]]; then
    echo "fuzz: no seed corpus at $shared/corpus (set ROLEMAP_SHARED_DIR); starting from fuzz/seeds only" >&2
fi

# seeds TARGET: the folders whose files seed it.
seeds() {
    case "$1" in
    fuzz_taskdef) echo "$shared/corpus/taskdefs $shared/corpus/describe $shared/corpus/odd tests/data/unseen" ;;
    fuzz_iam) echo "$shared/corpus/iam fuzz/seeds/iam" ;;
    fuzz_workspace) echo "resources/samples fuzz/seeds/workspace" ;;
    fuzz_export) echo "$shared/corpus/taskdefs tests/data/reliability tests/data/unseen" ;;
    esac
    echo "tests/data/fuzz-regressions"
}

targets=(fuzz_taskdef fuzz_iam fuzz_workspace fuzz_export)
mkdir -p "$build/logs"
for t in "${targets[@]}"; do
    corpus="$build/corpus-$t"
    rm -rf "$build/artifacts/$t"
    mkdir -p "$corpus" "$build/artifacts/$t"
    for dir in $(seeds "$t"); do
        [[ -d "$dir" ]] || continue
        find "$dir" -maxdepth 1 -type f -exec cp -n -t "$corpus" {} +
    done
done

# Leaks are checked (libFuzzer's default); UBSan stops at the first finding, with its stack.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_HASH_SEED=0

run() {
    local t=$1
    "$build/fuzz/$t" "$build/corpus-$t" -dict=fuzz/rolemap.dict -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/artifacts/$t/" \
        >"$build/logs/$t.log" 2>&1
}

echo "Fuzzing ${targets[*]} for $seconds s each, two at a time (logs in $build/logs)"
declare -A pids
failed=()
running=0
for t in "${targets[@]}"; do
    if ((running == 2)); then
        wait -n || true
        running=$((running - 1))
    fi
    run "$t" &
    pids[$t]=$!
    running=$((running + 1))
done
for t in "${targets[@]}"; do
    if ! wait "${pids[$t]}"; then
        failed+=("$t")
    fi
done

for t in "${targets[@]}"; do
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/logs/$t.log" | grep -o '[0-9]*$' || true)
    corpus=$(find "$build/corpus-$t" -type f | wc -l)
    echo "  $t: ${execs:-?} runs, corpus of $corpus inputs"
done
if ((${#failed[@]} > 0)); then
    for t in "${failed[@]}"; do
        echo "FAIL $t: $(grep -m1 -E '^==[0-9]+==ERROR|runtime error|what\(\)|SUMMARY' "$build/logs/$t.log" || echo 'see the log')" >&2
        tail -n 40 "$build/logs/$t.log" >&2
        for f in "$build/artifacts/$t"/*; do
            [[ -e "$f" ]] && echo "  reproducer: $f   (replay: $build/fuzz/$t $f)" >&2
        done
    done
    exit 1
fi
echo "Fuzzing: no finding"
