#!/bin/sh
# Smoke test of a kiosk build on this machine (issue 6: "building it here for
# x86-64 is tested"). Run after
#   cmake --preset kiosk && cmake --build --preset kiosk
# as
#   packaging/kiosk/smoke-test.sh build/kiosk
#
# It installs the build into a scratch root and starts the installed
# inkchat-kiosk as a device would, but on Qt's offscreen platform with an
# e-reader-sized screen (1404x1872), and checks that the app starts as a
# kiosk by itself: full screen, e-ink profile, on-screen keyboard. It also
# checks the launcher's choices for a real framebuffer, the shell scripts
# (sh -n, shellcheck) and the systemd unit (systemd-analyze verify).
# Prints one PASS, FAIL or SKIP line per check; exits 1 if any failed.

set -u

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 BUILD_DIR (a build of the kiosk preset)" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

failures=0
pass() { echo "PASS: $*"; }
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
skip() { echo "SKIP: $*"; }
# check DESCRIPTION COMMAND...: PASS or FAIL by the command's exit status.
check() {
    description=$1
    shift
    if "$@"; then pass "$description"; else fail "$description"; fi
}

# --- the shell scripts -------------------------------------------------------

for script in "$here/inkchat-kiosk" "$here/smoke-test.sh"; do
    check "sh -n $(basename "$script")" sh -n "$script"
    if command -v shellcheck >/dev/null 2>&1; then
        check "shellcheck $(basename "$script")" shellcheck -s sh "$script"
    else
        skip "shellcheck $(basename "$script") (shellcheck is not installed)"
    fi
done

# --- the launcher's choices on a device ---------------------------------------

# launcher_env [NAME=VALUE...]: the environment the launcher hands to inkchat,
# with `env` standing in for it. Qt variables of the calling shell are
# removed first, as on a freshly booted device.
launcher_env() {
    env -u QT_QPA_PLATFORM -u QT_QPA_EVDEV_TOUCHSCREEN_PARAMETERS -u INKCHAT_FB_DEVICE \
        INKCHAT_BIN="$(command -v env)" "$@" sh "$here/inkchat-kiosk"
}
has_line() { printf '%s\n' "$1" | grep -qxF "$2"; }

check "launcher: linuxfb on /dev/fb0 by default" has_line "$(launcher_env)" "QT_QPA_PLATFORM=linuxfb:fb=/dev/fb0"
check "launcher: Qt's evdev input by default" has_line "$(launcher_env)" "QT_QPA_FB_NO_LIBINPUT=1"
fb1_env=$(launcher_env INKCHAT_FB_DEVICE=/dev/fb1 INKCHAT_FB_MMSIZE=157x210)
check "launcher: INKCHAT_FB_DEVICE and INKCHAT_FB_MMSIZE reach linuxfb" \
    has_line "$fb1_env" "QT_QPA_PLATFORM=linuxfb:fb=/dev/fb1:mmsize=157x210"
check "launcher: INKCHAT_FB_DEVICE stays exported for the mxcfb panel" has_line "$fb1_env" "INKCHAT_FB_DEVICE=/dev/fb1"
check "launcher: INKCHAT_QPA=eglfs" has_line "$(launcher_env INKCHAT_QPA=eglfs)" "QT_QPA_PLATFORM=eglfs"
check "launcher: touch device, rotation and mirroring" \
    has_line "$(launcher_env INKCHAT_TOUCH_DEVICE=/dev/input/event1 INKCHAT_TOUCH_ROTATION=270 INKCHAT_TOUCH_INVERT=x)" \
    "QT_QPA_EVDEV_TOUCHSCREEN_PARAMETERS=/dev/input/event1:rotate=270:invertx"
check "launcher: tslib" has_line "$(launcher_env INKCHAT_INPUT=tslib)" "QT_QPA_FB_TSLIB=1"
check "launcher: a QT_QPA_PLATFORM already set wins" \
    has_line "$(launcher_env QT_QPA_PLATFORM=vnc:size=1404x1872)" "QT_QPA_PLATFORM=vnc:size=1404x1872"
if launcher_env INKCHAT_TOUCH_ROTATION=45 >/dev/null 2>&1; then
    fail "launcher: rejects INKCHAT_TOUCH_ROTATION=45"
else
    pass "launcher: rejects INKCHAT_TOUCH_ROTATION=45"
