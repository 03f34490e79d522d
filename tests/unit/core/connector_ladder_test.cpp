// The Connector walks the transport ladder: fallback, memory, buffering.

#include "connectorharness.h"

using namespace inkchat::test::connector;

TEST(Connector, FallsBackFromARefusedWebSocketToSse)
{
    StreamServer server;
    server.setResponder([](const RecordedRequest &request) {
        return isUpgrade(request) ? refusedUpgrade() : sseResponse(responsesBody(kPieces));
    });
    Harness h(u"openai-responses"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_EQ(rungsUsed(server.requests()), (QList<Rung>{Rung::WebSocket, Rung::Stream}));
    const auto fellBack = std::find_if(h.states.cbegin(), h.states.cend(),
                                       [](const ConnectorState &s) { return s.phase == Phase::FellBack; });
    ASSERT_NE(fellBack, h.states.cend());
    EXPECT_EQ(fellBack->rung, Rung::Stream);
    ASSERT_TRUE(fellBack->reason) << "the state says why";
    EXPECT_EQ(h.waits.at(1), 0ms); // at once, not after a backoff

    ASSERT_EQ(h.notices.size(), 1) << "SSE got through: the refusal was the WebSocket's";
    EXPECT_EQ(h.notices.first().kind, ConnectorNotice::Kind::RungDemoted);
    EXPECT_EQ(h.notices.first().demotion.rung, Rung::WebSocket);
    EXPECT_EQ(h.notices.first().demotion.evidence, Evidence::UpgradeRefused);

    // The next reply probes the WebSocket again, not a day later...
    QList<QList<Rung>> perReply;
    QList<QList<ConnectorNotice::Kind>> noticesPerReply;
    for (int reply = 0; reply < 4; ++reply) {
        const int before = server.requests().size();
        h.create();
        h.start();
        ASSERT_TRUE(h.run());
        EXPECT_EQ(h.text, joined(kPieces));
        perReply.append(rungsUsed(server.requests().mid(before)));
        QList<ConnectorNotice::Kind> kinds;
        for (const ConnectorNotice &notice : h.notices)
            kinds.append(notice.kind);
        noticesPerReply.append(kinds);
    }
    // ...and, found blocked again, goes without it for one reply, then two.
    const QList<Rung> both = {Rung::WebSocket, Rung::Stream};
    const QList<Rung> sse = {Rung::Stream};
    EXPECT_EQ(perReply, (QList<QList<Rung>>{both, sse, both, sse}));
    using Kind = ConnectorNotice::Kind;
    EXPECT_EQ(noticesPerReply,
              (QList<QList<Kind>>{
                  {Kind::RungDemoted}, {Kind::RungSkipped}, {Kind::RungDemoted}, {Kind::RungSkipped}}));
    EXPECT_EQ(h.notices.first().demotion.repliesToSkip, 1) << "one more reply without it";
}

TEST(Connector, TriesARungItHoldsBackWhenTheOthersCannotCarryTheReply)
{
    // The WebSocket was found blocked twice; now SSE is what fails (the
    // network changed): the reply goes back to the WebSocket at last.
    StreamServer server;
    server.setResponder([](const RecordedRequest &request) {
        if (isUpgrade(request)) {
            StreamResponse response;
            response.webSocket.messages = inkchat::test::sseDataMessages(responsesBody(kPieces));
            return response;
        }
        StreamResponse garbage = jsonResponse("<html>captive portal</html>");
        garbage.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")}};
        return garbage;
    });
    Harness h(u"openai-responses"_s, server.url(u"/v1"_s));
    const QString endpoint = LadderMemory::endpointKey(u"openai-responses"_s, server.url(u"/v1"_s));
    h.memory.recordBlocked(endpoint, Rung::WebSocket, Evidence::UpgradeRefused);
    h.memory.recordBlocked(endpoint, Rung::WebSocket, Evidence::UpgradeRefused);
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    ASSERT_FALSE(rungsUsed(server.requests()).isEmpty());
    EXPECT_NE(rungsUsed(server.requests()).first(), Rung::WebSocket) << "held back first";
    EXPECT_EQ(rungsUsed(server.requests()).last(), Rung::WebSocket) << "the last resort";
    EXPECT_TRUE(h.memory.demotions(endpoint).isEmpty()
                || h.memory.demotions(endpoint).first().rung != Rung::WebSocket)
        << "it carried the reply: no longer held back";
}

TEST(Connector, NeverDemotesARungForServerErrors)
{
    // Two 529s and a 500 (an overloaded API), then the stream: a server
    // error would meet every rung alike.
    StreamServer server;
    int errors = 0;
    server.setResponder([&errors](const RecordedRequest &) {
        if (errors < 3)
            return jsonResponse(R"({"error":{"message":"Overloaded"}})", errors++ == 2 ? 500 : 529);
        return sseResponse(openAiChatBody(kPieces));
    });
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_EQ(rungsUsed(server.requests()), QList<Rung>{Rung::Stream}) << "retried on SSE, not on json";
    EXPECT_FALSE(h.sawState(Phase::FellBack));
    EXPECT_TRUE(h.notices.isEmpty());
    EXPECT_FALSE(h.memory.hasDemotions());
}

TEST(Connector, NeverDemotesARungForAnOutage)
{
    // The WebSocket and then SSE meet a connection that breaks at once (the
    // server restarts), then the server is back.
    StreamServer server;
    int drops = 0;
    server.setResponder([&drops](const RecordedRequest &) {
        return drops++ < 2 ? dropped() : sseResponse(responsesBody(kPieces));
    });
    Harness h(u"openai-responses"_s, server.url(u"/v1"_s));
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_EQ(rungsUsed(server.requests()), (QList<Rung>{Rung::WebSocket, Rung::Stream}));

    // SSE met the same trouble as the WebSocket: no proof the WebSocket is
    // blocked, so nothing is remembered and the next reply starts at the top.
    EXPECT_TRUE(h.notices.isEmpty());
    EXPECT_FALSE(h.memory.hasDemotions());
    const int before = server.requests().size();
    server.setResponder([](const RecordedRequest &request) {
        return isUpgrade(request) ? refusedUpgrade() : sseResponse(responsesBody(kPieces));
    });
    h.create();
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(rungsUsed(server.requests().mid(before)), (QList<Rung>{Rung::WebSocket, Rung::Stream}));
}

TEST(Connector, WaitsForASingleResponseWithoutAnIdleTimeout)
{
    // The single-response rung is silent while the model writes the whole
    // reply: longer than the idle timeout is normal there.
    StreamServer server;
    const QJsonObject message{{"role"_L1, u"assistant"_s}, {"content"_L1, joined(kPieces)}};
    StreamResponse slow = jsonResponse(json(
        {{"choices"_L1, QJsonArray{QJsonObject{{"message"_L1, message}, {"finish_reason"_L1, u"stop"_s}}}}}));
    slow.silent = true;
    server.setResponse(slow);
    ConnectorOptions options;
    options.onlyRung = Rung::Single;
    options.http.idleTimeout = 5s;
    options.progressTimeout = 10min;
    Harness h(u"openai"_s, server.url(u"/v1"_s), options);
    QSignalSpy received(&server, &StreamServer::requestReceived);
    h.start();
    ASSERT_TRUE(h.runUntil([&] { return !received.isEmpty(); }));
    h.clock.advance(9min); // far past the idle timeout, within the deadline
    EXPECT_FALSE(h.ended()) << qPrintable(h.errorMessage());
    EXPECT_EQ(server.requests().size(), 1) << "not asked again either";

    h.clock.advance(1min); // the deadline of the whole reply
    ASSERT_TRUE(h.run());
    ASSERT_TRUE(h.error);
    EXPECT_EQ(h.error->kind, Error::Kind::Timeout);
    EXPECT_TRUE(h.errorMessage().contains(u"did not answer within 600 s"_s)) << qPrintable(h.errorMessage());
}

TEST(Connector, FallsBackFromBlockedSseToPollingABackgroundResponse)
{
    StreamServer server;
    int polls = 0;
    server.setResponder([&polls](const RecordedRequest &request) {
        if (isUpgrade(request))
            return refusedUpgrade();
        if (isStreamingPost(request))
            return dropped();
        if (request.method == "POST")
            return jsonResponse(responsesObject(u"queued"_s));
        return jsonResponse(++polls < 3 ? responsesObject(u"in_progress"_s)
                                        : responsesObject(u"completed"_s, joined(kPieces)));
    });
    ConnectorOptions options;
    options.pollInterval = 1500ms;
    Harness h(u"openai-responses"_s, server.url(u"/v1"_s), options);
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_EQ(rungsUsed(server.requests()), (QList<Rung>{Rung::WebSocket, Rung::Stream, Rung::Poll}));
    EXPECT_EQ(server.requests().last().target, "/v1/responses/resp_abc123");
    EXPECT_TRUE(h.sawState(Phase::Waiting));
    EXPECT_TRUE(h.waits.contains(1500ms)); // the poll interval
}

TEST(Connector, FallsBackToASingleResponseWhenEverythingElseIsBlocked)
{
    StreamServer server;
    server.setResponder([](const RecordedRequest &request) {
        if (isUpgrade(request))
            return refusedUpgrade();
        if (isStreamingPost(request) || request.body.contains("background"))
            return dropped();
        return jsonResponse(responsesObject(u"completed"_s, joined(kPieces)));
    });
    Harness h(u"openai-responses"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_EQ(rungsUsed(server.requests()),
              (QList<Rung>{Rung::WebSocket, Rung::Stream, Rung::Poll, Rung::Single}));
    const ConnectorState &fellBack = h.states.at(h.states.size() - 4);
    EXPECT_EQ(fellBack.phase, Phase::FellBack);
    EXPECT_EQ(fellBack.rung, Rung::Single);
}

/// An OpenAI Chat Completions stream as a buffering proxy passes it on:
/// nothing for a long time, then all of it.
StreamResponse bufferedChatStream(const RecordedRequest &request)
{
    if (!isStreamingPost(request)) {
        const QJsonObject message{{"role"_L1, u"assistant"_s}, {"content"_L1, joined(kPieces)}};
        return jsonResponse(json({{"choices"_L1, QJsonArray{QJsonObject{{"message"_L1, message},
                                                                        {"finish_reason"_L1, u"stop"_s}}}}}));
    }
    StreamResponse response = sseResponse(openAiChatBody(kPieces));
    response.holdBackMs = 300;
    return response;
}

/// One reply through a buffering proxy: the silence passes on the
/// connector's clock while the server holds the body back.
void runBufferedReply(Harness &h, StreamServer &server)
{
    QSignalSpy received(&server, &StreamServer::requestReceived);
    h.create();
    h.start();
    ASSERT_TRUE(h.runUntil([&] { return !received.isEmpty(); }));
    h.clock.advance(5s);
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces)); // nothing lost: each reply is whole
}

