// The models an endpoint offers: each provider's list request and answer,
// recorded from the real APIs' shapes, fetched from a loopback server
// under the rules of a reply (the key stays at its origin, bounded size,
// a deadline).

#include "fixtures.h"
#include "manualclock.h"
#include "signalwait.h"
#include "streamserver.h"

#include "provider/providerregistry.h"
#include "session/modellistfetch.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat;
using inkchat::session::ModelListFetch;
using inkchat::session::ResolvedEndpoint;
using inkchat::test::RecordedRequest;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;

namespace {

StreamResponse jsonResponse(const QByteArray &body, int status = 200)
{
    StreamResponse response;
    response.status = status;
    response.reason = status == 200 ? "OK" : "Error";
    response.headers = {{"Content-Type", "application/json"}};
    response.body = body;
    return response;
}

ResolvedEndpoint endpointAt(const QString &providerId, const QUrl &baseUrl, const QString &key = u"sk-list"_s)
{
    return ResolvedEndpoint{providerId, {baseUrl, {}, key}, {}};
}

/// What one fetch ended with.
struct Outcome
{
    std::optional<QStringList> models;
    std::optional<Error> error;
};

Outcome fetch(QNetworkAccessManager &network, const ResolvedEndpoint &endpoint,
              session::ExchangeLimits limits = {}, Clock &clock = Clock::system())
{
    ModelListFetch fetch(&network, limits, clock);
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(&fetch, &ModelListFetch::finished, [&](const QStringList &models) {
        outcome.models = models;
        loop.quit();
    });
    QObject::connect(&fetch, &ModelListFetch::failed, [&](const Error &error) {
        outcome.error = error;
        loop.quit();
    });
    fetch.start(endpoint);
    EXPECT_FALSE(outcome.models || outcome.error) << "never ends before start() returns";
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_TRUE(outcome.models || outcome.error) << "ended";
    return outcome;
}

struct ProviderCase
{
    QString providerId;
    QString fixture;   ///< under tests/data/providers/<id>/
    QString basePath;  ///< what the user enters after the host
    QByteArray target; ///< what the server must be asked for
    QByteArray keyHeader;
    QByteArray keyValue;
    QStringList models; ///< what the user is offered
};

const QList<ProviderCase> &providerCases()
{
    static const QList<ProviderCase> cases = {
        {u"openai"_s,
         u"openai/models.json"_s,
         u"/v1"_s,
         "/v1/models",
         "Authorization",
         "Bearer sk-list",
         {u"GPT-4.1"_s, u"gpt-4o"_s, u"gpt-4o-mini"_s, u"o3-mini"_s, u"text-embedding-3-small"_s}},
        {u"openai-responses"_s,
         u"openai/models.json"_s,
         u"/v1/"_s,
         "/v1/models",
         "Authorization",
         "Bearer sk-list",
         {u"GPT-4.1"_s, u"gpt-4o"_s, u"gpt-4o-mini"_s, u"o3-mini"_s, u"text-embedding-3-small"_s}},
        {u"anthropic"_s,
         u"anthropic/models.json"_s,
         {},
         "/v1/models?limit=1000",
         "x-api-key",
         "sk-list",
         {u"claude-sonnet-4-5-20250929"_s, u"claude-opus-4-1-20250805"_s, u"claude-3-5-haiku-20241022"_s}},
        {u"gemini"_s,
         u"gemini/models.json"_s,
         u"/v1beta"_s,
         "/v1beta/models?pageSize=1000",
         "x-goog-api-key",
         "sk-list",
         {u"gemini-2.5-flash"_s, u"gemini-2.5-pro"_s}},
        {u"ollama"_s,
         u"ollama/tags.json"_s,
         {},
         "/api/tags",
         "Authorization",
         "Bearer sk-list",
         {u"qwen3:8b"_s, u"llama3.2:latest"_s}},
    };
    return cases;
}

} // namespace

TEST(ModelList, EachProviderAsksItsOwnListAndOffersItsModels)
{
    QNetworkAccessManager network;
    for (const ProviderCase &c : providerCases()) {
        SCOPED_TRACE(c.providerId.toStdString());
        StreamServer server;
        server.setResponse(jsonResponse(test::readData(u"providers/"_s + c.fixture)));
        const Outcome outcome = fetch(network, endpointAt(c.providerId, server.url(c.basePath)));
        ASSERT_TRUE(outcome.models) << outcome.error->message.toStdString();
        EXPECT_EQ(*outcome.models, c.models);
        ASSERT_EQ(server.requests().size(), 1);
        const RecordedRequest &request = server.requests().constFirst();
        EXPECT_EQ(request.method, "GET");
        EXPECT_EQ(request.target, c.target);
        EXPECT_EQ(request.header(c.keyHeader), c.keyValue);
        EXPECT_TRUE(request.body.isEmpty());
    }
}

