# SPDX-FileCopyrightText: 2026 OT Bridge developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DBINARY=path/to/otbridged -P checknographics.cmake
#
# The server must run where no desktop is installed: ldd lists no Qt Gui or Widgets and none of
# the libraries a display needs. Also include()d by checkdebpackage.cmake for the packaged binary.

# Fails (FATAL_ERROR) when ldd of binary lists a graphical library, or does not resolve one.
function(otbridge_check_no_graphics binary)
    execute_process(COMMAND ldd "${binary}"
        RESULT_VARIABLE status OUTPUT_VARIABLE libraries ERROR_VARIABLE err TIMEOUT 60)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "\nldd ${binary} exited with '${status}':\n${libraries}${err}\n")
    endif()
    if(libraries MATCHES "not found")
        message(FATAL_ERROR "\nldd ${binary} cannot resolve a library:\n${libraries}\n")
    endif()
    # Qt Core and Network must be there, or this proves nothing about the binary ldd read.
    foreach(needed libQt6Core libQt6Network libQt6Sql)
        if(NOT libraries MATCHES "${needed}\\.so")
            message(FATAL_ERROR "\nldd ${binary} lacks ${needed}, which it must link:\n${libraries}\n")
        endif()
    endforeach()
    foreach(graphical libQt6Widgets libQt6Gui libQt6OpenGL libQt6Svg libGL libOpenGL libGLX
            libEGL libX11 libxcb libxkbcommon libwayland libfontconfig libfreetype)
        if(libraries MATCHES "(^|[\t /])${graphical}[.-]")
            message(FATAL_ERROR "\n${binary} links ${graphical}, a graphical library:\n"
                                "${libraries}\n")
        endif()
    endforeach()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    if(NOT DEFINED BINARY OR BINARY STREQUAL "")
        message(FATAL_ERROR "checknographics: -DBINARY=... is required")
    endif()
    otbridge_check_no_graphics("${BINARY}")
    message(STATUS "${BINARY}: no Qt Gui, Widgets, GL, X11, xcb or Wayland library")
endif()
