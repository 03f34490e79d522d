// Throughput of SseParser over a generated 64 MiB OpenAI-style stream, fed
// in chunks of 16 B (a slow link delivering a few bytes at a time), 4 KiB
// (a typical socket read) and 64 KiB.
#include "openaistream.h"

#include "stream/sseparser.h"

#include <QByteArray>

#include <cstring>

#include <benchmark/benchmark.h>

using inkchat::bench::openAiStream;
using inkchat::stream::SseEvent;
using inkchat::stream::SseHandler;
using inkchat::stream::SseParser;

namespace {

class CountingHandler final : public SseHandler
{
public:
    qint64 events = 0;
    qint64 bytes = 0;
    void onEvent(const SseEvent &event) override
    {
        ++events;
        bytes += event.data.size();
    }
};

void BM_SseParser(benchmark::State &state)
{
    const QByteArray &stream = openAiStream();
    const auto chunkSize = static_cast<qsizetype>(state.range(0));
    qint64 events = 0;
    for (auto _ : state) {
        SseParser parser;
        CountingHandler handler;
        for (qsizetype offset = 0; offset < stream.size(); offset += chunkSize) {
            const qsizetype n = std::min(chunkSize, stream.size() - offset);
            parser.feed(QByteArrayView(stream.constData() + offset, n), handler);
        }
        parser.finish(handler);
        benchmark::DoNotOptimize(handler.bytes);
        events += handler.events;
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * stream.size());
    state.counters["events/s"] = benchmark::Counter(double(events), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_SseParser)->Arg(16)->Arg(4096)->Arg(65536)->Unit(benchmark::kMillisecond);

/// The floor: how fast memchr alone walks the same bytes for line ends.
void BM_MemchrScan(benchmark::State &state)
{
    const QByteArray &stream = openAiStream();
    for (auto _ : state) {
        qint64 lines = 0;
        const char *p = stream.constData();
        const char *const end = p + stream.size();
        while (const void *lf = std::memchr(p, '\n', size_t(end - p))) {
            ++lines;
            p = static_cast<const char *>(lf) + 1;
        }
        benchmark::DoNotOptimize(lines);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * stream.size());
}

BENCHMARK(BM_MemchrScan)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
