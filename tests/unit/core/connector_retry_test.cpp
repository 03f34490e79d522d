// The Connector: backoff with jitter, Retry-After, giving up.

#include "connectorharness.h"

#include <QLocale>

using namespace inkchat::test::connector;

TEST(Connector, WaitsAsLongAsRetryAfterSaysOnA429)
{
    StreamServer server;
    int calls = 0;
    server.setResponder([&calls](const RecordedRequest &) {
        if (calls++ > 0)
            return sseResponse(openAiChatBody(kPieces));
        StreamResponse busy = jsonResponse(R"({"error":{"message":"Rate limit reached"}})", 429);
        busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7")});
        return busy;
    });
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    ASSERT_EQ(server.requests().size(), 2);
    const auto reconnecting = std::find_if(h.states.cbegin(), h.states.cend(), [](const ConnectorState &s) {
        return s.phase == Phase::Reconnecting;
    });
    ASSERT_NE(reconnecting, h.states.cend());
    EXPECT_EQ(reconnecting->delay, 7s);
    EXPECT_EQ(reconnecting->attempt, 1);
    ASSERT_TRUE(reconnecting->reason);
    EXPECT_EQ(reconnecting->reason->httpStatus, 429);
    EXPECT_FALSE(h.sawState(Phase::FellBack)); // the server is there: no reason to leave the rung
}

namespace {

/// First a 503 with this Retry-After, then the reply.
StreamServer::Responder unavailableOnce(QByteArray retryAfter)
{
    return [calls = 0, retryAfter](const RecordedRequest &) mutable {
        if (calls++ > 0)
            return sseResponse(openAiChatBody(kPieces));
        StreamResponse busy = jsonResponse(R"({"error":{"message":"Service Unavailable"}})", 503);
        busy.headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
        return busy;
    };
}

} // namespace

TEST(Connector, WaitsUntilTheHttpDateRetryAfterNamesOnA503)
{
    // Retry-After may be a date (RFC 9110); a provider reads it against
    // the system clock, so the test writes one two minutes from now.
    const QDateTime inTwoMinutes = QDateTime::currentDateTimeUtc().addSecs(120);
    const QByteArray date =
        QLocale::c().toString(inTwoMinutes, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
    StreamServer server;
    server.setResponder(unavailableOnce(date));
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.text, joined(kPieces));
    ASSERT_GE(h.waits.size(), 2);
    EXPECT_GE(h.waits.at(1), 110s) << date.constData();
    EXPECT_LE(h.waits.at(1), 120s) << date.constData();
}

TEST(Connector, GivesUpWithTheServersWordsWhenRetryAfterIsTooLong)
{
    StreamServer server;
    server.setResponder(unavailableOnce("3600"));
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.run());
    ASSERT_TRUE(h.error);
    EXPECT_EQ(h.error->httpStatus, 503);
    EXPECT_TRUE(h.errorMessage().contains(u"Service Unavailable"_s)) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.error->retryAfter, std::chrono::seconds(3600)) << "how long the server asked to wait";
    EXPECT_EQ(h.error->retries, 0);
    EXPECT_EQ(server.requests().size(), 1);
}

TEST(Connector, RetriesA503AfterABackoffOfAtMostOneSecond)
{
    StreamServer server;
    int calls = 0;
    server.setResponder([&calls](const RecordedRequest &) {
        return calls++ == 0 ? jsonResponse(R"({"error":{"message":"overloaded"}})", 503)
                            : sseResponse(openAiChatBody(kPieces));
    });
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.text, joined(kPieces));
    ASSERT_GE(h.waits.size(), 2); // the start, then the retry
    EXPECT_LE(h.waits.at(1), 1000ms);
}

TEST(Connector, GivesUpAfterMaxRetriesWithoutProgress)
{
    StreamServer server;
    server.setResponse(jsonResponse(R"({"error":{"message":"boom"}})", 500));
    ConnectorOptions options;
    options.backoff.maxRetries = 3;
    options.onlyRung = Rung::Stream;
    Harness h(u"sse"_s, server.url(), options);
    h.start();

    ASSERT_TRUE(h.run());
    ASSERT_TRUE(h.error);
    EXPECT_EQ(h.error->retries, 3);
    EXPECT_TRUE(h.errorMessage().contains(u"boom"_s)) << qPrintable(h.errorMessage());
    EXPECT_EQ(server.requests().size(), 4);
    // Exponential with full jitter: each wait below its doubling cap.
    ASSERT_EQ(h.waits.size(), 4);
    EXPECT_LE(h.waits.at(1), 1000ms);
    EXPECT_LE(h.waits.at(2), 2000ms);
    EXPECT_LE(h.waits.at(3), 4000ms);
}

TEST(Connector, ProgressResetsTheRetryCountSoAFlakyLinkStillCompletes)
{
    // The link drops after every two events, ten times in a row, while only
    // one retry without progress is allowed.
    const QByteArray body = genericSseBody(kPieces);
    const QList<qsizetype> cuts(10, 40); // about two events per connection
    StreamServer server;
    server.setResponder(inkchat::test::resumableSseResponder(body, cuts));
    ConnectorOptions options;
    options.backoff.maxRetries = 1;
    Harness h(u"sse"_s, server.url(u"/events"_s), options);
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_GE(server.requests().size(), 5);
}

TEST(Connector, StopsAfterMaxAttemptsEvenWhenEveryConnectionMakesProgress)
{
    // Each reply brings new text and then breaks off before its end signal:
    // progress resets the backoff every time, so only the cap ends it.
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Weiter"_s, u" so. "_s}, false)));
    ConnectorOptions options;
    // Fewer than the restarts that end a reply breaking off at the same
    // place (StopsAskingAgainFromTheStart...): the cap ends it first.
    options.maxAttempts = 3;
    options.onlyRung = Rung::Stream;
    Harness h(u"openai"_s, server.url(u"/v1"_s), options);
    h.start();

    ASSERT_TRUE(h.run());
    ASSERT_TRUE(h.error);
    EXPECT_EQ(h.error->kind, Error::Kind::Interrupted);
    EXPECT_EQ(h.error->retries, 2);
    EXPECT_EQ(h.errorMessage(), u"the stream ended before the provider said it was complete"_s);
    EXPECT_EQ(server.requests().size(), 3);
    // OpenAI carries on from no prefill: every later request asked again.
    EXPECT_EQ(h.restarts, 2);
    EXPECT_TRUE(h.seams.isEmpty());
}
