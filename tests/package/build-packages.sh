#!/usr/bin/env bash
# Makes the .deb and the .tar.gz of the build tree into OUT_DIR, with the
# configuration `cpack` would use there. The package tests share this run.
# usage: build-packages.sh BUILD_DIR OUT_DIR
set -euo pipefail
build="$1"
out="$2"

for tool in cpack dpkg-deb; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool not found"
        exit 77
    fi
done
rm -rf "$out"
mkdir -p "$out"
cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$out"
# cpack's staging trees are as big as the installation; only the packages stay.
rm -rf "$out/_CPack_Packages"
ls -l "$out"