fi

# --- the systemd unit ---------------------------------------------------------

unit=$build/packaging/kiosk/inkchat-kiosk.service
if [ ! -f "$unit" ]; then
    fail "$unit exists (is $build a build with INKCHAT_KIOSK=ON?)"
elif ! command -v systemd-analyze >/dev/null 2>&1; then
    skip "systemd-analyze verify inkchat-kiosk.service (systemd-analyze is not installed)"
else
    # verify insists that ExecStart= exists: point it at the launcher here.
    mkdir -p "$scratch/unit"
    sed "s|^ExecStart=.*|ExecStart=$here/inkchat-kiosk|" "$unit" >"$scratch/unit/inkchat-kiosk.service"
    # It reports unknown keys and bad values as warnings with exit status 0.
    if verify_output=$(systemd-analyze verify "$scratch/unit/inkchat-kiosk.service" 2>&1) && [ -z "$verify_output" ]; then
        pass "systemd-analyze verify inkchat-kiosk.service"
    else
        fail "systemd-analyze verify inkchat-kiosk.service:"
        printf '%s\n' "$verify_output" | sed 's/^/    /'
    fi
fi

# --- install ------------------------------------------------------------------

prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
root=$scratch/root
launcher=$root$prefix/bin/inkchat-kiosk
if DESTDIR=$root cmake --install "$build" >"$scratch/install.log" 2>&1; then
    pass "cmake --install puts the app, launcher and unit in place"
    check "installed: $prefix/bin/inkchat-kiosk" test -x "$launcher"
    check "installed: $prefix/lib/systemd/system/inkchat-kiosk.service, starting $prefix/bin/inkchat-kiosk" \
        grep -qxF "ExecStart=$prefix/bin/inkchat-kiosk" "$root$prefix/lib/systemd/system/inkchat-kiosk.service"
    check "installed: $prefix/share/doc/inkchat-kiosk/kiosk.md" test -f "$root$prefix/share/doc/inkchat-kiosk/kiosk.md"
    inkchat_bin=
else
    fail "cmake --install (log follows); running the launcher from the source tree instead"
    sed 's/^/    /' "$scratch/install.log"
    launcher=$here/inkchat-kiosk
    inkchat_bin=$build/app/inkchat
fi

# --- the app, started through the launcher -------------------------------------

