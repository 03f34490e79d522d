# colorscheme_test: platform::SystemColorScheme against a portal on a
# private D-Bus session (dbus-run-session in front of every test command,
# as secrets.cmake explains), so the desktop's own bus is never asked.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(inkchat_saved_emulator "${CMAKE_CROSSCOMPILING_EMULATOR}")
    set(CMAKE_CROSSCOMPILING_EMULATOR dbus-run-session -- ${inkchat_saved_emulator})
    inkchat_add_gtest(colorscheme_test LABEL unit
        SOURCES
            colorscheme_main.cpp
            colorscheme_test.cpp
        LIBRARIES inkchat_platform Qt6::DBus Qt6::Test)
    if(inkchat_saved_emulator)
        set(CMAKE_CROSSCOMPILING_EMULATOR "${inkchat_saved_emulator}")
    else()
        unset(CMAKE_CROSSCOMPILING_EMULATOR)
    endif()
    unset(inkchat_saved_emulator)
endif()
