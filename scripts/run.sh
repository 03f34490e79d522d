#!/usr/bin/env bash
# Command 1 of the README: install the dependencies, build, start the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
exec build/release/app/inkchat "$@"
