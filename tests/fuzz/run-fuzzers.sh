#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 OT Bridge developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS [TARGET…]
#
# Runs each libFuzzer target of BUILD_DIR (configured with OTBRIDGE_FUZZ=ON, e.g. the asan
# preset) for SECONDS on a scratch copy of its seed corpus (tests/fuzz/corpus/TARGET; the seeds
# in the tree are never written to), prints "TARGET: N runs, M findings" for each, and exits
# non-zero when any target found a crash, leak, timeout or out-of-memory input. Findings are
# kept in BUILD_DIR/fuzz-findings/TARGET/ with the log; rerun one with
#   BUILD_DIR/tests/fuzz/TARGET BUILD_DIR/fuzz-findings/TARGET/crash-…
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
all_targets=(fuzz_condition fuzz_template fuzz_workspace fuzz_request)

usage() {
    echo "usage: tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS [TARGET…]" >&2
    exit 2
}
(($# >= 2)) || usage
build=$(cd "$1" && pwd)
seconds=$2
shift 2
[[ $seconds =~ ^[1-9][0-9]*$ ]] || usage
targets=("$@")
((${#targets[@]})) || targets=("${all_targets[@]}")

scratch=$(mktemp -d "${TMPDIR:-/tmp}/otbridge-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# Per input: 10 s is far beyond any honest input under ASan (a few ms), so a timeout is a hang.
# 2 GiB keeps a runaway input from taking a shared CI machine down with it.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/../sanitizers/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen

failed=0
total_runs=0
for target in "${targets[@]}"; do
    binary=$build/tests/fuzz/$target
    [[ -x $binary ]] || { echo "run-fuzzers: no $binary (configure with OTBRIDGE_FUZZ=ON)" >&2; exit 1; }
    findings=$build/fuzz-findings/$target
    rm -rf "$findings"
    mkdir -p "$findings"
    corpus=$scratch/$target
    cp -r "$here/corpus/$target" "$corpus"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$findings/")
    [[ -r $here/$target.dict ]] && options+=(-dict="$here/$target.dict")

    log=$findings/$target.log
    status=0
    "$binary" "${options[@]}" "$corpus" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [[ -z $runs ]]; then
        # A crash ends the run before the final statistics; the last status line has the count.
        runs=$(grep -oE '^#[0-9]+' "$log" | tail -n 1 | tr -d '#')
    fi
    runs=${runs:-0}
    total_runs=$((total_runs + runs))
    count=$(find "$findings" -maxdepth 1 -type f \
        \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    echo "$target: $runs runs, $count findings"
    if ((status != 0 || count != 0)); then
        failed=1
        echo "run-fuzzers: $target failed (exit $status); its log, $log, ends:" >&2
        grep -v -E '^(#[0-9]+|INFO:|MS:|\s*$)' "$log" | tail -n 60 >&2 || true
        find "$findings" -maxdepth 1 -type f ! -name '*.log' -printf "run-fuzzers: reproduce with $binary %p\n" >&2
    fi
done
echo "fuzzers: $total_runs runs in total"
exit "$failed"
