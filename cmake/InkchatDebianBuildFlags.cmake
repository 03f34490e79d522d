# INKCHAT_DPKG_BUILDFLAGS: compile and link with the hardening flags Debian
# builds its packages with (stack protector, FORTIFY_SOURCE, format checks,
# full RELRO with BIND_NOW), as `dpkg-buildflags` gives them. The .deb's
# executables need them (lintian checks); the release, kiosk and ci presets
# turn this on. Optimisation and debug levels stay the build type's.
option(INKCHAT_DPKG_BUILDFLAGS "Add Debian's hardening flags from dpkg-buildflags" OFF)
if(NOT INKCHAT_DPKG_BUILDFLAGS)
    return()
endif()
find_program(INKCHAT_DPKG_BUILDFLAGS_PROGRAM dpkg-buildflags)
if(NOT INKCHAT_DPKG_BUILDFLAGS_PROGRAM AND NOT CMAKE_SYSTEM_NAME STREQUAL "Linux")
    message(STATUS "Debian build flags: not on ${CMAKE_SYSTEM_NAME}")
    return()
elseif(NOT INKCHAT_DPKG_BUILDFLAGS_PROGRAM)
    message(FATAL_ERROR "INKCHAT_DPKG_BUILDFLAGS needs dpkg-buildflags (Debian: dpkg-dev), "
                        "or configure with -DINKCHAT_DPKG_BUILDFLAGS=OFF")
endif()

# hardening=+all adds BIND_NOW; the file-path maps would name this build
# directory on every compile line, so two build trees could no longer share
# a compiler cache (scripts/test.sh relies on that).
function(inkchat_dpkg_buildflags variable out)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env
                "DEB_BUILD_MAINT_OPTIONS=hardening=+all reproducible=-fixfilepath,-fixdebugpath"
                ${INKCHAT_DPKG_BUILDFLAGS_PROGRAM} --get ${variable}
        OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
    separate_arguments(flags UNIX_COMMAND "${flags}")
    list(FILTER flags EXCLUDE REGEX "^-(O[0-9s]?|g[0-9]?)$")
    set(${out} ${flags} PARENT_SCOPE)
endfunction()

inkchat_dpkg_buildflags(CPPFLAGS cppflags)
inkchat_dpkg_buildflags(CXXFLAGS cxxflags)
inkchat_dpkg_buildflags(LDFLAGS ldflags)
add_compile_options(${cppflags} ${cxxflags})
add_link_options(${ldflags})
message(STATUS "Debian build flags: ${cppflags} ${cxxflags} ${ldflags}")