TEST(Connector, NamesABufferingProxyOnceAndDemotesOnlyOnTheSecondBufferedReply)
{
    StreamServer server;
    server.setResponder(bufferedChatStream);
    Harness h(u"openai"_s, server.url(u"/v1"_s));

    runBufferedReply(h, server);
    ASSERT_EQ(h.notices.size(), 1);
    EXPECT_EQ(h.notices.first().kind, ConnectorNotice::Kind::ProxyBuffering);
    EXPECT_EQ(h.notices.first().demotion.rung, Rung::Stream);
    EXPECT_FALSE(h.memory.hasDemotions()) << "one buffered reply may be chance";

    const int before = server.requests().size();
    runBufferedReply(h, server);
    EXPECT_EQ(rungsUsed(server.requests().mid(before)), QList<Rung>{Rung::Stream});
    ASSERT_EQ(h.notices.size(), 1) << "the proxy is named once per endpoint";
    EXPECT_EQ(h.notices.first().kind, ConnectorNotice::Kind::RungDemoted);
    EXPECT_EQ(h.notices.first().demotion.evidence, Evidence::Buffering);
    EXPECT_TRUE(h.memory.hasDemotions());
}

TEST(Connector, ExpectsTheSilencesOfAProxyThatBufferedTheLastReply)
{
    StreamServer server;
    server.setResponder(bufferedChatStream);
    ConnectorOptions options;
    options.http.idleTimeout = 2s;
    options.buffering.minSilence = 1s;
    Harness h(u"openai"_s, server.url(u"/v1"_s), options);
    // The first reply's silence is within the idle timeout; it is buffered.
    QSignalSpy received(&server, &StreamServer::requestReceived);
    h.start();
    ASSERT_TRUE(h.runUntil([&] { return !received.isEmpty(); }));
    h.clock.advance(1500ms);
    ASSERT_TRUE(h.run());
    ASSERT_EQ(h.notices.size(), 1);

    // The next reply's silence is far longer: held heartbeats, a model
    // that thinks. It is waited for, not retried.
    runBufferedReply(h, server);
    EXPECT_EQ(server.requests().size(), 2) << "no retry: a retry would lose or repeat text";
}

TEST(Connector, DoesNotTakeARealStreamForBuffering)
{
    StreamServer server;
    StreamResponse response = sseResponse(openAiChatBody(kPieces));
    response.chunking = StreamResponse::Chunking::Random;
    server.setResponse(response);
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_TRUE(h.notices.isEmpty());
}
