#include "nginxproxy.h"
#include "streamserver.h"

#include "transport/bufferingdetector.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using inkchat::test::NginxProxy;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using inkchat::transport::BufferingDetector;
using inkchat::transport::BufferingThresholds;

namespace {

constexpr int kEvents = 20;
constexpr int kWaitMs = 30'000;

// Generous: real time passes here, on a machine that may be busy. The
// upstream takes about 2 s; a streamed reply starts within milliseconds.
constexpr BufferingThresholds kThresholds{.minSilence = 1s, .minEvents = 8};

QByteArray eventLine(int i)
{
    return "data: {\"token\":\"t" + QByteArray::number(i).rightJustified(2, '0') + "\"}\n\n";
}

QByteArray sseBody()
{
    QByteArray body;
    for (int i = 0; i < kEvents; ++i)
        body += eventLine(i);
    return body;
}

/// About one event per write, 100 ms apart: a reply that takes ~2 s. The
/// body ends with the connection, as from an HTTP/1.0 upstream: nginx hands
/// every complete chunk of a chunked body on at once even with
/// proxy_buffering on, so only an unframed body shows what buffering does.
StreamResponse slowSse()
{
    StreamResponse response;
    response.body = sseBody();
    response.framing = StreamResponse::Framing::ConnectionClose;
    response.chunking = StreamResponse::Chunking::Random;
    response.maxChunkSize = int(2 * eventLine(0).size() - 1); // one event on average
    response.delayMs = 100;
    return response;
}

/// One GET through the proxy, timed by the detector as it arrives.
struct Fetch
{
    BufferingDetector detector{kThresholds};
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

Fetch fetch(const QUrl &url)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy); // nginx is the only proxy under test
    Fetch result;
    QElapsedTimer clock;
    clock.start();
    const auto now = [&clock] { return std::chrono::milliseconds(clock.elapsed()); };

    result.detector.requestSent(now());
    const std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QObject::connect(reply.get(), &QNetworkReply::readyRead, reply.get(), [&] {
        // Events are counted on the whole body, as one may straddle two reads.
        const qsizetype before = result.body.count("\n\n");
        result.body += reply->readAll();
        result.detector.received(now(), int(result.body.count("\n\n") - before));
    });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    EXPECT_TRUE(finished.wait(kWaitMs)) << "no reply through nginx";
    result.error = reply->error();
    return result;
}

/// The upstream a test puts nginx in front of; skips the test without nginx.
class NginxProxyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!NginxProxy::isAvailable())
            GTEST_SKIP() << "nginx is not installed (scripts/install-deps.sh installs it)";
        ASSERT_TRUE(server.isListening());
        server.setResponse(slowSse());
    }

    StreamServer server;
};

} // namespace

TEST_F(NginxProxyTest, PassesAStreamOnAsItComesWithBufferingOff)
{
    NginxProxy proxy(server.url(), NginxProxy::Buffering::Off);
    ASSERT_TRUE(proxy.start()) << proxy.errorLog().toStdString();

    const Fetch result = fetch(proxy.url(u"/v1/stream"_s));
    ASSERT_EQ(result.error, QNetworkReply::NoError) << proxy.errorLog().toStdString();
    EXPECT_EQ(result.body, sseBody());
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().first().target, "/v1/stream");
    EXPECT_FALSE(result.detector.looksBuffered());
}

TEST_F(NginxProxyTest, HoldsAStreamBackUntilItEndsWithBufferingOn)
{
    NginxProxy proxy(server.url(), NginxProxy::Buffering::On);
    ASSERT_TRUE(proxy.start()) << proxy.errorLog().toStdString();

    const Fetch result = fetch(proxy.url(u"/v1/stream"_s));
    ASSERT_EQ(result.error, QNetworkReply::NoError) << proxy.errorLog().toStdString();
    EXPECT_EQ(result.body, sseBody());
    EXPECT_TRUE(result.detector.looksBuffered());
}

TEST_F(NginxProxyTest, StopsNginxWhenDestroyed)
{
    QUrl url;
    {
        NginxProxy proxy(server.url(), NginxProxy::Buffering::Off);
        ASSERT_TRUE(proxy.start()) << proxy.errorLog().toStdString();
        url = proxy.url(u"/"_s);
    }
    EXPECT_EQ(fetch(url).error, QNetworkReply::ConnectionRefusedError);
}
