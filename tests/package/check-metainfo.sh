#!/usr/bin/env bash
# appstreamcli accepts the AppStream metadata (pedantic notes aside: the id's
# capitals come from the desktop entry's name), and its newest release is the
# project's version, so a version bump can't leave it behind.
# usage: check-metainfo.sh FILE.metainfo.xml VERSION
set -euo pipefail
metainfo="$1"
version="$2"

if ! command -v appstreamcli >/dev/null; then
    echo "SKIP: appstreamcli not found (Debian: appstream)"
    exit 77
fi
appstreamcli validate --no-net --pedantic "$metainfo"

newest="$(grep -m1 -o '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)"
if [ "$newest" != "$version" ]; then
    echo "FAIL: newest <release> in $metainfo is '$newest', the project is $version"
    exit 1
fi
echo "ok: $metainfo (release $version)"
