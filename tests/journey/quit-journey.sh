#!/bin/sh
# quit-journey.sh INKCHAT RUNS [inkchat options...]
#
# Journey 5's ending, in a real X window (Xvfb, no window manager, as on a
# kiosk): start the app, send a message and let the reply stream, turn a
# page, open and close Settings, press Ctrl+Q; the process must be gone
# within 5 seconds. RUNS times, because the hang it guards against (Qt's
# threaded software render loop, issue 13) came in one run of two.
# Keys go in through XTEST (xdotool), as a keyboard's would.
set -u
if [ $# -lt 2 ]; then
    echo "usage: $0 INKCHAT RUNS [options...]" >&2
    exit 2
fi
inkchat=$1
runs=$2
shift 2
for tool in xvfb-run xdotool; do
    command -v "$tool" >/dev/null 2>&1 || { echo "quit-journey: $tool not found (Debian: xvfb, xdotool)" >&2; exit 1; }
done

# Under ASan: libxkbcommon-x11 (Qt's xcb keyboard) strndup()s X atom names
# that are not NUL-terminated, which strict_string_checks reports although
# strndup reads no further than its bound. The xcb platform cannot start
# with it, so it is off here (and only here); later options win.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}strict_string_checks=0"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cat >"$scratch/runs.sh" <<'RUNS'
inkchat=$1; runs=$2; scratch=$3; shift 3
failures=0
for run in $(seq "$runs"); do
    HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
        QT_QPA_PLATFORM=xcb "$inkchat" --demo --demo-rate 100 --no-store "$@" >"$scratch/app.log" 2>&1 &
    app=$!
    window=$(timeout 20 xdotool search --sync --onlyvisible --name '^Inkchat$' | head -1)
    if [ -z "$window" ]; then
        echo "run $run: no window"; cat "$scratch/app.log"; kill -9 "$app" 2>/dev/null; failures=$((failures + 1)); continue
    fi
    xdotool windowfocus --sync "$window"
    xdotool type --delay 10 'Hello' && xdotool key Return
    sleep 2
    xdotool key Next ctrl+comma && sleep 0.3 && xdotool key Escape && sleep 0.3 && xdotool key ctrl+q
    waited=0
    while kill -0 "$app" 2>/dev/null && [ "$waited" -lt 50 ]; do sleep 0.1; waited=$((waited + 1)); done
    if kill -0 "$app" 2>/dev/null; then
        echo "run $run: still running 5 s after Ctrl+Q"; kill -9 "$app"; failures=$((failures + 1))
    else
        wait "$app"; status=$?
        [ "$status" -eq 0 ] || { echo "run $run: exit status $status"; cat "$scratch/app.log"; failures=$((failures + 1)); }
    fi
done
echo "quit-journey: $((runs - failures)) of $runs runs quit within 5 s ($*)"
[ "$failures" -eq 0 ]
RUNS
xvfb-run -a -s "-screen 0 1072x1448x24 -nolisten tcp" sh "$scratch/runs.sh" "$inkchat" "$runs" "$scratch" "$@"
