// Compatible servers that refuse an optional parameter of the official API
// (issue 15, point 7): asked once more without it, remembered per endpoint.

#include "connectorharness.h"

using namespace inkchat::test::connector;
using inkchat::provider::OptionalParameter;
using inkchat::provider::OptionalParameters;

namespace {

// Azure OpenAI's answer to stream_options (api-version before 2024-09-01).
constexpr auto kAzureRefusal =
    R"({"error":{"message":"Unrecognized request argument supplied: stream_options. )"
    R"(Please contact us through an Azure support request at: )"
    R"(https://go.microsoft.com/fwlink/?linkid=2213926 for further questions.",)"
    R"("type":"invalid_request_error","param":null,"code":null}})";

// vLLM started without --enable-store.
constexpr auto kVllmRefusal = R"({"object":"error","message":"background mode is not supported without )"
                              R"(--enable-store","type":"NotImplementedError","param":null,"code":501})";

OptionalParameters refusedBy(const Harness &h, const QString &providerId)
{
    return h.memory.refusedParameters(LadderMemory::endpointKey(providerId, h.endpoint.baseUrl));
}

/// What the user was told about dropped parameters.
QList<ConnectorNotice> droppedNotices(const Harness &h)
{
    QList<ConnectorNotice> dropped;
    for (const ConnectorNotice &notice : h.notices) {
        if (notice.kind == ConnectorNotice::Kind::ParametersDropped)
            dropped.append(notice);
    }
    return dropped;
}

bool carriesBackground(const RecordedRequest &request)
{
    return request.method == "POST" && request.body.contains("\"background\":true");
}

/// Responses as vLLM or LM Studio answer them: no WebSocket, `refusal` for
/// a background request, a plain stream otherwise.
StreamServer::Responder responsesServer(StreamResponse refusal)
{
    return [refusal](const RecordedRequest &request) {
        if (isUpgrade(request))
            return refusedUpgrade();
        if (carriesBackground(request))
            return refusal;
        return sseResponse(responsesBody(kPieces));
    };
}

} // namespace

TEST(Connector, AsksAzureAgainWithoutStreamOptionsAndRemembersIt)
{
    StreamServer server;
    server.setResponder([](const RecordedRequest &request) {
        if (request.body.contains("stream_options"))
            return jsonResponse(kAzureRefusal, 400);
        return sseResponse(openAiChatBody(kPieces));
    });
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_TRUE(server.requests().at(0).body.contains("\"include_usage\":true"));
    EXPECT_FALSE(server.requests().at(1).body.contains("stream_options"));
    EXPECT_TRUE(server.requests().at(1).body.contains("\"stream\":true")) << "still streamed";
    EXPECT_EQ(refusedBy(h, u"openai"_s), OptionalParameters(OptionalParameter::StreamUsage));
    EXPECT_FALSE(h.memory.hasDemotions()) << "no rung is blocked";
    const QList<ConnectorNotice> told = droppedNotices(h);
    ASSERT_EQ(told.size(), 1) << "the user is told what was left out";
    EXPECT_EQ(told.first().dropped, OptionalParameters(OptionalParameter::StreamUsage));
    ASSERT_TRUE(told.first().answer);
    EXPECT_EQ(told.first().answer->httpStatus, 400);

    // The next reply goes without it from the start: one request, and
    // nothing new to tell (Settings lists it).
    h.create();
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.text, joined(kPieces));
    ASSERT_EQ(server.requests().size(), 3);
    EXPECT_FALSE(server.requests().at(2).body.contains("stream_options"));
    EXPECT_TRUE(droppedNotices(h).isEmpty());

    // Reset in Settings forgets it.
    h.memory.forgetAll();
    EXPECT_EQ(refusedBy(h, u"openai"_s), OptionalParameters());
}

