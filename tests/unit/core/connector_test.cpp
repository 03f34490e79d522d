// The Connector: one reply end to end, what is never retried, dead streams and offline.

#include "connectorharness.h"

#include <QNetworkProxy>

using namespace inkchat::test::connector;

// --- the happy path and what never gets retried ----------------------------

TEST(Connector, StreamsAReplyAndReportsConnectingStreamingFinished)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody(kPieces)));
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_EQ(h.connector->text(), joined(kPieces));
    EXPECT_EQ(h.phases(), (QList<Phase>{Phase::Connecting, Phase::Streaming, Phase::Finished}));
    EXPECT_EQ(h.states.first().rung, Rung::Stream);
    EXPECT_EQ(h.memory.lastWorking(LadderMemory::endpointKey(u"openai"_s, server.url(u"/v1"_s))),
              Rung::Stream);
}

TEST(Connector, NeverRetriesAnUnauthorizedRequestAndRedactsTheKey)
{
    StreamServer server;
    StreamResponse response = jsonResponse(R"({"error":{"message":"Incorrect API key provided: )"
                                               + kFakeKey.toUtf8() + R"(.","type":"invalid_request_error"}})",
                                           401);
    response.reason = "Unauthorized";
    server.setResponse(response);
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.run());
    ASSERT_TRUE(h.error);
    EXPECT_EQ(h.error->kind, Error::Kind::Http);
    EXPECT_EQ(h.error->httpStatus, 401);
    EXPECT_TRUE(h.errorMessage().contains(u"Incorrect API key provided"_s)) << qPrintable(h.errorMessage());
    EXPECT_FALSE(h.errorMessage().contains(kFakeKey));
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_FALSE(h.sawState(Phase::Reconnecting));
    EXPECT_FALSE(h.sawState(Phase::FellBack));
}

TEST(Connector, NeverRetriesNotFoundOrForbiddenEither)
{
    for (int status : {400, 403, 404}) {
        StreamServer server;
        server.setResponse(jsonResponse(R"({"error":{"message":"no such model"}})", status));
        Harness h(u"openai"_s, server.url(u"/v1"_s));
        h.start();
        ASSERT_TRUE(h.run());
        ASSERT_TRUE(h.error) << status;
        EXPECT_EQ(h.error->httpStatus, status);
        EXPECT_TRUE(h.errorMessage().contains(u"no such model"_s)) << qPrintable(h.errorMessage());
        EXPECT_EQ(server.requests().size(), 1) << status;
    }
}

TEST(Connector, CancelEndsWithOneCancelledFailure)
{
    StreamServer server;
    StreamResponse response;
    response.silent = true;
    server.setResponse(response);
    QSignalSpy received(&server, &StreamServer::requestReceived);
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();
    ASSERT_TRUE(h.runUntil([&] { return !received.isEmpty(); }));

    h.connector->cancel();
    h.connector->cancel();
    ASSERT_TRUE(h.error);
    EXPECT_EQ(h.error->kind, Error::Kind::Cancelled);
    EXPECT_EQ(h.finishedCount, 0);
    EXPECT_FALSE(h.connector->isRunning());
}

TEST(Connector, StreamsAnOllamaReplyOverNdjson)
{
    StreamServer server;
    StreamResponse response = sseResponse(inkchat::test::readData(u"providers/ollama/multilingual.body"_s));
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-ndjson")}};
    response.chunking = StreamResponse::Chunking::Random;
    server.setResponse(response);
    Harness h(u"ollama"_s, server.url());
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.text,
              QString::fromUtf8(inkchat::test::readData(u"providers/ollama/multilingual.reply.txt"_s)));
    EXPECT_EQ(server.requests().first().target, "/api/chat");
}

TEST(Connector, EndsTheReplyOnAFinalInStreamErrorAndRedactsTheKey)
{
    StreamServer server;
    StreamResponse response;
    response.body = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hal\"}}]}\n\n"
                    "data: {\"error\":{\"message\":\"bad key "
                    + kFakeKey.toUtf8()
                    + "\",\"type\":\"invalid_request_error\"}}\n\n"
                      "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"AFTER\"}}]}\n\n";
    server.setResponse(response);
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.run());
    ASSERT_TRUE(h.error);
    EXPECT_EQ(h.error->kind, Error::Kind::Provider);
    EXPECT_TRUE(h.errorMessage().contains(u"bad key"_s)) << qPrintable(h.errorMessage());
    EXPECT_FALSE(h.errorMessage().contains(kFakeKey));
    ASSERT_TRUE(h.states.last().reason);
    EXPECT_FALSE(h.states.last().reason->message.contains(kFakeKey));
    EXPECT_EQ(h.text, u"Hal"_s); // kept, and nothing after the error
    EXPECT_EQ(server.requests().size(), 1);
}

TEST(Connector, EndsAReplyLongerThanTheLimitKeepingEveryPieceBeforeItWithoutRetrying)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Hello"_s, u", wor"_s, u"ld!"_s})));
    ConnectorOptions options;
    options.maxReplyLength = 10; // "Hello, wor" fits exactly; "ld!" does not
    Harness h(u"openai"_s, server.url(u"/v1"_s), options);
    h.start();

    ASSERT_TRUE(h.run());
    ASSERT_TRUE(h.error);
    EXPECT_EQ(h.error->kind, Error::Kind::LimitExceeded);
    EXPECT_EQ(h.errorMessage(), u"the reply is longer than the maximum reply length (10 characters)"_s);
    EXPECT_EQ(h.text, u"Hello, wor"_s);
    EXPECT_EQ(h.connector->text(), u"Hello, wor"_s);
    EXPECT_EQ(server.requests().size(), 1); // asking again would bring the same reply
}