# An e-reader's portrait screen, not the offscreen default of 800x600, so
# "full screen" cannot pass by chance.
width=1404
height=1872
cat >"$scratch/screen.json" <<EOF
{ "screens": [ { "name": "e-reader", "x": 0, "y": 0, "width": $width, "height": $height,
                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] }
EOF

# run_kiosk NAME ARGS...: runs the launcher offscreen with a home of its own;
# stderr goes to $scratch/NAME.err, the exit status to $status.
run_kiosk() {
    name=$1
    shift
    mkdir -p "$scratch/$name"
    chmod 700 "$scratch/$name" # Qt wants its runtime directory private
    status=0
    HOME=$scratch/$name XDG_CONFIG_HOME=$scratch/$name/config XDG_DATA_HOME=$scratch/$name/data \
        XDG_CACHE_HOME=$scratch/$name/cache XDG_RUNTIME_DIR=$scratch/$name \
        QT_QPA_PLATFORM="offscreen:configfile=$scratch/screen.json" \
        QT_LOGGING_RULES="qt.virtualkeyboard=true" \
        INKCHAT_BIN=$inkchat_bin \
        timeout 120 "$launcher" "$@" >"$scratch/$name.out" 2>"$scratch/$name.err" || status=$?
}
# png_size FILE: "WIDTHxHEIGHT" from the PNG header.
png_size() {
    od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", (($1 * 256 + $2) * 256 + $3) * 256 + $4, (($5 * 256 + $6) * 256 + $7) * 256 + $8 }'
}
show_stderr() { sed 's/^/    /' "$scratch/$1.err" | grep -v 'qt\.virtualkeyboard' | tail -20; }

# No --kiosk: a kiosk build is one by default.
run_kiosk kiosk --demo --no-store --send Hello --quit-when-done --stats --screenshot "$scratch/kiosk.png"
if [ "$status" -eq 0 ]; then
    pass "inkchat-kiosk --demo --send Hello --quit-when-done exits 0"
else
    fail "inkchat-kiosk --demo --send Hello --quit-when-done exits 0 (exit status $status):"
    show_stderr kiosk
fi

if grep -qiE '^inkchat\.platform\.display: .*e-ink' "$scratch/kiosk.err"; then
    pass "e-ink profile: the display is driven as e-ink"
else
    fail "e-ink profile: no inkchat.platform.display line about an e-ink display"
fi

if [ ! -f "$scratch/kiosk.png" ]; then
    fail "full screen: no screenshot was saved"
elif [ "$(png_size "$scratch/kiosk.png")" = "${width}x$height" ]; then
    pass "full screen: the window is ${width}x$height, the whole screen"
else
    fail "full screen: the window is $(png_size "$scratch/kiosk.png"), the screen ${width}x$height"
fi

# Qt Virtual Keyboard comes in two parts: the QML module draws the keys, the
# input-method plugin (QT_IM_MODULE=qtvirtualkeyboard) shows them when a
# text field has focus. Without the plugin the keyboard never appears, and
# Qt does not say why.
if grep -q 'registerInputPanel' "$scratch/kiosk.err"; then
    pass "on-screen keyboard: the QtQuick.VirtualKeyboard panel is loaded"
else
    fail "on-screen keyboard: no QtQuick.VirtualKeyboard panel (is qml6-module-qtquick-virtualkeyboard installed?)"
    grep -i 'virtualkeyboard' "$scratch/kiosk.err" | grep -v '^qt\.virtualkeyboard' | sed 's/^/    /'
fi
if grep -q 'PlatformInputContext::' "$scratch/kiosk.err"; then
    pass "on-screen keyboard: the qtvirtualkeyboard input method is active"
else
    fail "on-screen keyboard: the qtvirtualkeyboard input method did not load (is qt6-virtualkeyboard-plugin installed?)"
fi

# As tests/integration/app_e2e_test.cpp: the e-ink profile swaps a frame only
# for an update, plus a few (first frames, status line, composer). Measured
# without the keyboard: Qt Virtual Keyboard's default style animates its
# word-candidate bar (250 ms, about 16 frames) when it first shows.
run_kiosk nokeyboard --no-keyboard --demo --no-store --send Hello --quit-when-done --stats
stats=$(grep -E '^stats: frames=[0-9]+ updates=[0-9]+ ' "$scratch/nokeyboard.err")
frames=$(printf '%s\n' "$stats" | sed -n 's/^stats: frames=\([0-9]*\) .*/\1/p')
updates=$(printf '%s\n' "$stats" | sed -n 's/.* updates=\([0-9]*\) .*/\1/p')
if [ "$status" -eq 0 ] && [ -n "$frames" ] && [ -n "$updates" ] && [ "$updates" -ge 2 ] &&
    [ "$frames" -le $((updates + 6)) ]; then
    pass "e-ink profile: $frames frames for $updates updates"
else
    fail "e-ink profile: frames <= updates + 6 (exit status $status, stats line: '${stats:-none}')"
    show_stderr nokeyboard
fi
keyboard_stats=$(grep -E '^stats: ' "$scratch/kiosk.err")
echo "NOTE: with the on-screen keyboard: ${keyboard_stats:-no stats line}"

# For debugging on the device: a plain window.
run_kiosk windowed --no-kiosk --demo --demo-rate 0 --no-store --send Hello --quit-when-done \
    --screenshot "$scratch/windowed.png"
if [ "$status" -eq 0 ] && [ -f "$scratch/windowed.png" ] &&
    [ "$(png_size "$scratch/windowed.png")" != "${width}x$height" ]; then
    pass "--no-kiosk opens a window ($(png_size "$scratch/windowed.png")) instead"
else
    fail "--no-kiosk opens a window instead of the full screen (exit status $status)"
    show_stderr windowed
fi

run_kiosk help --help
if [ "$status" -eq 0 ] && grep -q -- '--no-kiosk opens a normal window' "$scratch/help.out"; then
    pass "--help says this is a kiosk build and how to open a window"
else
    fail "--help says this is a kiosk build and how to open a window (exit status $status)"
fi

if [ "$failures" -ne 0 ]; then
    echo "kiosk smoke test: $failures check(s) FAILED"
    exit 1
fi
echo "kiosk smoke test: all checks passed"
