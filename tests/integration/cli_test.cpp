#include "clirun.h"
#include "fixtures.h"
#include "streamserver.h"

#include "provider/providerregistry.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

/// How each provider's base URL is written and where its request goes.
struct ProviderSetup
{
    QString basePath;
    QByteArray target;
    QByteArray contentType;
};

ProviderSetup setupFor(const QString &id)
{
    const QByteArray sse = QByteArrayLiteral("text/event-stream");
    if (id == "openai"_L1)
        return {u"/v1"_s, "/v1/chat/completions", sse};
    if (id == "openai-responses"_L1)
        return {u"/v1"_s, "/v1/responses", sse};
    if (id == "anthropic"_L1)
        return {QString(), "/v1/messages", sse};
    if (id == "gemini"_L1)
        return {QString(), "/v1beta/models/test-model:streamGenerateContent?alt=sse", sse};
    if (id == "ollama"_L1)
        return {QString(), "/api/chat", QByteArrayLiteral("application/x-ndjson")};
    if (id == "sse"_L1)
        return {u"/events"_s, "/events", sse};
    if (id == "text"_L1)
        return {u"/text"_s, "/text", QByteArrayLiteral("text/plain; charset=utf-8")};
    if (id == "relay"_L1)
        return {QString(), "/v1/replies", sse};
    ADD_FAILURE() << "no URL convention known for provider " << qPrintable(id);
    return {};
}

/// One exchange in each provider's streaming wire format: no other rung, no
/// retry (the ladder and reconnection have their own tests in ladder_test).
QStringList chatArguments(const QString &providerId, const StreamServer &server,
                          const QString &prompt = u"Hallo"_s)
{
    return {u"chat"_s,
            u"--provider"_s,
            providerId,
            u"--base-url"_s,
            server.url(setupFor(providerId).basePath).toString(),
            u"--model"_s,
            u"test-model"_s,
            u"--api-key-env"_s,
            kKeyVariable,
            u"--transport"_s,
            u"sse"_s,
            u"--max-retries"_s,
            u"0"_s,
            prompt};
}

StreamResponse fixtureResponse(const QString &providerId, const QString &caseName)
{
    StreamResponse response;
    response.headers = {{QByteArrayLiteral("Content-Type"), setupFor(providerId).contentType}};
    response.body = inkchat::test::readData(u"providers/%1/%2.body"_s.arg(providerId, caseName));
    return response;
}

bool hasReply(const QString &providerId, const QString &caseName)
{
    return QFile::exists(inkchat::test::dataPath(u"providers/%1/%2.reply.txt"_s.arg(providerId, caseName)));
}

} // namespace

TEST(Cli, PrintsEveryCompleteFixtureReplyExactlyWhateverTheChunking)
{
    int cases = 0;
    for (const QString &providerId : inkchat::provider::providerIds()) {
        for (const QString &caseName : inkchat::test::providerCases(providerId)) {
            if (!hasReply(providerId, caseName))
                continue;
            const QByteArray expected = inkchat::test::readData(
                                            u"providers/%1/%2.reply.txt"_s.arg(providerId, caseName))
                                        + '\n';
            for (const auto chunking :
                 {StreamResponse::Chunking::OneByte, StreamResponse::Chunking::Random}) {
                SCOPED_TRACE(qPrintable(
                    providerId + u'/' + caseName
                    + (chunking == StreamResponse::Chunking::OneByte ? u" 1-byte"_s : u" random"_s)));
                StreamServer server;
                StreamResponse response = fixtureResponse(providerId, caseName);
                response.chunking = chunking;
                response.seed = quint32(cases + 1);
                response.delayMs = chunking == StreamResponse::Chunking::Random ? 2 : 0;
                server.setResponse(response);

                const CliResult result = runCli(chatArguments(providerId, server));
                EXPECT_EQ(result.exitCode, 0) << describe(result);
                EXPECT_EQ(result.out, expected) << describe(result);
                ++cases;
            }
        }
    }
    EXPECT_GT(cases, 0);
}

TEST(Cli, ExitsInterruptedOnTruncatedFixtures)
{
    int cases = 0;
    for (const QString &providerId : inkchat::provider::providerIds()) {
        for (const QString &caseName : inkchat::test::providerCases(providerId)) {
            if (hasReply(providerId, caseName) || !caseName.startsWith(u"truncated"_s))
                continue;
            SCOPED_TRACE(qPrintable(providerId + u'/' + caseName));
            StreamServer server;
            StreamResponse response = fixtureResponse(providerId, caseName);
            response.chunking = StreamResponse::Chunking::Random;
            server.setResponse(response);

            const CliResult result = runCli(chatArguments(providerId, server));
            EXPECT_EQ(result.exitCode, 5) << describe(result);
            EXPECT_TRUE(result.out.endsWith('\n')) << describe(result);
            EXPECT_EQ(errorLines(result).size(), 1) << describe(result);
            ++cases;
        }
    }
    EXPECT_GT(cases, 0);
}

