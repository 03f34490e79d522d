#!/usr/bin/env bash
# The .tar.gz holds the same installation under one top directory, with
# relative paths (bin/, share/), and its inkchat-cli runs from there.
# usage: check-tgz.sh PACKAGE_DIR VERSION
set -euo pipefail
packages="$1"
version="$2"

found=("$packages"/inkchat-"$version"-*.tar.gz)
archive="${found[0]}"
[ -f "$archive" ] || { echo "FAIL: no inkchat-${version}-*.tar.gz in $packages"; exit 1; }
echo "== $archive ($(du -k "$archive" | cut -f1) KiB)"

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
tar -xzf "$archive" -C "$root"
top="$root/$(basename "$archive" .tar.gz)"
for file in bin/inkchat bin/inkchat-cli share/applications/io.inkchat.inkchat.desktop \
    share/metainfo/io.inkchat.inkchat.metainfo.xml share/icons/hicolor/scalable/apps/io.inkchat.inkchat.svg; do
    [ -f "$top/$file" ] || { echo "FAIL: the archive has no $(basename "$top")/$file"; exit 1; }
done
[ "$("$top/bin/inkchat-cli" --version)" = "inkchat-cli $version" ] || { echo "FAIL: inkchat-cli --version"; exit 1; }
echo "ok: $archive"
