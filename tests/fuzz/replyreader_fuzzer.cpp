// Every provider's reply decoder, behind the ReplyReader that frames its
// body (SSE, NDJSON, plain text, a JSON document or WebSocket messages):
// the same events however the body is cut into chunks (adjacent text
// pieces joined), an error is always the last event, and a reply that ends
// without an error is complete or pending.
//
// Input: [provider] [rung] [split plan] [limits] body bytes...
// The provider byte indexes providerIds(); the rung byte allRungs() (a rung
// the provider lacks becomes its first one).

#include "fuzzcheck.h"
#include "fuzzinput.h"

#include "provider/providerregistry.h"
#include "provider/replyreader.h"

#include <QUrl>

#include <map>
#include <optional>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::provider;

namespace {

/// One provider on one rung, and how its reply body is framed there.
struct Subject
{
    std::shared_ptr<const Provider> provider;
    Rung rung = Rung::Stream;
    Framing framing = Framing::Sse;
};

Subject makeSubject(const QString &providerId, Rung rung)
{
    Subject subject;
    subject.provider = createProvider(providerId);
    const QList<Rung> offered = subject.provider->rungs();
    subject.rung = rung;
    if (!offered.contains(subject.rung))
        subject.rung = offered.front();
    const chat::Conversation conversation{{}, {{chat::Role::User, u"hi"_s}}};
    const Endpoint endpoint{QUrl(u"http://127.0.0.1:1/v1"_s), u"model"_s, u"key"_s};
    subject.framing = subject.provider->buildRequest(conversation, endpoint, subject.rung).framing;
    return subject;
}

/// Made once per provider and rung: building a request costs more than
/// decoding a short body.
const Subject &subjectFor(std::uint8_t providerByte, std::uint8_t rungByte)
{
    static const QStringList ids = providerIds();
    static const QList<Rung> rungs = allRungs();
    static std::map<std::pair<qsizetype, qsizetype>, Subject> made;
    const auto key = std::pair(providerByte % ids.size(), rungByte % rungs.size());
    auto found = made.find(key);
    if (found == made.end())
        found = made.emplace(key, makeSubject(ids.at(key.first), rungs.at(key.second))).first;
    return found->second;
}

/// Adjacent text and reasoning deltas joined: how a reply is cut into
/// deltas depends on the chunks, what it says does not.
StreamEvents joinDeltas(const StreamEvents &events)
{
    StreamEvents joined;
    for (const StreamEvent &event : events) {
        if (!joined.isEmpty() && joined.last().index() == event.index()) {
            if (auto *text = std::get_if<TextDelta>(&joined.last())) {
                text->text += std::get<TextDelta>(event).text;
                continue;
            }
            if (auto *reasoning = std::get_if<ReasoningDelta>(&joined.last())) {
                reasoning->text += std::get<ReasoningDelta>(event).text;
                continue;
            }
        }
        joined.append(event);
    }
    return joined;
}

struct Outcome
{
    StreamEvents events;
    bool isComplete = false;
    bool isPending = false;
    QByteArray lastEventId;
    std::optional<std::chrono::milliseconds> reconnectionTime;

    friend bool operator==(const Outcome &, const Outcome &) = default;
};

Outcome read(const Subject &subject, const QList<QByteArrayView> &chunks, const stream::Limits &limits)
{
    ReplyReader reader(subject.framing, subject.provider->createDecoder(subject.rung), limits);
    StreamEvents events;
    for (const QByteArrayView chunk : chunks)
        reader.feed(chunk, events);
    reader.finish(events);

    for (qsizetype i = 0; i < events.size(); ++i) {
        if (std::holds_alternative<ProviderError>(events.at(i)))
            FUZZ_CHECK(i == events.size() - 1);
    }
    const bool endedByError = !events.isEmpty() && std::holds_alternative<ProviderError>(events.last());
    FUZZ_CHECK(endedByError || reader.isComplete() || reader.isPending());
    return {joinDeltas(events), reader.isComplete(), reader.isPending(), reader.lastEventId(),
            reader.reconnectionTime()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::FuzzInput input(data, size);
    const std::uint8_t providerByte = input.takeByte();
    const std::uint8_t rungByte = input.takeByte();
    const std::uint8_t plan = input.takeByte();
    const stream::Limits limits = fuzz::limitsFor(input.takeByte());
    const QByteArrayView body = input.rest();

    const Subject &subject = subjectFor(providerByte, rungByte);
    const QList<QByteArrayView> chunks = fuzz::splitByPlan(body, plan);
    if (subject.framing == Framing::WebSocket) {
        // Each chunk is a message of its own: there is no other cut to compare with.
        read(subject, chunks, limits);
        return 0;
    }
    FUZZ_CHECK(read(subject, chunks, limits) == read(subject, {body}, limits));
    return 0;
}
