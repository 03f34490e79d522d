#include "providertesting.h"

#include "provider/geminiprovider.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::provider;
using inkchat::test::ReadReply;

namespace {

const QString kKey = u"AIzaSyTestKey-0123456789"_s;

Endpoint endpoint(const QString &base = u"https://generativelanguage.googleapis.com"_s)
{
    return {QUrl(base), u"gemini-2.5-flash"_s, kKey};
}

chat::Conversation conversation()
{
    return {u"Antworte kurz."_s,
            {{chat::Role::User, u"Hallo"_s},
             {chat::Role::Assistant, u"Grüß dich!"_s},
             {chat::Role::User, u"Wie spät ist es?"_s}}};
}

ReadReply read(const QByteArray &body)
{
    return test::readEveryChunking(GeminiProvider(), Framing::Sse, body);
}

const ReadReply &readFixture(const QString &name)
{
    return test::readFixture(GeminiProvider(), Framing::Sse, name);
}

/// A GenerateContentResponse as the Single rung reads it.
ReadReply readResponse(const QByteArray &body)
{
    return test::readEveryChunking(GeminiProvider(), Framing::Json, body, Rung::Single);
}

const QString kStreamUrl = u"https://generativelanguage.googleapis.com/v1beta/models/"
                           "gemini-2.5-flash:streamGenerateContent?alt=sse"_s;

} // namespace

TEST(Gemini, PostsToStreamGenerateContentWithSse)
{
    const StreamRequest request = GeminiProvider().buildRequest(conversation(), endpoint(), Rung::Stream);
    EXPECT_EQ(request.url.toString().toStdString(), kStreamUrl.toStdString());
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.framing, Framing::Sse);
    EXPECT_EQ(test::header(request, "Content-Type"), "application/json");
}

TEST(Gemini, SendsKeyInHeaderNeverInUrl)
{
    const StreamRequest request = GeminiProvider().buildRequest(
        conversation(), endpoint(u"https://proxy.example/gemini?key="_s + kKey), Rung::Stream);
    EXPECT_EQ(test::header(request, "x-goog-api-key"), kKey.toUtf8());
    EXPECT_FALSE(request.url.toString().contains(kKey));
    EXPECT_EQ(request.url.toString().toStdString(), "https://proxy.example/gemini/v1beta/models/"
                                                    "gemini-2.5-flash:streamGenerateContent?alt=sse");
}

TEST(Gemini, DoesNotRepeatV1betaOfBaseUrl)
{
    const auto url = [](const QString &base) {
        return GeminiProvider()
            .buildRequest(conversation(), endpoint(base), Rung::Stream)
            .url.toString()
            .toStdString();
    };
    EXPECT_EQ(url(u"https://generativelanguage.googleapis.com/v1beta"_s), kStreamUrl.toStdString());
    EXPECT_EQ(url(u"https://generativelanguage.googleapis.com/v1beta/"_s), kStreamUrl.toStdString());
    EXPECT_EQ(url(u"https://generativelanguage.googleapis.com/"_s), kStreamUrl.toStdString());
}

TEST(Gemini, AcceptsModelNameWithModelsPrefix)
{
    Endpoint prefixed = endpoint();
    prefixed.model = u"models/gemini-2.5-flash"_s;
    EXPECT_EQ(
        GeminiProvider().buildRequest(conversation(), prefixed, Rung::Stream).url.toString().toStdString(),
        kStreamUrl.toStdString());
}

TEST(Gemini, SendsTurnsAsUserAndModelAndSystemPromptAsInstruction)
{
    const QJsonObject body = test::bodyObject(
        GeminiProvider().buildRequest(conversation(), endpoint(), Rung::Stream));
    const QJsonArray contents = body.value("contents"_L1).toArray();
    ASSERT_EQ(contents.size(), 3);
    const QStringList roles = {u"user"_s, u"model"_s, u"user"_s};
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(contents.at(i)["role"_L1].toString(), roles.at(i));
    EXPECT_EQ(contents.at(1)["parts"_L1][0]["text"_L1].toString(), u"Grüß dich!"_s);
    EXPECT_EQ(body["systemInstruction"_L1]["parts"_L1][0]["text"_L1].toString(), u"Antworte kurz."_s);
}

TEST(Gemini, OmitsSystemInstructionWhenThereIsNoSystemPrompt)
{
    chat::Conversation plain = conversation();
    plain.systemPrompt.clear();
    const QJsonObject body = test::bodyObject(GeminiProvider().buildRequest(plain, endpoint(), Rung::Stream));
    EXPECT_FALSE(body.contains("systemInstruction"_L1));
}

TEST(Gemini, ReadsEveryCompleteFixtureToItsReplyText)
{
    EXPECT_GE(test::checkCompleteFixtures(GeminiProvider(), Framing::Sse), 3);
}

