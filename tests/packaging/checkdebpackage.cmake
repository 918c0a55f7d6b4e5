# SPDX-FileCopyrightText: 2026 OT Bridge developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DBUILD_DIR=... -DSCRATCH_DIR=... -DEXPECTED_VERSION=... -DCPACK=... -P checkdebpackage.cmake
#
# Builds the .deb the way a release does, unpacks it into a scratch root and checks that what a
# user installs is complete and runs.

foreach(var BUILD_DIR SCRATCH_DIR EXPECTED_VERSION CPACK)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "checkdebpackage: -D${var}=... is required")
    endif()
endforeach()

function(fail)
    string(JOIN "" text ${ARGN})
    message(FATAL_ERROR "\nPACKAGING TEST FAILED: ${text}\n")
endfunction()

# Runs a command; fails with its output unless it exits 0. Output goes to <out_var>.
function(run out_var)
    execute_process(COMMAND ${ARGN}
        RESULT_VARIABLE status
        OUTPUT_VARIABLE out
        ERROR_VARIABLE err
        TIMEOUT 240)
    if(NOT status EQUAL 0)
        string(JOIN " " command ${ARGN})
        fail("`${command}` exited with '${status}'\n--- stdout ---\n${out}\n--- stderr ---\n${err}")
    endif()
    set(${out_var} "${out}${err}" PARENT_SCOPE)
endfunction()

find_program(DPKG_DEB dpkg-deb)
if(NOT DPKG_DEB)
    fail("dpkg-deb not found (Debian package dpkg)")
endif()

file(REMOVE_RECURSE "${SCRATCH_DIR}")
file(MAKE_DIRECTORY "${SCRATCH_DIR}/out" "${SCRATCH_DIR}/root")

run(cpack_output "${CPACK}" --config "${BUILD_DIR}/CPackConfig.cmake" -G DEB -B "${SCRATCH_DIR}/out")

file(GLOB debs "${SCRATCH_DIR}/out/*.deb")
list(LENGTH debs deb_count)
if(NOT deb_count EQUAL 1)
    fail("expected one .deb in ${SCRATCH_DIR}/out, found ${deb_count}: ${debs}\n${cpack_output}")
endif()
set(deb "${debs}")
message(STATUS "built ${deb}")

run(control "${DPKG_DEB}" --field "${deb}" Package Version Depends)
foreach(expected
        "Package: otbridge"
        "Version: ${EXPECTED_VERSION}"
        # Found by dpkg-shlibdeps (or the explicit fallback list) from the linked libraries.
        "libqt6core6"
        "libqt6httpserver6"
        # Plugins Qt loads at run time, which only the explicit list can name.
        "libqt6sql6-sqlite"
        "qt6-qpa-plugins")
    string(FIND "${control}" "${expected}" at)
    if(at EQUAL -1)
        fail("control fields of ${deb} lack '${expected}':\n${control}")
    endif()
endforeach()

run(contents "${DPKG_DEB}" --contents "${deb}")
foreach(path
        ./usr/bin/otbridge
        ./usr/bin/otbridge-sandbox
        ./usr/share/applications/io.github.otbridge.OTBridge.desktop
        ./usr/share/metainfo/io.github.otbridge.OTBridge.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/io.github.otbridge.OTBridge.svg
        ./usr/lib/systemd/system/otbridge.service
        ./usr/share/doc/otbridge/examples/nginx-otbridge.conf
        ./usr/share/man/man1/otbridge.1.gz
        ./usr/share/man/man1/otbridge-sandbox.1.gz)
    string(REGEX REPLACE "([.+])" "\\\\\\1" path_regex "${path}")
    if(NOT contents MATCHES " ${path_regex}\n")
        fail("${deb} does not contain ${path}; it has:\n${contents}")
    endif()
endforeach()

set(root "${SCRATCH_DIR}/root")
run(ignored "${DPKG_DEB}" --extract "${deb}" "${root}")

run(version_output "${root}/usr/bin/otbridge" --version)
string(FIND "${version_output}" "${EXPECTED_VERSION}" at)
if(at EQUAL -1)
    fail("`${root}/usr/bin/otbridge --version` printed '${version_output}', "
         "which lacks the project version ${EXPECTED_VERSION}")
