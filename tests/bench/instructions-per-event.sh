#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 OT Bridge developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Instructions per event of use case 1 end to end, under callgrind: a figure that does not move
# with the machine's load, for comparing two builds on a shared machine (tests/bench/README.md,
# "Instructions per event"). Kernel time is not in it: the syscalls are counted beside it.
#
# Usage: tests/bench/instructions-per-event.sh OTBRIDGED [EVENTS]   (default 200 events)
# Needs valgrind and curl. Prints the events, instructions, syscalls and per-event figures, and
# leaves the callgrind file for callgrind_annotate in the directory it names.
set -euo pipefail

die() {
    echo "instructions-per-event: $*" >&2
    exit 1
}

[[ $# -ge 1 && $# -le 2 ]] || die "usage: $0 OTBRIDGED [EVENTS]"
binary=$1
events=${2:-200}
[[ -x $binary ]] || die "$binary is not an executable"
[[ $events =~ ^[1-9][0-9]*$ ]] || die "EVENTS must be a positive number"
command -v valgrind >/dev/null || die "valgrind not found (Debian package valgrind)"
command -v callgrind_annotate >/dev/null || die "callgrind_annotate not found (package valgrind)"

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
port=${BENCH_OTBRIDGE_PORT:-18797}
sample="$here/resources/samples/01-contract-ready.json"
work=$(mktemp -d /tmp/otbridge-ipe.XXXXXX)
pid=
cleanup() {
    [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    true
}
trap cleanup EXIT INT TERM

valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" --dump-instr=no \
    --collect-systime=yes "$binary" --headless --listen "127.0.0.1:$port" \
    --data-dir "$work/data" >"$work/out" 2>"$work/log" &
pid=$!
for _ in $(seq 600); do
    grep -q '^listening on' "$work/out" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || die "otbridged exited at start (see $work/log)"
    sleep 0.2
done
grep -q '^listening on' "$work/out" || die "otbridged did not listen within 120 s"

metric() {
    curl -s -m 30 "http://127.0.0.1:$port/metrics" | awk -v k="$1" '$1 == k { print $2 }'
}

# Start, warm-up and the engine's first timers are not counted: from here on only.
callgrind_control --zero "$pid" >/dev/null 2>&1
urls=()
for ((i = 0; i < events; ++i)); do
    urls+=("http://127.0.0.1:$port/hooks/contract-review")
done
# Four kept-alive connections, the same body each time.
accepted=$(curl -s --no-progress-meter --parallel --parallel-max 4 -X POST -H 'Content-Type: application/json' \
    --data-binary "@$sample" -w '\n%{http_code}\n' "${urls[@]}" | grep -c '^202$' || true)
[[ $accepted -eq $events ]] || die "$accepted of $events webhooks accepted"

# Every delivery made, and each message's three status pushes back as events.
delivered=0 received=0
for _ in $(seq 1800); do
    delivered=$(metric otbridge_deliveries_delivered_total)
    received=$(metric otbridge_events_received_total)
    if [[ ${delivered%.*} -ge $events && ${received%.*} -ge $((4 * events)) ]]; then
        break
    fi
    sleep 0.5
done
[[ ${delivered%.*} -ge $events ]] || die "only $delivered of $events delivered within 15 min"
callgrind_control --dump "$pid" >/dev/null 2>&1
kill "$pid"
wait "$pid" 2>/dev/null || true
pid=

dump=$(ls "$work"/callgrind.out.* | sort -V | tail -1)
read -r instructions syscalls < <(callgrind_annotate "$dump" 2>/dev/null |
    awk '/PROGRAM TOTALS/ { gsub(",", "", $1); gsub(",", "", $3); print $1, $3; exit }')
echo "events: $events accepted, ${delivered%.*} delivered, ${received%.*} stored with the pushes"
echo "instructions: $instructions ($((instructions / events)) per event)"
echo "syscalls: $syscalls ($((syscalls / events)) per event)"
echo "callgrind file: $dump (callgrind_annotate --inclusive=yes $dump)"
