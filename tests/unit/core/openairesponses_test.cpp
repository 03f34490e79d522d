#include "providertesting.h"

#include "provider/openairesponsesprovider.h"


using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::provider;
using namespace inkchat::test;

namespace {

const ReadReply &readFixture(const QString &name)
{
    return test::readFixture(OpenAiResponsesProvider(), Framing::Sse, name);
}

ReadReply readBody(const QByteArray &body)
{
    return readEveryChunking(OpenAiResponsesProvider(), Framing::Sse, body);
}

Endpoint endpoint(const char *base, const QString &key = u"sk-test-1234"_s)
{
    return {QUrl(QString::fromUtf8(base)), u"gpt-4.1"_s, key};
}

} // namespace

TEST(OpenAiResponses, BuildsStreamingResponsesRequestWithInstructions)
{
    const StreamRequest request =
        OpenAiResponsesProvider().buildRequest(sampleConversation(), endpoint("https://api.openai.com/v1/"));

    EXPECT_EQ(request.url, QUrl(u"https://api.openai.com/v1/responses"_s));
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.framing, Framing::Sse);
    EXPECT_EQ(header(request, "Authorization"), "Bearer sk-test-1234");
    EXPECT_EQ(header(request, "Content-Type"), "application/json");
    EXPECT_EQ(bodyObject(request), json(R"({
        "model": "gpt-4.1",
        "instructions": "Antworte kurz.",
        "input": [
            {"role": "user", "content": "Grüß dich! 你好"},
            {"role": "assistant", "content": "Hallo 👋"},
            {"role": "user", "content": "Wie geht's?"}
        ],
        "stream": true
    })"));
}

TEST(OpenAiResponses, OmitsInstructionsAndAuthorizationWhenNotGiven)
{
    chat::Conversation conversation;
    conversation.messages = {{chat::Role::User, u"Hi"_s}};
    const StreamRequest request =
        OpenAiResponsesProvider().buildRequest(conversation, endpoint("http://localhost:8000/v1", {}));

    EXPECT_EQ(request.url, QUrl(u"http://localhost:8000/v1/responses"_s));
    EXPECT_FALSE(hasHeader(request, "Authorization"));
    EXPECT_FALSE(bodyObject(request).contains("instructions"_L1));
}

TEST(OpenAiResponses, DecodesEveryCompletingFixtureToItsReplyText)
{
    EXPECT_GE(checkCompleteFixtures(OpenAiResponsesProvider(), Framing::Sse), 2);
}

TEST(OpenAiResponses, EndsCompletedReplyWithUsageAndFinishReason)
{
    const ReadReply reply = readFixture(u"multilingual"_s);

    const std::vector<std::string> events = describe(withoutResumePoints(reply.events));
    ASSERT_GE(events.size(), 3u);
    EXPECT_EQ(events[0], "text Hier");
    EXPECT_EQ(events[events.size() - 2], "usage 37/29");
    EXPECT_EQ(events.back(), "finished completed");
    EXPECT_TRUE(reply.complete);
}

TEST(OpenAiResponses, EmitsEverySequenceNumberAfterItsEventsAsResumePoint)
{
    const ReadReply reply = readFixture(u"multilingual"_s);

    const QList<ResumePoint> points = reply.all<ResumePoint>();
    ASSERT_EQ(points.size(), 24);
    for (int i = 0; i < points.size(); ++i)
        EXPECT_EQ(points[i].position, QString::number(i));
    // response.output_text.delta #4 carries "Hier": its text comes first.
    const std::vector<std::string> events = describe(reply.events);
    const auto hier = std::find(events.begin(), events.end(), "text Hier");
    ASSERT_NE(hier, events.end());
    EXPECT_EQ(*(hier - 1), "resume 3");
    EXPECT_EQ(*(hier + 1), "resume 4");
    EXPECT_EQ(events.back(), "resume 23");
}

TEST(OpenAiResponses, StreamsReasoningSummaryPartsSeparatedByBlankLine)
{
    const ReadReply reply = readFixture(u"reasoning"_s);

    EXPECT_EQ(reply.reasoning().toStdString(),
              "**Abwägen**\n\nIch vergleiche die Zahlen.\n\n**Ergebnis**\n\n9.9 > 9.11。");
    EXPECT_EQ(reply.text().toStdString(), "9.9 ist größer.");
    EXPECT_EQ(describe(withoutResumePoints(reply.events)).back(), "finished completed");
}