endif()
message(STATUS "packaged binary says: ${version_output}")
run(sandbox_version "${root}/usr/bin/otbridge-sandbox" --version)
string(FIND "${sandbox_version}" "${EXPECTED_VERSION}" at)
if(at EQUAL -1)
    fail("`${root}/usr/bin/otbridge-sandbox --version` printed '${sandbox_version}', "
         "which lacks the project version ${EXPECTED_VERSION}")
endif()

# The validators print warnings but still exit 0 for many mistakes (an unknown unit key, a
# bad signal name), so anything they print counts as a failure.
function(validate tool)
    find_program(exe ${tool} NO_CACHE)
    if(NOT exe)
        fail("${tool} not found; packaging/bootstrap.sh test installs it "
             "(packaging/debian-test-packages.txt)")
    endif()
    execute_process(COMMAND "${exe}" ${ARGN}
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
    string(STRIP "${out}${err}" said)
    if(NOT status EQUAL 0 OR NOT said STREQUAL "")
        string(JOIN " " command ${tool} ${ARGN})
        fail("`${command}` exited with ${status}:\n${said}")
    endif()
endfunction()

validate(desktop-file-validate
    "${root}/usr/share/applications/io.github.otbridge.OTBridge.desktop")

execute_process(
    COMMAND appstreamcli validate --no-net --pedantic --no-color
            "${root}/usr/share/metainfo/io.github.otbridge.OTBridge.metainfo.xml"
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
# Reverse-DNS ids keep their upper case (it matches the desktop file name, which Qt and the
# shell use to match windows), so that one pedantic remark is expected.
string(REGEX REPLACE "[^\n]*cid-contains-uppercase-letter[^\n]*" "" remarks "${out}${err}")
if(NOT status EQUAL 0 OR remarks MATCHES "(^|\n)[EWIP]: ")
    fail("appstreamcli validate found problems in the metainfo (status ${status}):\n${out}${err}")
endif()

# systemd-analyze resolves a bare ExecStart name in the real /usr/bin, where nothing is
# installed, so a copy pointing at the unpacked binary is checked instead.
file(READ "${root}/usr/lib/systemd/system/otbridge.service" unit)
string(FIND "${unit}" "\nExecStart=otbridge " at)
if(at EQUAL -1)
    fail("otbridge.service does not start `otbridge` from the search path")
endif()
string(REPLACE "\nExecStart=otbridge " "\nExecStart=${root}/usr/bin/otbridge " unit "${unit}")
file(WRITE "${SCRATCH_DIR}/unit/otbridge.service" "${unit}")
validate(systemd-analyze verify --man=no "${SCRATCH_DIR}/unit/otbridge.service")

# The proxy sample must at least load: nginx -t with a throwaway certificate in place of the
# placeholders.
set(nginx_dir "${SCRATCH_DIR}/nginx")
file(MAKE_DIRECTORY "${nginx_dir}")
run(ignored openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost
    -keyout "${nginx_dir}/key.pem" -out "${nginx_dir}/cert.pem")
file(READ "${root}/usr/share/doc/otbridge/examples/nginx-otbridge.conf" site)
string(REPLACE "/etc/ssl/certs/otbridge.example.com.pem" "${nginx_dir}/cert.pem" site "${site}")
string(REPLACE "/etc/ssl/private/otbridge.example.com.key" "${nginx_dir}/key.pem" site "${site}")
file(WRITE "${nginx_dir}/site.conf" "${site}")
file(WRITE "${nginx_dir}/nginx.conf"
    "pid ${nginx_dir}/nginx.pid;\nerror_log stderr;\nevents {}\n"
    "http {\n    include ${nginx_dir}/site.conf;\n}\n")
find_program(NGINX nginx PATHS /usr/sbin NO_CACHE)
if(NOT NGINX)
    fail("nginx not found; packaging/bootstrap.sh test installs nginx-light")
endif()
validate(${NGINX} -t -q -p "${nginx_dir}" -e stderr -c "${nginx_dir}/nginx.conf")

message(STATUS "otbridge ${EXPECTED_VERSION}: .deb contents, control fields, desktop file, "
               "metainfo, systemd unit and nginx sample all check out")
