// What every provider promises the connector about its transport ladder:
// the rungs, the request and reader of each rung, whole replies on the
// JSON rungs, resuming without losing or repeating text, and continuing.

#include "providertesting.h"

#include "provider/genericsseprovider.h"
#include "provider/openairesponsesprovider.h"
#include "provider/providerjson.h"
#include "provider/providerregistry.h"
#include "provider/relayprovider.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::provider;
using namespace inkchat::test;

namespace {

const Endpoint kEndpoint{QUrl(u"https://api.example.com/v1"_s), u"model-x"_s, u"sk-rungs-1234"_s};

/// The rungs of every provider and how each rung's reply is framed.
const QList<std::pair<QString, QList<std::pair<Rung, Framing>>>> kLadders = {
    {u"openai"_s, {{Rung::Stream, Framing::Sse}, {Rung::Single, Framing::Json}}},
    {u"openai-responses"_s,
     {{Rung::WebSocket, Framing::WebSocket},
      {Rung::Stream, Framing::Sse},
      {Rung::Poll, Framing::Json},
      {Rung::Single, Framing::Json}}},
    {u"anthropic"_s, {{Rung::Stream, Framing::Sse}, {Rung::Single, Framing::Json}}},
    {u"gemini"_s, {{Rung::Stream, Framing::Sse}, {Rung::Single, Framing::Json}}},
    {u"ollama"_s, {{Rung::Stream, Framing::Ndjson}, {Rung::Single, Framing::Json}}},
    {u"sse"_s, {{Rung::Stream, Framing::Sse}, {Rung::Poll, Framing::Sse}}},
    {u"text"_s, {{Rung::Stream, Framing::Text}, {Rung::Single, Framing::Text}}},
    {u"relay"_s, {{Rung::Stream, Framing::Sse}, {Rung::Poll, Framing::Sse}}},
};

/// The providers whose single rung answers with one JSON document.
QStringList jsonSingleProviders()
{
    return {u"openai"_s, u"openai-responses"_s, u"anthropic"_s, u"gemini"_s, u"ollama"_s};
}

std::string where(const QString &id, Rung rung)
{
    return id.toStdString() + " on " + rungName(rung).toStdString();
}

/// What the connector keeps of the resume points: the latest non-empty
/// value of each field.
ResumeState resumeStateOf(const StreamEvents &events)
{
    ResumeState state;
    for (const ResumePoint &point : only<ResumePoint>(events)) {
        if (!point.position.isEmpty())
            state.position = point.position;
        if (!point.responseId.isEmpty())
            state.responseId = point.responseId;
    }
    return state;
}

/// The events of an SSE body, each with the blank line that ends it (the
/// standard's line ends are CRLF, LF and CR).
QList<QByteArray> sseBlocks(const QByteArray &body)
{
    QList<QByteArray> blocks;
    qsizetype start = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) != '\r' && body.at(i) != '\n')
            continue;
        const bool blank = i == lineStart;
        if (body.at(i) == '\r' && i + 1 < body.size() && body.at(i + 1) == '\n')
            ++i;
        lineStart = i + 1;
        if (blank) {
            blocks.append(body.sliced(start, lineStart - start));
            start = lineStart;
        }
    }
    if (start < body.size())
        blocks.append(body.sliced(start));
    return blocks;
}

/// What a Responses server streams for `starting_after=position`.
QByteArray responsesEventsAfter(const QByteArray &body, qint64 position)
{
    QByteArray rest;
    for (const QByteArray &block : sseBlocks(body)) {
        const qsizetype data = block.indexOf("data: ");
        const auto event = parseJsonObject(QByteArrayView(block).sliced(data + 6).trimmed());
        if (event && event->value("sequence_number"_L1).toInteger() > position)
            rest += block;
    }
    return rest;
}

/// What an SSE server sends a reconnection with `Last-Event-ID: id`.
QByteArray sseEventsAfter(const QByteArray &body, const QString &id)
{
    const QList<QByteArray> blocks = sseBlocks(body);
    const QByteArray idLine = "id: " + id.toUtf8();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        QByteArray lines = blocks.at(i);
        if (lines.replace("\r\n", "\n").replace('\r', '\n').split('\n').contains(idLine))
            return blocks.mid(i + 1).join();
    }
    ADD_FAILURE() << "no event with id " << id.toStdString();
    return {};
}