TEST(ModelList, AnthropicSaysItsApiVersionAndAGeminiKeyNeverTravelsInTheUrl)
{
    QNetworkAccessManager network;
    StreamServer server;
    server.setResponse(jsonResponse(test::readData(u"providers/anthropic/models.json"_s)));
    ASSERT_TRUE(fetch(network, endpointAt(u"anthropic"_s, server.url())).models);
    EXPECT_FALSE(server.requests().constFirst().header("anthropic-version").isEmpty());

    server.setResponse(jsonResponse(test::readData(u"providers/gemini/models.json"_s)));
    ASSERT_TRUE(fetch(network, endpointAt(u"gemini"_s, server.url(u"/v1beta?key=sk-pasted"_s))).models);
    EXPECT_FALSE(server.requests().constLast().target.contains("sk-pasted"));
}

TEST(ModelList, AServerErrorReadsInTheProvidersOwnWords)
{
    QNetworkAccessManager network;
    StreamServer server;
    server.setResponse(jsonResponse(
        R"({"error":{"message":"Incorrect API key provided: sk-list.","type":"invalid_request_error","code":"invalid_api_key"}})",
        401));
    const Outcome outcome = fetch(network, endpointAt(u"openai"_s, server.url(u"/v1"_s)));
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->kind, Error::Kind::Http);
    EXPECT_EQ(outcome.error->httpStatus, 401);
    EXPECT_TRUE(outcome.error->message.contains(u"Incorrect API key"_s))
        << outcome.error->message.toStdString();
}

TEST(ModelList, AnAnswerThatIsNoModelListSaysWhatWasExpected)
{
    QNetworkAccessManager network;
    StreamServer server;
    server.setResponse(jsonResponse("<html>captive portal</html>"));
    const Outcome outcome = fetch(network, endpointAt(u"ollama"_s, server.url()));
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->kind, Error::Kind::Protocol);
    EXPECT_TRUE(outcome.error->message.contains(u"\"models\""_s)) << outcome.error->message.toStdString();
}

TEST(ModelList, TheKeyIsNotFollowedToAnotherOrigin)
{
    QNetworkAccessManager network;
    StreamServer elsewhere;
    elsewhere.setResponse(jsonResponse(test::readData(u"providers/openai/models.json"_s)));
    StreamServer server;
    StreamResponse redirect = jsonResponse({}, 302);
    redirect.headers.append({"Location", elsewhere.url(u"/v1/models"_s).toEncoded()});
    server.setResponse(redirect);

    const Outcome outcome = fetch(network, endpointAt(u"openai"_s, server.url(u"/v1"_s)));
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->kind, Error::Kind::Usage);
    EXPECT_TRUE(elsewhere.requests().isEmpty()) << "nothing, least of all the key, went to the other origin";
}

TEST(ModelList, AListLargerThanTheLimitIsNotRead)
{
    QNetworkAccessManager network;
    StreamServer server;
    StreamResponse flood = jsonResponse(R"({"data":[)");
    flood.generatedBody = [] { return QByteArray(64 * 1024, ' '); };
    server.setResponse(flood);
    session::ExchangeLimits limits;
    limits.maxBytes = 256 * 1024;
    const Outcome outcome = fetch(network, endpointAt(u"openai"_s, server.url(u"/v1"_s)), limits);
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->kind, Error::Kind::LimitExceeded);
}

TEST(ModelList, AServerThatNeverAnswersEndsAtTheDeadline)
{
    QNetworkAccessManager network;
    test::ManualClock clock;
    StreamServer server;
    StreamResponse silent;
    silent.silent = true;
    server.setResponse(silent);

    ModelListFetch fetch(&network, {}, clock);
    std::optional<Error> error;
    QObject::connect(&fetch, &ModelListFetch::failed, [&](const Error &e) { error = e; });
    fetch.start(endpointAt(u"openai"_s, server.url(u"/v1"_s)));
    ASSERT_TRUE(test::waitUntil(&server, &StreamServer::requestReceived,
                                [&] { return !server.requests().isEmpty(); }));
    clock.advance(std::chrono::seconds(29));
    EXPECT_FALSE(error);
    clock.advance(std::chrono::seconds(1));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Timeout);
}

TEST(ModelList, EndpointsWithoutAListSaySoAndTheNameIsTyped)
{
    QNetworkAccessManager network;
    for (const QString &id : {u"sse"_s, u"text"_s}) {
        const Outcome outcome = fetch(network, endpointAt(id, QUrl(u"http://127.0.0.1:9/stream"_s)));
        ASSERT_TRUE(outcome.error);
        EXPECT_EQ(outcome.error->kind, Error::Kind::Usage);
        EXPECT_FALSE(
            provider::providerInfo(provider::createProvider(id)->info().kind).capabilities.listsModels);
    }
    for (const ProviderCase &c : providerCases())
        EXPECT_TRUE(provider::findProvider(c.providerId)->capabilities.listsModels)
            << c.providerId.toStdString();
}
