#!/usr/bin/env bash
# Every file of the source tree has its copyright and licence declared (the
# REUSE specification: LICENSES/, .reuse/dep5), so it may be redistributed.
# usage: check-reuse.sh SOURCE_DIR
set -euo pipefail
if ! command -v reuse >/dev/null; then
    echo "SKIP: reuse not found (Debian: reuse)"
    exit 77
fi
reuse --root "$1" lint
