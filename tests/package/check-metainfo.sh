#!/usr/bin/env bash
# appstreamcli accepts the AppStream metadata without a single note, pedantic
# ones included, and its newest release is the project's version, so a
# version bump can't leave it behind. Each screenshot it lists is in the
# repository (scripts/screenshots.sh makes them) with the size it states.
# usage: check-metainfo.sh FILE.metainfo.xml VERSION SCREENSHOT_DIR
set -euo pipefail
metainfo="$1"
version="$2"
screenshots="$3"

if ! command -v appstreamcli >/dev/null; then
    echo "SKIP: appstreamcli not found (Debian: appstream)"
    exit 77
fi
# It exits 0 with pedantic notes and informational hints: any note is a finding.
report="$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1)" || { echo "$report"; exit 1; }
echo "$report"
if grep -qE '^[EWIP]: ' <<<"$report"; then
    echo "FAIL: appstreamcli has notes about $metainfo"
    exit 1
fi

newest="$(grep -m1 -o '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)"
if [ "$newest" != "$version" ]; then
    echo "FAIL: newest <release> in $metainfo is '$newest', the project is $version"
    exit 1
fi
# png_size FILE: "WIDTHxHEIGHT" from the PNG header.
png_size() {
    od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", (($1 * 256 + $2) * 256 + $3) * 256 + $4, (($5 * 256 + $6) * 256 + $7) * 256 + $8 }'
}
count=0
while read -r width height url; do
    file="$screenshots/$(basename "$url")"
    [ -f "$file" ] || { echo "FAIL: the screenshot $url is not in $screenshots"; exit 1; }
    [ "$(png_size "$file")" = "${width}x$height" ] ||
        { echo "FAIL: $file is $(png_size "$file"), the metainfo says ${width}x$height"; exit 1; }
    count=$((count + 1))
done < <(sed -n 's|.*<image type="source" width="\([0-9]*\)" height="\([0-9]*\)">\([^<]*\)</image>.*|\1 \2 \3|p' "$metainfo")
[ "$count" -ge 2 ] || { echo "FAIL: $metainfo lists $count screenshots, not the desktop and e-ink ones"; exit 1; }
echo "ok: $metainfo (release $version, $count screenshots)"
