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

include(${CMAKE_CURRENT_LIST_DIR}/checknographics.cmake)

file(REMOVE_RECURSE "${SCRATCH_DIR}")
file(MAKE_DIRECTORY "${SCRATCH_DIR}/out" "${SCRATCH_DIR}/root")

run(cpack_output "${CPACK}" --config "${BUILD_DIR}/CPackConfig.cmake" -G DEB -B "${SCRATCH_DIR}/out")

# Two packages: the window, and the server without it.
file(GLOB debs "${SCRATCH_DIR}/out/*.deb")
list(LENGTH debs deb_count)
file(GLOB desktop_deb "${SCRATCH_DIR}/out/otbridge_${EXPECTED_VERSION}_*.deb")
file(GLOB server_deb "${SCRATCH_DIR}/out/otbridge-server_${EXPECTED_VERSION}_*.deb")
list(LENGTH desktop_deb desktop_count)
list(LENGTH server_deb server_count)
if(NOT deb_count EQUAL 2 OR NOT desktop_count EQUAL 1 OR NOT server_count EQUAL 1)
    fail("expected otbridge_${EXPECTED_VERSION}_*.deb and otbridge-server_${EXPECTED_VERSION}_*.deb "
         "in ${SCRATCH_DIR}/out, found: ${debs}\n${cpack_output}")
endif()
message(STATUS "built ${desktop_deb} and ${server_deb}")

# Fails unless text contains every one of the expected strings.
function(expect_all what text)
    foreach(expected ${ARGN})
        string(FIND "${text}" "${expected}" at)
        if(at EQUAL -1)
            fail("${what} lacks '${expected}':\n${text}")
        endif()
    endforeach()
endfunction()

run(server_control "${DPKG_DEB}" --field "${server_deb}" Package Version Depends)
expect_all("control fields of ${server_deb}" "${server_control}"
    "Package: otbridge-server"
    "Version: ${EXPECTED_VERSION}"
    # Found by dpkg-shlibdeps (or the explicit fallback list) from the linked libraries.
    "libqt6core6"
    "libqt6network6"
    "libqt6keychain1"
    # The SQLite driver Qt loads at run time, which only the explicit list can name.
    "libqt6sql6-sqlite")
# On a machine without the desktop packages: nothing the server depends on is graphical.
run(server_depends "${DPKG_DEB}" --field "${server_deb}" Depends)
string(TOLOWER "${server_depends}" server_depends)
foreach(graphical libqt6gui6 libqt6widgets6 libqt6opengl6 libqt6svg6 qt6-qpa-plugins libgl1
        libopengl0 libglx0 libegl1 libx11-6 libxcb libxkbcommon libwayland libfontconfig1
        libfreetype6 "otbridge (")
    string(FIND "${server_depends}" "${graphical}" at)
    if(NOT at EQUAL -1)
        fail("${server_deb} depends on ${graphical}, which a server without a desktop lacks:\n"
             "${server_depends}")
    endif()
endforeach()

run(desktop_control "${DPKG_DEB}" --field "${desktop_deb}" Package Version Depends)
expect_all("control fields of ${desktop_deb}" "${desktop_control}"
    "Package: otbridge\n"
    "Version: ${EXPECTED_VERSION}"
    # The window uses the server package's otbridged, sandbox and manual pages.
    "otbridge-server (= ${EXPECTED_VERSION})"
    "libqt6widgets6"
    "libqt6sql6-sqlite"
    "qt6-qpa-plugins")

# Whether path is in a package's listing (dpkg-deb --contents).
function(contains out_var contents path)
    string(REGEX REPLACE "([.+])" "\\\\\\1" path_regex "${path}")
    if(contents MATCHES " ${path_regex}\n")
        set(${out_var} TRUE PARENT_SCOPE)
    else()
        set(${out_var} FALSE PARENT_SCOPE)
    endif()
endfunction()

set(server_paths
    ./usr/bin/otbridged
    ./usr/bin/otbridge-sandbox
    ./usr/lib/systemd/system/otbridge.service
    ./usr/share/doc/otbridge-server/examples/nginx-otbridge.conf
    ./usr/share/man/man1/otbridged.1.gz
    ./usr/share/man/man1/otbridge-sandbox.1.gz)
set(desktop_paths
    ./usr/bin/otbridge
    ./usr/share/applications/io.github.otbridge.OTBridge.desktop
    ./usr/share/metainfo/io.github.otbridge.OTBridge.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/io.github.otbridge.OTBridge.svg
    ./usr/share/man/man1/otbridge.1.gz)
run(server_contents "${DPKG_DEB}" --contents "${server_deb}")
run(desktop_contents "${DPKG_DEB}" --contents "${desktop_deb}")
foreach(path ${server_paths})
    contains(found "${server_contents}" ${path})
    if(NOT found)
        fail("${server_deb} does not contain ${path}; it has:\n${server_contents}")
    endif()
    contains(found "${desktop_contents}" ${path})
    if(found)
        fail("${desktop_deb} contains ${path} as well as otbridge-server")
    endif()
endforeach()
foreach(path ${desktop_paths})
    contains(found "${desktop_contents}" ${path})
    if(NOT found)
        fail("${desktop_deb} does not contain ${path}; it has:\n${desktop_contents}")
    endif()
    contains(found "${server_contents}" ${path})
    if(found)
        fail("${server_deb} contains ${path}, which belongs to the desktop package")
    endif()
