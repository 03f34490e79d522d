#include "fixtures.h"
#include "streamserver.h"

#include "chat/replystreamer.h"
#include "provider/providerregistry.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using inkchat::Error;
using inkchat::chat::ReplyStreamer;
using inkchat::chat::ReplyStreamerOptions;
using inkchat::provider::Endpoint;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;

namespace {

constexpr int kWaitMs = 10'000;
const QString kFakeKey = u"sk-test-FAKE0123456789"_s;

/// One reply from one provider against a StreamServer, with spies.
struct Harness
{
    Harness(const QString &providerId, const QUrl &baseUrl, ReplyStreamerOptions options = {})
        : provider(inkchat::provider::createProvider(providerId))
    {
        Endpoint endpoint;
        endpoint.baseUrl = baseUrl;
        endpoint.model = u"test-model"_s;
        endpoint.apiKey = kFakeKey;
        streamer = std::make_unique<ReplyStreamer>(*provider, endpoint, &network, options);
        text = std::make_unique<QSignalSpy>(streamer.get(), &ReplyStreamer::textReceived);
        finished = std::make_unique<QSignalSpy>(streamer.get(), &ReplyStreamer::finished);
        failed = std::make_unique<QSignalSpy>(streamer.get(), &ReplyStreamer::failed);
    }

    void start()
    {
        inkchat::chat::Conversation conversation;
        conversation.messages.append({inkchat::chat::Role::User, u"Hallo"_s});
        streamer->start(conversation);
    }

    QString receivedText() const
    {
        QString all;
        for (const QList<QVariant> &args : *text)
            all += args.at(0).toString();
        return all;
    }

    Error error() const { return failed->isEmpty() ? Error{} : failed->first().at(0).value<Error>(); }

    QNetworkAccessManager network;
    std::unique_ptr<inkchat::provider::Provider> provider;
    std::unique_ptr<ReplyStreamer> streamer;
    std::unique_ptr<QSignalSpy> text;
    std::unique_ptr<QSignalSpy> finished;
    std::unique_ptr<QSignalSpy> failed;
};

StreamResponse fixture(const QString &providerId, const QString &caseName)
{
    StreamResponse response;
    response.body = inkchat::test::readData(u"providers/%1/%2.body"_s.arg(providerId, caseName));
    return response;
}

QString replyText(const QString &providerId, const QString &caseName)
{
    return QString::fromUtf8(
        inkchat::test::readData(u"providers/%1/%2.reply.txt"_s.arg(providerId, caseName)));
}

} // namespace

TEST(ReplyStreamer, StreamsACompleteOpenAiReplyInRandomChunks)
{
    StreamServer server;
    StreamResponse response = fixture(u"openai"_s, u"multilingual"_s);
    response.chunking = StreamResponse::Chunking::Random;
    response.seed = 7;
    server.setResponse(response);
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.finished->wait(kWaitMs)) << qPrintable(h.error().message);
    EXPECT_EQ(h.receivedText(), replyText(u"openai"_s, u"multilingual"_s));
    EXPECT_EQ(h.streamer->text(), h.receivedText());
    EXPECT_EQ(h.finished->count(), 1);
    EXPECT_TRUE(h.failed->isEmpty());
    EXPECT_GT(h.text->count(), 1); // delivered piece by piece, not at the end
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().first().target, "/v1/chat/completions");
}

TEST(ReplyStreamer, StreamsACompleteAnthropicReplyOneByteAtATime)
{
    StreamServer server;
    StreamResponse response = fixture(u"anthropic"_s, u"multilingual"_s);
    response.chunking = StreamResponse::Chunking::OneByte;
    server.setResponse(response);
    Harness h(u"anthropic"_s, server.url());
    h.start();

    ASSERT_TRUE(h.finished->wait(kWaitMs)) << qPrintable(h.error().message);
    EXPECT_EQ(h.receivedText(), replyText(u"anthropic"_s, u"multilingual"_s));
    EXPECT_FALSE(h.finished->first().at(0).toString().isEmpty()); // the stop reason
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().first().target, "/v1/messages");
    EXPECT_EQ(server.requests().first().header("x-api-key"), kFakeKey.toUtf8());
}

TEST(ReplyStreamer, ReportsABodyWithoutTheEndSignalAsInterrupted)
{
    StreamServer server;
    server.setResponse(fixture(u"openai"_s, u"truncated"_s));
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.failed->wait(kWaitMs));
    EXPECT_EQ(h.error().kind, Error::Kind::Interrupted);
    EXPECT_FALSE(h.receivedText().isEmpty()); // the partial reply was delivered
    EXPECT_TRUE(h.finished->isEmpty());
}

