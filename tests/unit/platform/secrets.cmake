# keychain_test: platform::KeychainSecretStore against a real Secret Service.
#
# Every test case runs through with-keyring.sh, which gives it a private
# D-Bus session and an unlocked gnome-keyring of its own
# (inkchat_add_keyring_gtest).
inkchat_add_keyring_gtest(keychain_test LABEL unit
    SOURCES
        keychain_main.cpp
        keychain_test.cpp
    LIBRARIES inkchat_platform Qt6::Test)