// Fixtures without a reply file that are not truncated are provider errors
// or odd-but-complete bodies (text cut inside a character ends with U+FFFD).
TEST(Cli, EndsEveryOtherFixtureCleanlyOrWithOneErrorLine)
{
    for (const QString &providerId : inkchat::provider::providerIds()) {
        for (const QString &caseName : inkchat::test::providerCases(providerId)) {
            if (hasReply(providerId, caseName) || caseName.startsWith(u"truncated"_s))
                continue;
            SCOPED_TRACE(qPrintable(providerId + u'/' + caseName));
            StreamServer server;
            server.setResponse(fixtureResponse(providerId, caseName));

            const CliResult result = runCli(chatArguments(providerId, server));
            EXPECT_TRUE(result.exitCode == 0 || result.exitCode == 4 || result.exitCode == 5)
                << describe(result);
            if (result.exitCode == 0) {
                EXPECT_TRUE(errorLines(result).isEmpty()) << describe(result);
                continue;
            }
            EXPECT_EQ(errorLines(result).size(), 1) << describe(result);
        }
    }
}

TEST(Cli, WritesEachDeltaBeforeTheReplyEnds)
{
    StreamServer server;
    StreamResponse response = fixtureResponse(u"openai"_s, u"multilingual"_s);
    // Pause right after the event that carries the first words of the reply.
    const QByteArray firstWords =
        inkchat::test::readData(u"providers/openai/multilingual.reply.txt"_s).left(4);
    response.pauseAfterBytes = response.body.indexOf("\n\n", response.body.indexOf(firstWords)) + 2;
    server.setResponse(response);
    CliRun run(chatArguments(u"openai"_s, server));
    QSignalSpy output(&run.process(), &QProcess::readyReadStandardOutput);
    ASSERT_TRUE(output.wait(kWaitMs));

    // The reply is still open, yet its first words are on stdout already.
    server.closeConnections();
    const CliResult result = run.wait();
    EXPECT_EQ(result.exitCode, 5) << describe(result);
    EXPECT_EQ(errorLines(result).size(), 1) << describe(result);
}

TEST(Cli, ExitsInterruptedAndKeepsThePartialReplyWhenTheConnectionDrops)
{
    StreamServer server;
    StreamResponse response = fixtureResponse(u"anthropic"_s, u"multilingual"_s);
    response.chunking = StreamResponse::Chunking::OneByte;
    response.cutAfterBytes = response.body.size() / 2;
    server.setResponse(response);

    const CliResult result = runCli(chatArguments(u"anthropic"_s, server));
    EXPECT_EQ(result.exitCode, 5) << describe(result);
    const QByteArray reply = inkchat::test::readData(u"providers/anthropic/multilingual.reply.txt"_s);
    EXPECT_TRUE(result.out.endsWith('\n'));
    EXPECT_TRUE(reply.startsWith(result.out.chopped(1))) << describe(result);
}

TEST(Cli, SendsEachProvidersRequestToItsUrlConvention)
{
    for (const QString &providerId : inkchat::provider::providerIds()) {
        SCOPED_TRACE(qPrintable(providerId));
        StreamServer server;
        server.setResponse(fixtureResponse(providerId, inkchat::test::providerCases(providerId).value(0)));
        const CliResult result = runCli(chatArguments(providerId, server));
        ASSERT_EQ(server.requests().size(), 1) << describe(result);
        EXPECT_EQ(server.requests().first().target, setupFor(providerId).target);
        EXPECT_EQ(server.requests().first().method, "POST");
    }
}

TEST(Cli, ReportsHttpErrorsWithTheProvidersTextAndExitCode4)
{
    struct Shape
    {
        QString provider;
        QByteArray body;
    };
    const QList<Shape> shapes = {
        {u"openai"_s,
         R"({"error":{"message":"PROVIDER-SAYS-NO","type":"invalid_request_error","code":null}})"},
        {u"anthropic"_s,
         R"({"type":"error","error":{"type":"authentication_error","message":"PROVIDER-SAYS-NO"}})"},
        {u"gemini"_s, R"({"error":{"code":400,"message":"PROVIDER-SAYS-NO","status":"INVALID_ARGUMENT"}})"},
        {u"ollama"_s, R"({"error":"PROVIDER-SAYS-NO"})"},
    };
    for (const Shape &shape : shapes) {
        for (const auto &[status, reason] :
             {std::pair{401, "Unauthorized"}, std::pair{404, "Not Found"},
              std::pair{429, "Too Many Requests"}, std::pair{500, "Internal Server Error"}}) {
            SCOPED_TRACE(qPrintable(shape.provider + u' ' + QString::number(status)));
            StreamServer server;
            StreamResponse response;
            response.status = status;
            response.reason = reason;
            response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
            response.body = shape.body;
            server.setResponse(response);

            const CliResult result = runCli(chatArguments(shape.provider, server));
            EXPECT_EQ(result.exitCode, 4) << describe(result);
            EXPECT_TRUE(result.out.isEmpty()) << describe(result);
            EXPECT_EQ(errorLines(result).size(), 1) << describe(result);
            EXPECT_TRUE(result.err.contains("PROVIDER-SAYS-NO")) << describe(result);
        }
    }
}

