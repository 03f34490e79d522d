#include "providertesting.h"

#include "provider/anthropicprovider.h"

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::provider;
using namespace inkchat::test;

namespace {

const ReadReply &readFixture(const QString &name)
{
    return test::readFixture(AnthropicProvider(), Framing::Sse, name);
}

ReadReply readBody(const QByteArray &body)
{
    return readEveryChunking(AnthropicProvider(), Framing::Sse, body);
}

/// A message object as the Single rung reads it.
ReadReply readMessage(const QByteArray &body)
{
    return readEveryChunking(AnthropicProvider(), Framing::Json, body, Rung::Single);
}

Endpoint endpoint(const char *base, const QString &key = u"sk-ant-test-1234"_s)
{
    return {QUrl(QString::fromUtf8(base)), u"claude-sonnet-4-20250514"_s, key};
}

} // namespace

TEST(Anthropic, BuildsStreamingMessagesRequest)
{
    const StreamRequest request = AnthropicProvider().buildRequest(
        sampleConversation(), endpoint("https://api.anthropic.com"), Rung::Stream);

    EXPECT_EQ(request.url, QUrl(u"https://api.anthropic.com/v1/messages"_s));
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.framing, Framing::Sse);
    EXPECT_EQ(header(request, "x-api-key"), "sk-ant-test-1234");
    EXPECT_EQ(header(request, "anthropic-version"), "2026-10-21");
    EXPECT_EQ(header(request, "content-type"), "application/json");
    EXPECT_FALSE(hasHeader(request, "Authorization"));
    EXPECT_EQ(bodyObject(request), json(R"({
        "model": "claude-sonnet-4-20250514",
        "max_tokens": 4096,
        "system": "Antworte kurz.",
        "messages": [
            {"role": "user", "content": "Grüß dich! 你好"},
            {"role": "assistant", "content": "Hallo 👋"},
            {"role": "user", "content": "Wie geht's?"}
        ],
        "stream": true
    })"));
}

TEST(Anthropic, DoesNotDoubleV1InTheBaseUrl)
{
    const AnthropicProvider provider;
    EXPECT_EQ(provider.buildRequest({}, endpoint("https://api.anthropic.com/v1"), Rung::Stream).url,
              QUrl(u"https://api.anthropic.com/v1/messages"_s));
    EXPECT_EQ(provider.buildRequest({}, endpoint("https://api.anthropic.com/v1/"), Rung::Stream).url,
              QUrl(u"https://api.anthropic.com/v1/messages"_s));
    EXPECT_EQ(provider.buildRequest({}, endpoint("https://gateway.example/anthropic/"), Rung::Stream).url,
              QUrl(u"https://gateway.example/anthropic/v1/messages"_s));
}

TEST(Anthropic, OmitsSystemAndApiKeyWhenNotGiven)
{
    chat::Conversation conversation;
    conversation.messages = {{chat::Role::User, u"Hi"_s}};
    const StreamRequest request = AnthropicProvider().buildRequest(
        conversation, endpoint("http://localhost:4000", {}), Rung::Stream);

    EXPECT_FALSE(hasHeader(request, "x-api-key"));
    EXPECT_FALSE(bodyObject(request).contains("system"_L1));
}

TEST(Anthropic, DecodesEveryCompletingFixtureToItsReplyText)
{
    EXPECT_GE(checkCompleteFixtures(AnthropicProvider(), Framing::Sse), 2);
}

TEST(Anthropic, EndsWithStopReasonAndUsageFromMessageStartAndDelta)
{
    const ReadReply reply = readFixture(u"multilingual"_s);

    const std::vector<std::string> events = describe(reply.events);
    ASSERT_GE(events.size(), 4u);
    // message_start names the model that writes the reply.
    EXPECT_EQ(events[0], "model claude-sonnet-4-20250514");
    EXPECT_EQ(events[1], "text Grüß");
    EXPECT_EQ(events[events.size() - 2], "finished end_turn");
    EXPECT_EQ(events.back(), "usage 25/34");
    EXPECT_TRUE(reply.complete);
}

TEST(Anthropic, StreamsThinkingAsReasoningAndSkipsSignature)
{
    const ReadReply reply = readFixture(u"thinking"_s);

    EXPECT_EQ(reply.reasoning().toStdString(), "Der Nutzer möchte wissen, ob 9.11 > 9.9. 🤔");
    EXPECT_EQ(reply.text().toStdString(), "Nein: 9.9 ist größer als 9.11。");
    EXPECT_FALSE(reply.reasoning().contains(u"EqQB"_s));
    EXPECT_EQ(describe(reply.events).back(), "usage 42/187");
}

