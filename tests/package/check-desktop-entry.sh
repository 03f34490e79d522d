#!/usr/bin/env bash
# desktop-file-validate accepts the launcher entry, and its icon is named
# after the application id, as the hicolor icons are installed.
# usage: check-desktop-entry.sh FILE.desktop
set -euo pipefail
entry="$1"

if ! command -v desktop-file-validate >/dev/null; then
    echo "SKIP: desktop-file-validate not found (Debian: desktop-file-utils)"
    exit 77
fi
# It prints hints too, and exits 0 with them: any output is a finding.
findings="$(desktop-file-validate "$entry" 2>&1)" || true
if [ -n "$findings" ]; then
    echo "desktop-file-validate $entry:"
    echo "$findings"
    exit 1
fi
id="$(basename "$entry" .desktop)"
grep -qx "Icon=$id" "$entry" || { echo "FAIL: $entry: Icon= is not $id"; exit 1; }
echo "ok: $entry"
