include(GoogleTest)

# inkchat_add_gtest(<name> LABEL <label> [RUN_SERIAL] SOURCES ... LIBRARIES ...)
#
# One GoogleTest binary whose tests ctest lists one by one. Discovery runs
# when ctest does (PRE_TEST), so a build never executes test code. Every test
# runs offscreen, in English (whatever the developer's locale: tests compare
# texts) and with a scratch HOME/XDG dirs so no test reads or writes the
# user's real settings.
function(inkchat_add_gtest name)
    cmake_parse_arguments(ARG "RUN_SERIAL" "LABEL" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES} ${PROJECT_SOURCE_DIR}/tests/support/scratchhome.cpp)
    target_link_libraries(${name} PRIVATE ${ARG_LIBRARIES} GTest::gtest GTest::gmock)
    inkchat_target_defaults(${name})
    inkchat_precompile_headers(${name} TESTS)
    target_compile_definitions(${name} PRIVATE
        INKCHAT_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    # The scratch home and the language are set by the binary itself
    # (tests/support/scratchhome.cpp): ctest's ENVIRONMENT would keep only
    # the first entry of a list handed through gtest_discover_tests.
    set(scratch "${CMAKE_CURRENT_BINARY_DIR}/${name}-home")
    file(MAKE_DIRECTORY "${scratch}")
    target_compile_definitions(${name} PRIVATE INKCHAT_TEST_SCRATCH_HOME="${scratch}")
    gtest_discover_tests(${name}
        DISCOVERY_MODE PRE_TEST
        DISCOVERY_TIMEOUT 60
        PROPERTIES
            LABELS "${ARG_LABEL}"
            TIMEOUT 300
            # Heavy tests (100 MB exports) run alone, so they can't starve
            # the timing-sensitive ones (buffering detection) beside them.
            RUN_SERIAL ${ARG_RUN_SERIAL}
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()

# inkchat_add_keyring_gtest(<name> ...): inkchat_add_gtest whose every test
# case runs through tests/unit/platform/with-keyring.sh, which gives it a
# private D-Bus session and an unlocked gnome-keyring of its own. The script
# is the target's CROSSCOMPILING_EMULATOR because gtest_discover_tests puts
# that in front of each test command (CMake 3.25 has no TEST_LAUNCHER); the
# property is taken from the variable when the target is created, which the
# function's scope sets for that call alone. Through sh, so the script need
# not be executable in the checkout; a real emulator (cross builds) still
# runs, behind the script.
function(inkchat_add_keyring_gtest name)
    set(CMAKE_CROSSCOMPILING_EMULATOR /bin/sh "${PROJECT_SOURCE_DIR}/tests/unit/platform/with-keyring.sh"
        ${CMAKE_CROSSCOMPILING_EMULATOR})
    inkchat_add_gtest(${name} ${ARGN})
endfunction()
