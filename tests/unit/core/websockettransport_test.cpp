#include "manualclock.h"
#include "streamserver.h"

#include "transport/websockettransport.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using inkchat::Error;
using inkchat::provider::Framing;
using inkchat::provider::StreamRequest;
using inkchat::test::ManualClock;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using inkchat::transport::WebSocketOptions;
using inkchat::transport::WebSocketTransport;

namespace {

constexpr int kWaitMs = 10'000;

const QByteArray kCreate = QByteArrayLiteral(R"({"type":"response.create","model":"gpt-test"})");
const QList<QByteArray> kMessages = {
    QByteArrayLiteral(R"({"type":"response.output_text.delta","delta":"Hallo"})"),
    QByteArrayLiteral(R"({"type":"response.output_text.delta","delta":" Welt – ünïcödé"})"),
    QByteArrayLiteral(R"({"type":"response.completed"})"),
};

/// One transport on a manual clock, so no timeout fires unless the test
/// advances it, with spies on every signal.
struct Harness
{
    explicit Harness(WebSocketOptions options = {}) : transport(options, clock) {}

    QList<QByteArray> messages() const
    {
        QList<QByteArray> all;
        for (const QList<QVariant> &args : chunks)
            all.append(args.at(0).toByteArray());
        return all;
    }

    Error error() const { return failed.isEmpty() ? Error{} : failed.first().at(0).value<Error>(); }

    ManualClock clock; // outlives the transport's timer
    WebSocketTransport transport;
    QSignalSpy started{&transport, &WebSocketTransport::responseStarted};
    QSignalSpy chunks{&transport, &WebSocketTransport::chunkReceived};
    QSignalSpy finished{&transport, &WebSocketTransport::finished};
    QSignalSpy failed{&transport, &WebSocketTransport::failed};
};

StreamRequest requestTo(const QUrl &url)
{
    StreamRequest request;
    request.url = url;
    request.headers = {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer sk-test-1234")},
                       {QByteArrayLiteral("OpenAI-Beta"), QByteArrayLiteral("responses=v1")}};
    request.body = kCreate;
    request.framing = Framing::WebSocket;
    return request;
}

StreamResponse webSocket(QList<QByteArray> messages)
{
    StreamResponse response;
    response.webSocket.messages = std::move(messages);
    return response;
}

} // namespace

TEST(WebSocketTransport, SendsTheRequestAndReceivesMessagesInOrder)
{
    StreamServer server;
    StreamResponse response = webSocket(kMessages);
    response.webSocket.delayMs = 1;
    server.setResponse(response);
    Harness h;
    h.transport.start(requestTo(server.webSocketUrl(u"/v1/responses"_s)));

    ASSERT_TRUE(h.finished.wait(kWaitMs));
    EXPECT_EQ(h.messages(), kMessages);
    ASSERT_EQ(h.started.count(), 1);
    EXPECT_EQ(h.started.first().at(0).toInt(), 101);
    EXPECT_EQ(h.transport.bytesReceived(), kMessages.join().size());

    ASSERT_EQ(server.requests().size(), 1);
    const auto &request = server.requests().first();
    EXPECT_TRUE(request.isWebSocketUpgrade());
    EXPECT_EQ(request.method, "GET");
    EXPECT_EQ(request.target, "/v1/responses");
    EXPECT_EQ(request.header("Authorization"), "Bearer sk-test-1234");
    EXPECT_EQ(request.header("OpenAI-Beta"), "responses=v1");
    EXPECT_EQ(request.header("User-Agent"), "Inkchat/" INKCHAT_VERSION);
    EXPECT_EQ(request.webSocketMessages, QList<QByteArray>({kCreate}));
}

TEST(WebSocketTransport, FinishesOnceOnANormalClose)
{
    StreamServer server;
    server.setResponse(webSocket(kMessages.mid(0, 1)));
    Harness h;
    h.transport.start(requestTo(server.webSocketUrl(u"/"_s)));

    ASSERT_TRUE(h.finished.wait(kWaitMs));
    QTest::qWait(50); // a second terminal signal would arrive now
    EXPECT_EQ(h.finished.count(), 1);
    EXPECT_TRUE(h.failed.isEmpty());
    EXPECT_EQ(h.messages(), kMessages.mid(0, 1));
}

TEST(WebSocketTransport, NamesTheStatusOfARefusedUpgrade)
{
    StreamServer server;
    StreamResponse response = webSocket({});
    response.webSocket.accept = false;
    response.status = 403;
    response.reason = "Forbidden";
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}};
    response.body = "WebSockets are not allowed here";
    server.setResponse(response);
    Harness h;
    h.transport.start(requestTo(server.webSocketUrl(u"/v1/responses"_s)));

    // The clock never moves: only the refusal itself can end this.
    ASSERT_TRUE(h.failed.wait(kWaitMs));
    EXPECT_EQ(h.error().kind, Error::Kind::Http);
    EXPECT_EQ(h.error().httpStatus, 403);
    EXPECT_TRUE(h.error().message.contains(u"403"_s)) << qPrintable(h.error().message);
    EXPECT_FALSE(h.error().retryable);
    EXPECT_TRUE(h.started.isEmpty());
    EXPECT_EQ(server.requests().size(), 1);
}

