#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 OT Bridge developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# End to end: webhooks in, messages out, on the default workspace and its built-in OpenText
# sandbox (whose status callbacks come back through the listener, as they do in use). Prints
# figures; it is a benchmark, not a test. Usage: tests/bench/e2e-bench.sh [path/to/otbridge];
# knobs and what each phase means: tests/bench/README.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
binary=${1:-$repo/build/release/app/otbridge}
burst_seconds=${BENCH_BURST_SECONDS:-20}
backlog_seconds=${BENCH_BACKLOG_SECONDS:-15}
paced_rate=${BENCH_PACED_RATE:-1000}
paced_seconds=${BENCH_PACED_SECONDS:-20}
drain_limit=${BENCH_DRAIN_LIMIT_SECONDS:-900}
port=${BENCH_OTBRIDGE_PORT:-18797}
sample=$repo/resources/samples/01-contract-ready.json

die() { echo "e2e-bench: $*" >&2; exit 1; }
[[ -x $binary ]] || die "no otbridge binary at '$binary' (build the release preset or pass its path)"
for tool in wrk curl awk; do command -v "$tool" >/dev/null || die "$tool not found"; done

work=$(mktemp -d "${TMPDIR:-/tmp}/otbridge-e2e.XXXXXX")
pid=
cleanup() {
    [[ -n $pid ]] && kill -KILL "$pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { echo "${EPOCHREALTIME}"; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

start() { # data dir
    "$binary" --headless --listen "127.0.0.1:$port" --data-dir "$1" >"$work/out" 2>>"$work/log" &
    pid=$!
    for _ in $(seq 200); do
        grep -q '^listening on' "$work/out" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || die "otbridge exited at start: $(tail -5 "$work/log")"
        sleep 0.05
    done
    die "otbridge did not start within 10 s"
}
# Sends SIGTERM; prints the seconds until the process was gone.
stop() {
    local t0 t1
    t0=$(now)
    kill -TERM "$pid"
    for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    t1=$(now)
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid"; wait "$pid" 2>/dev/null || true; pid=
        echo "still running after 30 s (killed)"; return
    fi
    wait "$pid" 2>/dev/null || true
    pid=
    elapsed "$t0" "$t1"
}
metrics() { curl -s --max-time 5 "http://127.0.0.1:$port/metrics" || true; }
delivered() { metrics | awk '/^otbridge_deliveries_delivered_total/ { print $2 }'; }
waiting() {
    metrics | awk '/^otbridge_target_deliveries\{.*state="(pending|retrying)"/ { s += $2 } END { print s + 0 }'
}
latency() { metrics | awk -v q="$1" 'index($0, "quantile=\"" q "\"") && /latency/ { print $2 }'; }

# Fires the sample for $1 seconds as fast as 32 connections go (wrk, closed loop); prints the
# number of events accepted and the rate. (Debian's wrk cannot stop itself after N requests.)
burst() {
    cat >"$work/burst.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$sample"); wrk.body = f:read("*a"); f:close()
LUA
    wrk -t1 -c32 -d"$1s" -s "$work/burst.lua" "http://127.0.0.1:$port/hooks/contract-review" \
        >"$work/wrk.txt"
    local total non2xx
    total=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
    non2xx=$(awk '/Non-2xx/ { print $NF }' "$work/wrk.txt")
    echo "$((total - ${non2xx:-0})) $(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt")"
}
# Waits until nothing is pending or retrying and the delivered count holds still; prints it.
drain() {
    local last=-1 count deadline=$((SECONDS + drain_limit))
    while ((SECONDS < deadline)); do
        count=$(delivered)
        if [[ $(waiting) == 0 && $count == "$last" ]]; then echo "$count"; return; fi
        last=$count
        sleep 0.5
    done
    echo "${count:-0} (not drained within ${drain_limit} s)"
}

echo "OT Bridge end to end: $binary"
echo "machine: $(nproc) cores; data on $(stat -f -c %T "$work"); use case 1, default workspace"
echo