TEST(ReplyStreamer, ReportsAConnectionLostMidReplyAsInterrupted)
{
    StreamServer server;
    StreamResponse response = fixture(u"openai"_s, u"multilingual"_s);
    response.pauseAfterBytes = response.body.indexOf("\n\n", response.body.size() / 2) + 2;
    server.setResponse(response);
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();
    while (h.text->isEmpty())
        ASSERT_TRUE(h.text->wait(kWaitMs));

    server.closeConnections();
    ASSERT_TRUE(h.failed->wait(kWaitMs));
    EXPECT_EQ(h.error().kind, Error::Kind::Interrupted);
    EXPECT_TRUE(h.error().message.contains(u"interrupted"_s)) << qPrintable(h.error().message);
    EXPECT_TRUE(h.finished->isEmpty());
}

TEST(ReplyStreamer, KeepsTheTimeoutKindWhenTheStreamStallsMidReply)
{
    StreamServer server;
    StreamResponse response = fixture(u"openai"_s, u"multilingual"_s);
    response.pauseAfterBytes = response.body.indexOf("\n\n", response.body.size() / 2) + 2;
    server.setResponse(response);
    ReplyStreamerOptions options;
    options.transport.idleTimeout = 200ms;
    Harness h(u"openai"_s, server.url(u"/v1"_s), options);
    h.start();

    ASSERT_TRUE(h.failed->wait(kWaitMs));
    EXPECT_EQ(h.error().kind, Error::Kind::Timeout);
    EXPECT_EQ(h.error().message,
              u"the reply was interrupted: no data from the server for 0.2 s"_s);
    EXPECT_FALSE(h.receivedText().isEmpty());
}

TEST(ReplyStreamer, EndsTheReplyOnAnInStreamProviderError)
{
    StreamServer server;
    StreamResponse response = fixture(u"anthropic"_s, u"overloaded"_s);
    // Whatever follows the error must not be read as part of the reply.
    response.body += "event: content_block_delta\n"
                     "data: {\"type\":\"content_block_delta\",\"index\":0,"
                     "\"delta\":{\"type\":\"text_delta\",\"text\":\"AFTER\"}}\n\n";
    server.setResponse(response);
    Harness h(u"anthropic"_s, server.url());
    h.start();

    ASSERT_TRUE(h.failed->wait(kWaitMs));
    EXPECT_EQ(h.error().kind, Error::Kind::Provider);
    EXPECT_TRUE(h.error().message.contains(u"Overloaded"_s)) << qPrintable(h.error().message);
    EXPECT_FALSE(h.receivedText().contains(u"AFTER"_s));
    EXPECT_EQ(h.failed->count(), 1);
    EXPECT_TRUE(h.finished->isEmpty());
}

TEST(ReplyStreamer, RedactsTheKeyAServerEchoesInAnHttpError)
{
    StreamServer server;
    StreamResponse response;
    response.status = 401;
    response.reason = "Unauthorized";
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    response.body = R"({"error":{"message":"Incorrect API key provided: )" + kFakeKey.toUtf8()
                    + R"(. You can find your API key at https://platform.openai.com.","type":"invalid_request_error"}})";
    server.setResponse(response);
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.failed->wait(kWaitMs));
    EXPECT_EQ(h.error().kind, Error::Kind::Http);
    EXPECT_EQ(h.error().httpStatus, 401);
    EXPECT_TRUE(h.error().message.contains(u"Incorrect API key provided"_s)) << qPrintable(h.error().message);
    EXPECT_FALSE(h.error().message.contains(kFakeKey)) << qPrintable(h.error().message);
}

TEST(ReplyStreamer, RedactsTheKeyAServerEchoesInAStreamError)
{
    StreamServer server;
    StreamResponse response;
    response.body = "data: {\"error\":{\"message\":\"bad key " + kFakeKey.toUtf8()
                    + "\",\"type\":\"invalid_request_error\"}}\n\n";
    server.setResponse(response);
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.failed->wait(kWaitMs));
    EXPECT_FALSE(h.error().message.contains(kFakeKey)) << qPrintable(h.error().message);
}

TEST(ReplyStreamer, StreamsAnOllamaReplyOverNdjson)
{
    StreamServer server;
    StreamResponse response = fixture(u"ollama"_s, u"multilingual"_s);
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-ndjson")}};
    response.chunking = StreamResponse::Chunking::Random;
    server.setResponse(response);
    Harness h(u"ollama"_s, server.url());
    h.start();

    ASSERT_TRUE(h.finished->wait(kWaitMs)) << qPrintable(h.error().message);
    EXPECT_EQ(h.receivedText(), replyText(u"ollama"_s, u"multilingual"_s));
    EXPECT_EQ(server.requests().first().target, "/api/chat");
}

TEST(ReplyStreamer, CancelEndsWithOneCancelledFailure)
{
    StreamServer server;
    StreamResponse response;
    response.silent = true;
    server.setResponse(response);
    QSignalSpy received(&server, &StreamServer::requestReceived);
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();
    ASSERT_TRUE(received.wait(kWaitMs));

    h.streamer->cancel();
    h.streamer->cancel();
    ASSERT_EQ(h.failed->count(), 1);
    EXPECT_EQ(h.error().kind, Error::Kind::Cancelled);
    EXPECT_FALSE(h.streamer->isRunning());
    EXPECT_TRUE(h.finished->isEmpty());
}