TEST(WebSocketTransport, GivesUpWhenTheUpgradeStalls)
{
    StreamServer server;
    StreamResponse response;
    response.silent = true; // a proxy that swallows the upgrade
    server.setResponse(response);
    QSignalSpy received(&server, &StreamServer::requestReceived);
    Harness h;
    h.transport.start(requestTo(server.webSocketUrl(u"/"_s)));
    ASSERT_TRUE(received.wait(kWaitMs));

    h.clock.advance(999ms);
    EXPECT_TRUE(h.failed.isEmpty());
    h.clock.advance(1ms);
    ASSERT_EQ(h.failed.count(), 1);
    EXPECT_EQ(h.error().kind, Error::Kind::Network);
    EXPECT_EQ(h.error().message, u"the WebSocket upgrade did not complete within 1 s"_s);
    EXPECT_TRUE(h.started.isEmpty());
}

TEST(WebSocketTransport, FailsWhenTheConnectionDropsAfterSomeMessages)
{
    StreamServer server;
    StreamResponse response = webSocket(kMessages);
    response.webSocket.dropAfterMessages = 2;
    server.setResponse(response);
    Harness h;
    h.transport.start(requestTo(server.webSocketUrl(u"/"_s)));

    ASSERT_TRUE(h.failed.wait(kWaitMs));
    EXPECT_EQ(h.error().kind, Error::Kind::Network);
    EXPECT_TRUE(h.error().retryable);
    EXPECT_TRUE(h.error().message.contains(u"broke during the reply"_s)) << qPrintable(h.error().message);
    EXPECT_EQ(h.messages(), kMessages.mid(0, 2));
    EXPECT_TRUE(h.finished.isEmpty());
}

TEST(WebSocketTransport, FailsWhenClosedBeforeTheFirstMessage)
{
    StreamServer server;
    server.setResponse(webSocket({}));
    Harness h;
    h.transport.start(requestTo(server.webSocketUrl(u"/"_s)));

    ASSERT_TRUE(h.failed.wait(kWaitMs));
    EXPECT_EQ(h.error().kind, Error::Kind::Network);
    EXPECT_TRUE(h.error().message.contains(u"closed before the first message"_s))
        << qPrintable(h.error().message);
    EXPECT_EQ(h.started.count(), 1);
    EXPECT_TRUE(h.finished.isEmpty());
}

TEST(WebSocketTransport, TimesOutWhenMessagesStop)
{
    StreamServer server;
    StreamResponse response = webSocket(kMessages.mid(0, 1));
    response.webSocket.closeAtEnd = false;
    server.setResponse(response);
    WebSocketOptions options;
    options.idleTimeout = 20s;
    Harness h(options);
    h.transport.start(requestTo(server.webSocketUrl(u"/"_s)));
    ASSERT_TRUE(h.chunks.wait(kWaitMs));

    h.clock.advance(options.idleTimeout - 1ms);
    EXPECT_TRUE(h.failed.isEmpty());
    h.clock.advance(1ms);
    ASSERT_EQ(h.failed.count(), 1);
    EXPECT_EQ(h.error().kind, Error::Kind::Timeout);
    EXPECT_EQ(h.error().message, u"no message from the server for 20 s"_s);
    EXPECT_TRUE(h.finished.isEmpty());
}

TEST(WebSocketTransport, AbortStopsWithoutASignal)
{
    StreamServer server;
    StreamResponse response = webSocket(kMessages.mid(0, 1));
    response.webSocket.closeAtEnd = false;
    server.setResponse(response);
    Harness h;
    h.transport.start(requestTo(server.webSocketUrl(u"/"_s)));
    ASSERT_TRUE(h.chunks.wait(kWaitMs));

    h.transport.abort();
    server.closeConnections();
    h.clock.advance(1h);
    EXPECT_FALSE(h.failed.wait(300));
    EXPECT_TRUE(h.finished.isEmpty());
}

TEST(WebSocketTransport, ReportsAnHttpUrlAfterStartReturns)
{
    Harness h;
    h.transport.start(requestTo(QUrl(u"http://127.0.0.1:1/v1/responses"_s)));
    EXPECT_TRUE(h.failed.isEmpty());

    ASSERT_TRUE(h.failed.wait(kWaitMs));
    EXPECT_EQ(h.error().kind, Error::Kind::Usage);
}
