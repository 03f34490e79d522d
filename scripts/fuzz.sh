#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang, ASan + UBSan) and runs
# each for a bounded time, two at a time, starting from seeds made of the
# test fixtures. Prints one line per target and exits non-zero if any target
# found a crash, a leak, a sanitizer report, a timeout or an out-of-memory.
# docs/fuzzing.md says what each target checks.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#       SECONDS_PER_TARGET  default 60 (CI); use 3600 or more for a real hunt
#       TARGET              e.g. sseparser_fuzzer; default every target
#
# Working corpora grow in build/fuzz/corpus/<target> and are kept between
# runs; inputs that fail land in build/fuzz/findings/<target>/, logs in
# build/fuzz/logs/. FUZZ_PARALLEL (default 2) sets how many run at once.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
if [ $# -gt 0 ]; then
    case "$1" in
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *[!0-9]*|'') echo "fuzz.sh: SECONDS_PER_TARGET must be a number, not '$1'" >&2; exit 2 ;;
    esac
    seconds=$1
    shift
fi

all_targets=(sseparser_fuzzer ndjsonsplitter_fuzzer utf8textdecoder_fuzzer replyreader_fuzzer
             httperror_fuzzer jsonimport_fuzzer chatgptimport_fuzzer markdownblocks_fuzzer
             markdownhtml_fuzzer)
targets=("${all_targets[@]}")
[ $# -eq 0 ] || targets=("$@")
parallel=${FUZZ_PARALLEL:-2}

build=build/fuzz
data=tests/data
seeds_src=tests/fuzz/seeds
mkdir -p "$build/logs"

echo "fuzz: building the targets (clang, ASan + UBSan)"
cmake --preset fuzz >"$build/logs/configure.log" 2>&1 \
    || { cat "$build/logs/configure.log"; exit 1; }
cmake --build "$build" --target "${targets[@]}" -j2 >"$build/logs/build.log" 2>&1 \
    || { tail -50 "$build/logs/build.log"; exit 1; }

# seed <target> <option bytes as printf escapes> <file>...: the files, each
# behind the option bytes the target reads first (see the top of
# tests/fuzz/<target>.cpp), as seeds in build/fuzz/seeds/<target>.
seed() {
    local target=$1 options=$2
    shift 2
    local dir="$build/seeds/$target" file
    mkdir -p "$dir"
    for file in "$@"; do
        [ -f "$file" ] || continue
        { printf "$options"; cat "$file"; } >"$dir/$(echo "${file#*/}" | tr '/' '_')"
    done
}

# The reply reader's provider byte indexes providerIds() and its rung byte
# allRungs() (WebSocket, Stream, Poll, Single).
provider_ids=(openai openai-responses anthropic gemini ollama sse text)

make_seeds() {
    rm -rf "$build/seeds"
    local bodies=("$data"/providers/*/*.body)
    local replies=("$data"/providers/*/*.reply.txt)
    seed sseparser_fuzzer '\x00\x00' "${bodies[@]}"
    seed sseparser_fuzzer '\x01\xc9' "$data"/providers/sse/*.body
    seed ndjsonsplitter_fuzzer '\x00\x00' "${bodies[@]}"
    seed ndjsonsplitter_fuzzer '\x07\xfa' "$data"/providers/ollama/*.body
    seed utf8textdecoder_fuzzer '\x00' "$data"/providers/text/*.body "${replies[@]}"
    seed utf8textdecoder_fuzzer '\x01' "$data"/providers/text/cut-in-character.body
    local i file options
    for i in "${!provider_ids[@]}"; do
        for file in "$data/providers/${provider_ids[$i]}"/*.body "$data/providers/${provider_ids[$i]}"/*.json; do
            [ -f "$file" ] || continue
            case "$file" in
                */poll-*.json) options='\x02\x00\x00' ;;
                *.json) options='\x03\x00\x00' ;;
                *) options='\x01\x00\x00' ;;
            esac
            seed replyreader_fuzzer "$(printf '\\x%02x' "$i")$options" "$file"
        done
    done
    # 429 with and without a Retry-After of 120 seconds; 503 with an HTML page.
    seed httperror_fuzzer '\x01\xad\x00\x00' "$data"/providers/*/*.json "$data"/providers/*/*error*.body
    seed httperror_fuzzer '\x01\xad\x01\x03120' "$data"/providers/openai/single.json
    seed jsonimport_fuzzer '\x00' "$seeds_src"/transcript.json
    seed chatgptimport_fuzzer '\x00' "$data"/import/chatgpt-conversations.json
    seed markdownblocks_fuzzer '\x00' "$seeds_src"/markdown.md "${replies[@]}"
    seed markdownblocks_fuzzer '\x05' "$seeds_src"/markdown.md
    seed markdownhtml_fuzzer '\x00' "$seeds_src"/markdown.md "${replies[@]}"
}

dictionary_for() {
    case "$1" in
        sseparser_fuzzer) echo tests/fuzz/sse.dict ;;
        ndjsonsplitter_fuzzer|replyreader_fuzzer|httperror_fuzzer|jsonimport_fuzzer|chatgptimport_fuzzer)
            echo tests/fuzz/json.dict ;;
        markdownblocks_fuzzer|markdownhtml_fuzzer) echo tests/fuzz/markdown.dict ;;
    esac
}

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"

run_target() {
    local target=$1
    local corpus="$build/corpus/$target" findings="$build/findings/$target"
    local dict
    dict=$(dictionary_for "$target")
    mkdir -p "$corpus" "$findings"
    local status=0
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=16384 \
        -timeout=20 -print_final_stats=1 -artifact_prefix="$findings/" ${dict:+-dict="$dict"} \
        "$corpus" "$build/seeds/$target" >"$build/logs/$target.log" 2>&1 || status=$?
    echo "$status" >"$build/logs/$target.status"
}

# One line per target: runs, speed, coverage, and what it found.
report() {
    local target=$1 log="$build/logs/$1.log"
    local status runs speed cov finding
    status=$(cat "$build/logs/$target.status")
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    if [ "$status" = 0 ]; then
        finding=ok
    else
        finding="FAILED (exit $status): $(grep -o 'Test unit written to .*' "$log" | tail -1 | sed 's/Test unit written to //')"
        finding="$finding; log $log"
    fi
    printf '%-24s runs %-10s %7s exec/s  cov %-6s %s\n' "$target" "${runs:-?}" "${speed:-?}" "${cov:-?}" "$finding"
    [ "$status" = 0 ]
}

make_seeds
echo "fuzz: ${#targets[@]} targets, ${seconds}s each, $parallel at a time"
running=0
for target in "${targets[@]}"; do
    if [ "$running" -ge "$parallel" ]; then
        wait -n
        running=$((running - 1))
    fi
    run_target "$target" &
    running=$((running + 1))
done
wait

failed=0
for target in "${targets[@]}"; do
    report "$target" || failed=$((failed + 1))
done
if [ "$failed" -gt 0 ]; then
    echo "fuzz: $failed of ${#targets[@]} targets found a problem (reproduce: docs/fuzzing.md)"
    exit 1
fi
echo "fuzz: ${#targets[@]} targets ran ${seconds}s each and found nothing"
