// A key never follows a redirect to another origin (curl's rule): the API
// host answers 301/302/307/308 pointing at another port, and the second
// server must see neither the key nor the conversation, for each way a
// provider sends its key. A redirect within the origin is still followed.

#include "clirun.h"
#include "ssescript.h"
#include "streamserver.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

struct KeyedProvider
{
    QString id;
    QString basePath;
    QByteArray keyHeader;
};

const QList<KeyedProvider> kProviders{
    {u"openai"_s, u"/v1"_s, "Authorization"},
    {u"anthropic"_s, QString(), "x-api-key"},
    {u"gemini"_s, QString(), "x-goog-api-key"},
};

StreamResponse redirectTo(int status, const QUrl &target)
{
    StreamResponse response;
    response.status = status;
    response.reason = "Moved";
    response.headers = {{QByteArrayLiteral("Location"), target.toEncoded()}};
    return response;
}

QStringList chatTo(const KeyedProvider &provider, const QUrl &baseUrl)
{
    return {u"chat"_s,        u"--provider"_s,    provider.id,
            u"--base-url"_s,  baseUrl.toString(), u"--model"_s,
            u"test-model"_s,  u"--api-key-env"_s, kKeyVariable,
            u"--transport"_s, u"sse"_s,           u"--max-retries"_s,
            u"0"_s,           u"--no-store"_s,    u"a secret prompt"_s};
}

} // namespace

TEST(CliRedirect, NeverTakesTheKeyOrTheConversationToAnotherOrigin)
{
    for (const KeyedProvider &provider : kProviders) {
        for (const int status : {301, 302, 307, 308}) {
            SCOPED_TRACE(provider.id.toStdString() + ' ' + std::to_string(status));
            StreamServer elsewhere;
            StreamServer api;
            api.setResponse(redirectTo(status, elsewhere.url(u"/collect"_s)));

            const CliResult result = runCli(chatTo(provider, api.url(provider.basePath)));
            ASSERT_EQ(api.requests().size(), 1) << describe(result);
            EXPECT_TRUE(api.requests().first().header(provider.keyHeader).contains(kFakeKey));
            EXPECT_TRUE(elsewhere.requests().isEmpty()) << describe(result);
            EXPECT_EQ(result.exitCode, 2) << describe(result);
            ASSERT_EQ(errorLines(result).size(), 1) << describe(result);
            const QByteArray error = errorLines(result).constFirst();
            EXPECT_TRUE(error.contains(QByteArray("127.0.0.1:" + QByteArray::number(api.port()))))
                << error.constData();
            EXPECT_TRUE(error.contains(QByteArray("127.0.0.1:" + QByteArray::number(elsewhere.port()))))
                << error.constData();
            EXPECT_FALSE(result.err.contains(kFakeKey));
        }
    }
}

TEST(CliRedirect, FollowsARedirectWithinTheOriginWithTheKey)
{
    StreamServer api;
    api.setResponder([&api](const inkchat::test::RecordedRequest &request) {
        if (request.target.startsWith("/old"))
            return redirectTo(308, api.url(u"/v1/chat/completions"_s));
        return inkchat::test::sseResponse(inkchat::test::openAiChatBody({u"moved fine"_s}));
    });
    const CliResult result = runCli(chatTo(kProviders.first(), api.url(u"/old"_s)));
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, "moved fine\n");
    ASSERT_EQ(api.requests().size(), 2);
    EXPECT_EQ(api.requests().at(1).header("Authorization"), "Bearer " + kFakeKey);
    EXPECT_TRUE(api.requests().at(1).body.contains("a secret prompt"));
}