endforeach()

# The service's maintainer scripts moved with the unit to the server package.
run(server_info "${DPKG_DEB}" --info "${server_deb}")
run(desktop_info "${DPKG_DEB}" --info "${desktop_deb}")
foreach(script postinst prerm postrm)
    if(NOT server_info MATCHES " ${script} ")
        fail("${server_deb} has no ${script}:\n${server_info}")
    endif()
    if(desktop_info MATCHES " ${script} ")
        fail("${desktop_deb} has a ${script}; the service's scripts belong to otbridge-server")
    endif()
endforeach()

set(root "${SCRATCH_DIR}/root")
run(ignored "${DPKG_DEB}" --extract "${server_deb}" "${root}")
run(ignored "${DPKG_DEB}" --extract "${desktop_deb}" "${root}")

foreach(program otbridge otbridged otbridge-sandbox)
    run(version_output "${root}/usr/bin/${program}" --version)
    string(FIND "${version_output}" "${program} ${EXPECTED_VERSION}" at)
    if(at EQUAL -1)
        fail("`${root}/usr/bin/${program} --version` printed '${version_output}', "
             "which lacks '${program} ${EXPECTED_VERSION}'")
    endif()
endforeach()
message(STATUS "packaged binaries say their names and ${EXPECTED_VERSION}")
run(server_help "${root}/usr/bin/otbridged" --help)
expect_all("`otbridged --help`" "${server_help}" "Usage: otbridged" "Exit codes:" "api-token")

# The packaged server and its sandbox load no graphical library either.
otbridge_check_no_graphics("${root}/usr/bin/otbridged")
otbridge_check_no_graphics("${root}/usr/bin/otbridge-sandbox")

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
string(FIND "${unit}" "\nExecStart=otbridged " at)
if(at EQUAL -1)
    fail("otbridge.service does not start `otbridged` from the search path")
endif()
string(REPLACE "\nExecStart=otbridged " "\nExecStart=${root}/usr/bin/otbridged " unit "${unit}")
file(WRITE "${SCRATCH_DIR}/unit/otbridge.service" "${unit}")
validate(systemd-analyze verify --man=no "${SCRATCH_DIR}/unit/otbridge.service")

# The proxy sample must at least load: nginx -t with a throwaway certificate in place of the
# placeholders.
set(nginx_dir "${SCRATCH_DIR}/nginx")
file(MAKE_DIRECTORY "${nginx_dir}")
run(ignored openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost
    -keyout "${nginx_dir}/key.pem" -out "${nginx_dir}/cert.pem")
file(READ "${root}/usr/share/doc/otbridge-server/examples/nginx-otbridge.conf" site)
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

message(STATUS "otbridge ${EXPECTED_VERSION}: both .deb files' contents and control fields, "
               "desktop file, metainfo, systemd unit and nginx sample check out")

# The server package alone, installed as an admin would: `apt-get install ./file.deb` (root
# only: CI runs as root). --reinstall keeps a second run working when a first one left it
# installed; what this test installed, it purges again.
find_program(APT_GET apt-get)
find_program(DPKG_QUERY dpkg-query)
execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT uid STREQUAL "0" OR NOT APT_GET OR NOT DPKG_QUERY)
    message(STATUS "SKIPPED installing ${server_deb}: needs root and apt-get (CI runs as root)")
    return()
endif()
execute_process(COMMAND "${DPKG_QUERY}" -W "-f=\${Status}" otbridge-server
    OUTPUT_VARIABLE was_installed ERROR_QUIET)
set(ENV{DEBIAN_FRONTEND} noninteractive)
run(install_output "${APT_GET}" install --reinstall -y --no-install-recommends "${server_deb}")
run(status "${DPKG_QUERY}" -W "-f=\${Status} \${Version}" otbridge-server)
if(NOT status STREQUAL "install ok installed ${EXPECTED_VERSION}")
    fail("after apt-get install ${server_deb}, dpkg says '${status}':\n${install_output}")
endif()
# Everything the installed package needs, to the last library: nothing graphical.
find_program(APT_CACHE apt-cache)
run(closure "${APT_CACHE}" depends --recurse --no-recommends --no-suggests --no-conflicts
    --no-breaks --no-replaces --no-enhances otbridge-server)
foreach(graphical libqt6gui6 libqt6widgets6 qt6-qpa-plugins libx11-6 libxcb1 libgl1 libegl1
        libwayland-client0 libfontconfig1)
    if(closure MATCHES "(^|\n)${graphical}\n")
        fail("installing otbridge-server pulls in ${graphical}:\n${closure}")
    endif()
endforeach()
file(MAKE_DIRECTORY "${SCRATCH_DIR}/installed-data")
execute_process(
    COMMAND bash "${CMAKE_CURRENT_LIST_DIR}/checkinstalledserver.sh" /usr/bin/otbridged
            "${SCRATCH_DIR}/installed-data"
    RESULT_VARIABLE served OUTPUT_VARIABLE served_out ERROR_VARIABLE served_err TIMEOUT 60)
if(NOT was_installed MATCHES "install ok installed")
    run(ignored "${APT_GET}" purge -y otbridge-server)
endif()
if(NOT served EQUAL 0)
    fail("the installed /usr/bin/otbridged did not serve /health (${served}):\n"
         "${served_out}${served_err}")
endif()
message(STATUS "${served_out}")
