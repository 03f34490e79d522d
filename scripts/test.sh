#!/usr/bin/env bash
# Command 2 of the README (and what CI runs): install the dependencies; check
# that the tree is formatted; build with warnings as errors and run every test
# (packages included) and qmllint; rebuild with ASan+UBSan and run the whole
# suite again under the sanitizers; run each libFuzzer target for a bounded
# time; build the kiosk edition for this machine and smoke-test it. Prints
# ctest's summaries and how long each step took.
#
#   scripts/test.sh            everything, as CI (about 32 minutes on 2 cores)
#   scripts/test.sh --quick    build the ci preset and run the unit tests only
#                              (a few minutes with a warm compiler cache)
#
# INKCHAT_FUZZ_SECONDS sets the time per fuzz target (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
case "${1:-}" in
    --quick) quick=1 ;;
    '') ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "test.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac

if [ "$quick" = 1 ]; then scripts/install-deps.sh; else scripts/install-deps.sh --tests; fi

jobs=$(nproc)
status=0
failed=()
started=$SECONDS

# step TITLE: prints the title and the time since the start, so a slow run
# shows which step grew.
step() { printf '== [%2d:%02d] %s\n' $(((SECONDS - started) / 60)) $(((SECONDS - started) % 60)) "$*"; }

# fail WHAT: the run goes on to the other steps but ends with status 1, and
# its last lines name each failure: CI logs are often read from the tail.
fail() { status=1; failed+=("$*"); }

# suite PRESET [CTEST ARGS...]: runs a build tree's tests. A test that fails
# is run once more: if it passes then, the run still passes, and its last
# lines name it as flaky, so an intermittent failure is seen and fixed
# without keeping the rest of the work from landing.
suite() {
    local preset=$1 log
    shift
    log=$(mktemp)
    local rc=0
    ctest --preset "$preset" -j "$jobs" --repeat until-pass:2 "$@" 2>&1 | tee "$log" || rc=$?
    local failed_once
    failed_once=$(sed -nE 's/.*Test +#[0-9]+: ([^ ]+) .*(Failed|Timeout|Exception|Not Run).*/\1/p' "$log" | sort -u)
    local tree=build/$preset
    local still_failing=""
    [ -f "$tree/Testing/Temporary/LastTestsFailed.log" ] &&
        still_failing=$(cut -d: -f2- "$tree/Testing/Temporary/LastTestsFailed.log" | sort -u)
    local flaky
    flaky=$(comm -23 <(echo "$failed_once") <(echo "$still_failing") | paste -sd' ')
    [ -n "$flaky" ] && flakes+=("$preset: $flaky")
    rm -f "$log"
    [ "$rc" = 0 ] || fail "tests ($preset): $(echo "$still_failing" | paste -sd' ')"
}
flakes=()

# finish: the last lines of the run, what failed and what was flaky.
finish() {
    step "done (exit status $status)"
    for flake in "${flakes[@]}"; do echo "FLAKY (failed, then passed when run again): $flake"; done
    for failure in "${failed[@]}"; do echo "FAILED: $failure"; done
    exit $status
}

# A compiler cache, shared by every tree of this run: the kiosk tree is
# configured as the ci tree, so only the one file that differs compiles
# again. base_dir makes the cache independent of where the clone is; without
# the working directory in the hash (debug information names it), build/ci
# and build/ci-kiosk share objects. The sloppiness lets objects that use a
# precompiled header be cached.
cache=()
if command -v ccache >/dev/null; then
    cache=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
    export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
fi

if [ "$quick" = 0 ]; then
    step "format (scripts/check-format.sh: the tree as .clang-format says)"
    scripts/check-format.sh || fail "format: run scripts/check-format.sh --fix"
fi

step "build (ci preset: warnings are errors)"
cmake --preset ci "${cache[@]}"
cmake --build --preset ci -j "$jobs"

if [ "$quick" = 1 ]; then
    step "unit tests"
    suite ci -L unit
    finish
fi

cmake --build build/ci --target all_qmllint qml_test_qmllint

step "tests"
suite ci

step "kiosk build (the ci tree with INKCHAT_KIOSK=ON) and its smoke test"
cmake --preset ci-kiosk "${cache[@]}"
cmake --build --preset ci-kiosk -j "$jobs"
packaging/kiosk/smoke-test.sh build/ci-kiosk || fail "kiosk smoke test"

step "build (asan preset: AddressSanitizer + UndefinedBehaviorSanitizer)"
cmake --preset asan "${cache[@]}"
cmake --build --preset asan -j "$jobs"

step "the whole suite under ASan + UBSan"
suite asan

step "fuzzing (libFuzzer, ASan + UBSan, ${INKCHAT_FUZZ_SECONDS:-10} s per target)"
scripts/fuzz.sh "${INKCHAT_FUZZ_SECONDS:-10}" || fail "fuzzing"

if command -v ccache >/dev/null; then ccache --show-stats | grep -iE 'hits|misses' || true; fi
finish
