#!/usr/bin/env bash
# Builds the benchmarks (Release) and runs them; figures go to stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset bench
cmake --build --preset bench
build/bench/tests/bench/sseparser_bench --benchmark_counters_tabular=true "$@"
QT_QPA_PLATFORM=offscreen build/bench/tests/bench/updatecost_bench --benchmark_counters_tabular=true "$@"
