// The Connector never waits forever: a server that keeps a connection busy
// without the reply (heartbeats, a trickle) meets the progress deadline,
// and an SSE `retry:` beyond the longest wait ends the reply at once, as a
// long Retry-After does. Time is the manual clock's.

#include "connectorharness.h"

#include "util/clock.h"

using namespace inkchat::test::connector;

TEST(ConnectorDeadline, HeartbeatsWithoutTheReplyEndItAtTheProgressDeadline)
{
    StreamServer server;
    StreamResponse response = sseResponse(": ping\n\n: ping\n\n: ping\n\n");
    response.pauseAfterBytes = response.body.size(); // and the connection stays open
    server.setResponse(response);
    ConnectorOptions options;
    options.onlyRung = Rung::Stream;
    options.http.idleTimeout = 1h; // bytes arrive; only the deadline may end it
    Harness h(u"openai"_s, server.url(u"/v1"_s), options);
    h.start();
    ASSERT_TRUE(h.runUntil([&] { return !server.requests().isEmpty(); }));

    h.clock.advance(options.progressTimeout - 1s);
    QCoreApplication::processEvents();
    EXPECT_FALSE(h.ended());
    h.clock.advance(1s);
    ASSERT_TRUE(h.ended());
    ASSERT_TRUE(h.error.has_value());
    EXPECT_EQ(h.error->kind, Error::Kind::Timeout);
    EXPECT_TRUE(h.errorMessage().startsWith(u"no part of the reply arrived for 600 s"_s))
        << qPrintable(h.errorMessage());
    server.closeConnections();
}

TEST(ConnectorDeadline, AProgressDeadlineOfAFractionOfASecondIsNamedAsSet)
{
    StreamServer server;
    StreamResponse response = sseResponse(": ping\n\n");
    response.pauseAfterBytes = response.body.size();
    server.setResponse(response);
    ConnectorOptions options;
    options.onlyRung = Rung::Stream;
    options.http.idleTimeout = 1h;
    options.progressTimeout = 300ms;
    Harness h(u"openai"_s, server.url(u"/v1"_s), options);
    h.start();
    ASSERT_TRUE(h.runUntil([&] { return !server.requests().isEmpty(); }));

    h.clock.advance(300ms);
    ASSERT_TRUE(h.ended());
    ASSERT_TRUE(h.error.has_value());
    EXPECT_EQ(h.error->code, Error::Code::ReplyStalled);
    EXPECT_EQ(h.error->subject, u"0.3"_s) << "not rounded down to 0 s";
    server.closeConnections();
}

TEST(ConnectorDeadline, AnSseRetryBeyondTheLongestWaitEndsTheReplyWithAClearError)
{
    for (const QByteArray &retry :
         {QByteArrayLiteral("315360000000"), QByteArrayLiteral("9223372036854775807"),
          QByteArrayLiteral("99999999999999999999999")}) {
        SCOPED_TRACE(retry.toStdString());
        StreamServer server;
        const QByteArray body = "retry: " + retry + "\n\nid: 1\ndata: Hallo\n\nid: 2\ndata: Welt\n\n";
        server.setResponder(inkchat::test::resumableSseResponder(body, {body.indexOf("id: 2")}));
        ConnectorOptions options;
        options.onlyRung = Rung::Stream;
        Harness h(u"sse"_s, server.url(u"/events"_s), options);
        h.start();
        ASSERT_TRUE(h.run());
        EXPECT_EQ(h.text, u"Hallo"_s);
        ASSERT_TRUE(h.error.has_value());
        EXPECT_TRUE(h.errorMessage().contains(u"the server asks to reconnect in "_s))
            << qPrintable(h.errorMessage());
        EXPECT_TRUE(h.errorMessage().contains(u"longer than the 300 s waited at most"_s))
            << qPrintable(h.errorMessage());
        if (retry == "315360000000") {
            EXPECT_EQ(h.error->gaveUpValues.value(0), u"315360000"_s) << "never in exponent form";
        }
        EXPECT_EQ(server.requests().size(), 1) << "no reconnection was tried";
    }
}

TEST(ConnectorDeadline, AnSseRetryWithinTheLongestWaitIsHonoured)
{
    StreamServer server;
    const QByteArray body = "retry: 299000\n\nid: 1\ndata: Hallo\n\nid: 2\ndata: Welt\n\ndata: [DONE]\n\n";
    server.setResponder(inkchat::test::resumableSseResponder(body, {body.indexOf("id: 2")}));
    ConnectorOptions options;
    options.onlyRung = Rung::Stream;
    Harness h(u"sse"_s, server.url(u"/events"_s), options);
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    ASSERT_FALSE(h.waits.isEmpty());
    EXPECT_EQ(h.waits.last(), 299s);
}

TEST(SystemClock, ATimerBeyondWhatQTimerHoldsWaitsAsLongAsItCanInsteadOfNeverOrSoon)
{
    int fired = 0;
    const std::unique_ptr<inkchat::Timer> timer = inkchat::Clock::system().createTimer([&fired] { ++fired; });
    for (const std::chrono::milliseconds delay :
         {std::chrono::milliseconds::max(), std::chrono::milliseconds(24h * 365 * 10)}) {
        timer->start(delay);
        EXPECT_TRUE(timer->isActive()); // Qt 6.4 refused 2^63 ms as "negative"
        QCoreApplication::processEvents();
        EXPECT_EQ(fired, 0);
    }
    timer->stop();
}
