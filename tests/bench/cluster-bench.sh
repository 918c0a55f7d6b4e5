#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 OT Bridge developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A cluster on PostgreSQL, end to end: one, two and three otbridged nodes on one database, use
# case 1 spread over their listeners, and what each event costs the database (statements, round
# trips, WAL, its CPU) from pg_stat_statements, pg_stat_wal and /proc. Prints figures; it is a
# benchmark, not a test. Usage: tests/bench/cluster-bench.sh [path/to/otbridged [EVENTS]];
# knobs and what each figure means: tests/bench/README.md, "A cluster on PostgreSQL".
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
binary=${1:-$repo/build/release/app/daemon/otbridged}
events=${2:-20000}
node_counts=${BENCH_NODES:-1 2 3}
connections=${BENCH_CONNECTIONS:-32}
drain_limit=${BENCH_DRAIN_LIMIT_SECONDS:-600}
round_trip_events=${BENCH_ROUND_TRIP_EVENTS:-1000}
base_port=${BENCH_OTBRIDGE_PORT:-18811}
sample=$repo/resources/samples/01-contract-ready.json

die() { echo "cluster-bench: $*" >&2; exit 1; }
[[ -x $binary ]] || die "no otbridged binary at '$binary' (build the release preset or pass its path)"
[[ $events =~ ^[1-9][0-9]*$ ]] || die "EVENTS must be a positive number, not '$events'"
for tool in wrk psql curl awk; do command -v "$tool" >/dev/null || die "$tool not found"; done

