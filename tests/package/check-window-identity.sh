#!/usr/bin/env bash
# The window tells the desktop which menu entry it belongs to: under a real
# X server (Xvfb, started here on a free display), the app's WM_CLASS
# instance is the desktop entry's id, and the window has an icon
# (_NET_WM_ICON). Docks and task switchers group and label windows by these.
# usage: check-window-identity.sh INKCHAT DESKTOP_ID
set -euo pipefail
app="$1"
id="$2"

for tool in Xvfb xprop xdotool; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool not found (Debian: xvfb, x11-utils, xdotool)"
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
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$scratch/display" 2>"$scratch/xvfb.log" &
pids+=($!)
read -r -t 30 display <"$scratch/display" || { cat "$scratch/xvfb.log"; fail "Xvfb did not start"; }

mkdir -p "$scratch/home/runtime"
chmod 700 "$scratch/home/runtime"
env -u QT_QPA_PLATFORM -u RESOURCE_NAME DISPLAY=":$display" HOME="$scratch/home" \
    XDG_CONFIG_HOME="$scratch/home/config" XDG_DATA_HOME="$scratch/home/data" \
    XDG_CACHE_HOME="$scratch/home/cache" XDG_RUNTIME_DIR="$scratch/home/runtime" \
    "$app" --demo --no-store >"$scratch/app.log" 2>&1 &
pids+=($!)
app_pid=$!

export DISPLAY=":$display"
window="$(timeout 60 xdotool search --sync --onlyvisible --pid "$app_pid" 2>/dev/null | head -1)" || true
[ -n "$window" ] || { cat "$scratch/app.log"; fail "no window of $app appeared within 60 s"; }

wm_class="$(xprop -id "$window" WM_CLASS)"
echo "$wm_class"
instance="$(sed -n 's/^WM_CLASS(STRING) = "\([^"]*\)".*/\1/p' <<<"$wm_class")"
[ "$instance" = "$id" ] || fail "WM_CLASS instance is '$instance', the desktop entry is $id.desktop"

# Not piped into head: xprop would die of SIGPIPE, and the pipeline with it.
xprop -id "$window" _NET_WM_ICON >"$scratch/icon"
grep -q '^_NET_WM_ICON(CARDINAL) = ' "$scratch/icon" || fail "the window has no icon: $(cat "$scratch/icon")"
echo "ok: WM_CLASS instance $instance, window icon set"
