// `inkchat-cli models`: the models an endpoint offers, one id per line,
// from loopback servers answering as the real APIs do.

#include "clirun.h"
#include "fixtures.h"
#include "streamserver.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

StreamResponse jsonResponse(const QByteArray &body, int status = 200)
{
    StreamResponse response;
    response.status = status;
    response.reason = status == 200 ? "OK" : "Unauthorized";
    response.headers = {{"Content-Type", "application/json"}};
    response.body = body;
    return response;
}

QStringList modelsArguments(const QString &provider, const StreamServer &server, const QString &path = {})
{
    return {u"models"_s,        u"--provider"_s, provider, u"--base-url"_s, server.url(path).toString(),
            u"--api-key-env"_s, kKeyVariable};
}

TEST(CliModels, PrintsOneModelIdPerLineForEachProvider)
{
    const struct
    {
        QString provider, fixture, path;
        QByteArray keyHeader, expected;
    } cases[] = {
        {u"openai"_s, u"openai/models.json"_s, u"/v1"_s, "Authorization",
         "GPT-4.1\ngpt-4o\ngpt-4o-mini\no3-mini\ntext-embedding-3-small\n"},
        {u"anthropic"_s,
         u"anthropic/models.json"_s,
         {},
         "x-api-key",
         "claude-sonnet-4-5-20250929\nclaude-opus-4-1-20250805\nclaude-3-5-haiku-20241022\n"},
        {u"gemini"_s, u"gemini/models.json"_s, u"/v1beta"_s, "x-goog-api-key",
         "gemini-2.5-flash\ngemini-2.5-pro\n"},
        {u"ollama"_s, u"ollama/tags.json"_s, {}, "Authorization", "qwen3:8b\nllama3.2:latest\n"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.provider.toStdString());
        StreamServer server;
        server.setResponse(jsonResponse(inkchat::test::readData(u"providers/"_s + c.fixture)));
        const CliResult result = runCli(modelsArguments(c.provider, server, c.path));
        ASSERT_EQ(result.exitCode, 0) << describe(result);
        EXPECT_EQ(result.out, c.expected);
        EXPECT_TRUE(result.err.isEmpty()) << describe(result);
        ASSERT_EQ(server.requests().size(), 1);
        EXPECT_TRUE(server.requests().constFirst().header(c.keyHeader).contains(kFakeKey));
    }
}

TEST(CliModels, AFailedFetchSaysWhyOnStderrWithTheExitCodeOfTheFailure)
{
    StreamServer server;
    server.setResponse(
        jsonResponse(R"({"error":{"message":"Invalid API key.","code":"invalid_api_key"}})", 401));
    const CliResult denied = runCli(modelsArguments(u"openai"_s, server, u"/v1"_s));
    EXPECT_EQ(denied.exitCode, 4) << describe(denied);
    EXPECT_TRUE(denied.out.isEmpty());
    ASSERT_EQ(errorLines(denied).size(), 1) << describe(denied);
    EXPECT_TRUE(errorLines(denied).constFirst().contains("Invalid API key.")) << describe(denied);
    EXPECT_FALSE(denied.err.contains(kFakeKey));

    const CliResult generic = runCli(modelsArguments(u"sse"_s, server));
    EXPECT_EQ(generic.exitCode, 2) << describe(generic);
    EXPECT_TRUE(generic.err.contains("type the model's name")) << describe(generic);
}

TEST(CliModels, AServersControlCharactersNeverReachTheTerminal)
{
    StreamServer server;
    server.setResponse(jsonResponse(R"({"data":[{"id":"evil\u001b]0;pwned\u0007\nsecond"},{"id":"ok"}]})"));
    const CliResult result = runCli(modelsArguments(u"openai"_s, server, u"/v1"_s));
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_FALSE(result.out.contains('\x1b'));
    EXPECT_FALSE(result.out.contains('\x07'));
    EXPECT_EQ(result.out.count('\n'), 2) << "one line per model: " << result.out.toStdString();
}

} // namespace