TEST(Anthropic, ReportsOverloadedErrorEventAsRetryableProviderError)
{
    const ReadReply reply = readFixture(u"overloaded"_s);

    EXPECT_EQ(reply.text().toStdString(), "Einen Moment");
    const QList<Error> errors = reply.errors();
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors.first().kind, Error::Kind::Provider);
    EXPECT_EQ(errors.first().message.toStdString(), "Overloaded (overloaded_error)");
    EXPECT_TRUE(errors.first().retryable);
    EXPECT_FALSE(reply.complete);
}

TEST(Anthropic, ReportsInvalidRequestErrorEventAsFinalProviderError)
{
    const ReadReply reply = readBody(
        "event: error\n"
        "data: {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"prompt is too "
        "long\"}}\n\n");

    const QList<Error> errors = reply.errors();
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors.first().message.toStdString(), "prompt is too long (invalid_request_error)");
    EXPECT_FALSE(errors.first().retryable);
}

TEST(Anthropic, ReportsStreamCutBeforeMessageStopAsInterrupted)
{
    const ReadReply reply = readFixture(u"truncated"_s);

    EXPECT_FALSE(reply.complete);
    EXPECT_EQ(reply.text().toStdString(), "Grüß Gott aus Österreich! こんにちは、");
    EXPECT_EQ(reply.endingErrorKind(), Error::Kind::Interrupted);
}

TEST(Anthropic, NeedsMessageStopEvenAfterStopReason)
{
    QByteArray body = fixtureBody(u"anthropic"_s, u"multilingual"_s);
    body.chop(QByteArrayLiteral("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n").size());
    ASSERT_TRUE(body.endsWith("\n\n"));

    const ReadReply reply = readReply(AnthropicProvider(), Framing::Sse, {body});

    EXPECT_TRUE(describe(reply.events).size() > 2);
    EXPECT_FALSE(reply.complete);
}

TEST(Anthropic, ReportsNonJsonEventDataAsProtocolError)
{
    const ReadReply reply = readBody("event: content_block_delta\ndata: {\"type\":\n\n");

    const QList<Error> errors = reply.errors();
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors.first().kind, Error::Kind::Protocol);
}

TEST(Anthropic, AsksSingleRungForWholeMessage)
{
    const StreamRequest request = AnthropicProvider().buildRequest(
        sampleConversation(), endpoint("https://api.anthropic.com"), Rung::Single);

    EXPECT_EQ(request.url, QUrl(u"https://api.anthropic.com/v1/messages"_s));
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.framing, Framing::Json);
    EXPECT_EQ(header(request, "x-api-key"), "sk-ant-test-1234");
    EXPECT_EQ(header(request, "anthropic-version"), "2026-10-21");
    EXPECT_EQ(bodyObject(request).value("stream"_L1), QJsonValue(false));
    EXPECT_EQ(bodyObject(request).value("max_tokens"_L1).toInt(), AnthropicProvider::kMaxTokens);
}

TEST(Anthropic, ReadsWholeMessageWithThinkingUsageAndStopReason)
{
    const ReadReply reply = readMessage(fixtureFile(u"anthropic"_s, u"single.json"_s));

    EXPECT_EQ(reply.reasoning().toStdString(),
              "Der Nutzer fragt, wie es mir geht. Kurz und freundlich antworten.");
    EXPECT_FALSE(reply.reasoning().contains(u"EqQB"_s));
    const std::vector<std::string> events = describe(reply.events);
    EXPECT_EQ(events[events.size() - 2], "usage 42/87");
    EXPECT_EQ(events.back(), "finished end_turn");
    EXPECT_TRUE(reply.complete);
}

TEST(Anthropic, ReportsErrorBodyOnSingleRung)
{
    const ReadReply reply = readMessage(R"({"type":"error",
        "error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"})");

    ASSERT_EQ(reply.errors().size(), 1);
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::Provider);
    EXPECT_EQ(reply.errors().first().message.toStdString(), "Overloaded (overloaded_error)");
    EXPECT_TRUE(reply.errors().first().retryable);
    EXPECT_FALSE(reply.complete);
}
