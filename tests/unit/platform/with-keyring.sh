#!/bin/sh
# with-keyring.sh <command> [args...]
#
# Runs the command against a real Secret Service that belongs to it alone: a
# private D-Bus session (dbus-run-session) with a freshly created, unlocked
# gnome-keyring whose files live in a temporary directory that is removed
# afterwards. keychain_test runs every test case through this (it is the
# test target's CROSSCOMPILING_EMULATOR), so parallel ctest runs never share
# a bus, a keyring file or a control socket, and never touch the user's own
# keychain. Needs the packages dbus-daemon and gnome-keyring.
set -eu

# gtest_discover_tests lists the tests through this script too; listing
# needs no keyring.
for arg in "$@"; do
    case "$arg" in
    --gtest_list_tests) exec "$@" ;;
    esac
done

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool not found; install the Debian packages dbus-daemon and gnome-keyring" >&2
        exit 1
    fi
done

# Under /tmp rather than the build tree: the keyring's control socket lives
# in XDG_RUNTIME_DIR and a unix socket path may not exceed 107 bytes.
root=$(mktemp -d "${TMPDIR:-/tmp}/inkchat-keyring.XXXXXX")
trap 'rm -rf "$root"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$root/home" "$root/data" "$root/config" "$root/cache" "$root/runtime"
chmod 700 "$root/runtime"

# Always replace XDG_RUNTIME_DIR: the real one holds the user's keyring
# socket, which a second daemon would take over.
export HOME="$root/home"
export XDG_DATA_HOME="$root/data"
export XDG_CONFIG_HOME="$root/config"
export XDG_CACHE_HOME="$root/cache"
export XDG_RUNTIME_DIR="$root/runtime"
# Tells the tests they run in such a sandbox (see keychain_test.cpp).
export INKCHAT_TEST_KEYRING="$root"
# A running desktop's keyring would be asked to unlock instead of ours, and
# QtKeychain picks KWallet over the Secret Service when it thinks it runs
# under KDE.
unset GNOME_KEYRING_CONTROL XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION \
    KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID

# --unlock creates the "login" keyring with this password, makes it the
# default collection and returns once the daemon serves the bus. The daemon
# exits when dbus-run-session ends the bus.
status=0
dbus-run-session -- sh -c '
    printf %s inkchat-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
        echo "with-keyring.sh: gnome-keyring-daemon could not start" >&2
        exit 1
    }
    exec "$@"' with-keyring.sh "$@" || status=$?
exit "$status"