TEST(Cli, SaysAPromptGeminiBlockedInTheUsersLanguageWithGeminisOwnWords)
{
    StreamServer server;
    StreamResponse response;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream")}};
    response.body = R"(data: {"promptFeedback":{"blockReason":"PROHIBITED_CONTENT",)"
                    R"("blockReasonMessage":"The prompt touches a forbidden topic."}})"
                    "\n\n";
    server.setResponse(response);
    const QList<std::pair<QString, QByteArray>> languages = {
        {u"de"_s, "inkchat-cli: error: Gemini hat die Eingabe blockiert (PROHIBITED_CONTENT): The prompt "
                  "touches a forbidden topic."},
        {u"en"_s, "inkchat-cli: error: Gemini blocked the prompt (PROHIBITED_CONTENT): The prompt touches a "
                  "forbidden topic."},
    };
    for (const auto &[language, line] : languages) {
        SCOPED_TRACE(qPrintable(language));
        const CliResult result =
            CliRun(chatArguments(u"gemini"_s, server), {}, true, inLanguage(language)).wait();
        EXPECT_EQ(result.exitCode, 4) << describe(result);
        EXPECT_EQ(errorLines(result), QList<QByteArray>{line}) << describe(result);
    }
}

TEST(Cli, SendsTheKeyFromTheEnvironmentButNeverPrintsIt)
{
    for (const QString &providerId : {u"openai"_s, u"anthropic"_s, u"gemini"_s}) {
        SCOPED_TRACE(qPrintable(providerId));
        StreamServer server;
        StreamResponse response;
        response.status = 401;
        response.reason = "Unauthorized";
        response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
        response.body = R"({"error":{"message":"Incorrect API key provided: )" + kFakeKey
                        + R"(","type":"invalid_request_error"}})";
        server.setResponse(response);

        const CliResult result = runCli(chatArguments(providerId, server));
        EXPECT_EQ(result.exitCode, 4) << describe(result);
        ASSERT_EQ(server.requests().size(), 1);
        bool keySent = false;
        for (const auto &header : server.requests().first().headers)
            keySent = keySent || header.second.contains(kFakeKey);
        EXPECT_TRUE(keySent);
        EXPECT_FALSE(server.requests().first().target.contains(kFakeKey)); // headers only
        EXPECT_FALSE(result.out.contains(kFakeKey)) << describe(result);
        EXPECT_FALSE(result.err.contains(kFakeKey)) << describe(result);
    }
}

TEST(Cli, ReadsThePromptFromStdinWhenNoneIsGiven)
{
    StreamServer server;
    server.setResponse(fixtureResponse(u"openai"_s, u"multilingual"_s));
    QStringList arguments = chatArguments(u"openai"_s, server);
    arguments.removeLast();

    const CliResult result = runCli(arguments, "what time is it\n");
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_TRUE(server.requests().first().body.contains("\"what time is it\""))
        << server.requests().first().body.toStdString();
}

TEST(Cli, ExitsWithNetworkCodeWhenTheConnectionIsRefused)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const QString url = u"http://127.0.0.1:%1/v1"_s.arg(closed.serverPort());
    closed.close();

    const CliResult result = runCli({u"chat"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s, url,
                                     u"--model"_s, u"m"_s, u"--max-retries"_s, u"1"_s, u"hi"_s});
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    EXPECT_TRUE(result.out.isEmpty());
    // It tried again, then the next rung, then said why it gave up, once.
    EXPECT_TRUE(result.err.contains("inkchat-cli: reconnecting (attempt 1, in ")) << describe(result);
    EXPECT_TRUE(result.err.contains("inkchat-cli: fell back to json: ")) << describe(result);
    ASSERT_EQ(errorLines(result).size(), 1) << describe(result);
    EXPECT_TRUE(errorLines(result).first().contains("gave up after 1 retries")) << describe(result);
}