TEST(OpenAiResponses, StreamsReasoningTextDeltas)
{
    const ReadReply reply = readBody(
        "event: response.reasoning_text.delta\n"
        "data: {\"type\":\"response.reasoning_text.delta\",\"item_id\":\"rs_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"denke\",\"sequence_number\":3}\n\n");

    EXPECT_EQ(describe(reply.events)[0], "reasoning denke");
    EXPECT_EQ(describe(reply.events)[1], "resume 3");
}

TEST(OpenAiResponses, ReportsFailedResponseAsRetryableProviderError)
{
    const ReadReply reply = readFixture(u"failed"_s);

    EXPECT_EQ(reply.text().toStdString(), "Zunächst…");
    const QList<Error> errors = reply.errors();
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors.first().kind, Error::Kind::Provider);
    EXPECT_TRUE(errors.first().message.startsWith(u"An error occurred while processing your request."_s));
    EXPECT_TRUE(errors.first().message.endsWith(u"(server_error)"_s));
    EXPECT_TRUE(errors.first().retryable);
    EXPECT_FALSE(reply.complete);
    // Nothing after the error can be resumed from.
    const qsizetype errorAt = reply.events.indexOf(StreamEvent(ProviderError{errors.first()}));
    EXPECT_TRUE(only<ResumePoint>(reply.events.mid(errorAt)).isEmpty());
}

TEST(OpenAiResponses, ReportsErrorEventWithoutSseEventNames)
{
    const ReadReply reply = readFixture(u"error-event"_s);

    const QList<Error> errors = reply.errors();
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors.first().kind, Error::Kind::Provider);
    EXPECT_TRUE(errors.first().message.startsWith(u"Rate limit reached for gpt-4.1"_s));
    EXPECT_TRUE(errors.first().message.endsWith(u"(rate_limit_exceeded)"_s));
    EXPECT_TRUE(errors.first().retryable);
}

TEST(OpenAiResponses, ReportsStreamCutBeforeCompletedAsInterrupted)
{
    const ReadReply reply = readFixture(u"truncated"_s);

    EXPECT_FALSE(reply.complete);
    EXPECT_EQ(reply.text().toStdString(), "Hier ist eine Antwort auf Deutsch: Grüße! ");
    ASSERT_FALSE(reply.events.isEmpty());
    const auto *last = std::get_if<ProviderError>(&reply.events.back());
    ASSERT_NE(last, nullptr);
    EXPECT_EQ(last->error.kind, Error::Kind::Interrupted);
}

TEST(OpenAiResponses, CompletesIncompleteResponseWithItsReason)
{
    const ReadReply reply = readBody(
        "event: response.output_text.delta\n"
        "data: {\"type\":\"response.output_text.delta\",\"delta\":\"Lang\",\"sequence_number\":1}\n\n"
        "event: response.incomplete\n"
        "data: {\"type\":\"response.incomplete\",\"sequence_number\":2,\"response\":{\"status\":\"incomplete\","
        "\"incomplete_details\":{\"reason\":\"max_output_tokens\"},\"usage\":{\"input_tokens\":5,\"output_tokens\":16}}}\n\n");

    EXPECT_EQ(describe(reply.events), (std::vector<std::string>{"text Lang", "resume 1", "usage 5/16",
                                                                "finished max_output_tokens", "resume 2"}));
    EXPECT_TRUE(reply.complete);
}

TEST(OpenAiResponses, IgnoresLifecycleEventsButKeepsTheirResumePoints)
{
    const ReadReply reply = readBody(
        "event: response.created\n"
        "data: {\"type\":\"response.created\",\"sequence_number\":0,\"response\":{\"status\":\"in_progress\"}}\n\n"
        "event: response.in_progress\n"
        "data: {\"type\":\"response.in_progress\",\"sequence_number\":1,\"response\":{\"status\":\"in_progress\"}}\n\n");

    const std::vector<std::string> events = describe(reply.events);
    ASSERT_EQ(events.size(), 3u); // two resume points, then the reader's "interrupted"
    EXPECT_EQ(events[0], "resume 0");
    EXPECT_EQ(events[1], "resume 1");
    EXPECT_FALSE(reply.complete);
}
