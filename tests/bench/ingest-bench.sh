#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 OT Bridge developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Durable ingest throughput and latency of `otbridge --headless`, next to nginx answering the
# same POST with a static 202 (the ceiling for this machine and load generator), plus cold start.
# Usage: tests/bench/ingest-bench.sh [path/to/otbridge]; knobs are in tests/bench/README.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
binary=${1:-$repo/build/release/app/otbridge}

threads=${BENCH_THREADS:-1}
connections=${BENCH_CONNECTIONS:-32}
duration=${BENCH_DURATION:-10s}
paced_rate=${BENCH_PACED_RATE:-1000}
paced_connections=${BENCH_PACED_CONNECTIONS:-10}
paced_duration=${BENCH_PACED_DURATION:-5s}
cold_runs=${BENCH_COLD_RUNS:-5}
otbridge_port=${BENCH_OTBRIDGE_PORT:-18787}
nginx_port=${BENCH_NGINX_PORT:-18788}
nginx_workers=${BENCH_NGINX_WORKERS:-auto}

die() { echo "ingest-bench: $*" >&2; exit 1; }

[[ -x $binary ]] || die "no otbridge binary at '$binary' (build the release preset or pass its path)"
for tool in wrk curl; do
    command -v "$tool" >/dev/null || die "$tool not found (Debian package $tool)"
done
# shellcheck source=nginx-ceiling.sh
source "$here/nginx-ceiling.sh"
seconds() { local d=$1; case $d in *m) echo $((${d%m} * 60)) ;; *s) echo "${d%s}" ;; *) echo "$d" ;; esac; }

# Same disk as the caller's TMPDIR; a tmpfs would make every fsync free and the figures meaningless.
work=$(mktemp -d "${TMPDIR:-/tmp}/otbridge-bench.XXXXXX")
fs_type=$(stat -f -c %T "$work")
otbridge_pid=
nginx_pid=
wrk_pid=
stop_pid() {
    local pid=$1
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
    stop_pid "$wrk_pid"
    stop_pid "$otbridge_pid"
    stop_pid "$nginx_pid"
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_free "$otbridge_port" || die "127.0.0.1:$otbridge_port is in use (set BENCH_OTBRIDGE_PORT)"
port_free "$nginx_port" || die "127.0.0.1:$nginx_port is in use (set BENCH_NGINX_PORT)"

now_us() { echo $((${EPOCHREALTIME/./})); }

# Starts otbridge on a fresh data dir; sets otbridge_pid, and startup_us to the microseconds
# from exec to its "listening on" line.
start_otbridge() {
    local data=$1 line started
    mkdir -p "$data"
    started=$(now_us)
    exec {otbridge_out}< <(exec "$binary" --headless --listen "127.0.0.1:$otbridge_port" \
        --data-dir "$data" 2>>"$work/otbridge.log")
    otbridge_pid=$!
    if ! IFS= read -r -t 20 -u "$otbridge_out" line || [[ $line != "listening on "* ]]; then
        die "otbridge did not print 'listening on' within 20 s (got '${line:-}'); log: $(cat "$work/otbridge.log")"
    fi
    startup_us=$(($(now_us) - started))
}
stop_otbridge() {
    stop_pid "$otbridge_pid"
    wait "$otbridge_pid" 2>/dev/null || true
    otbridge_pid=
    exec {otbridge_out}<&-
}

cat >"$work/post.lua" <<'EOF'
wrk.method = "POST"
wrk.body = '{"type":"contract.ready","contract":{"id":"C-1042","title":"Supply agreement"},"owner":"legal"}'
wrk.headers["Content-Type"] = "application/json"

local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
if pause > 0 then
  function delay() return pause end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT rps=%.0f p50_us=%d p99_us=%d requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50),
    latency:percentile(99), summary.requests,
    e.connect + e.read + e.write + e.timeout + e.status))
end
EOF

