// SseParser: the same calls however the bytes are cut into chunks; every
// field it hands out is valid UTF-8; no event is larger than the limit; a
// broken limit stops the parser for good.
//
// Input: [split plan] [limits] stream bytes...

#include "fuzzcheck.h"
#include "fuzzinput.h"

#include "stream/sseparser.h"

#include <QByteArrayList>

using namespace inkchat;

namespace {

/// Every handler call, in order, as one line of text each.
class Recorder final : public stream::SseHandler
{
public:
    explicit Recorder(const stream::Limits &limits) : m_limits(limits) {}

    void onEvent(const stream::SseEvent &event) override
    {
        FUZZ_CHECK(QByteArrayView(event.type).isValidUtf8());
        FUZZ_CHECK(QByteArrayView(event.data).isValidUtf8());
        FUZZ_CHECK(QByteArrayView(event.lastEventId).isValidUtf8());
        FUZZ_CHECK(!event.type.isEmpty());
        FUZZ_CHECK(event.data.size() <= m_limits.maxEventSize);
        calls.append("event " + event.type + '\0' + event.data + '\0' + event.lastEventId);
    }
    void onRetry(qint64 milliseconds) override
    {
        FUZZ_CHECK(milliseconds >= 0);
        calls.append("retry " + QByteArray::number(milliseconds));
    }
    void onComment(QByteArrayView text) override
    {
        FUZZ_CHECK(text.isValidUtf8());
        calls.append("comment " + text.toByteArray());
    }
    void onUnknownField(QByteArrayView name, QByteArrayView value, QByteArrayView line) override
    {
        FUZZ_CHECK(line.isValidUtf8());
        FUZZ_CHECK(line.startsWith(name));
        FUZZ_CHECK(line.endsWith(value));
        calls.append("field " + line.toByteArray());
    }

    QByteArrayList calls;

private:
    stream::Limits m_limits;
};

struct Outcome
{
    QByteArrayList calls;
    QByteArray lastEventId;
    std::optional<QString> error;

    friend bool operator==(const Outcome &, const Outcome &) = default;
};

Outcome parse(const QList<QByteArrayView> &chunks, const stream::Limits &limits)
{
    stream::SseParser parser(limits);
    Recorder recorder(limits);
    bool failed = false;
    for (const QByteArrayView chunk : chunks) {
        const bool accepted = parser.feed(chunk, recorder);
        // Once a limit is broken, every later chunk is refused too.
        FUZZ_CHECK(!(failed && accepted));
        FUZZ_CHECK(accepted == !parser.error().has_value());
        failed = !accepted;
    }
    parser.finish(recorder);
    return {recorder.calls, parser.lastEventId(), parser.error()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::FuzzInput input(data, size);
    const std::uint8_t plan = input.takeByte();
    const stream::Limits limits = fuzz::limitsFor(input.takeByte());
    const QByteArrayView bytes = input.rest();

    const Outcome whole = parse({bytes}, limits);
    // Nothing this short can break a limit (an invalid byte may grow to the
    // three of U+FFFD before it counts towards the event size).
    if (bytes.size() <= limits.maxLineLength && 3 * bytes.size() <= limits.maxEventSize)
        FUZZ_CHECK(!whole.error);
    FUZZ_CHECK(parse(fuzz::splitByPlan(bytes, plan), limits) == whole);
    return 0;
}