work=$(mktemp -d "${TMPDIR:-/tmp}/otbridge-cluster-bench.XXXXXX")
state=$work/postgresql.env
node_pids=()
wrk_pid=
monitor_pid=
cleanup() {
    local pid
    if [[ -n $wrk_pid ]]; then kill -KILL "$wrk_pid" 2>/dev/null || true; fi
    for pid in "${node_pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    if [[ -n $monitor_pid ]]; then kill -TERM "$monitor_pid" 2>/dev/null || true; fi
    wait 2>/dev/null || true
    "$repo/tests/postgresql-cluster.sh" stop "$state" 2>/dev/null || true
    if [[ -n ${BENCH_KEEP:-} ]]; then echo "cluster-bench: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { echo "${EPOCHREALTIME}"; }
ticks=$(getconf CLK_TCK)

# The throwaway server: durable as in production, pg_stat_statements preloaded.
"$repo/tests/postgresql-cluster.sh" start "$state" --bench >"$work/postgresql.log" \
    || die "PostgreSQL did not start: $(cat "$work/postgresql.log")"
server=$(cat "$work/postgresql.log")
# shellcheck source=/dev/null
source "$state"
export PGHOST PGPORT PGUSER PGPASSWORD
pgdir=$OTBRIDGE_TEST_PGDIR
# The script's own queries run as the cluster's superuser ($PGUSER), the nodes as otbridge, a
# role without privileges beyond its database (README, "Running a cluster"), so that the
# statistics below count the nodes' statements only. Its password is the cluster's, given on
# standard input, never on a command line.
# pg_stat_statements goes into every database made from template1, in a schema of its own
# (bench) that the nodes do not use.
psql -X -q -v ON_ERROR_STOP=1 -d template1 >/dev/null <<SQL || die "cannot prepare the server"
CREATE SCHEMA bench;
CREATE EXTENSION pg_stat_statements SCHEMA bench;
CREATE ROLE otbridge LOGIN PASSWORD '$PGPASSWORD';
SQL

# One psql for the whole of a run, so that the script's queries add one backend (whose CPU is
# left out) rather than a new connection each.
monitor_start() { # database
    coproc MONITOR { exec psql -X -q -A -t -d "$1" 2>&1; }
    monitor_pid=$MONITOR_PID # set by coproc
    monitor_backend=$(q "SELECT pg_backend_pid()")
    [[ $monitor_backend =~ ^[0-9]+$ ]] || die "cannot query the database $1: $monitor_backend"
}
monitor_stop() {
    local input=${MONITOR[1]}
    exec {input}>&- # psql reads the end of its input and exits
    wait "$monitor_pid" 2>/dev/null || true
    monitor_pid=
}
# Runs one statement on the monitor; prints its rows (columns separated by |). Not in a pipeline:
# a subshell has the coprocess's descriptors only in a command or process substitution.
q() {
    printf '%s;\n\\echo __end__\n' "$1" >&"${MONITOR[1]}"
    local line
    while IFS= read -r -t 60 line <&"${MONITOR[0]}"; do
        [[ $line == __end__ ]] && return 0
        [[ $line == ERROR:* ]] && die "$line, to: $1"
        printf '%s\n' "$line"
    done
    die "no answer from the database to: $1"
}

# CPU ticks (user + system) of a process ($1: its /proc/PID/stat), with those of its children
# that ended when $2 is set.
ticks_of() {
    local stat
    stat=$(cat "$1" 2>/dev/null) || stat=
    awk -v children="${2:-}" '{ sub(/^[^)]*\) /, "") } # from the state on: utime is $12
        END { print $12 + $13 + (children ? $14 + $15 : 0) }' <<<"$stat"
}
# CPU ticks of every PostgreSQL process but the monitor's backend (the postmaster with its
# children that ended, and every live child), then of the nodes' connections alone.
postgres_ticks() {
    local postmaster pid ticks all backends=0
    postmaster=$(head -1 "$pgdir/data/postmaster.pid")
    all=$(ticks_of "/proc/$postmaster/stat" children)
    for pid in $(pgrep -P "$postmaster"); do
        [[ $pid == "$monitor_backend" ]] && continue
        ticks=$(ticks_of "/proc/$pid/stat")
        all=$((all + ticks))
        if [[ $(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") == "postgres: otbridge "* ]]; then
            backends=$((backends + ticks))
        fi
    done
    echo "$all $backends"
}
# CPU ticks of the nodes, and of their built-in sandboxes' threads (each node's OpenText).
node_ticks() {
    local pid task all=0 sandbox=0
    for pid in "${node_pids[@]}"; do
        all=$((all + $(ticks_of "/proc/$pid/stat")))
        for task in /proc/"$pid"/task/*; do
            [[ $(cat "$task/comm" 2>/dev/null) == otbridge-sandbo* ]] || continue
            sandbox=$((sandbox + $(ticks_of "$task/stat")))
        done
    done
    echo "$all $sandbox"
}

# CPU ticks of the nodes' threads, summed by thread name: "name ticks" lines.
thread_ticks() {
    local pid task
    for pid in "${node_pids[@]}"; do
        for task in /proc/"$pid"/task/*; do
            echo "$(cat "$task/comm" 2>/dev/null) $(ticks_of "$task/stat")"
        done
    done | awk '{ t[$1] += $2 } END { for (name in t) print name, t[name] }'
}

# Starts $1 nodes on the database $2 (fresh data directories under $3), one after another, each
# on the default workspace with its built-in sandbox; sets node_pids.
start_nodes() {
    local count=$1 database=$2 dir=$3 i pid
    node_pids=()
    for ((i = 1; i <= count; ++i)); do
        OTBRIDGE_SECRET_DATABASE_PASSWORD=$PGPASSWORD "$binary" \
            --listen "127.0.0.1:$((base_port + i))" --data-dir "$dir/node$i" \
            --database "postgresql://otbridge@127.0.0.1:$PGPORT/$database" \
            >"$dir/node$i.out" 2>"$dir/node$i.log" &
        pid=$!
        node_pids+=("$pid")
        for _ in $(seq 600); do # bounded: 30 s
            grep -q '^listening on' "$dir/node$i.out" 2>/dev/null && continue 2
            kill -0 "$pid" 2>/dev/null || die "node $i exited at start: $(tail -5 "$dir/node$i.log")"
            sleep 0.05
        done
        die "node $i did not start within 30 s: $(tail -5 "$dir/node$i.log")"
    done
}
# SIGTERM to every node; waits for them (bounded), then SIGKILL for any left.
stop_nodes() {
    local pid
    for pid in "${node_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${node_pids[@]}"; do
        for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    node_pids=()
}

# Fires $1 webhooks over the listeners of $2 nodes, as fast as wrk goes: one thread per node,
# the connections shared out, each thread stopping after its share (Debian's wrk then waits out
# its duration: the script interrupts it once every thread is done). Writes the 202s counted to
# $3/fired.
fire() {
    local total=$1 count=$2 dir=$3 i shares="" ports="" per
    per=$((connections / count > 0 ? connections / count : 1))
    for ((i = 1; i <= count; ++i)); do
        ports+="$((base_port + i)), "
        shares+="$((total / count + (i <= total % count ? 1 : 0))), "
    done
    cat >"$dir/fire.lua" <<LUA
local ports = { $ports }
local shares = { $shares }
local made = 0
function setup(thread)
    made = made + 1
    thread.addr = wrk.lookup("127.0.0.1", tostring(ports[made]))[1]
    thread:set("limit", shares[made])
    thread:set("id", made)
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$sample"); wrk.body = f:read("*a"); f:close()
answered = 0
accepted = 0
function response(status, headers, body)
    answered = answered + 1
    if status == 202 then accepted = accepted + 1 end
    if answered == limit then
        local done = io.open("$dir/fired-" .. id, "w"); done:write(accepted, "\n"); done:close()
        wrk.thread:stop()
    end
end
LUA
    wrk -t"$count" -c"$((per * count))" -d"${drain_limit}s" -s "$dir/fire.lua" \
        "http://127.0.0.1:$((base_port + 1))/hooks/contract-review" >"$dir/wrk.txt" &
    wrk_pid=$!
    local finished=0
    while kill -0 "$wrk_pid" 2>/dev/null; do
        finished=$(find "$dir" -maxdepth 1 -name 'fired-*' | wc -l)
        ((finished == count)) && break
        sleep 0.02
    done
    kill -INT "$wrk_pid" 2>/dev/null || true
    wait "$wrk_pid" 2>/dev/null || true
    wrk_pid=
    cat "$dir"/fired-* 2>/dev/null | awk '{ s += $1 } END { print s + 0 }' >"$dir/fired" || true
}

# Waits (bounded) until every stored webhook's delivery is delivered, then until every message's
# OpenText state is final (its three status pushes stored and routed). Prints "yes" or what is
# missing.
drain() {
    local deadline=$((SECONDS + drain_limit)) stored delivered final unrouted
    while ((SECONDS < deadline)); do
        IFS='|' read -r stored delivered final unrouted < <(q "SELECT
            (SELECT count(*) FROM events WHERE source = 'contract-review'),
            (SELECT count(*) FROM deliveries WHERE state = 'delivered'),
            (SELECT count(*) FROM deliveries WHERE opentext_state = 'delivered'),
            (SELECT count(*) FROM events WHERE routed = 0)")
        if ((delivered >= stored && final >= stored && unrouted == 0)); then
            echo yes
            return
        fi
        sleep 0.5
    done
    echo "not within ${drain_limit} s: of $stored webhooks stored, $delivered delivered," \
         "$final with their final OpenText state, $unrouted events unrouted"
}

# Resets what the run is measured by, right after a checkpoint, so that every run starts at the
# same point of the checkpoint cycle (the full-page images of pages first written after it are
# in its WAL); prints "postgres_ticks backend_ticks node_ticks sandbox_ticks lsn size".
reset_counters() {
    q "CHECKPOINT" >/dev/null
    q "SELECT bench.pg_stat_statements_reset(), pg_stat_reset_shared('wal'), pg_stat_reset()" \
        >/dev/null
    local wal_and_size
    wal_and_size=$(q "SELECT pg_current_wal_lsn(), pg_database_size(current_database())")
    echo "$(postgres_ticks) $(node_ticks) ${wal_and_size/|/ }"
}

# pg_stat_* in PostgreSQL 15 is flushed by each backend at most once a second and, when it sits
# idle, after 10 s: the figures are read once that has passed.
stats_settle_seconds=11

run() { # nodes
    local n=$1 db=bench_n$1 dir=$work/n$1 fired stored drained
    mkdir -p "$dir"
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db OWNER otbridge" >/dev/null
    start_nodes "$n" "$db" "$dir"
    monitor_start "$db"
    # The nodes settle (the schema made, first heartbeats) and what their start did reaches the
    # statistics; then the counters start from zero.
    sleep "$stats_settle_seconds"
    read -r pg0 backends0 all0 sandbox0 lsn0 size0 < <(reset_counters)
    thread_ticks >"$dir/threads0"
    local load0 load1 t0 t1
    load0=$(cut -d' ' -f1-3 /proc/loadavg)
    t0=$(now)
    fire "$events" "$n" "$dir"
    t1=$(now)
    fired=$(cat "$dir/fired")
    drained=$(drain)
    sleep "$stats_settle_seconds"
    local pg1 backends1 all1 sandbox1 lsn1 size1
    read -r pg1 backends1 < <(postgres_ticks)
    read -r all1 sandbox1 < <(node_ticks)
    thread_ticks >"$dir/threads1"
    lsn1=$(q "SELECT pg_current_wal_lsn()")
    size1=$(q "SELECT pg_database_size(current_database())")
    load1=$(cut -d' ' -f1-3 /proc/loadavg)

    local first last_in last_out last_state wal_records wal_fpi wal_bytes wal_syncs wal_sync_ms
    local wal_bytes_lsn
    IFS='|' read -r stored first last_in < <(q "SELECT count(*), min(received_at), max(received_at)
        FROM events WHERE source = 'contract-review'")
    last_out=$(q "SELECT max(a.started_at + a.duration_ms) FROM delivery_attempts a
        JOIN deliveries d ON d.id = a.delivery_id WHERE d.state = 'delivered'")
    # A delivery's row changes last when its final OpenText state is written.
    last_state=$(q "SELECT max(updated_at) FROM deliveries")
    IFS='|' read -r wal_records wal_fpi wal_bytes wal_syncs wal_sync_ms < <(q "SELECT wal_records,
        wal_fpi, wal_bytes, wal_sync, wal_sync_time FROM pg_stat_wal")
    wal_bytes_lsn=$(q "SELECT pg_wal_lsn_diff('$lsn1', '$lsn0')")
    local filter="dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND userid = 'otbridge'::regrole"
    local calls control xacts
    IFS='|' read -r calls control < <(q "SELECT sum(calls), coalesce(sum(calls) FILTER (WHERE
        query ~* '^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)'), 0) FROM bench.pg_stat_statements
        WHERE $filter")
    # Transactions of the nodes: the database's, less the monitor's (one per query it ran).
    xacts=$(q "SELECT (SELECT xact_commit + xact_rollback FROM pg_stat_database
        WHERE datname = current_database()) - (SELECT coalesce(sum(calls), 0)
        FROM bench.pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database
        WHERE datname = current_database()) AND userid <> 'otbridge'::regrole)")

    echo "$n node$( ((n > 1)) && echo s): $stored webhooks stored ($fired answered 202 to wrk," \
         "$((connections / n > 0 ? connections / n : 1)) connections per node); load average" \
         "$load0 at the start, $load1 at the end"
    awk -v n="$stored" -v a="$first" -v b="$last_in" -v c="$last_out" -v d="$last_state" \
        -v t0="$t0" -v t1="$t1" 'BEGIN {
        printf "   ingest: %.0f events/s (first to last stored, %.1f s; wrk ran %.1f s)\n",
               n / ((b - a) / 1000), (b - a) / 1000, t1 - t0
        printf "   end to end: %.0f events/s (first stored to last delivered, %.1f s)\n",
               n / ((c - a) / 1000), (c - a) / 1000
        printf "   settled: %.0f events/s (first stored to the last final OpenText state written,",
               n / ((d - a) / 1000)
        printf " %.1f s)\n", (d - a) / 1000 }'
    [[ $drained == yes ]] || echo "   NOT DRAINED: $drained"
    awk -v n="$stored" -v calls="$calls" -v control="$control" -v x="$xacts" -v r="$wal_records" \
        -v fpi="$wal_fpi" -v b="$wal_bytes" -v bl="$wal_bytes_lsn" -v syncs="$wal_syncs" \
        -v sync_ms="$wal_sync_ms" -v pg="$((pg1 - pg0))" -v backends="$((backends1 - backends0))" \
        -v all="$((all1 - all0))" -v sb="$((sandbox1 - sandbox0))" -v hz="$ticks" \
        -v size="$((size1 - size0))" 'BEGIN {
        printf "   per event (a webhook, its OpenText submit and its three status pushes):\n"
        printf "     statements (pg_stat_statements calls) %.1f, of them %.1f BEGIN/COMMIT/%s;",
               calls / n, control / n, "SAVEPOINT/RELEASE"
        printf " transactions %.1f\n", x / n
        printf "     WAL %.0f bytes (LSN: %.0f), %.1f records, %.2f full-page images;",
               b / n, bl / n, r / n, fpi / n
        printf " WAL fsyncs %.2f (%.2f ms each)\n", syncs / n, syncs ? sync_ms / syncs : 0
        printf "     database CPU %.0f us (every postgres process; the nodes\x27 connections %.0f us)\n",
               pg / hz * 1e6 / n, backends / hz * 1e6 / n
        printf "     nodes\x27 CPU %.0f us without their built-in sandboxes (the sandboxes %.0f us)\n",
               (all - sb) / hz * 1e6 / n, sb / hz * 1e6 / n
        printf "     database grew %.0f bytes:", size / n }'
    # Each table with its indexes and TOAST: the tables were empty when the run began.
    awk -F'|' -v n="$stored" '{ printf " %s %.0f", $1, $2 / n } END { printf "\n" }' < <(q "SELECT
        relname, pg_total_relation_size(oid) FROM pg_class WHERE relkind = 'r'
        AND relnamespace = 'public'::regnamespace ORDER BY 2 DESC LIMIT 5")
    # The nodes' threads (names cut to 15 characters by Linux), the busiest first.
    awk -v n="$stored" -v hz="$ticks" 'FNR == NR { before[$1] = $2; next }
        { used[$1] = $2 - before[$1] }
        END {
            printf "     nodes\x27 CPU by thread:"
            for (shown = 0; shown < 6; ++shown) {
                best = ""
                for (t in used) if (best == "" || used[t] > used[best]) best = t
                if (best == "" || used[best] <= 0) break
                printf " %s %.0f", best, used[best] / hz * 1e6 / n; delete used[best]
            }
            printf " us\n" }' "$dir/threads0" "$dir/threads1"
    echo "   top 10 statements by total time (calls per event, total ms, mean us, WAL bytes per" \
         "call, statement):"
    awk -F'|' -v n="$stored" '{ text = $0; for (i = 0; i < 4; ++i) sub(/^[^|]*\|/, "", text)
            printf "     %6.2f %9.1f %6d %6d  %s\n", $1 / n, $2, $3, $4, text }' < <(q "SELECT calls,
        round(total_exec_time::numeric, 1), round((mean_exec_time * 1000)::numeric),
        round(wal_bytes / calls),
        left(regexp_replace(regexp_replace(query, '^PREPARE \\S+ AS ', ''), '\\s+', ' ', 'g'), 110)
        FROM bench.pg_stat_statements
        WHERE $filter ORDER BY total_exec_time DESC LIMIT 10")
    monitor_stop
    stop_nodes
    echo
}

# Round trips: Qt's PostgreSQL driver sends every statement as one simple-protocol query (PREPARE
# once per connection, then EXECUTE), so a pg_stat_statements call is one round trip; PREPARE and
# DEALLOCATE are not counted there. With log_statement = all for the nodes' role, every query
# message the nodes send is one "statement:" line of the server's log: counted here on a short
# run of its own (logging costs CPU, so not during the run above).
round_trips() { # nodes
    local n=$1 db=bench_rt$1 dir=$work/rt$1 offset stored calls drained
    mkdir -p "$dir"
    psql -X -q -v ON_ERROR_STOP=1 -d postgres >/dev/null <<SQL
CREATE DATABASE $db OWNER otbridge;
ALTER ROLE otbridge IN DATABASE $db SET log_statement = 'all';
SQL
    start_nodes "$n" "$db" "$dir"
    monitor_start "$db"
    sleep "$stats_settle_seconds"
    q "SELECT bench.pg_stat_statements_reset()" >/dev/null
    offset=$(stat -c %s "$pgdir/server.log")
    fire "$round_trip_events" "$n" "$dir"
    drained=$(drain)
    calls=$(q "SELECT sum(calls) FROM bench.pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database
        WHERE datname = current_database()) AND userid = 'otbridge'::regrole")
    stored=$(q "SELECT count(*) FROM events WHERE source = 'contract-review'")
    monitor_stop
    tail -c +"$((offset + 1))" "$pgdir/server.log" >"$dir/server.log"
    stop_nodes
    echo "round trips, $n node$( ((n > 1)) && echo s), $stored webhooks (log_statement = all):"
    [[ $drained == yes ]] || echo "   NOT DRAINED: $drained"
    awk -v n="$stored" -v calls="$calls" '
        / LOG:  statement: / {
            backend = $0; sub(/^[^[]*\[/, "", backend); sub(/\].*/, "", backend)
            sub(/^.* LOG:  statement: /, ""); split($0, w, /[ (;]/)
            k = toupper(w[1]); total++; kinds[k]++
            if (!(backend in connection)) ++connections
            connection[backend]++
        }
        END {
            printf "   %.1f query messages per event (pg_stat_statements: %.1f calls):",
                   total / n, calls / n
            for (shown = 0; shown < 8; ++shown) { # the kinds, most first
                best = ""
                for (k in kinds) if (best == "" || kinds[k] > kinds[best]) best = k
                if (best == "") break
                printf " %s %.2f", best, kinds[best] / n; delete kinds[best]
            }
            printf "\n   per connection, the busiest first:"
            for (shown = 0; shown < 6; ++shown) {
                best = ""
                for (c in connection) if (best == "" || connection[c] > connection[best]) best = c
                if (best == "") break
                printf " %.2f", connection[best] / n; delete connection[best]
            }
            printf " (of %d connections)\n", connections }' "$dir/server.log"
    echo
}

echo "OT Bridge cluster on PostgreSQL: $binary"
echo "machine: $(nproc) cores; $server"
echo "database on $(stat -f -c %T "$pgdir"), fsync on; use case 1, default workspace," \
     "a built-in sandbox per node"
# A round trip to the server here, for scale: SELECT 1 on one connection, the protocol the nodes'
# driver speaks.
echo "SELECT 1;" >"$work/select1.sql"
round_trip=$("$OTBRIDGE_TEST_PGBIN/pgbench" -n -M simple -c 1 -T 3 -f "$work/select1.sql" postgres \
    2>/dev/null | awk '/latency average/ { print $4 * 1000 }')
echo "a round trip on loopback: ${round_trip:-?} us (pgbench, SELECT 1 on one connection)"
echo "$events webhooks per run; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
for n in $node_counts; do run "$n"; done
if ((round_trip_events > 0)); then
    for n in $node_counts; do round_trips "$n"; done
fi
