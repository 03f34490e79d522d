#include "providertesting.h"

#include "provider/openaichatprovider.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::provider;
using namespace inkchat::test;

namespace {

const ReadReply &readFixture(const QString &name)
{
    return test::readFixture(OpenAiChatProvider(), Framing::Sse, name);
}

ReadReply readBody(const QByteArray &body)
{
    return readEveryChunking(OpenAiChatProvider(), Framing::Sse, body);
}

/// A chat.completion object as the Single rung reads it.
ReadReply readCompletion(const QByteArray &body)
{
    return readEveryChunking(OpenAiChatProvider(), Framing::Json, body, Rung::Single);
}

Endpoint endpoint(const char *base, const QString &key = u"sk-test-1234"_s)
{
    return {QUrl(QString::fromUtf8(base)), u"gpt-4o"_s, key};
}

} // namespace

TEST(OpenAiChat, BuildsStreamingChatCompletionsRequest)
{
    const StreamRequest request = OpenAiChatProvider().buildRequest(
        sampleConversation(), endpoint("https://api.openai.com/v1"), Rung::Stream);

    EXPECT_EQ(request.url, QUrl(u"https://api.openai.com/v1/chat/completions"_s));
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.framing, Framing::Sse);
    EXPECT_EQ(header(request, "Authorization"), "Bearer sk-test-1234");
    EXPECT_EQ(header(request, "Content-Type"), "application/json");
    EXPECT_EQ(bodyObject(request), json(R"({
        "model": "gpt-4o",
        "messages": [
            {"role": "system", "content": "Antworte kurz."},
            {"role": "user", "content": "Grüß dich! 你好"},
            {"role": "assistant", "content": "Hallo 👋"},
            {"role": "user", "content": "Wie geht's?"}
        ],
        "stream": true,
        "stream_options": {"include_usage": true}
    })"));
}

TEST(OpenAiChat, AppendsEndpointPathToBaseWithTrailingSlashAndKeepsQuery)
{
    const OpenAiChatProvider provider;
    EXPECT_EQ(provider.buildRequest({}, endpoint("http://localhost:8080/v1/"), Rung::Stream).url,
              QUrl(u"http://localhost:8080/v1/chat/completions"_s));
    EXPECT_EQ(provider.buildRequest({}, endpoint("http://localhost:8080"), Rung::Stream).url,
              QUrl(u"http://localhost:8080/chat/completions"_s));
    EXPECT_EQ(
        provider
            .buildRequest({}, endpoint("https://h.example/openai/v1?api-version=2024-10-21"), Rung::Stream)
            .url,
        QUrl(u"https://h.example/openai/v1/chat/completions?api-version=2024-10-21"_s));
}

TEST(OpenAiChat, OmitsSystemMessageAndAuthorizationWhenNotGiven)
{
    chat::Conversation conversation;
    conversation.messages = {{chat::Role::User, u"Hi"_s}};
    const StreamRequest request = OpenAiChatProvider().buildRequest(
        conversation, endpoint("http://localhost:11434/v1", {}), Rung::Stream);

    EXPECT_FALSE(hasHeader(request, "Authorization"));
    EXPECT_EQ(bodyObject(request).value("messages"_L1).toArray().size(), 1);
    EXPECT_EQ(bodyObject(request).value("messages"_L1)[0]["role"_L1].toString(), u"user"_s);
}

TEST(OpenAiChat, DecodesEveryCompletingFixtureToItsReplyText)
{
    EXPECT_GE(checkCompleteFixtures(OpenAiChatProvider(), Framing::Sse), 2);
}

