// NdjsonSplitter: the same lines however the bytes are cut into chunks;
// no line is blank, holds a line end or is longer than the limit; a broken
// limit stops the splitter for good.
//
// Input: [split plan] [limits] body bytes...

#include "fuzzcheck.h"
#include "fuzzinput.h"

#include "stream/ndjsonsplitter.h"

#include <QByteArrayList>

using namespace inkchat;

namespace {

struct Outcome
{
    QByteArrayList lines;
    std::optional<QString> error;

    friend bool operator==(const Outcome &, const Outcome &) = default;
};

Outcome split(const QList<QByteArrayView> &chunks, const stream::Limits &limits)
{
    stream::NdjsonSplitter splitter(limits);
    Outcome outcome;
    const auto onLine = [&](QByteArrayView line) {
        FUZZ_CHECK(!line.trimmed().isEmpty());
        FUZZ_CHECK(!line.contains('\n') && !line.contains('\r'));
        FUZZ_CHECK(line.size() <= limits.maxLineLength);
        outcome.lines.append(line.toByteArray());
    };
    bool failed = false;
    for (const QByteArrayView chunk : chunks) {
        const bool accepted = splitter.feed(chunk, onLine);
        FUZZ_CHECK(!(failed && accepted));
        FUZZ_CHECK(accepted == !splitter.error().has_value());
        failed = !accepted;
    }
    splitter.finish(onLine);
    outcome.error = splitter.error();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::FuzzInput input(data, size);
    const std::uint8_t plan = input.takeByte();
    const stream::Limits limits = fuzz::limitsFor(input.takeByte());
    const QByteArrayView bytes = input.rest();

    const Outcome whole = split({bytes}, limits);
    if (bytes.size() <= limits.maxLineLength)
        FUZZ_CHECK(!whole.error);
    FUZZ_CHECK(split(fuzz::splitByPlan(bytes, plan), limits) == whole);
    return 0;
}
