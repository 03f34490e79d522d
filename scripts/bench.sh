#!/usr/bin/env bash
# Builds the benchmarks (Release, preset `bench`), runs them all, prints the
# figures and rewrites the README's performance section and
# docs/perf/repaints.svg. About ten minutes on two cores.
#
#   scripts/bench.sh              run everything, rewrite README.md and the chart
#   scripts/bench.sh --no-readme  run everything, only print the figures
set -euo pipefail
cd "$(dirname "$0")/.."

write=--write
for arg in "$@"; do
    case "$arg" in
        --no-readme) write= ;;
        -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
    esac
done

started=$SECONDS
scripts/install-deps.sh
cmake --preset bench
cmake --build --preset bench --parallel "$(nproc)"

bin=build/bench/tests/bench
results=build/bench/results
mkdir -p "$results"
export QT_QPA_PLATFORM=offscreen
# Other work on the machine shows in every figure: the report says how busy it was.
cut -d' ' -f1 /proc/loadavg > "$results/loadavg.txt"

step() { printf '\n== %s\n' "$*"; }

step "SSE parsing throughput"
"$bin/sseparser_bench" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    --benchmark_counters_tabular=true --benchmark_out="$results/sseparser.json" --benchmark_out_format=json

step "CPU time per streamed token (connector + throttler, 2,000 tokens/s)"
"$bin/streamcpu_bench" --json "$results/streamcpu.json"

step "Cost of one visible update against the length of the reply"
"$bin/updatecost_bench" --benchmark_counters_tabular=true \
    --benchmark_out="$results/updatecost.json" --benchmark_out_format=json

step "Repaints while a reply streams"
for profile in desktop eink; do
    "$bin/repainttimeline_bench" --profile "$profile" --json "$results/timeline-$profile.json"
done

step "Start-up time and memory"
"$bin/startup_bench" --json "$results/startup.json"

step "Reconnect"
"$bin/reconnect_bench" --json "$results/reconnect.json"

step "inkchat-cli sse-dump against eventsource-parser (npm)"
# The npm package, pinned so that runs compare like with like, in a folder of
# its own; without node or a reachable registry sse-dump is measured alone.
node_modules=build/bench/npm
if command -v node >/dev/null && command -v npm >/dev/null; then
    npm install --prefix "$node_modules" --no-audit --no-fund --silent eventsource-parser@4.1.3 >/dev/null 2>&1 \
        || echo "bench.sh: npm could not install eventsource-parser; sse-dump is measured alone"
else
    echo "bench.sh: no node/npm; sse-dump is measured alone"
fi
"$bin/ssedump_bench" --node-modules "$node_modules" --json "$results/ssedump.json"

step "Markdown to XHTML (the exports)"
"$bin/markdown_bench" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    --benchmark_counters_tabular=true --benchmark_out="$results/markdown.json" --benchmark_out_format=json

step "Storing a long reply (issue 14): time and bytes written against --no-store"
(cd "$results" && "../tests/bench/storecost_bench" --json storecost.json)

step "E-ink panel: area per update and GUI wake-ups per frame (issue 16)"
"$bin/einkpanel_bench" --json "$results/einkpanel.json"

step "E-ink: black-and-white text while a reply grows (issue 16)"
"$bin/monochrometext_bench" --json "$results/monochrometext.json"

step "Report"
python3 scripts/benchreport.py --results "$results" --build build/bench --elapsed $((SECONDS - started)) $write
