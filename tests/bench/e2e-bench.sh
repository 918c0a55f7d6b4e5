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
backlog_target=${BENCH_BACKLOG_TARGET:-100000}
port=${BENCH_OTBRIDGE_PORT:-18797}
nginx_port=${BENCH_NGINX_PORT:-18798}
ingest_seconds=${BENCH_INGEST_SECONDS:-5}
phases=${BENCH_PHASES:-12345} # which of the phases below to run
sample=$repo/resources/samples/01-contract-ready.json

die() { echo "e2e-bench: $*" >&2; exit 1; }
# shellcheck source=nginx-ceiling.sh
source "$here/nginx-ceiling.sh"
[[ -x $binary ]] || die "no otbridge binary at '$binary' (build the release preset or pass its path)"
for tool in wrk curl awk; do command -v "$tool" >/dev/null || die "$tool not found"; done

work=$(mktemp -d "${TMPDIR:-/tmp}/otbridge-e2e.XXXXXX")
pid=
nginx_pid=
cleanup() {
    [[ -n $pid ]] && kill -KILL "$pid" 2>/dev/null || true
    [[ -n $nginx_pid ]] && kill -TERM "$nginx_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { echo "${EPOCHREALTIME}"; }
phase() { [[ $phases == *"$1"* ]]; }
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
received() { metrics | awk '/^otbridge_events_received_total/ { print $2 }'; }
# The built-in sandbox's address, from the line the server prints at its start.
sandbox_url() { sed -n 's/.*OpenText sandbox on \(http[^ ]*\).*/\1/p' "$work/log" | tail -1; }
sandbox_latency() { # ms: every OpenText answer comes this late (the sandbox's fault switch)
    curl -s --max-time 5 -X PUT -H 'Content-Type: application/json' \
        -d "{\"latency_ms\": $1}" "$(sandbox_url)/admin/faults" >/dev/null
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
        # No count: /metrics did not answer (or not yet with the engine's figures).
        if [[ -n $count && $(waiting) == 0 && $count == "$last" ]]; then echo "$count"; return; fi
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

if phase 1; then
# 1. N events as fast as wrk can, to the last delivery.
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
else
    echo "   not drained within ${drain_limit} s: $(tail -1 "$work/samples" | cut -d' ' -f2) delivered"
fi
# CPU time the server spent, per event: far less sensitive than the rates to a machine that is
# not idle (utime + stime from /proc, in clock ticks). The status pushes of the last jobs come up
# to 3 s after their submit, later under load: wait until every message's three arrived.
for _ in $(seq 240); do # bounded: 60 s
    (($(received) >= 4 * events)) && break
    sleep 0.25
done
read -r utime stime < <(awk '{ print $14, $15 }' "/proc/$pid/stat")
echo "   CPU: $(awk -v u="$utime" -v s="$stime" -v t="$(getconf CLK_TCK)" -v n="$events" \
    'BEGIN { printf "%.0f", (u + s) / t * 1e6 / n }') us per event (user + system, every thread)"
echo "   SIGTERM when idle: exit after $(stop) s"
echo
fi

if phase 2; then
# 2. A backlog that drains flat: the sandbox answers every submit 2 s late while events pour in,
#    until BENCH_BACKLOG_TARGET deliveries wait; then it answers at once, and the first and the
#    last 10,000 deliveries of the drain are timed (a tenth of the backlog when it is smaller).
start "$work/drain"
sandbox_latency 2000
backlog=0
for _ in $(seq 60); do # bounded: 60 bursts of 5 s
    read -r accepted _ < <(burst 5)
    backlog=$((backlog + accepted))
    (($(waiting) >= backlog_target)) && break
done
# Pushes of the few jobs sent meanwhile settle; then the drain.
sleep 3
left=$(waiting)
base=$(delivered)
: >"$work/samples"
t0=$(now)
sandbox_latency 0
sample_until "$((base + left))" || true
t1=$(awk -v n="$((base + left))" '$2 >= n { print $1; exit }' "$work/samples")
if [[ -n $t1 ]]; then
    window=$((left / 10 < 10000 ? left / 10 : 10000))
    first=$(awk -v t0="$t0" -v w="$((base + window))" '$2 >= w { printf "%.2f", $1 - t0; exit }' "$work/samples")
    last_start=$(awk -v m="$((base + left - window))" '$2 >= m { print $1; exit }' "$work/samples")
    last=$(elapsed "$last_start" "$t1")
    echo "2. backlog of $left deliveries ($backlog events stored) drained in $(elapsed "$t0" "$t1") s:" \
         "$(awk -v n="$left" -v s="$(elapsed "$t0" "$t1")" 'BEGIN { printf "%.0f", n / s }') deliveries/s"
    echo "   first $window in $first s, last $window in $last s" \
         "(last/first $(awk -v a="$last" -v b="$first" 'BEGIN { printf "%.2f", a / b }'))"
else
    echo "2. backlog of $left deliveries: not drained within ${drain_limit} s ($(tail -1 "$work/samples" | cut -d' ' -f2) delivered)"
fi
stop >/dev/null
echo
fi

if phase 3; then
# 3. SIGTERM with a backlog: time to exit, and the restart delivers the rest.
start "$work/backlog"
sandbox_latency 2000 # so that a backlog is there when the signal comes
read -r backlog _ < <(burst "$backlog_seconds")
echo "3. $backlog events stored, $(waiting) deliveries waiting; SIGTERM: exit after $(stop) s"
# What waits is read from the data directory itself once the process is gone (sqlite3 CLI).
if command -v sqlite3 >/dev/null; then
    left=$(sqlite3 "$work/backlog/events.sqlite" \
        "SELECT count(*) FROM deliveries WHERE state IN ('pending', 'retrying')")
    echo "   waiting in the data directory after the exit: $left"
fi
start "$work/backlog"
drained=$(drain)
if command -v sqlite3 >/dev/null; then
    stop >/dev/null
    read -r delivered_now waiting_now < <(sqlite3 -separator ' ' "$work/backlog/events.sqlite" \
        "SELECT (SELECT count(*) FROM deliveries WHERE state = 'delivered'), (SELECT count(*) FROM deliveries WHERE state IN ('pending', 'retrying'))")
    echo "   after a restart: $drained sent by the new run; $delivered_now of $backlog events' deliveries delivered, $waiting_now waiting"
else
    echo "   after a restart: $drained sent by the new run, $(waiting) waiting"
    stop >/dev/null
fi
echo
fi

if phase 4; then
# 4. Paced: BENCH_PACED_RATE events/s, 10 connections each pausing between requests.
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
echo "4. paced at ~$paced_rate events/s for ${paced_seconds} s" \
     "($(awk '/Requests\/sec/ { print $2 }' "$work/paced.txt") accepted/s):" \
     "routing -> target took it p50 $(latency 0.5) ms, p99 $(latency 0.99) ms"
stop >/dev/null
echo
fi

if phase 5; then
# 5. Ingest while deliveries run, next to nginx: a burst of use case 1 against a sandbox that
#    answers 2 s late leaves a backlog, which drains once it answers at once; meanwhile wrk drives the ingest bench's small POST to /hooks/test
#    for BENCH_INGEST_SECONDS; then nginx answers the same wrk with a static 202 (the ceiling
#    of ingest-bench.sh). The issue's bound: at least 0.25 of nginx.
cat >"$work/small.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"type":"contract.ready","contract":{"id":"C-1042","title":"Supply agreement"},"owner":"legal"}'
LUA
small_burst() { # url; prints accepted/s (2xx only)
    wrk -t1 -c32 -d"${ingest_seconds}s" -s "$work/small.lua" "$1" >"$work/small.txt"
    awk '/requests in/ { n = $1 } /Non-2xx/ { bad = $NF } /Requests\/sec/ { r = $2 }
         END { printf "%.0f", (n > 0 ? r * (n - bad) / n : 0) }' "$work/small.txt"
}
start "$work/ingest"
sandbox_latency 2000 # the backlog builds; it drains while the small POSTs come in
read -r events _ < <(burst 5)
sandbox_latency 0
before=$(delivered)
t0=$(now)
ingest_rate=$(small_burst "http://127.0.0.1:$port/hooks/test")
t1=$(now)
after=$(delivered)
left=$(waiting)
stop >/dev/null
nginx_start "$work/nginx" "$nginx_port"
nginx_rate=$(small_burst "http://127.0.0.1:$nginx_port/hooks/test")
kill -TERM "$nginx_pid" 2>/dev/null || true
wait "$nginx_pid" 2>/dev/null || true
nginx_pid=
echo "5. ingest while $((after - before)) deliveries went out" \
     "($(awk -v n="$((after - before))" -v s="$(elapsed "$t0" "$t1")" 'BEGIN { printf "%.0f", n / s }')/s;" \
     "$left still waiting at the end, of a $events-event burst):"
echo "   otbridge $ingest_rate/s, nginx $nginx_rate/s:" \
     "$(awk -v a="$ingest_rate" -v b="$nginx_rate" 'BEGIN { printf "%.2f", a / b }') of nginx"
fi
