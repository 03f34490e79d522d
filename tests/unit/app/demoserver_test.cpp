// The demo server, driven by the real client pipeline: the openai provider,
// the Connector and HttpStreamTransport over loopback HTTP.

#include "demoserver.h"

#include "chat/conversation.h"
#include "provider/providerregistry.h"
#include "transport/connector.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using inkchat::demo::DemoServer;
using inkchat::provider::Rung;
using inkchat::transport::Connector;
using inkchat::transport::ConnectorOptions;

namespace {

constexpr int kWaitMs = 10'000;

QString builtInReply()
{
    QFile file(u":/inkchat/demo/reply.md"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

inkchat::chat::Conversation askedFor(const QString &question)
{
    inkchat::chat::Conversation conversation;
    conversation.messages.append({inkchat::chat::Role::User, question});
    return conversation;
}

/// One reply fetched from the demo server through the real Connector.
struct Client
{
    Client(const DemoServer &server, QNetworkAccessManager &network, ConnectorOptions options = {})
        : provider(inkchat::provider::createProvider(u"openai"_s))
    {
        inkchat::provider::Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        endpoint.model = u"demo"_s;
        inkchat::transport::ConnectorServices services;
        services.network = &network;
        connector = std::make_unique<Connector>(*provider, endpoint, services, options);
        QObject::connect(connector.get(), &Connector::textReceived, [this](const QString &piece) {
            text += piece;
            ++pieces;
        });
        QObject::connect(connector.get(), &Connector::finished,
                         [this](const QString &reason) { finishReason = reason; });
        QObject::connect(connector.get(), &Connector::failed, [this](const inkchat::Error &e) {
            error = e.message;
            failed = true;
        });
        states = std::make_unique<QSignalSpy>(connector.get(), &Connector::stateChanged);
    }

    bool ended() const { return finishReason.has_value() || failed; }

    /// Runs the event loop until the reply ends; false on timeout.
    bool run()
    {
        // Every end passes through a state change (Finished or Failed).
        while (!ended()) {
            if (!states->wait(kWaitMs))
                return ended();
        }
        return true;
    }

    std::unique_ptr<inkchat::provider::Provider> provider;
    std::unique_ptr<Connector> connector;
    QString text;
    int pieces = 0;
    std::unique_ptr<QSignalSpy> states;
    std::optional<QString> finishReason;
    bool failed = false;
    QString error;
};

struct DemoServerTest : ::testing::Test
{
    void SetUp() override
    {
        server.setTokensPerSecond(0);
        ASSERT_TRUE(server.listen()) << qPrintable(server.errorString());
        ASSERT_FALSE(builtInReply().isEmpty());
    }

    /// Waits until every connection the server accepted has been closed.
    bool waitForNoConnections()
    {
        QSignalSpy changed(&server, &DemoServer::connectionCountChanged);
        while (server.connectionCount() > 0) {
            if (!changed.wait(kWaitMs))
                return server.connectionCount() == 0;
        }
        return true;
    }

    QNetworkAccessManager network;
    DemoServer server;
};

TEST_F(DemoServerTest, ListensOnLoopbackWithAnOpenAiBaseUrl)
{
    const QUrl url = server.baseUrl();
    EXPECT_EQ(url.scheme(), u"http"_s);
    EXPECT_EQ(url.host(), u"127.0.0.1"_s);
    EXPECT_GT(url.port(), 0);
    EXPECT_EQ(url.path(), u"/v1"_s);

    DemoServer idle;
    EXPECT_TRUE(idle.baseUrl().isEmpty());
    EXPECT_EQ(idle.tokensPerSecond(), DemoServer::kDefaultTokensPerSecond);
}

TEST_F(DemoServerTest, StreamsTheBuiltInReplyWordByWordThroughTheRealPipeline)
{
    Client client(server, network);
    client.connector->start(askedFor(u"Hallo"_s));

    ASSERT_TRUE(client.run());
    EXPECT_EQ(client.error, QString());
    EXPECT_EQ(client.finishReason, u"stop"_s);
    EXPECT_EQ(client.text, u"You asked: “Hallo”\n\n"_s + builtInReply());
    EXPECT_EQ(client.connector->text(), client.text);
    // Streamed, not one blob: about one piece per word.
    EXPECT_GT(client.pieces, builtInReply().split(u' ').size() / 2);
    EXPECT_TRUE(waitForNoConnections());
}

TEST_F(DemoServerTest, AnswersTheSingleJsonRungWithTheSameReply)
{
    ConnectorOptions options;
    options.onlyRung = Rung::Single;
    Client client(server, network, options);
    client.connector->start(askedFor(u"What is this?"_s));

    ASSERT_TRUE(client.run());
    EXPECT_EQ(client.error, QString());
    EXPECT_EQ(client.finishReason, u"stop"_s);
    EXPECT_EQ(client.text, u"You asked: “What is this?”\n\n"_s + builtInReply());
}

TEST_F(DemoServerTest, QuotesTheLastShortQuestionEscapedAndOnOneLine)
{
    inkchat::chat::Conversation conversation = askedFor(u"first question"_s);
    conversation.messages.append({inkchat::chat::Role::Assistant, u"an earlier answer"_s});
    conversation.messages.append({inkchat::chat::Role::User, u"Is \"2*3\" a\n\\path?  😊"_s});
    Client client(server, network);
    client.connector->start(conversation);

    ASSERT_TRUE(client.run());
    EXPECT_EQ(client.finishReason, u"stop"_s) << qPrintable(client.error);
    EXPECT_EQ(client.text, u"You asked: “Is \"2\\*3\" a \\\\path? 😊”\n\n"_s + builtInReply());
}

TEST_F(DemoServerTest, DoesNotQuoteALongQuestion)
{
    Client client(server, network);
    client.connector->start(askedFor(QString(81, u'x')));

    ASSERT_TRUE(client.run());
    EXPECT_EQ(client.finishReason, u"stop"_s) << qPrintable(client.error);
    EXPECT_EQ(client.text, builtInReply());
}

TEST_F(DemoServerTest, ServesTwoConcurrentRequests)
{
    server.setTokensPerSecond(500);
    Client first(server, network);
    Client second(server, network);
    first.connector->start(askedFor(u"one"_s));
    second.connector->start(askedFor(u"two"_s));
    // Both are on the wire before either ends.
    QSignalSpy firstText(first.connector.get(), &Connector::textReceived);
    QSignalSpy secondText(second.connector.get(), &Connector::textReceived);
    ASSERT_TRUE(firstText.count() > 0 || firstText.wait(kWaitMs));
    ASSERT_TRUE(secondText.count() > 0 || secondText.wait(kWaitMs));
    EXPECT_FALSE(first.finishReason.has_value());
    EXPECT_FALSE(second.finishReason.has_value());

    ASSERT_TRUE(first.run());
    ASSERT_TRUE(second.run());
    EXPECT_EQ(first.text, u"You asked: “one”\n\n"_s + builtInReply()) << qPrintable(first.error);
    EXPECT_EQ(second.text, u"You asked: “two”\n\n"_s + builtInReply()) << qPrintable(second.error);
    EXPECT_TRUE(waitForNoConnections());
}

TEST_F(DemoServerTest, DropsAClientThatLeavesMidStreamAndKeepsServing)
{
    server.setTokensPerSecond(20);
    {
        Client leaving(server, network);
        leaving.connector->start(askedFor(u"bye"_s));
        QSignalSpy text(leaving.connector.get(), &Connector::textReceived);
        ASSERT_TRUE(text.wait(kWaitMs));
        EXPECT_EQ(server.connectionCount(), 1);
        leaving.connector->cancel();
    }
    ASSERT_TRUE(waitForNoConnections()) << "the server kept streaming to a client that left";

    server.setTokensPerSecond(0);
    Client next(server, network);
    next.connector->start(askedFor(u"again"_s));
    ASSERT_TRUE(next.run());
    EXPECT_EQ(next.finishReason, u"stop"_s) << qPrintable(next.error);
    EXPECT_EQ(next.text, u"You asked: “again”\n\n"_s + builtInReply());
}

TEST_F(DemoServerTest, AnswersOtherPathsWith404AndAJsonError)
{
    QUrl url = server.baseUrl();
    url.setPath(u"/v1/models"_s);
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(kWaitMs));

    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    EXPECT_TRUE(
        reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"application/json"_s));
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object().value("error"_L1).toObject();
    EXPECT_TRUE(error.value("message"_L1).toString().contains(u"/v1/models"_s));
}

TEST_F(DemoServerTest, RejectsABodyThatIsNotAChatRequest)
{
    QUrl url = server.baseUrl();
    url.setPath(u"/v1/chat/completions"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArrayLiteral("{\"stream\": tru")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(kWaitMs));

    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object().value("error"_L1).toObject();
    EXPECT_FALSE(error.value("message"_L1).toString().isEmpty());
}

} // namespace
