#!/usr/bin/env bash
# Makes the screenshots the AppStream metadata lists (docs/screenshots/), with
# the app itself: the offline demo answers a prompt, and --screenshot saves
# the window when the reply has ended. Offscreen, with a scratch home, so
# nothing of the user's shows up.
#   scripts/screenshots.sh [BUILD_DIR]     default build/ci
# desktop.png: the desktop profile in a 1280x800 window;
# eink.png:    the kiosk (e-ink profile, full screen) on a 1072x1448 reader.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/ci}"
app="$build/app/inkchat"
[ -x "$app" ] || { echo "screenshots.sh: build $app first" >&2; exit 2; }
out=docs/screenshots
prompt="What can Inkchat do?"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# shoot NAME WIDTH HEIGHT ARGS...
shoot() {
    local name=$1 width=$2 height=$3
    shift 3
    cat >"$scratch/screen.json" <<JSON
{ "screens": [ { "name": "screen", "x": 0, "y": 0, "width": $width, "height": $height,
                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] }
JSON
    mkdir -p "$scratch/$name/runtime"
    chmod 700 "$scratch/$name/runtime"
    env -i PATH="$PATH" HOME="$scratch/$name" XDG_RUNTIME_DIR="$scratch/$name/runtime" LC_ALL=C.UTF-8 \
        QT_QPA_PLATFORM="offscreen:configfile=$scratch/screen.json" \
        "$app" --demo --demo-rate 0 --no-store --send "$prompt" --quit-when-done \
        --screenshot "$out/$name.png" "$@"
    echo "$out/$name.png"
}

shoot desktop 1280 800 --profile desktop
shoot eink 1072 1448 --kiosk --no-keyboard
