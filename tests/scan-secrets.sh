#!/bin/sh
# SPDX-FileCopyrightText: 2026 OT Bridge developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Proves that no secret a test gives the app ends up in a file the app writes: workspace, event
# database, logs, exports. Two checks:
#
#   1. Every fake secret in the test sources (qputenv("OTBRIDGE_SECRET_…", "…"), constants named
#      …token/…secret/…password, literals shaped like name-token-1a2b or fake-name-1234) is listed in
#      tests/secrets.txt, so the list cannot fall behind the tests.
#   2. Runs the given command (the test suite) with TMPDIR, HOME and the XDG directories inside a
#      scratch directory, watches that directory while it runs (tests delete their temporary
#      directories when they finish, so it is searched every second, not only at the end), then
#      searches it again together with every --also directory (the build tree's Testing/ logs)
#      for each listed secret, in text and binary files alike.
#
# Usage: tests/scan-secrets.sh [--scratch DIR] [--also DIR]... [-- COMMAND ARGS...]
#   e.g. tests/scan-secrets.sh --also build/release/Testing -- ctest --test-dir build/release -j2
# Without a command only check 1 runs, plus a search of the --also directories.
# Exit status: 0 clean, 1 a secret was found or is unlisted, 2 usage error; with a command,
# the command's own failure is passed on when the scan itself is clean.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
list="$here/secrets.txt"
scratch=
also=
while [ $# -gt 0 ]; do
    case "$1" in
    --scratch) scratch=$2; shift 2 ;;
    --also) also="$also
$2"; shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '4,25p' "$0"; exit 0 ;;
    *) echo "scan-secrets: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

status=0
patterns=$(mktemp)
trap 'rm -f "$patterns"' EXIT
grep -v '^[[:space:]]*#' "$list" | grep -v '^[[:space:]]*$' >"$patterns"
[ -s "$patterns" ] || { echo "scan-secrets: $list lists no secret" >&2; exit 2; }

# 1. The list covers what the tests use.
found=$(
    cd "$here"
    {
        grep -rhoE 'qputenv\("OTBRIDGE_SECRET_[A-Z0-9_]+", *"[^"]+"' --include='*.cpp' --include='*.h' . |
            sed -E 's/.*, *"([^"]+)"$/\1/'
        grep -rhoiE 'constexpr (const )?char [A-Za-z_]*(token|secret|password)[A-Za-z_]*\[\] *= *"[^"]+"' \
            --include='*.cpp' --include='*.h' . | sed -E 's/.*= *"([^"]+)"$/\1/'
        grep -rhoE '"([A-Za-z0-9_-]+-(token|secret)-[0-9a-f]{3,}|fake-[a-z-]+-[0-9]{4})"' \
            --include='*.cpp' --include='*.h' . | tr -d '"'
    } | sort -u
)
for secret in $found; do
    if ! grep -qxF -- "$secret" "$patterns"; then
        echo "scan-secrets: the tests use the secret '$secret', which tests/secrets.txt does not list" >&2
        status=1
    fi
done

# Prints "file: secret" for each listed secret found under the given directories. Keyrings are
# the keychain's own (encrypted) store, where secrets belong.
search() {
    for dir in "$@"; do
        [ -d "$dir" ] || continue
        grep -rlaF -f "$patterns" --exclude-dir=keyrings -- "$dir" 2>/dev/null | while read -r file; do
            echo "$file: $(grep -aoF -f "$patterns" -- "$file" 2>/dev/null | sort -u | tr '\n' ' ')"
        done
    done
}

command_status=0
if [ $# -gt 0 ]; then
    if [ -z "$scratch" ]; then
        scratch=$(mktemp -d "${TMPDIR:-/tmp}/otbridge-secret-scan.XXXXXX")
    fi
    mkdir -p "$scratch/tmp" "$scratch/home" "$scratch/config" "$scratch/data" "$scratch/cache" \
        "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    hits="$scratch/hits.txt"
    : >"$hits"
    (
        while [ ! -e "$scratch/done" ]; do
            search "$scratch/tmp" "$scratch/home" "$scratch/config" "$scratch/data" \
                "$scratch/cache" >>"$hits"
            sleep 1
        done
    ) &
    watcher=$!
    set +e
    TMPDIR="$scratch/tmp" HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" \
        XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" \
        XDG_RUNTIME_DIR="$scratch/runtime" "$@"
    command_status=$?
    set -e
    touch "$scratch/done"
    wait "$watcher" || true
    search "$scratch/tmp" "$scratch/home" "$scratch/config" "$scratch/data" "$scratch/cache" \
        >>"$hits"
    if [ -s "$hits" ]; then
        echo "scan-secrets: secrets found in files written during the run:" >&2
        sort -u "$hits" >&2
        status=1
    fi
fi

# shellcheck disable=SC2086 # one directory a line
old_ifs=$IFS
IFS='
'
also_hits=$(search $also)
IFS=$old_ifs
if [ -n "$also_hits" ]; then
    echo "scan-secrets: secrets found in:" >&2
    echo "$also_hits" >&2
    status=1
fi

if [ $status -eq 0 ]; then
    echo "scan-secrets: $(wc -l <"$patterns") test secrets, none found where the app writes"
    exit "$command_status"
fi
exit $status