/// Reads `body` cut at every byte: the first part, a dropped connection,
/// then the resume request for what the reader reported and the server's
/// answer to it (`rest`) through the same reader. Every cut must read like
/// the whole body: no piece of the reply lost or repeated. Returns how many
/// cuts could be resumed.
template <typename Rest>
int checkResumingAtEveryCut(const Provider &provider, const QByteArray &body, Rest rest)
{
    const ReadReply whole = readReply(provider, Framing::Sse, {body});
    int resumed = 0;
    for (qsizetype cut = 0; cut <= body.size(); ++cut) {
        ReplyReader reader(Framing::Sse, provider.createDecoder(Rung::Stream));
        ReadReply reply;
        reader.feed(body.first(cut), reply.events);
        const ResumeState resume = resumeStateOf(reply.events);
        const std::optional<StreamRequest> request = provider.buildResumeRequest(
            sampleConversation(), kEndpoint, Rung::Stream, resume);
        if (!request) {
            // Nothing to resume from: the connector starts over, which
            // repeats nothing only if nothing was shown.
            EXPECT_TRUE(reply.text().isEmpty()) << "cut at " << cut;
            continue;
        }
        reader.restartBody(request->framing);
        reader.feed(rest(body, resume), reply.events);
        reader.finish(reply.events);
        reply.complete = reader.isComplete();
        if (describe(reply.events) != describe(whole.events) || reply.complete != whole.complete) {
            ADD_FAILURE() << "cut at " << cut << " reads " << testing::PrintToString(describe(reply.events));
            break;
        }
        ++resumed;
    }
    return resumed;
}

/// The body of the continuation of "Mir geht's gut, und" after its
/// trailing white space.
QJsonObject continuationBody(const QString &id, Rung rung = Rung::Stream)
{
    return bodyObject(createProvider(id)->buildContinuationRequest(sampleConversation(), kEndpoint, rung,
                                                                   u"Mir geht's gut, und  \n"_s));
}

} // namespace

TEST(ProviderRungs, EveryProviderOffersTheRungsOfItsLadderInOrder)
{
    ASSERT_EQ(kLadders.size(), providerIds().size());
    for (const auto &[id, ladder] : kLadders) {
        QList<Rung> rungs;
        for (const auto &[rung, framing] : ladder)
            rungs.append(rung);
        EXPECT_EQ(createProvider(id)->rungs(), rungs) << id.toStdString();
    }
}

TEST(ProviderRungs, EveryRungHasItsFramingAndADecoder)
{
    for (const auto &[id, ladder] : kLadders) {
        const std::unique_ptr<Provider> provider = createProvider(id);
        for (const auto &[rung, framing] : ladder) {
            const StreamRequest request = provider->buildRequest(sampleConversation(), kEndpoint, rung);
            EXPECT_EQ(request.framing, framing) << where(id, rung);
            EXPECT_NE(provider->createDecoder(rung), nullptr) << where(id, rung);
            const bool webSocket = framing == Framing::WebSocket;
            EXPECT_EQ(request.url.scheme(), webSocket ? u"wss"_s : u"https"_s) << where(id, rung);
            // Only the generic SSE long poll asks without a body.
            const bool get = id == u"sse"_s && rung == Rung::Poll;
            EXPECT_EQ(request.body.isEmpty(), get) << where(id, rung);
            if (!webSocket) {
                EXPECT_EQ(request.method, get ? "GET" : "POST") << where(id, rung);
            }
        }
    }
}

