// A private CA is trusted only when configured, for HTTP streams and
// WebSockets alike; verification is never off.

#include "fixtures.h"
#include "manualclock.h"
#include "streamserver.h"
#include "transport/httpstreamtransport.h"
#include "transport/tlstrust.h"
#include "transport/websockettransport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::StringLiterals;
using inkchat::Error;
using inkchat::provider::Framing;
using inkchat::provider::StreamRequest;
using inkchat::test::loopbackServerTls;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using inkchat::test::testCaFile;
using namespace inkchat::transport;

namespace {

constexpr int kWaitMs = 10'000;

TlsTrust testCa()
{
    auto trust = loadTlsTrust(testCaFile());
    EXPECT_TRUE(trust.hasValue());
    return trust ? *trust : TlsTrust{};
}

/// How a transport ended: its error, or nullopt when it finished.
template <typename TransportType>
std::optional<Error> endOf(TransportType &transport, const StreamRequest &request)
{
    QSignalSpy finished(&transport, &Transport::finished);
    QSignalSpy failed(&transport, &Transport::failed);
    transport.start(request);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kWaitMs));
    if (failed.isEmpty())
        return std::nullopt;
    return failed.first().at(0).value<Error>();
}

std::optional<Error> httpsEnd(const StreamServer &server, const TlsTrust &trust)
{
    QNetworkAccessManager network;
    HttpStreamOptions options;
    options.tls = trust;
    HttpStreamTransport transport(&network, {}, options);
    StreamRequest request;
    request.url = server.url(u"/events"_s);
    request.body = "{}";
    return endOf(transport, request);
}

std::optional<Error> wssEnd(const StreamServer &server, const TlsTrust &trust)
{
    inkchat::test::ManualClock clock;
    WebSocketOptions options;
    options.tls = trust;
    WebSocketTransport transport(options, clock);
    StreamRequest request;
    request.url = server.webSocketUrl(u"/responses"_s);
    request.body = R"({"type":"response.create"})";
    request.framing = Framing::WebSocket;
    return endOf(transport, request);
}

StreamResponse sseAndWebSocket()
{
    StreamResponse response;
    response.body = "data: hello\n\n";
    response.webSocket.messages = {R"({"type":"response.completed"})"};
    return response;
}

} // namespace

TEST(TlsTrust, LoadsEveryCertificateOfAPemFile)
{
    const auto trust = loadTlsTrust(testCaFile());
    ASSERT_TRUE(trust.hasValue()) << trust.error().message.toStdString();
    ASSERT_EQ(trust->extraAuthorities.size(), 1);
    EXPECT_EQ(trust->extraAuthorities.first().subjectInfo(QSslCertificate::CommonName),
              QStringList{u"Inkchat Test CA"_s});

    const QSslConfiguration configuration = trust->configuration();
    EXPECT_TRUE(configuration.caCertificates().contains(trust->extraAuthorities.first()));
    EXPECT_GT(configuration.caCertificates().size(), 1) << "the system's authorities stay trusted";
    EXPECT_NE(configuration.peerVerifyMode(), QSslSocket::VerifyNone);
}

TEST(TlsTrust, NamesTheFileWhenItCannotBeUsed)
{
    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    const auto missing = loadTlsTrust(scratch.filePath(u"missing.pem"_s));
    ASSERT_FALSE(missing.hasValue());
    EXPECT_EQ(missing.error().kind, Error::Kind::Usage);
    EXPECT_TRUE(missing.error().message.contains(u"missing.pem"_s));

    QFile text(scratch.filePath(u"notes.txt"_s));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("no certificate here\n");
    text.close();
    const auto empty = loadTlsTrust(text.fileName());
    ASSERT_FALSE(empty.hasValue());
    EXPECT_TRUE(empty.error().message.contains(u"holds no PEM certificate"_s));
    EXPECT_EQ(empty.error().code, Error::Code::CaFileHasNoCertificate);
    EXPECT_EQ(empty.error().subject, text.fileName());
}

TEST(TlsTrust, HttpsToAPrivateCaFailsWithATlsErrorUntilItsCaIsTrusted)
{
    StreamServer server(loopbackServerTls());
    server.setResponse(sseAndWebSocket());

    const std::optional<Error> refused = httpsEnd(server, {});
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->kind, Error::Kind::Tls) << refused->message.toStdString();
    EXPECT_TRUE(refused->message.startsWith(u"secure connection to 127.0.0.1:"_s))
        << refused->message.toStdString();
    // Named for the front ends to phrase: the host, and Qt's own reasons.
    EXPECT_EQ(refused->code, Error::Code::TlsFailed);
    EXPECT_EQ(refused->subject, u"127.0.0.1:%1"_s.arg(server.port()));
    EXPECT_FALSE(refused->detail.isEmpty());
    EXPECT_TRUE(refused->message.endsWith(refused->detail)) << "the detail is Qt's words, not ours";
    EXPECT_TRUE(server.requests().isEmpty());

    const std::optional<Error> trusted = httpsEnd(server, testCa());
    EXPECT_FALSE(trusted.has_value()) << trusted->message.toStdString();
    EXPECT_EQ(server.requests().size(), 1);
}

TEST(TlsTrust, WssToAPrivateCaFailsWithATlsErrorUntilItsCaIsTrusted)
{
    StreamServer server(loopbackServerTls());
    server.setResponse(sseAndWebSocket());

    const std::optional<Error> refused = wssEnd(server, {});
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->kind, Error::Kind::Tls) << refused->message.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());

    const std::optional<Error> trusted = wssEnd(server, testCa());
    EXPECT_FALSE(trusted.has_value()) << trusted->message.toStdString();
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_TRUE(server.requests().first().isWebSocketUpgrade());
}