TEST(Connector, EndsAtOnceOnABadRequestThatIsNotAboutAnOptionalParameter)
{
    StreamServer server;
    server.setResponse(jsonResponse(R"({"error":{"message":"The model `test-model` does not exist",)"
                                    R"("type":"invalid_request_error","param":"model"}})",
                                    400));
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();
    ASSERT_TRUE(h.run());
    ASSERT_TRUE(h.error);
    EXPECT_EQ(h.error->httpStatus, 400);
    EXPECT_TRUE(h.errorMessage().contains(u"does not exist"_s)) << qPrintable(h.errorMessage());
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_EQ(refusedBy(h, u"openai"_s), OptionalParameters());
}

TEST(Connector, StreamsFromVllmWithoutBackgroundAfterIts501AndRemembersIt)
{
    StreamServer server;
    StreamResponse notImplemented = jsonResponse(kVllmRefusal, 501);
    notImplemented.reason = "Not Implemented";
    server.setResponder(responsesServer(notImplemented));
    Harness h(u"openai-responses"_s, server.url(u"/v1"_s));
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    const QList<RecordedRequest> requests = server.requests();
    ASSERT_EQ(requests.size(), 3); // the WebSocket, background SSE, plain SSE
    EXPECT_TRUE(carriesBackground(requests.at(1)));
    EXPECT_FALSE(requests.at(2).body.contains("background"));
    EXPECT_TRUE(isStreamingPost(requests.at(2))) << "a plain stream, not a step down the ladder";
    EXPECT_EQ(refusedBy(h, u"openai-responses"_s), OptionalParameters(OptionalParameter::Background));
    const QList<ConnectorNotice> told = droppedNotices(h);
    ASSERT_EQ(told.size(), 1);
    EXPECT_EQ(told.first().dropped, OptionalParameters(OptionalParameter::Background));
    ASSERT_TRUE(told.first().answer);
    EXPECT_EQ(told.first().answer->httpStatus, 501);

    h.create();
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.text, joined(kPieces));
    for (const RecordedRequest &request : server.requests().mid(3))
        EXPECT_FALSE(carriesBackground(request));
}

TEST(Connector, StreamsFromLmStudioWithoutBackgroundWhenItNeverAnswersOne)
{
    StreamServer server;
    StreamResponse hang;
    hang.silent = true;
    server.setResponder(responsesServer(hang));
    ConnectorOptions options;
    options.http.idleTimeout = 5s;
    Harness h(u"openai-responses"_s, server.url(u"/v1"_s), options);
    h.start();
    ASSERT_TRUE(h.runUntil([&] {
        return std::any_of(server.requests().cbegin(), server.requests().cend(), carriesBackground);
    }));
    h.clock.advance(5s); // the idle timeout: no answer to the background request
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_FALSE(server.requests().last().body.contains("background"));
    EXPECT_EQ(refusedBy(h, u"openai-responses"_s), OptionalParameters(OptionalParameter::Background));
    const QList<ConnectorNotice> told = droppedNotices(h);
    ASSERT_EQ(told.size(), 1);
    ASSERT_TRUE(told.first().answer);
    EXPECT_EQ(told.first().answer->kind, inkchat::Error::Kind::Timeout);
}

TEST(Connector, RemembersNothingWhenTheRequestWithoutTheParameterFailsToo)
{
    // An outage answers 503 to every request: background was not the trouble.
    StreamServer server;
    int failures = 0;
    server.setResponder([&failures](const RecordedRequest &request) {
        if (isUpgrade(request))
            return refusedUpgrade();
        if (failures++ < 2)
            return jsonResponse(R"({"error":{"message":"upstream unavailable"}})", 503);
        return sseResponse(responsesBody(kPieces));
    });
    Harness h(u"openai-responses"_s, server.url(u"/v1"_s));
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_EQ(refusedBy(h, u"openai-responses"_s), OptionalParameters());
    EXPECT_TRUE(droppedNotices(h).isEmpty()) << "nothing was left out in the end";
}
