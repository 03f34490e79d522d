#!/usr/bin/env bash
# An e-reader's window fits its screen under a window manager: on a 758×1024
# screen (Xvfb) with openbox, `inkchat --profile eink` is maximized, and its
# frame (title bar included) lies within the screen. Sized to the screen's
# available area without being maximized, the title bar pushed the window
# past the bottom edge (issue 16).
# usage: check-eink-window-fits.sh INKCHAT
set -euo pipefail
app="$1"
screen_width=758
screen_height=1024

X11_TOOLS="xprop xwininfo xdotool openbox" X11_SCREEN="${screen_width}x${screen_height}"
# shellcheck source=x11screen.sh
source "$(dirname "$0")/x11screen.sh"

openbox --sm-disable >"$scratch/wm.log" 2>&1 &
pids+=($!)
# The window manager owns the screen once it has set _NET_SUPPORTING_WM_CHECK.
for _ in $(seq 100); do
    xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break
    sleep 0.1
done

mkdir -p "$scratch/home/runtime"
chmod 700 "$scratch/home/runtime"
env -u QT_QPA_PLATFORM HOME="$scratch/home" \
    XDG_CONFIG_HOME="$scratch/home/config" XDG_DATA_HOME="$scratch/home/data" \
    XDG_CACHE_HOME="$scratch/home/cache" XDG_RUNTIME_DIR="$scratch/home/runtime" \
    "$app" --demo --no-store --profile eink >"$scratch/app.log" 2>&1 &
pids+=($!)
app_pid=$!

window="$(timeout 60 xdotool search --sync --onlyvisible --pid "$app_pid" 2>/dev/null | head -1)" || true
[ -n "$window" ] || { cat "$scratch/app.log"; fail "no window of $app appeared within 60 s"; }

# The frame is the client area plus _NET_FRAME_EXTENTS (left, right, top,
# bottom). The window manager maximizes asynchronously: look until it fits
# (or give up after 20 s and report the last geometry).
describe() {
    # The client's place on the screen (xdotool's counts the frame twice).
    info="$(xwininfo -id "$window")"
    X="$(sed -n 's/.*Absolute upper-left X: *//p' <<<"$info")"
    Y="$(sed -n 's/.*Absolute upper-left Y: *//p' <<<"$info")"
    WIDTH="$(sed -n 's/^ *Width: *//p' <<<"$info")"
    HEIGHT="$(sed -n 's/^ *Height: *//p' <<<"$info")"
    read -r left right top bottom < <(xprop -id "$window" _NET_FRAME_EXTENTS |
        sed -n 's/.*= \([0-9]*\), \([0-9]*\), \([0-9]*\), \([0-9]*\)$/\1 \2 \3 \4/p') || true # none yet
    frame_x=$((X - ${left:-0})) frame_y=$((Y - ${top:-0}))
    frame_right=$((X + WIDTH + ${right:-0})) frame_bottom=$((Y + HEIGHT + ${bottom:-0}))
    state="$(xprop -id "$window" _NET_WM_STATE || true)"
}
fits() {
    [ "$frame_x" -ge 0 ] && [ "$frame_y" -ge 0 ] && [ "$frame_right" -le "$screen_width" ] &&
        [ "$frame_bottom" -le "$screen_height" ] && grep -q _NET_WM_STATE_MAXIMIZED_VERT <<<"$state"
}
for _ in $(seq 200); do
    describe
    fits && break
    sleep 0.1
done
echo "client ${WIDTH}x${HEIGHT}+${X}+${Y}, frame extents ${left:-?} ${right:-?} ${top:-?} ${bottom:-?}: frame" \
    "($frame_x,$frame_y)-($frame_right,$frame_bottom) on ${screen_width}x${screen_height}; $state"
fits || fail "the e-ink window is not maximized within the screen"
# Filling it, not a small window in a corner.
[ $((frame_right - frame_x)) -eq "$screen_width" ] || fail "the window is not as wide as the screen"
echo "ok: maximized, the frame fits the screen"