TEST(Gemini, ReportsFinishReasonAndFinalUsageOnce)
{
    const ReadReply reply = readFixture(u"multilingual"_s);
    EXPECT_EQ(reply.all<Finished>(), QList<Finished>{Finished{u"STOP"_s}});
    EXPECT_EQ(reply.all<Usage>(), QList<Usage>{(Usage{9, 41})});
    EXPECT_TRUE(std::holds_alternative<Finished>(reply.events.last()));
}

TEST(Gemini, EndsNormallyOnMaxTokens)
{
    const ReadReply reply = readFixture(u"max-tokens"_s);
    EXPECT_EQ(reply.all<Finished>(), QList<Finished>{Finished{u"MAX_TOKENS"_s}});
    EXPECT_TRUE(reply.complete);
}

TEST(Gemini, SeparatesThoughtsFromReplyText)
{
    const ReadReply reply = readFixture(u"thinking"_s);
    EXPECT_EQ(reply.reasoning().toStdString(), "**Working out the sum**\n\nThe user wants 17 × 24. "
                                               "17 × 24 = 17 × 20 + 17 × 4 = 340 + 68 = 408.");
    EXPECT_EQ(reply.text().toStdString(), "17 × 24 ergibt **408**.");
    // Thinking tokens are output the user pays for.
    EXPECT_EQ(reply.all<Usage>(), QList<Usage>{(Usage{12, 9 + 80})});
}

TEST(Gemini, ReportsBareJsonErrorInStream)
{
    const ReadReply reply = readFixture(u"overloaded"_s);
    EXPECT_EQ(reply.text().toStdString(), "Okay, hier ist der Anfang");
    ASSERT_FALSE(reply.errors().isEmpty());
    const Error error = reply.errors().first();
    EXPECT_EQ(error.kind, Error::Kind::Provider);
    EXPECT_EQ(error.message.toStdString(), "The model is overloaded. Please try again later. (UNAVAILABLE)");
    // Gemini's words, for the front ends to frame in the user's language.
    EXPECT_EQ(error.code, Error::Code::ProviderReported);
    EXPECT_EQ(error.subject, u"Gemini"_s);
    EXPECT_EQ(error.detail, error.message);
    EXPECT_TRUE(error.retryable);
    EXPECT_FALSE(reply.complete);
}

TEST(Gemini, ReportsSingleLineBareJsonError)
{
    const ReadReply reply = read(
        "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Hi\"}],\"role\": "
        "\"model\"}}]}\r\n\r\n"
        "{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted (e.g. check quota).\","
        "\"status\":\"RESOURCE_EXHAUSTED\"}}\n"_ba);
    ASSERT_FALSE(reply.errors().isEmpty());
    EXPECT_EQ(reply.errors().first().message.toStdString(),
              "Resource has been exhausted (e.g. check quota). (RESOURCE_EXHAUSTED)");
    EXPECT_TRUE(reply.errors().first().retryable);
}

TEST(Gemini, ReportsBareJsonErrorAfterFinishReason)
{
    // Seen in the wild (vercel/ai#5217): a STOP chunk, then the error.
    const ReadReply reply = read(
        "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"\"}],\"role\": \"model\"},"
        "\"finishReason\": \"STOP\"}]}\r\n\r\n"
        "{\n  \"error\": {\n    \"code\": 500,\n    \"message\": \"Internal error\",\n"
        "    \"status\": \"INTERNAL\"\n  }\n}\n"_ba);
    ASSERT_EQ(reply.errors().size(), 1);
    EXPECT_EQ(reply.errors().first().message.toStdString(), "Internal error (INTERNAL)");
}

TEST(Gemini, ReportsErrorSentAsEventData)
{
    const ReadReply reply = read("data: {\"error\": {\"code\": 400, \"message\": \"API key not valid.\", "
                                 "\"status\": \"INVALID_ARGUMENT\"}}\n\n"_ba);
    ASSERT_FALSE(reply.errors().isEmpty());
    EXPECT_EQ(reply.errors().first().message.toStdString(), "API key not valid. (INVALID_ARGUMENT)");
    EXPECT_FALSE(reply.errors().first().retryable);
}

TEST(Gemini, IgnoresStrayLinesThatAreNotJson)
{
    const ReadReply reply = read("x-debug: ignored\r\n"
                                 "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Ja\"}]},"
                                 "\"finishReason\": \"STOP\"}]}\r\n\r\n"_ba);
    EXPECT_EQ(reply.text(), u"Ja"_s);
    EXPECT_TRUE(reply.errors().isEmpty());
    EXPECT_TRUE(reply.complete);
}