TEST(OpenAiChat, DecodesMultilingualChunksThenFinishReasonAndUsage)
{
    const ReadReply reply = readFixture(u"multilingual"_s);

    const std::vector<std::string> events = describe(reply.events);
    ASSERT_GE(events.size(), 5u);
    // The server names the dated model behind the alias once, first.
    EXPECT_EQ(events[0], "model gpt-4o-2024-08-06");
    EXPECT_EQ(events[1], "text Grüße");
    EXPECT_EQ(events[5], "text 你好");
    EXPECT_EQ(reply.all<AnsweringModel>().size(), 1);
    EXPECT_EQ(events[events.size() - 2], "finished stop");
    EXPECT_EQ(events.back(), "usage 23/31");
    EXPECT_TRUE(reply.complete);
}

TEST(OpenAiChat, StreamsDeepSeekReasoningContentApartFromTheReply)
{
    const ReadReply reply = readFixture(u"deepseek-reasoning"_s);

    EXPECT_EQ(reply.reasoning().toStdString(), "Der Nutzer fragt nach 9.11 vs 9.9. 比较 小数位…");
    EXPECT_EQ(reply.text().toStdString(), "9.9 ist größer als 9.11 🎉\n");
    EXPECT_EQ(describe(reply.events).back(), "usage 15/214");
    EXPECT_TRUE(reply.complete);
}

TEST(OpenAiChat, StreamsReasoningFieldAsReasoning)
{
    const ReadReply reply = readBody(
        "data: "
        "{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"reasoning\":\"Hmm, "
        "\"}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning\":\"zwei.\"}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"2\"},\"finish_reason\":\"stop\"}]}\n\n"
        "data: [DONE]\n\n");

    EXPECT_EQ(describe(reply.events),
              (std::vector<std::string>{"reasoning Hmm, ", "reasoning zwei.", "text 2", "finished stop"}));
    EXPECT_TRUE(reply.complete);
}

TEST(OpenAiChat, ReportsInStreamErrorObjectAsRetryableProviderError)
{
    const ReadReply reply = readFixture(u"stream-error"_s);

    EXPECT_EQ(reply.text().toStdString(), "Die Antwort lautet");
    const QList<Error> errors = reply.errors();
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors.first().kind, Error::Kind::Provider);
    EXPECT_EQ(errors.first().message.toStdString(),
              "The server had an error while processing your request. Sorry about that! (server_error)");
    // The server's words, which no front end translates; core adds none.
    EXPECT_EQ(errors.first().code, Error::Code::ProviderReported);
    EXPECT_EQ(errors.first().detail, errors.first().message);
    EXPECT_TRUE(errors.first().retryable);
    EXPECT_FALSE(reply.complete);
}

TEST(OpenAiChat, ReportsLlamaCppErrorFieldAsProviderError)
{
    const ReadReply reply = readFixture(u"llamacpp-error-field"_s);

    EXPECT_EQ(reply.text().toStdString(), "Hallo Welt");
    const QList<Error> errors = reply.errors();
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors.first().kind, Error::Kind::Provider);
    EXPECT_EQ(errors.first().message.toStdString(), "llama_decode failed: KV cache is full (server_error)");
    EXPECT_FALSE(reply.complete);
}

TEST(OpenAiChat, ReportsBareJsonErrorLineAsProviderError)
{
    const ReadReply reply = readBody(
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}\n\n"
        "{\"error\":{\"message\":\"context length exceeded\",\"type\":\"invalid_request_error\"}}\n\n");

    const QList<Error> errors = reply.errors();
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors.first().message.toStdString(), "context length exceeded (invalid_request_error)");
    EXPECT_FALSE(errors.first().retryable);
}

TEST(OpenAiChat, ReportsStreamWithoutDoneAsInterrupted)
{
    const ReadReply reply = readFixture(u"truncated"_s);

    EXPECT_FALSE(reply.complete);
    EXPECT_EQ(reply.text().toStdString(), "Grüße aus München! 你好，世界。 Ein Gruß mit");
    EXPECT_EQ(reply.endingErrorKind(), Error::Kind::Interrupted);
}