TEST(Cli, SaysOnStderrWhichRequestParameterTheServerRefused)
{
    // Azure AI inference answers 400 to stream_options; its words carry a
    // terminal control sequence here, which must not reach the terminal.
    StreamServer server;
    server.setResponder([](const inkchat::test::RecordedRequest &request) {
        StreamResponse response = fixtureResponse(u"openai"_s, u"multilingual"_s);
        if (request.body.contains("stream_options")) {
            response.status = 400;
            response.reason = QByteArrayLiteral("Bad Request");
            response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
            response.body = R"({"error":{"message":"Unrecognized request argument supplied: stream_options)"
                            R"(\u001b]0;owned\u0007","type":"invalid_request_error"}})";
        }
        return response;
    });

    CliResult result = runCli(chatArguments(u"openai"_s, server));
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_FALSE(result.out.isEmpty());
    EXPECT_TRUE(
        result.err.contains("inkchat-cli: the server refused stream_options (HTTP 400), so the reply was "
                            "asked for again without it, as will every later one to this server until "
                            "'inkchat-cli chat --transport reset'; token counts are not reported\n"))
        << describe(result);
    EXPECT_FALSE(result.err.contains('\x1b')) << describe(result);
    EXPECT_FALSE(result.err.contains('\x07')) << describe(result);

    // Said once: the next reply goes without it and says nothing more.
    result = runCli(chatArguments(u"openai"_s, server));
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_FALSE(result.err.contains("refused")) << describe(result);
    ASSERT_EQ(server.requests().size(), 3);
    EXPECT_FALSE(server.requests().last().body.contains("stream_options"));
}

TEST(Cli, ExitsWithNetworkCodeWhenTheServerStaysSilent)
{
    StreamServer server;
    StreamResponse response;
    response.silent = true;
    server.setResponse(response);
    QStringList arguments = chatArguments(u"openai"_s, server);
    arguments << u"--idle-timeout"_s << u"0.2"_s;

    const CliResult result = runCli(arguments);
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    EXPECT_EQ(errorLines(result), QList<QByteArray>{"inkchat-cli: error: no data from the server for 0.2 s"})
        << describe(result);
}

TEST(Cli, RejectsBadCommandLinesWithUsageCode2)
{
    const QString url = u"http://127.0.0.1:9/v1"_s;
    const QList<QStringList> cases = {
        {},
        {u"frobnicate"_s},
        {u"chat"_s, u"--base-url"_s, url, u"--model"_s, u"m"_s, u"hi"_s},
        {u"chat"_s, u"--provider"_s, u"nope"_s, u"--base-url"_s, url, u"--model"_s, u"m"_s, u"hi"_s},
        {u"chat"_s, u"--provider"_s, u"openai"_s, u"--model"_s, u"m"_s, u"hi"_s},
        {u"chat"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s, u"not a url"_s, u"--model"_s, u"m"_s,
         u"hi"_s},
        {u"chat"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s, u"ftp://host/v1"_s, u"--model"_s, u"m"_s,
         u"hi"_s},
        {u"chat"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s, url, u"hi"_s},
        {u"chat"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s, url, u"--model"_s, u"m"_s,
         u"--api-key-env"_s, u"INKCHAT_TEST_SURELY_UNSET"_s, u"hi"_s},
        {u"chat"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s, url, u"--model"_s, u"m"_s,
         u"--idle-timeout"_s, u"soon"_s, u"hi"_s},
        {u"chat"_s, u"--no-such-option"_s},
        {u"sse-dump"_s, u"--url"_s, u"not a url"_s},
        {u"sse-dump"_s, u"/no/such/file.sse"_s},
    };
    for (const QStringList &arguments : cases) {
        SCOPED_TRACE(qPrintable(arguments.join(u' ')));
        const CliResult result = runCli(arguments, {}, false);
        EXPECT_EQ(result.exitCode, 2) << describe(result);
        EXPECT_TRUE(result.out.isEmpty()) << describe(result);
        EXPECT_EQ(errorLines(result).size(), 1) << describe(result);
    }
}

TEST(Cli, PrintsHelpWithTheExitCodesAndTheVersion)
{
    const CliResult help = runCli({u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("inkchat-cli chat --provider P --base-url URL"));
    EXPECT_TRUE(help.out.contains("  5  interrupted"));
    const CliResult chatHelp = runCli({u"chat"_s, u"--help"_s});
    EXPECT_EQ(chatHelp.exitCode, 0);
    EXPECT_TRUE(chatHelp.out.contains("--api-key-env"));
    EXPECT_TRUE(chatHelp.out.contains("Exit codes:"));
    const CliResult version = runCli({u"--version"_s});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("inkchat-cli "));
}