TEST(Gemini, ReportsBlockedPrompt)
{
    const ReadReply reply = readFixture(u"blocked"_s);
    ASSERT_FALSE(reply.errors().isEmpty());
    const Error error = reply.errors().first();
    EXPECT_EQ(error.kind, Error::Kind::Provider);
    EXPECT_EQ(error.message, u"Gemini blocked the prompt (PROHIBITED_CONTENT)"_s);
    EXPECT_EQ(error.code, Error::Code::PromptBlocked);
    EXPECT_EQ(error.subject, u"PROHIBITED_CONTENT"_s);
    EXPECT_TRUE(error.detail.isEmpty()) << "Gemini gave no reason in words";
    EXPECT_TRUE(reply.text().isEmpty());
}

TEST(Gemini, ReportsReplyWithoutFinishReasonAsInterrupted)
{
    const ReadReply reply = readFixture(u"truncated"_s);
    EXPECT_EQ(reply.text().toStdString(), "Die Antwort beginnt und bricht ab");
    ASSERT_EQ(reply.errors().size(), 1);
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::Interrupted);
    EXPECT_FALSE(reply.complete);
}

TEST(Gemini, ReportsEventThatIsNotJsonAsProtocolError)
{
    const ReadReply reply = read("data: {\"candidates\": [\n\n"_ba);
    ASSERT_FALSE(reply.errors().isEmpty());
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::Protocol);
}

TEST(Gemini, StopsCollectingUnparseableBareJsonAtItsBound)
{
    // Not every chunking: 90 KB at every split point would take minutes.
    QByteArray body = "{\n"_ba;
    for (int i = 0; i < 10000; ++i)
        body += "  \"x\": }\n"_ba;
    const ReadReply reply = test::readReply(GeminiProvider(), Framing::Sse, {body});
    ASSERT_FALSE(reply.errors().isEmpty());
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::LimitExceeded);
}

TEST(Gemini, ReportsBareJsonErrorThatEndsWithoutNewline)
{
    const ReadReply reply = read(
        "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Hi\"}],\"role\": "
        "\"model\"}}]}\r\n\r\n"
        "{\n  \"error\": {\n    \"code\": 503,\n    \"message\": \"The model is overloaded.\",\n"
        "    \"status\": \"UNAVAILABLE\"\n  }\n}"_ba);
    ASSERT_EQ(reply.errors().size(), 1);
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::Provider);
    EXPECT_EQ(reply.errors().first().message.toStdString(), "The model is overloaded. (UNAVAILABLE)");
}

TEST(Gemini, PostsToGenerateContentOnSingleRung)
{
    Endpoint keyed = endpoint(u"https://proxy.example/gemini?key="_s + kKey + u"&alt=sse"_s);
    const StreamRequest request = GeminiProvider().buildRequest(conversation(), keyed, Rung::Single);
    EXPECT_EQ(request.url.toString().toStdString(),
              "https://proxy.example/gemini/v1beta/models/gemini-2.5-flash:generateContent");
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.framing, Framing::Json);
    EXPECT_EQ(test::header(request, "x-goog-api-key"), kKey.toUtf8());
    EXPECT_EQ(test::bodyObject(request),
              test::bodyObject(GeminiProvider().buildRequest(conversation(), keyed, Rung::Stream)));
}

TEST(Gemini, ReadsWholeResponseWithThoughtsUsageAndFinishReason)
{
    const ReadReply reply = readResponse(test::fixtureFile(u"gemini"_s, u"single.json"_s));
    EXPECT_EQ(reply.reasoning().toStdString(),
              "**Begrüßung erwidern**\n\nDer Nutzer fragt nach meinem Befinden.");
    EXPECT_EQ(reply.all<Usage>(), QList<Usage>{(Usage{12, 19 + 30})});
    EXPECT_TRUE(std::holds_alternative<Finished>(reply.events.last()));
    EXPECT_TRUE(reply.complete);
}

TEST(Gemini, ReportsErrorBodyAndBlockedPromptOnSingleRung)
{
    const ReadReply error = readResponse(R"({"error": {"code": 503,
        "message": "The model is overloaded. Please try again later.", "status": "UNAVAILABLE"}})");
    ASSERT_EQ(error.errors().size(), 1);
    EXPECT_EQ(error.errors().first().message.toStdString(),
              "The model is overloaded. Please try again later. (UNAVAILABLE)");
    EXPECT_TRUE(error.errors().first().retryable);
    EXPECT_FALSE(error.complete);

    const ReadReply blocked = readResponse(
        R"({"promptFeedback": {"blockReason": "PROHIBITED_CONTENT"}, "usageMetadata": {"promptTokenCount": 7}})");
    ASSERT_EQ(blocked.errors().size(), 1);
    EXPECT_TRUE(blocked.errors().first().message.contains(u"PROHIBITED_CONTENT"_s));
    EXPECT_FALSE(blocked.complete);
}