TEST(OpenAiChat, RequiresDoneAfterTheFinishReason)
{
    QByteArray body = fixtureBody(u"openai"_s, u"multilingual"_s);
    body.chop(QByteArrayLiteral("data: [DONE]\n\n").size());

    const ReadReply reply = readReply(OpenAiChatProvider(), Framing::Sse, {body});

    EXPECT_TRUE(describe(reply.events).size() > 2);
    EXPECT_FALSE(reply.complete);
}

TEST(OpenAiChat, TreatsDoneWithoutAnyFinishReasonAsIncomplete)
{
    const ReadReply reply = readBody("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hal\"}}]}\n\n"
                                     "data: [DONE]\n\n");

    EXPECT_EQ(reply.text().toStdString(), "Hal");
    EXPECT_FALSE(reply.complete);
}

TEST(OpenAiChat, IgnoresEverythingAfterDone)
{
    const ReadReply reply = readBody(
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"A\"},\"finish_reason\":\"length\"}]}\n\n"
        "data: [DONE]\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"B\"}}]}\n\n");

    EXPECT_EQ(describe(reply.events), (std::vector<std::string>{"text A", "finished length"}));
    EXPECT_TRUE(reply.complete);
}

TEST(OpenAiChat, ReportsNonJsonDataAsProtocolError)
{
    const ReadReply reply = readBody("data: {\"choices\":[\n\n");

    const QList<Error> errors = reply.errors();
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors.first().kind, Error::Kind::Protocol);
    EXPECT_EQ(errors.first().code, Error::Code::EventNotJson);
    EXPECT_EQ(errors.first().detail, u"{\"choices\":["_s) << "the event as it came";
}

TEST(OpenAiChat, AsksSingleRungForWholeCompletionWithoutStreamOptions)
{
    const StreamRequest request = OpenAiChatProvider().buildRequest(
        sampleConversation(), endpoint("https://api.openai.com/v1"), Rung::Single);

    EXPECT_EQ(request.url, QUrl(u"https://api.openai.com/v1/chat/completions"_s));
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.framing, Framing::Json);
    EXPECT_EQ(header(request, "Authorization"), "Bearer sk-test-1234");
    const QJsonObject body = bodyObject(request);
    EXPECT_EQ(body.value("stream"_L1), QJsonValue(false));
    EXPECT_FALSE(body.contains("stream_options"_L1));
    EXPECT_EQ(body.value("messages"_L1).toArray().size(), 4);
}

TEST(OpenAiChat, ReadsWholeCompletionWithUsageAndFinishReason)
{
    const ReadReply reply = readCompletion(fixtureFile(u"openai"_s, u"single.json"_s));

    const std::vector<std::string> events = describe(reply.events);
    ASSERT_EQ(events.size(), 4u);
    EXPECT_EQ(events[0].substr(0, 6), "model ");
    EXPECT_EQ(events[2], "usage 31/22");
    EXPECT_EQ(events[3], "finished stop");
    EXPECT_TRUE(reply.complete);
}

TEST(OpenAiChat, ReadsReasoningOfWholeCompletion)
{
    const ReadReply reply = readCompletion(R"({"choices":[{"index":0,"finish_reason":"stop",
        "message":{"role":"assistant","content":"9.9 ist größer.","reasoning_content":"比较 小数位…"}}]})");

    EXPECT_EQ(describe(reply.events),
              (std::vector<std::string>{"reasoning 比较 小数位…", "text 9.9 ist größer.", "finished stop"}));
}

TEST(OpenAiChat, ReportsErrorBodyOnSingleRung)
{
    const ReadReply reply = readCompletion(R"({"error":{"message":"Rate limit reached for gpt-4o",
        "type":"requests","param":null,"code":"rate_limit_exceeded"}})");

    ASSERT_EQ(reply.errors().size(), 1);
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::Provider);
    EXPECT_EQ(reply.errors().first().message.toStdString(),
              "Rate limit reached for gpt-4o (rate_limit_exceeded)");
    EXPECT_TRUE(reply.errors().first().retryable);
    EXPECT_FALSE(reply.complete);
}
