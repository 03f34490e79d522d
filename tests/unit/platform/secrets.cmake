# keychain_test (issue 4)
