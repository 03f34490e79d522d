#!/usr/bin/env bash
# lintian, pedantic tags included, finds nothing in the .deb but the tags
# the package overrides with a reason (packaging/linux/lintian-overrides).
# usage: check-lintian.sh PACKAGE_DIR PACKAGE_NAME VERSION
set -euo pipefail
packages="$1"
name="$2"
version="$3"

if ! command -v lintian >/dev/null; then
    echo "SKIP: lintian not found (Debian: lintian)"
    exit 77
fi
found=("$packages/${name}_${version}"-*.deb)
deb="${found[0]}"
[ -f "$deb" ] || { echo "FAIL: no ${name}_${version}-*.deb in $packages"; exit 1; }
# --fail-on makes every tag fatal but the overridden ones.
if ! lintian --pedantic --display-info --fail-on error,warning,info,pedantic "$deb"; then
    echo "FAIL: lintian found the tags above in $deb"
    exit 1
fi
echo "ok: lintian --pedantic $deb"
