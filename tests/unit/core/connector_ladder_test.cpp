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
    const auto fellBack = std::find_if(h.states.cbegin(), h.states.cend(), [](const ConnectorState &s) {
        return s.phase == Phase::FellBack;
    });
    ASSERT_NE(fellBack, h.states.cend());
    EXPECT_EQ(fellBack->rung, Rung::Stream);
    ASSERT_TRUE(fellBack->reason) << "the state says why";
    EXPECT_EQ(h.waits.at(1), 0ms); // at once, not after a backoff

    // The next reply remembers, and goes straight to SSE...
    const int before = server.requests().size();
    h.create();
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(rungsUsed(server.requests().mid(before)), QList<Rung>{Rung::Stream});

    // ...until a day later, when the better rung is tried again.
    h.clock.advance(25h);
    const int later = server.requests().size();
    h.create();
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(rungsUsed(server.requests().mid(later)), (QList<Rung>{Rung::WebSocket, Rung::Stream}));
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

TEST(Connector, DetectsABufferingProxyAndUsesTheNextRungNextTime)
{
    StreamServer server;
    server.setResponder([](const RecordedRequest &request) {
        if (!isStreamingPost(request)) {
            const QJsonObject message{{"role"_L1, u"assistant"_s}, {"content"_L1, joined(kPieces)}};
            return jsonResponse(json({{"choices"_L1, QJsonArray{QJsonObject{
                                           {"message"_L1, message}, {"finish_reason"_L1, u"stop"_s}}}}}));
        }
        // What a buffering proxy does: nothing for a long time, then all of it.
        StreamResponse response = sseResponse(openAiChatBody(kPieces));
        response.holdBackMs = 300;
        return response;
    });
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    QSignalSpy received(&server, &StreamServer::requestReceived);
    h.start();
    ASSERT_TRUE(h.runUntil([&] { return !received.isEmpty(); }));
    h.clock.advance(5s); // the silence, on the connector's clock
    ASSERT_TRUE(h.run());

    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces)); // nothing lost: this reply is whole
    ASSERT_EQ(h.notices.size(), 1);
    EXPECT_EQ(h.notices.first().kind, ConnectorNotice::Kind::ProxyBuffering);
    EXPECT_EQ(h.notices.first().nextRung, Rung::Single) << "the next reply will use json";

    const int before = server.requests().size();
    h.create();
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_EQ(rungsUsed(server.requests().mid(before)), QList<Rung>{Rung::Single});
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
