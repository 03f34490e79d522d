// A thousand e-readers asleep on one relay (issue 20): each idle SSE client
// costs a few KiB, measured on the relay's resident set.

#include "relaytestsupport.h"

#include "signalwait.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace inkchat::test;
using namespace inkchat::test::relay;

TEST(RelayIdle, AThousandIdleStreamsInBoundedMemory)
{
    constexpr int kClients = 1000;
    raiseOpenFileLimit();
    QTemporaryDir dir;
    StreamServer upstream;
    StreamResponse endless = pacedReply(numberedPieces(5), 0);
    endless.pauseAfterBytes = 200; // the reply stays open, so its streams stay idle
    upstream.setResponse(endless);
    // One device opens them all here: its rate limit is lifted.
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s), {u"--rate-limit"_s, u"100000"_s});
    ASSERT_TRUE(relay.isRunning());
    const QByteArray token = relay.pair();
    HttpClient asking(relay.port(), "POST", "/v1/replies", auth(token), askBody());
    ASSERT_TRUE(asking.waitForEvents(2));
    const QByteArray path = "/v1/replies/" + replyIdOf(asking) + "/events";
    // Warm up (the first stream allocates what every stream shares).
    {
        HttpClient warm(relay.port(), "GET", path, auth(token, asking.events().constLast().id));
        ASSERT_EQ(warm.waitForStatus(), 200);
    }
    const qint64 before = relay.residentKiB();

    std::vector<std::unique_ptr<HttpClient>> clients;
    clients.reserve(kClients);
    for (int i = 0; i < kClients; ++i)
        clients.push_back(std::make_unique<HttpClient>(relay.port(), "GET", path, auth(token, "1")));
    // Each has its head and the events after id 1: caught up, now idle.
    for (const auto &client : clients)
        ASSERT_TRUE(client->waitForEvents(1)) << client->status();
    const qint64 after = relay.residentKiB();
    const double perClient = double(after - before) / kClients;
    std::printf("[ figures ] %d idle SSE clients: relay RSS %lld KiB -> %lld KiB, %.1f KiB per client\n",
                kClients, before, after, perClient);
    int open = 0;
    for (const auto &client : clients)
        open += !client->isClosed() && client->status() == 200;
    EXPECT_EQ(open, kClients);
    // libmicrohttpd's 16 KiB per connection, the stream's objects; the
    // sanitizers' redzones and quarantine multiply what a client costs.
#if defined(__SANITIZE_ADDRESS__)
    EXPECT_LT(perClient, 320.0);
#else
    EXPECT_LT(perClient, 48.0);
#endif
}