# Samples the delivered count every 0.25 s until it reaches $1 (or the limit) into $work/samples.
sample_until() {
    local target=$1 count deadline=$((SECONDS + drain_limit))
    while ((SECONDS < deadline)); do
        count=$(delivered)
        count=${count:-0}
        echo "$(now) $count" >>"$work/samples"
        ((count >= target)) && [[ $(waiting) == 0 ]] && return 0
        sleep 0.25
    done
    return 1
}

# 1. N events as fast as wrk can, to the last delivery; the first and the last 10k deliveries.
#    Use case 1 makes one delivery per event; the sandbox's three status callbacks per message
#    are events of their own on the same listener and store.
start "$work/e2e"
: >"$work/samples"
t0=$(now)
read -r events rate < <(burst "$burst_seconds")
t_ingest=$(now)
drained=yes
sample_until "$events" || drained=no
t1=$(awk -v n="$events" '$2 >= n { print $1; exit }' "$work/samples")
echo "1. burst of ${burst_seconds} s: $events events accepted at $rate/s (ingest done in $(elapsed "$t0" "$t_ingest") s)"
if [[ $drained == yes && -n $t1 ]]; then
    seconds=$(elapsed "$t0" "$t1")
    echo "   all delivered $seconds s after the first request:" \
         "$(awk -v n="$events" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }') events/s end to end"
    # The first and the last 10k deliveries (a fifth of them on a smaller run).
    window=$((events / 5 < 10000 ? events / 5 : 10000))
    first=$(awk -v t0="$t0" -v w="$window" '$2 >= w { printf "%.2f", $1 - t0; exit }' "$work/samples")
    last_start=$(awk -v m="$((events - window))" '$2 >= m { print $1; exit }' "$work/samples")
    last=$(elapsed "$last_start" "$t1")
    echo "   first $window delivered in $first s, last $window in $last s" \
         "(last/first $(awk -v a="$last" -v b="$first" 'BEGIN { printf "%.2f", a / b }'))"
else
    echo "   not drained within ${drain_limit} s: $(tail -1 "$work/samples" | cut -d' ' -f2) delivered"
fi
# CPU time the server spent, per event: far less sensitive than the rates to a machine that is
# not idle (utime + stime from /proc, in clock ticks). The status pushes of the last jobs come up
# to 3 s after their submit: wait for them first.
sleep 4
read -r utime stime < <(awk '{ print $14, $15 }' "/proc/$pid/stat")
echo "   CPU: $(awk -v u="$utime" -v s="$stime" -v t="$(getconf CLK_TCK)" -v n="$events" \
    'BEGIN { printf "%.0f", (u + s) / t * 1e6 / n }') us per event (user + system, every thread)"
echo "   SIGTERM when idle: exit after $(stop) s"
echo

# 2. SIGTERM with a backlog: time to exit, and the restart delivers the rest.
start "$work/backlog"
read -r backlog _ < <(burst "$backlog_seconds")
left=$(waiting)
echo "2. $backlog events stored, $left deliveries waiting; SIGTERM: exit after $(stop) s"
start "$work/backlog"
: >"$work/samples"
if sample_until "$left"; then
    echo "   after a restart all $(delivered) waiting deliveries went out"
else
    echo "   after a restart only $(delivered) of $left went out within ${drain_limit} s"
fi
stop >/dev/null
echo

# 3. Paced: BENCH_PACED_RATE events/s, 10 connections each pausing between requests.
start "$work/paced"
cat >"$work/paced.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$sample"); wrk.body = f:read("*a"); f:close()
function delay() return $((10 * 1000 / paced_rate)) end
LUA
wrk -t1 -c10 -d"${paced_seconds}s" -s "$work/paced.lua" \
    "http://127.0.0.1:$port/hooks/contract-review" >"$work/paced.txt"
drain >/dev/null
echo "3. paced at ~$paced_rate events/s for ${paced_seconds} s" \
     "($(awk '/Requests\/sec/ { print $2 }' "$work/paced.txt") accepted/s):" \
     "routing -> target took it p50 $(latency 0.5) ms, p99 $(latency 0.99) ms"
stop >/dev/null
