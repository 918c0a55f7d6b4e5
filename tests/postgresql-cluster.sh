#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 OT Bridge developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The throwaway PostgreSQL server of the test suite: one cluster for every test labelled
# postgresql, started by the CTest fixture test postgresql-cluster-start and removed by
# postgresql-cluster-stop (tests/CMakeLists.txt). Each test makes a database of its own in it
# (tests/common/postgresqltestserver.h), so tests that run at the same time share nothing.
#
#   tests/postgresql-cluster.sh start STATE   initdb a cluster in a new directory under $TMPDIR,
#                                             start it on 127.0.0.1 at a free port, and write how
#                                             to reach it to the file STATE (PGHOST, PGPORT,
#                                             PGUSER, PGPASSWORD, and the directory)
#   tests/postgresql-cluster.sh start STATE --bench
#                                             the same for tests/bench/cluster-bench.sh: durable
#                                             as in production (fsync, synchronous_commit and
#                                             full_page_writes at PostgreSQL's defaults, 128MB of
#                                             shared buffers), pg_stat_statements preloaded (the
#                                             extension is for the caller to create), I/O and WAL
#                                             timing tracked
#   tests/postgresql-cluster.sh stop STATE    stop the cluster STATE names, delete it and STATE
#
# One cluster for all tests rather than pg_virtualenv around each: measured on the 2-core
# machine, pg_virtualenv -t took 5.3-6.2 s per test (and, as root without -t, one fixed cluster
# "regress" that two tests running at once would fight over), this start 2.5 s once and a
# database per test 0.3-0.5 s. As root the server runs as the postgres user, which Debian's
# postgresql package creates. fsync is off: the suite tests behaviour, not durability.
# Exit status: 0 done, 1 the server cannot be made or started (the output says why), 2 usage.
set -euo pipefail

usage() {
    echo "usage: tests/postgresql-cluster.sh start STATE [--bench] | stop STATE" >&2
    exit 2
}
die() {
    echo "postgresql-cluster: $*" >&2
    exit 1
}
(($# == 2 || $# == 3)) || usage
mode=$1
state=$2
bench=
if (($# == 3)); then
    [[ $mode == start && $3 == --bench ]] || usage
    bench=1
fi

# Runs a server program as the user the cluster belongs to: initdb and postgres refuse root.
as_owner=()
if ((EUID == 0)); then
    id postgres >/dev/null 2>&1 \
        || die "running as root, but there is no postgres user to run the server as (apt-get install postgresql)"
    as_owner=(runuser -u postgres --)
fi

stop_cluster() {
    [[ -f $state ]] || return 0
    local dir
    dir=$(sed -n 's/^OTBRIDGE_TEST_PGDIR=//p' "$state")
    local bin
    bin=$(sed -n 's/^OTBRIDGE_TEST_PGBIN=//p' "$state")
    if [[ -n $dir && -d $dir/data ]]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [[ -n $dir && $dir == */otbridge-pg.* ]] && rm -rf "$dir"
    rm -f "$state"
}

case $mode in
stop)
    stop_cluster
    exit 0
    ;;
start) ;;
*) usage ;;
esac

# A cluster left behind by a run that was interrupted goes first.
stop_cluster

# Debian keeps each major version's programs out of PATH; the newest installed wins.
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z $bin ]] && command -v pg_ctl >/dev/null; then
    bin=$(dirname "$(command -v pg_ctl)")
fi
[[ -n $bin && -x $bin/initdb && -x $bin/pg_ctl ]] \
    || die "no PostgreSQL server is installed (initdb, pg_ctl): apt-get install postgresql, as packaging/debian-test-packages.txt lists"

dir=$(mktemp -d "${TMPDIR:-/tmp}/otbridge-pg.XXXXXX")
trap 'rm -rf "$dir"' EXIT
if ((EUID == 0)); then
    chown postgres: "$dir"
    # Under a directory only root may enter (the secret scan's TMPDIR is mktemp -d's, mode 700)
    # the server cannot reach its files: then in /tmp, which everyone may enter.
    if ! runuser -u postgres -- test -w "$dir"; then
        rm -rf "$dir"
        dir=$(mktemp -d /tmp/otbridge-pg.XXXXXX)
        chown postgres: "$dir"
    fi
fi
# Not a secret worth keeping: the cluster lives as long as the suite. Letters and digits only,
# so that it needs no quoting in a connection string.
password=$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24 || true)
user=otbridge_test
(umask 077 && printf '%s\n' "$password" >"$dir/password")
((EUID == 0)) && chown postgres: "$dir/password"
"${as_owner[@]}" "$bin/initdb" --pgdata="$dir/data" --username="$user" --pwfile="$dir/password" \
    --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --nosync --no-instructions \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
rm -f "$dir/password"

# One line for pg_ctl -o: the server is given only the first line of a value with several.
settings=(-c max_connections=200)
if [[ -n $bench ]]; then
    settings+=(-c shared_buffers=128MB -c shared_preload_libraries=pg_stat_statements
        -c pg_stat_statements.max=1000 -c track_io_timing=on -c track_wal_io_timing=on)
else
    settings+=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off
        -c shared_buffers=32MB)
fi

# A port the server itself finds free: it fails to bind a taken one, and the next is tried.
# From 20000 up, below Linux's ephemeral ports (32768-60999) that clients and port-0 listeners
# get, spread by the process id so that two build trees starting at once rarely meet.
port=$((20000 + $$ % 5000))
started=
for _ in $(seq 20); do
    rm -f "$dir/server.log"
    if "${as_owner[@]}" "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
        --timeout=60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' ${settings[*]}" \
        start >"$dir/pg_ctl.log" 2>&1; then
        started=1
        break
    fi
    grep -q -e 'could not bind' -e 'Address already in use' "$dir/server.log" 2>/dev/null \
        || { cat "$dir/pg_ctl.log" "$dir/server.log" >&2 2>/dev/null; die "the server did not start"; }
    port=$((port + 1))
done
[[ -n $started ]] || die "found no free port for the server from $((port - 20)) to $port"

(
    umask 077
    cat >"$state" <<EOF
OTBRIDGE_TEST_PGDIR=$dir
OTBRIDGE_TEST_PGBIN=$bin
PGHOST=127.0.0.1
PGPORT=$port
PGUSER=$user
PGPASSWORD=$password
EOF
)
trap - EXIT
echo "postgresql-cluster: $("$bin/postgres" --version) on 127.0.0.1:$port, in $dir"