TEST(ProviderRungs, ContinuesOnlyWhereTheServerHonoursAnAssistantPrefill)
{
    // Anthropic and Ollama carry on from a trailing assistant turn; OpenAI
    // (both APIs) and Gemini answer it afresh; the generic endpoints and the
    // relay are not known to (the relay resumes by event id instead).
    const QStringList continuing{u"anthropic"_s, u"ollama"_s};
    for (const QString &id : providerIds())
        EXPECT_EQ(createProvider(id)->canContinue(kEndpoint), continuing.contains(id)) << id.toStdString();
    // A compatible server continues where its row says so.
    for (const auto &[server, continues] :
         {std::pair{u"vllm"_s, true}, std::pair{u"llama.cpp"_s, true}, std::pair{u"deepseek"_s, true},
          std::pair{u"mistral"_s, true}, std::pair{u"openai"_s, false}, std::pair{u"lm-studio?"_s, false}}) {
        Endpoint endpoint = kEndpoint;
        endpoint.server = server;
        EXPECT_EQ(createProvider(u"openai"_s)->canContinue(endpoint), continues) << server.toStdString();
    }
}

TEST(ProviderRungs, AsksEachCompatibleServerToContinueInItsOwnWay)
{
    const auto continued = [](const QString &server) {
        Endpoint endpoint = kEndpoint;
        endpoint.server = server;
        return bodyObject(
            createProvider(u"openai"_s)
                ->buildContinuationRequest(sampleConversation(), endpoint, Rung::Stream, u"Teil "_s));
    };
    const QJsonObject vllm = continued(u"vllm"_s);
    EXPECT_TRUE(vllm.value("continue_final_message"_L1).toBool());
    EXPECT_FALSE(vllm.value("add_generation_prompt"_L1).toBool(true));
    EXPECT_EQ(vllm.value("messages"_L1).toArray().last().toObject().value("content"_L1).toString(),
              u"Teil"_s);

    const QJsonObject deepseek = continued(u"deepseek"_s);
    const QJsonObject last = deepseek.value("messages"_L1).toArray().last().toObject();
    EXPECT_EQ(last.value("role"_L1).toString(), u"assistant"_s);
    EXPECT_TRUE(last.value("prefix"_L1).toBool());
    EXPECT_FALSE(deepseek.contains("continue_final_message"_L1));

    const QJsonObject plain = continued(QString());
    EXPECT_FALSE(plain.contains("continue_final_message"_L1));
    EXPECT_FALSE(plain.value("messages"_L1).toArray().last().toObject().contains("prefix"_L1));
}

TEST(ProviderRungs, ReadsEverySingleResponseFixtureToItsReplyText)
{
    int checked = 0;
    for (const QString &id : jsonSingleProviders()) {
        SCOPED_TRACE(id.toStdString());
        const std::unique_ptr<Provider> provider = createProvider(id);
        const ReadReply reply = readEveryChunking(*provider, Framing::Json, fixtureFile(id, u"single.json"_s),
                                                  Rung::Single);
        const std::optional<QString> expected = expectedReply(id, u"single"_s);
        ASSERT_TRUE(expected.has_value());
        EXPECT_EQ(reply.text().toStdString(), expected->toStdString());
        EXPECT_TRUE(reply.errors().isEmpty()) << testing::PrintToString(describe(reply.events));
        EXPECT_TRUE(reply.complete);
        EXPECT_FALSE(reply.all<Finished>().isEmpty());
        ++checked;
    }
    EXPECT_EQ(checked, 5);
}

TEST(ProviderRungs, ReportsEmptyOrNonJsonSingleBodyAsProtocolError)
{
    for (const QString &id : jsonSingleProviders()) {
        const std::unique_ptr<Provider> provider = createProvider(id);
        for (const QByteArray &body : {""_ba, " \r\n"_ba, "{\"choices\": ["_ba, "[1, 2]"_ba, "<html>"_ba}) {
            const std::string what = id.toStdString() + " reading '" + body.toStdString() + "'";
            const ReadReply reply = readReply(*provider, Framing::Json, {body}, Rung::Single);
            ASSERT_EQ(reply.errors().size(), 1) << what;
            EXPECT_EQ(reply.errors().first().kind, Error::Kind::Protocol) << what;
            const Error error = reply.errors().first();
            const bool empty = body.trimmed().isEmpty();
            const QString expected = empty ? u"empty body"_s : u"not a JSON object"_s;
            EXPECT_TRUE(error.message.contains(expected)) << what << ": " << error.message.toStdString();
            EXPECT_EQ(error.code, empty ? Error::Code::EmptyJsonReply : Error::Code::ReplyNotJson) << what;
            // JSON that is no object has no parser's words; the rest has Qt's.
            if (!empty) {
                EXPECT_EQ(error.values.value(0).isEmpty(), body == "[1, 2]") << what;
            }
            EXPECT_FALSE(reply.complete) << what;
        }
    }
}

