#!/usr/bin/env bash
# Command 2 of the README (and what CI runs): install the dependencies, build
# with warnings as errors, run every test, then build with ASan+UBSan and run
# the unit tests again under the sanitizers. Prints ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests

jobs=$(nproc)
status=0

echo "== build (ci preset: warnings are errors)"
cmake --preset ci
cmake --build --preset ci -j "$jobs"
cmake --build build/ci --target all_qmllint qml_test_qmllint

echo "== tests"
ctest --preset ci -j "$jobs" || status=1

echo "== build (asan preset: AddressSanitizer + UndefinedBehaviorSanitizer)"
cmake --preset asan
cmake --build --preset asan -j "$jobs"

echo "== unit tests under ASan + UBSan"
ctest --preset asan -j "$jobs" || status=1

exit $status
