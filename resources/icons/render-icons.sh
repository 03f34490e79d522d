#!/usr/bin/env bash
# Renders the raster icons from inkchat.svg: the hicolor PNGs Linux desktops
# use, inkchat.ico for the Windows executable and installer, inkchat.icns for
# the macOS bundle. The results are committed, so building needs none of
# these tools; run this after changing the SVG.
# Needs (Debian): librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$0")"

rendered=()
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}"
    out="hicolor/${size}x${size}/inkchat.png"
    rsvg-convert --width "$size" --height "$size" --output "$out" inkchat.svg
    rendered+=("$out")
done

# Windows shows 16 to 256 pixels; 256 is stored as PNG inside the .ico.
icotool --create --output inkchat.ico \
    hicolor/16x16/inkchat.png hicolor/24x24/inkchat.png hicolor/32x32/inkchat.png \
    hicolor/48x48/inkchat.png hicolor/64x64/inkchat.png hicolor/128x128/inkchat.png \
    --raw=hicolor/256x256/inkchat.png

# The sizes png2icns knows how to store.
png2icns inkchat.icns \
    hicolor/16x16/inkchat.png hicolor/32x32/inkchat.png hicolor/48x48/inkchat.png \
    hicolor/128x128/inkchat.png hicolor/256x256/inkchat.png hicolor/512x512/inkchat.png >/dev/null

echo "rendered ${rendered[*]} inkchat.ico inkchat.icns"
