#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 OT Bridge developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/packaging/checkinstalledserver.sh OTBRIDGED DATA_DIR
#
# Starts an installed otbridged the way the README says (with --headless, which it accepts) on
# a free loopback port, waits for its "listening on" line, asks GET /health over 127.0.0.1 and
# stops it with SIGTERM. Exits 0 only if /health answered 200 and the server then exited 0.
set -euo pipefail

(($# == 2)) || { echo "usage: $0 OTBRIDGED DATA_DIR" >&2; exit 2; }
otbridged=$1
data_dir=$2

coproc server { exec "$otbridged" --headless --listen 127.0.0.1:0 --data-dir "$data_dir"; }
# shellcheck disable=SC2154 # server_PID is set by coproc
pid=$server_PID
trap 'kill -KILL "$pid" 2>/dev/null || true' EXIT

# The one line on stdout says the server is ready; read waits for it (at most 20 s).
line=
IFS= read -r -t 20 -u "${server[0]}" line || true
if [[ ! $line =~ ^listening\ on\ http://127\.0\.0\.1:([0-9]+)$ ]]; then
    echo "$otbridged did not say 'listening on http://127.0.0.1:PORT' within 20 s (said: '$line')" >&2
    exit 1
fi
port=${BASH_REMATCH[1]}

status=$(curl --silent --show-error --max-time 10 --output /dev/null --write-out '%{http_code}' \
    "http://127.0.0.1:$port/health")
if [[ $status != 200 ]]; then
    echo "GET http://127.0.0.1:$port/health answered $status, not 200" >&2
    exit 1
fi

kill -TERM "$pid"
code=0
wait "$pid" || code=$?
trap - EXIT
if ((code != 0)); then
    echo "$otbridged exited with $code after SIGTERM, not 0" >&2
    exit 1
fi
echo "$otbridged answered GET /health with 200 on 127.0.0.1:$port and stopped cleanly"