# run_wrk NAME URL CONNECTIONS DURATION [DELAY_MS]: the wrk report goes to $work/NAME.txt and
# its RESULT line to $result. wrk runs in the background so that a signal reaches the traps
# at once instead of after the run.
run_wrk() {
    local name=$1 url=$2 conns=$3 dur=$4 pause=${5:-0}
    BENCH_DELAY_MS=$pause timeout $(($(seconds "$dur") + 30)) \
        wrk -t"$threads" -c"$conns" -d"$dur" --timeout 5s --latency -s "$work/post.lua" "$url" \
        >"$work/$name.txt" 2>&1 &
    wrk_pid=$!
    wait "$wrk_pid" || die "wrk $name failed: $(cat "$work/$name.txt")"
    wrk_pid=
    result=$(grep '^RESULT ' "$work/$name.txt") || die "wrk $name printed no result: $(cat "$work/$name.txt")"
    [[ $result == *" errors=0" ]] || echo "ingest-bench: warning: $name had errors: $result" >&2
}
field() { sed -n "s/.* $2=\([0-9]*\).*/\1/p" <<<"$1"; }
check_202() {
    local code
    code=$(curl -sS -o "$work/reply.json" -w '%{http_code}' -m 5 -H 'Content-Type: application/json' \
        --data '{"probe":true}' "$1") || die "POST $1 failed"
    [[ $code == 202 ]] || die "POST $1 answered $code, not 202: $(cat "$work/reply.json")"
}

paced_delay=$((paced_connections * 1000 / paced_rate))

echo "otbridge: $binary ($("$binary" --version))"
echo "data dir: $work ($fs_type)"
echo "wrk: -t$threads -c$connections -d$duration --latency; paced: -c$paced_connections with ${paced_delay} ms between requests per connection for $paced_duration"
echo

# Cold start: exec to "listening", a fresh data dir each time.
cold=()
for run in $(seq "$cold_runs"); do
    start_otbridge "$work/cold-$run"
    cold+=("$startup_us")
    stop_otbridge
done
mapfile -t cold_sorted < <(printf '%s\n' "${cold[@]}" | sort -n)
cold_best=${cold_sorted[0]}
cold_median=${cold_sorted[$((cold_runs / 2))]}

start_otbridge "$work/data"
otbridge_url="http://127.0.0.1:$otbridge_port/hooks/test"
check_202 "$otbridge_url"
run_wrk otbridge-warmup "$otbridge_url" "$connections" 2s
run_wrk otbridge "$otbridge_url" "$connections" "$duration"
ot_load=$result
run_wrk otbridge-paced "$otbridge_url" "$paced_connections" "$paced_duration" "$paced_delay"
ot_paced=$result
stored=$(curl -sS -m 5 "http://127.0.0.1:$otbridge_port/health" || true)
stop_otbridge

nginx_start "$work/nginx" "$nginx_port" "$nginx_workers"
nginx_url="http://127.0.0.1:$nginx_port/hooks/test"
check_202 "$nginx_url"
run_wrk nginx-warmup "$nginx_url" "$connections" 2s
run_wrk nginx "$nginx_url" "$connections" "$duration"
ng_load=$result
run_wrk nginx-paced "$nginx_url" "$paced_connections" "$paced_duration" "$paced_delay"
ng_paced=$result
stop_pid "$nginx_pid"
nginx_pid=

ms() { awk -v us="$1" 'BEGIN { printf "%.2f ms", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.3f" : "n/a"), a / b }'; }
row() { printf '%-26s %12s %12s %12s %10s\n' "$@"; }

row "load (-c$connections)" "requests/s" "p50" "p99" "errors"
row "otbridge" "$(field "$ot_load" rps)" "$(ms "$(field "$ot_load" p50_us)")" \
    "$(ms "$(field "$ot_load" p99_us)")" "$(field "$ot_load" errors)"
row "nginx static 202" "$(field "$ng_load" rps)" "$(ms "$(field "$ng_load" p50_us)")" \
    "$(ms "$(field "$ng_load" p99_us)")" "$(field "$ng_load" errors)"
row "otbridge/nginx" "$(ratio "$(field "$ot_load" rps)" "$(field "$ng_load" rps)")" \
    "$(ratio "$(field "$ot_load" p50_us)" "$(field "$ng_load" p50_us)")" \
    "$(ratio "$(field "$ot_load" p99_us)" "$(field "$ng_load" p99_us)")" ""
echo
row "paced (~$paced_rate/s)" "requests/s" "p50" "p99" "errors"
row "otbridge" "$(field "$ot_paced" rps)" "$(ms "$(field "$ot_paced" p50_us)")" \
    "$(ms "$(field "$ot_paced" p99_us)")" "$(field "$ot_paced" errors)"
row "nginx static 202" "$(field "$ng_paced" rps)" "$(ms "$(field "$ng_paced" p50_us)")" \
    "$(ms "$(field "$ng_paced" p99_us)")" "$(field "$ng_paced" errors)"
echo
echo "cold start to 'listening' ($cold_runs runs, fresh data dir each): best $(ms "$cold_best"), median $(ms "$cold_median")"
echo "otbridge /health after the run: ${stored:-unavailable}"
