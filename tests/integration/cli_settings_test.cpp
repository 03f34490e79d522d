// inkchat-cli chat's --temperature, --max-tokens and --reasoning-effort
// next to --system: sent in the provider's request, stored with the
// conversation and kept when it is continued; --stats says which model
// answered and the tokens it used.

#include "clistorefixture.h"
#include "ssescript.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using inkchat::test::openAiChatBody;
using inkchat::test::sseResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

using CliSettings = CliStoreTest;

QJsonObject requestBody(const StreamServer &server, qsizetype index)
{
    return QJsonDocument::fromJson(server.requests().at(index).body).object();
}

qint64 conversationIn(const CliResult &result)
{
    static const QRegularExpression pattern(u"inkchat-cli: conversation (\\d+)"_s);
    return pattern.match(QString::fromUtf8(result.err)).captured(1).toLongLong();
}

TEST_F(CliSettings, SendsAndStoresTheParametersAndKeepsThemWhenTheConversationGoesOn)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Ok."_s})));
    const CliResult first = runCli(
        chatArguments(server, u"Hello"_s,
                      {u"--system"_s, u"Be brief."_s, u"--temperature"_s, u"0.25"_s, u"--max-tokens"_s,
                       u"128"_s, u"--reasoning-effort"_s, u"low"_s}));
    ASSERT_EQ(first.exitCode, 0) << describe(first);
    const QJsonObject sent = requestBody(server, 0);
    EXPECT_EQ(sent[u"temperature"_s].toDouble(), 0.25);
    EXPECT_EQ(sent[u"max_completion_tokens"_s].toInt(), 128);
    EXPECT_EQ(sent[u"reasoning_effort"_s].toString(), u"low"_s);
    EXPECT_EQ(sent[u"messages"_s][0][u"content"_s].toString(), u"Be brief."_s);

    const qint64 id = conversationIn(first);
    {
        const auto store = openStore();
        const inkchat::chat::ConversationRecord stored = *store->conversation(id);
        EXPECT_EQ(stored.model, u"test-model"_s);
        EXPECT_EQ(stored.parameters, (inkchat::chat::ReplyParameters{0.25, 128, u"low"_s}));
    }

    // Continued with a new maximum only: the rest is as stored.
    const CliResult second = runCli(chatArguments(
        server, u"More"_s, {u"--conversation"_s, QString::number(id), u"--max-tokens"_s, u"64"_s}));
    ASSERT_EQ(second.exitCode, 0) << describe(second);
    EXPECT_EQ(requestBody(server, 1)[u"temperature"_s].toDouble(), 0.25);
    EXPECT_EQ(requestBody(server, 1)[u"max_completion_tokens"_s].toInt(), 64);

    // 'default' leaves it to the provider again.
    const CliResult third = runCli(chatArguments(
        server, u"Again"_s, {u"--conversation"_s, QString::number(id), u"--temperature"_s, u"default"_s}));
    ASSERT_EQ(third.exitCode, 0) << describe(third);
    EXPECT_FALSE(requestBody(server, 2).contains(u"temperature"_s));
    const QJsonObject exported = exportedTranscript()[u"conversations"_s][0].toObject();
    EXPECT_EQ(exported[u"model"_s].toString(), u"test-model"_s);
    EXPECT_EQ(exported[u"parameters"_s][u"max_output_tokens"_s].toInt(), 64);
    EXPECT_TRUE(exported[u"parameters"_s][u"temperature"_s].isNull());
}

TEST_F(CliSettings, AContinuedConversationAsksItsStoredModelWhenNoneIsGiven)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Ok."_s})));
    const CliResult first = runCli(chatArguments(server, u"Hello"_s));
    ASSERT_EQ(first.exitCode, 0) << describe(first);
    QStringList arguments = chatArguments(server, u"Again"_s,
                                          {u"--conversation"_s, QString::number(conversationIn(first))});
    arguments.removeAt(arguments.indexOf(u"--model"_s) + 1);
    arguments.removeAll(u"--model"_s);
    const CliResult second = runCli(arguments);
    ASSERT_EQ(second.exitCode, 0) << describe(second);
    EXPECT_EQ(requestBody(server, 1)[u"model"_s].toString(), u"test-model"_s);
}

TEST_F(CliSettings, StatsNameTheModelThatAnsweredAndItsTokens)
{
    StreamServer server;
    QByteArray body = openAiChatBody({u"Ok."_s});
    body.replace("data: {", "data: {\"model\":\"test-model-2026-01-01\",");
    body.insert(body.indexOf("data: [DONE]"),
                "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":1234,\"completion_tokens\":56}}\n\n");
    server.setResponse(sseResponse(body));
    const CliResult result = runCli(chatArguments(server, u"Hello"_s, {u"--stats"_s}));
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, "Ok.\n");
    EXPECT_TRUE(result.err.contains("inkchat-cli: test-model-2026-01-01 · 1234 in · 56 out\n"))
        << describe(result);
}

TEST_F(CliSettings, RefusesParametersTheProviderDoesNotTakeOrOutOfRange)
{
    StreamServer server;
    const QList<std::pair<QStringList, QByteArray>> cases = {
        {{u"--temperature"_s, u"2.5"_s}, "--temperature takes a number from 0 to 2"},
        {{u"--temperature"_s, u"warm"_s}, "--temperature takes a number from 0 to 2"},
        {{u"--max-tokens"_s, u"0"_s}, "--max-tokens takes a number of tokens, 1 or more"},
        {{u"--reasoning-effort"_s, u"max"_s},
         "takes --reasoning-effort none, minimal, low, medium, high, xhigh"},
    };
    for (const auto &[extra, message] : cases) {
        const CliResult result = runCli(chatArguments(server, u"Hello"_s, extra));
        EXPECT_EQ(result.exitCode, 2) << describe(result);
        EXPECT_TRUE(result.err.contains(message)) << describe(result);
    }
    QStringList anthropic = chatArguments(server, u"Hello"_s, {u"--temperature"_s, u"0.5"_s});
    anthropic[anthropic.indexOf(u"openai"_s)] = u"anthropic"_s;
    const CliResult result = runCli(anthropic);
    EXPECT_EQ(result.exitCode, 2) << describe(result);
    EXPECT_TRUE(result.err.contains("provider 'anthropic' takes no --temperature")) << describe(result);
    EXPECT_TRUE(server.requests().isEmpty());
}

} // namespace