TEST(Connector, RetriesAnOverloadedProviderMidStreamByContinuing)
{
    StreamServer server;
    int calls = 0;
    server.setResponder([&calls](const RecordedRequest &) {
        if (calls++ > 0)
            return sseResponse(inkchat::test::readData(u"providers/anthropic/multilingual.body"_s));
        // Anthropic's overloaded_error arrives inside a 200 stream.
        return sseResponse(inkchat::test::readData(u"providers/anthropic/overloaded.body"_s));
    });
    Harness h(u"anthropic"_s, server.url());
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_TRUE(h.sawState(Phase::Reconnecting));
    EXPECT_TRUE(h.text.endsWith(
        QString::fromUtf8(inkchat::test::readData(u"providers/anthropic/multilingual.reply.txt"_s))
            .trimmed()));
}

TEST(Connector, EndsAWebSocketReplyOnItsEndEventAndClosesTheSocketTheServerKeepsOpen)
{
    StreamServer server;
    StreamResponse response;
    response.webSocket.messages = inkchat::test::sseDataMessages(responsesBody(kPieces));
    response.webSocket.closeAtEnd = false; // as OpenAI's WebSocket mode, ready for the next turn
    server.setResponse(response);
    ConnectorOptions options;
    options.onlyRung = Rung::WebSocket;
    Harness h(u"openai-responses"_s, server.url(u"/v1"_s), options);
    QSignalSpy closed(&server, &StreamServer::webSocketClosedByClient);
    h.start();

    ASSERT_TRUE(h.run()); // before any timer: the manual clock never moved
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    ASSERT_TRUE(closed.count() > 0 || closed.wait(kWaitMs)) << "the client never closed the socket";
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().first().clientCloseCode, 1000); // a normal close
}

// --- dead streams, offline -------------------------------------------------

TEST(Connector, TheIdleWatchdogEndsASilentStreamAndResumesIt)
{
    const QByteArray body = genericSseBody(kPieces);
    StreamServer server;
    int calls = 0;
    server.setResponder([&](const RecordedRequest &request) {
        StreamResponse response = sseResponse(
            inkchat::test::sseBodyAfterEventId(body, request.header("Last-Event-ID")));
        if (calls++ == 0)
            response.pauseAfterBytes = body.indexOf("id: 4"); // then silence, connection open
        return response;
    });
    ConnectorOptions options;
    options.http.idleTimeout = 30s;
    Harness h(u"sse"_s, server.url(u"/events"_s), options);
    h.start();
    ASSERT_TRUE(h.runUntil([&] { return h.text == joined(kPieces.mid(0, 3)); }));

    h.clock.advance(29s); // heartbeat-free silence, not yet too long
    EXPECT_EQ(server.requests().size(), 1);
    h.clock.advance(1s);
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_EQ(server.requests().at(1).header("Last-Event-ID"), "3");
    server.closeConnections();
}

/// A harness for an endpoint on the internet, reached through `server` as
/// its HTTP proxy: the system's "offline" applies to it.
std::unique_ptr<Harness> remoteHarness(StreamServer &server)
{
    auto h = std::make_unique<Harness>(u"openai"_s, QUrl(u"http://api.example.com/v1"_s));
    h->network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, server.port()));
    return h;
}

TEST(Connector, WaitsForTheNetworkInsteadOfRetryingWhileOffline)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody(kPieces)));
    const std::unique_ptr<Harness> remote = remoteHarness(server);
    Harness &h = *remote;
    h.reachability.setOnline(false);
    h.start();
    ASSERT_TRUE(h.runUntil([&] { return h.sawState(Phase::Offline); }));

    QCoreApplication::processEvents();
    EXPECT_TRUE(server.requests().isEmpty()); // the message waits, nothing is sent
    EXPECT_LT(h.clock.nextTimeout(), 0ms);    // and no timer spins
    EXPECT_EQ(h.states.last().phase, Phase::Offline);

    h.reachability.setOnline(true);
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_EQ(server.requests().size(), 1);
}

TEST(Connector, AsksALocalEndpointEvenWhenTheSystemSaysOffline)
{
    // Airplane mode, an air-gapped LAN: no default route, Ollama on this machine.
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody(kPieces)));
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.reachability.setOnline(false);
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_FALSE(h.sawState(Phase::Offline));
}

TEST(Connector, TriesOnceWhenTheUserSaysRetryNowWhileOffline)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody(kPieces)));
    const std::unique_ptr<Harness> remote = remoteHarness(server);
    Harness &h = *remote;
    h.reachability.setOnline(false);
    h.start();
    ASSERT_TRUE(h.runUntil([&] { return h.sawState(Phase::Offline); }));
    EXPECT_TRUE(server.requests().isEmpty());

    h.connector->retryNow(); // the system is wrong: the network works
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().first().target, "http://api.example.com/v1/chat/completions");
}