TEST(ProviderRungs, ResumedResponsesStreamRepeatsAndLosesNothingWhereverItWasCut)
{
    const QByteArray body = fixtureBody(u"openai-responses"_s, u"background"_s);
    const auto rest = [](const QByteArray &whole, const ResumeState &resume) {
        EXPECT_EQ(resume.responseId, u"resp_abc123"_s);
        return responsesEventsAfter(whole, resume.position.toLongLong());
    };
    const int resumed = checkResumingAtEveryCut(OpenAiResponsesProvider(), body, rest);
    // Every cut after response.created can be resumed.
    EXPECT_EQ(resumed, body.size() + 1 - sseBlocks(body).first().size());
    EXPECT_EQ(readReply(OpenAiResponsesProvider(), Framing::Sse, {body}).text(),
              *expectedReply(u"openai-responses"_s, u"background"_s));
}

TEST(ProviderRungs, ResumedGenericSseStreamRepeatsAndLosesNothingWhereverItWasCut)
{
    int withIds = 0;
    for (const QString &name : providerCases(u"sse"_s)) {
        const QByteArray body = fixtureBody(u"sse"_s, name);
        if (!body.startsWith("id: ") && !body.contains("\nid: "))
            continue;
        SCOPED_TRACE(name.toStdString());
        const auto rest = [](const QByteArray &whole, const ResumeState &resume) {
            return sseEventsAfter(whole, resume.position);
        };
        EXPECT_GT(checkResumingAtEveryCut(GenericSseProvider(), body, rest), 0);
        ++withIds;
    }
    EXPECT_GE(withIds, 2);
}

TEST(ProviderRungs, ResumedRelayStreamRepeatsAndLosesNothingWhereverItWasCut)
{
    const QByteArray body = fixtureBody(u"relay"_s, u"multilingual"_s);
    const qsizetype firstText = body.indexOf("id: 1\n");
    const auto rest = [firstText](const QByteArray &whole, const ResumeState &resume) {
        EXPECT_EQ(resume.responseId, u"0123456789abcdef0123456789abcdef"_s);
        // Without an event id the relay sends the reply's events from the first.
        return resume.position.isEmpty() ? whole.sliced(firstText) : sseEventsAfter(whole, resume.position);
    };
    // Every cut after the event that names the reply can be resumed.
    EXPECT_EQ(checkResumingAtEveryCut(RelayProvider(), body, rest), body.size() + 1 - firstText);
    const StreamRequest resumed = *RelayProvider().buildResumeRequest(
        sampleConversation(), kEndpoint, Rung::Stream, {u"7"_s, u"0123456789abcdef0123456789abcdef"_s});
    EXPECT_EQ(resumed.method, "GET");
    EXPECT_EQ(resumed.url.toString(),
              u"https://api.example.com/v1/replies/0123456789abcdef0123456789abcdef/events"_s);
    EXPECT_EQ(header(resumed, "Last-Event-ID"), "7");
    EXPECT_EQ(header(resumed, "Authorization"), "Bearer " + kEndpoint.apiKey.toUtf8());
}

TEST(ProviderRungs, ARelayRestartIsPassedOnWithItsEventId)
{
    const QByteArray body = "event: reply\ndata: {\"reply\":\"0123456789abcdef0123456789abcdef\"}\n\n"
                            "id: 1\nevent: text\ndata: {\"t\":\"Old\"}\n\n"
                            "id: 2\nevent: restart\ndata: {}\n\n"
                            "id: 3\nevent: text\ndata: {\"t\":\"New\"}\n\n"
                            "id: 4\nevent: end\ndata: {\"status\":\"complete\",\"error\":\"\"}\n\n";
    const ReadReply reply = readReply(RelayProvider(), Framing::Sse, {body});
    EXPECT_TRUE(reply.complete);
    EXPECT_EQ(describe(withoutResumePoints(reply.events)),
              (std::vector<std::string>{"text Old", "restart", "text New"}));
    // Resuming after the restart must not ask for it again.
    const QList<ResumePoint> points = reply.all<ResumePoint>();
    ASSERT_GE(points.size(), 3);
    EXPECT_EQ(points.at(2).position, u"2"_s);
}

