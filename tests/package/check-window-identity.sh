#!/usr/bin/env bash
# The window tells the desktop which menu entry it belongs to: under a real
# X server (Xvfb, started here on a free display), the app's WM_CLASS
# instance is the desktop entry's id, and the window has an icon
# (_NET_WM_ICON). Docks and task switchers group and label windows by these.
# usage: check-window-identity.sh INKCHAT DESKTOP_ID
set -euo pipefail
app="$1"
id="$2"

X11_TOOLS="xprop xdotool"
# shellcheck source=x11screen.sh
source "$(dirname "$0")/x11screen.sh"

mkdir -p "$scratch/home/runtime"
chmod 700 "$scratch/home/runtime"
env -u QT_QPA_PLATFORM -u RESOURCE_NAME HOME="$scratch/home" \
    XDG_CONFIG_HOME="$scratch/home/config" XDG_DATA_HOME="$scratch/home/data" \
    XDG_CACHE_HOME="$scratch/home/cache" XDG_RUNTIME_DIR="$scratch/home/runtime" \
    "$app" --demo --no-store >"$scratch/app.log" 2>&1 &
pids+=($!)
app_pid=$!

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
