#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 OT Bridge developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# packaging/bootstrap.sh run              install what is missing, build (release) what it runs:
#                                         otbridge, otbridged and otbridge-sandbox; open the window
# packaging/bootstrap.sh test [ARGS]      install what is missing (with test tools), build (debug)
#                                         and run the whole suite: ctest --preset debug [ARGS];
#                                         where CI is set (CI services set it; .ci/run does), then
#                                         also the release build `run` makes, and what `sanitize`
#                                         does
# packaging/bootstrap.sh sanitize [SECS]  install what is missing, build the asan preset (clang,
#                                         ASan + UBSan), run the whole suite under it (ctest
#                                         --preset asan), then each fuzz target for SECS (30)
# Debian packages come from packaging/debian-packages.txt and debian-test-packages.txt.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

die() { echo "bootstrap: $*" >&2; exit 1; }
usage() {
    echo "usage: packaging/bootstrap.sh run | test [ctest arguments] | sanitize [seconds per fuzz target]" >&2
    exit 2
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/otbridge-bootstrap.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# Runs a command with its output in a log; on failure shows the end of it and stops.
quietly() {
    local what=$1 log="$scratch/${1// /-}.log"
    shift
    if ! "$@" >"$log" 2>&1; then
        echo "bootstrap: $what failed: $*" >&2
        tail -n 150 "$log" >&2
        exit 1
    fi
}

package_list() {
    [[ -r $1 ]] || die "cannot read the package list $1"
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$1" | grep -v '^$' || true
}

install_missing() {
    local package missing=() sudo=()
    for package in "$@"; do
        [[ $(dpkg-query -W -f='${Status}' "$package" 2>/dev/null) == "install ok installed" ]] \
            || missing+=("$package")
    done
    ((${#missing[@]})) || return 0

    if ((EUID != 0)); then
        command -v sudo >/dev/null \
            || die "not root and no sudo; as root run: apt-get install ${missing[*]}"
        sudo=(sudo)
    fi
    echo "bootstrap: installing ${missing[*]}"
    quietly "apt-get update" "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    quietly "apt-get install" "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y "${missing[@]}"
}

build() {
    local preset=$1
    quietly "configure ($preset)" cmake --preset "$preset"
    quietly "build ($preset)" cmake --build --preset "$preset"
}

# What `run` starts, and CI builds in release so that `run` cannot break unseen: the window, the
# server and the sandbox (the build preset "run"), not the ~60 test programs the release preset
# builds by default. Measured on a 2-core machine from a clean tree: see README's quick start.
build_run_targets() {
    local started=$SECONDS
    quietly "configure (release)" cmake --preset release
    quietly "build (release: otbridge, otbridged, otbridge-sandbox)" cmake --build --preset run
    echo "bootstrap: release build of otbridge, otbridged and otbridge-sandbox took $((SECONDS - started)) s"
}

# QtKeychain tests need a Secret Service: a D-Bus session of our own (dbus-run-session) with a
# gnome-keyring whose login keyring is unlocked, in which the command given runs. Its files live
# in the scratch dir, so a developer's own keyring is neither used nor touched.
in_test_session() {
    # What the session bus and keyring say when all is well (as root in a container the bus
    # cannot raise its descriptor limit, which it does not need).
    local session_chatter='^dbus-daemon\[[0-9]+\]: \[session [^]]*\] (Activating service|Successfully activated|org.freedesktop.DBus.Error.AccessDenied: Failed to set fd limit)|^discover_other_daemon: '
    local session
    session=$(mktemp -d "$scratch/session.XXXXXX")
    mkdir -m 700 "$session/keyring" "$session/runtime"
    # shellcheck disable=SC2016 # expanded by the bash inside the session
    XDG_DATA_HOME="$session/keyring" XDG_RUNTIME_DIR="$session/runtime" dbus-run-session -- bash -c '
        set -euo pipefail
        echo -n otbridge-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        # The keyring daemon registers on the bus asynchronously; ask until it answers.
        for _ in $(seq 50); do
            locked=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.secrets \
                /org/freedesktop/secrets/aliases/default org.freedesktop.DBus.Properties.Get \
                string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null) && break
            sleep 0.2
        done
        [[ ${locked:-} == *false* ]] || {
            echo "bootstrap: no unlocked Secret Service in the test session (got: ${locked:-nothing})" >&2
            exit 1
        }
        exec "$@"
    ' bootstrap-session "$@" 2> >(grep --line-buffered -v -E "$session_chatter" >&2)
}

# The sanitizer pass: the whole suite built with clang, ASan and UBSan (LeakSanitizer included),
# then every fuzz target for a bounded time; the fuzzers run even when the suite failed, so that
# one CI run reports both. Measured in CI on a fresh 2-core machine: build 487 s from cold,
# suite 260 s when its tests ran one at a time (the test presets now run two at once),
# fuzzers 4 x SECONDS.
sanitize() {
    local seconds=$1 started=$SECONDS failed=0
    build asan
    echo "bootstrap: asan build took $((SECONDS - started)) s"
    started=$SECONDS
    in_test_session ctest --preset asan || failed=1
    echo "bootstrap: asan suite took $((SECONDS - started)) s"
    tests/fuzz/run-fuzzers.sh build/asan "$seconds" || failed=1
    return "$failed"
}

[[ $# -ge 1 ]] || usage
mode=$1
shift

case $mode in
run)
    (($# == 0)) || usage
    mapfile -t packages < <(package_list packaging/debian-packages.txt)
    install_missing "${packages[@]}"
    build_run_targets
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        cat <<EOF
OT Bridge is built, but there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set),
so the window cannot open. Run the server without it, otbridged:

  build/release/app/daemon/otbridged --listen 127.0.0.1:8787 --data-dir ~/.local/share/otbridge

then POST webhooks to http://127.0.0.1:8787/hooks/test (SIGTERM or Ctrl-C stops it);
build/release/app/daemon/otbridged --help lists every option.
EOF
        exit 0
    fi
    rm -rf "$scratch"
    trap - EXIT
    exec build/release/app/otbridge
    ;;
test)
    mapfile -t packages < <(package_list packaging/debian-packages.txt
                            package_list packaging/debian-test-packages.txt)
    install_missing "${packages[@]}"
    build debug
    export QT_QPA_PLATFORM=offscreen
    # The suite runs inside the secret scan: no secret a test hands the app may turn up in any
    # file the app wrote (workspace, database, logs, exports) or in ctest's own logs.
    in_test_session tests/scan-secrets.sh --also build/debug/Testing -- ctest --preset debug "$@"
    if [[ -n ${CI:-} ]]; then
        build_run_targets
        sanitize 20
    fi
    ;;
sanitize)
    (($# <= 1)) || usage
    seconds=${1:-30}
    [[ $seconds =~ ^[1-9][0-9]*$ ]] || usage
    mapfile -t packages < <(package_list packaging/debian-packages.txt
                            package_list packaging/debian-test-packages.txt)
    install_missing "${packages[@]}"
    export QT_QPA_PLATFORM=offscreen
    sanitize "$seconds"
    ;;
*)
    usage
    ;;
esac
