# keychain_test: platform::KeychainSecretStore against a real Secret Service.
#
# Every test case runs through with-keyring.sh, which gives it a private
# D-Bus session and an unlocked gnome-keyring of its own. The script is the
# target's CROSSCOMPILING_EMULATOR because gtest_discover_tests puts that in
# front of each test command (CMake 3.25 has no TEST_LAUNCHER). The property
# is taken from the variable when the target is created, inside
# inkchat_add_gtest, so set the variable around that call and restore it;
# a real emulator (cross builds) still runs, behind the script.
set(inkchat_saved_emulator "${CMAKE_CROSSCOMPILING_EMULATOR}")
# Through sh, so the script need not be executable in the checkout.
set(CMAKE_CROSSCOMPILING_EMULATOR /bin/sh "${CMAKE_CURRENT_LIST_DIR}/with-keyring.sh"
    ${inkchat_saved_emulator})
inkchat_add_gtest(keychain_test LABEL unit
    SOURCES
        keychain_main.cpp
        keychain_test.cpp
    LIBRARIES inkchat_platform Qt6::Test)
if(inkchat_saved_emulator)
    set(CMAKE_CROSSCOMPILING_EMULATOR "${inkchat_saved_emulator}")
else()
    unset(CMAKE_CROSSCOMPILING_EMULATOR)
endif()
unset(inkchat_saved_emulator)
