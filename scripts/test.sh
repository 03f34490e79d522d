#!/usr/bin/env bash
# Command 2 of the README (and what CI runs): install the dependencies, build
# with warnings as errors and run every test (packages included) and qmllint;
# rebuild with ASan+UBSan and run the whole suite again under the sanitizers;
# run each libFuzzer target for a bounded time; build the kiosk edition for
# this machine and smoke-test it. Prints ctest's summaries.
#
# INKCHAT_FUZZ_SECONDS sets the time per fuzz target (default 60).
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

echo "== the whole suite under ASan + UBSan"
ctest --preset asan -j "$jobs" || status=1

echo "== fuzzing (libFuzzer, ASan + UBSan, ${INKCHAT_FUZZ_SECONDS:-60} s per target)"
scripts/fuzz.sh "${INKCHAT_FUZZ_SECONDS:-60}" || status=1

echo "== kiosk build (x86-64) and its smoke test"
cmake --preset kiosk
cmake --build --preset kiosk -j "$jobs"
packaging/kiosk/smoke-test.sh build/kiosk || status=1

exit $status
