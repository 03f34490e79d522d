# Sourced by the package tests that need a real X server: checks the tools
# named in X11_TOOLS (exit 77, skipped, when one is missing), starts Xvfb on a
# free display at X11_SCREEN (WIDTHxHEIGHT) and exports DISPLAY; `scratch` is
# a folder removed at exit, with every process in `pids` killed first.
# shellcheck shell=bash

for tool in Xvfb ${X11_TOOLS:-}; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool not found (Debian: xvfb, x11-utils, xdotool, openbox)"
        exit 77
    fi
done

# Under ASan: libxkbcommon-x11 (Qt's xcb keyboard) strndup()s X atom names
# that are not NUL-terminated, which strict_string_checks reports although
# strndup reads no further than its bound. The xcb platform cannot start
# with it, so it is off here (and only here); later options win.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}strict_string_checks=0"

scratch="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

# Xvfb picks a free display and writes its number to the fifo.
mkfifo "$scratch/display"
Xvfb -displayfd 3 -nolisten tcp -screen 0 "${X11_SCREEN:-1280x800}x24" 3>"$scratch/display" \
    2>"$scratch/xvfb.log" &
pids+=($!)
read -r -t 30 display <"$scratch/display" || { cat "$scratch/xvfb.log"; fail "Xvfb did not start"; }
export DISPLAY=":$display"