TEST(ProviderRungs, ARelayPollThatEndsBeforeTheReplyIsPendingNotInterrupted)
{
    const QByteArray body = fixtureBody(u"relay"_s, u"truncated"_s) + "event: pending\ndata: {}\n\n";
    const ReadReply polled = readReply(RelayProvider(), Framing::Sse, {body}, Rung::Poll);
    EXPECT_TRUE(polled.errors().isEmpty()) << testing::PrintToString(describe(polled.events));
    ReplyReader reader(Framing::Sse, RelayProvider().createDecoder(Rung::Poll));
    provider::StreamEvents events;
    reader.feed(body, events);
    reader.finish(events);
    EXPECT_TRUE(reader.isPending());
    EXPECT_FALSE(reader.isComplete());
    // On the stream rung the same body was cut off.
    ReplyReader streamed(Framing::Sse, RelayProvider().createDecoder(Rung::Stream));
    streamed.feed(body, events);
    streamed.finish(events);
    EXPECT_FALSE(streamed.isPending());
}

TEST(ProviderRungs, ContinuesOpenAiChatAndOllamaWithAnAssistantMessage)
{
    for (const QString &id : {u"openai"_s, u"ollama"_s}) {
        const QJsonArray messages = continuationBody(id, Rung::Single).value("messages"_L1).toArray();
        ASSERT_EQ(messages.size(), 5) << id.toStdString();
        EXPECT_EQ(messages.last(), json(R"({"role": "assistant", "content": "Mir geht's gut, und"})"))
            << id.toStdString();
    }
}

TEST(ProviderRungs, ContinuesAnthropicWithAssistantPrefill)
{
    const QJsonObject body = continuationBody(u"anthropic"_s);
    const QJsonArray messages = body.value("messages"_L1).toArray();
    ASSERT_EQ(messages.size(), 4);
    EXPECT_EQ(messages.last(), json(R"({"role": "assistant", "content": "Mir geht's gut, und"})"));
    EXPECT_EQ(body.value("system"_L1).toString(), u"Antworte kurz."_s);
}

TEST(ProviderRungs, ContinuesGeminiWithAModelTurn)
{
    const QJsonArray contents = continuationBody(u"gemini"_s).value("contents"_L1).toArray();
    ASSERT_EQ(contents.size(), 4);
    EXPECT_EQ(contents.last(), json(R"({"role": "model", "parts": [{"text": "Mir geht's gut, und"}]})"));
}

TEST(ProviderRungs, ContinuesResponsesWithAnAssistantInputOnEveryRung)
{
    for (const Rung rung : createProvider(u"openai-responses")->rungs()) {
        const QJsonArray input = continuationBody(u"openai-responses"_s, rung).value("input"_L1).toArray();
        ASSERT_EQ(input.size(), 4) << rungName(rung).toStdString();
        EXPECT_EQ(input.last(), json(R"({"role": "assistant", "content": "Mir geht's gut, und"})"))
            << rungName(rung).toStdString();
    }
}

TEST(ProviderRungs, ContinuesAReplyOfOnlyWhiteSpaceAsAFreshRequest)
{
    for (const QString &id : jsonSingleProviders()) {
        const std::unique_ptr<Provider> provider = createProvider(id);
        const StreamRequest fresh = provider->buildRequest(sampleConversation(), kEndpoint, Rung::Stream);
        const StreamRequest continued = provider->buildContinuationRequest(sampleConversation(), kEndpoint,
                                                                           Rung::Stream, u" \n\n"_s);
        EXPECT_EQ(continued.body, fresh.body) << id.toStdString();
    }
}
