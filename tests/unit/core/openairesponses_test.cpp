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

/// A Response object as the Poll or Single rung reads it.
ReadReply readResponse(const QByteArray &body)
{
    return readEveryChunking(OpenAiResponsesProvider(), Framing::Json, body, Rung::Poll);
}

ReadReply readResponseFixture(const QString &fileName)
{
    return readResponse(fixtureFile(u"openai-responses"_s, fileName));
}

StreamRequest request(Rung rung, const char *base = "https://api.openai.com/v1")
{
    return OpenAiResponsesProvider().buildRequest(sampleConversation(), endpoint(base), rung);
}

std::optional<StreamRequest> resumeRequest(Rung rung, const ResumeState &resume)
{
    return OpenAiResponsesProvider().buildResumeRequest(sampleConversation(),
                                                        endpoint("https://api.openai.com/v1"), rung, resume);
}

} // namespace

TEST(OpenAiResponses, BuildsStreamingBackgroundRequestWithInstructions)
{
    const StreamRequest request = OpenAiResponsesProvider().buildRequest(
        sampleConversation(), endpoint("https://api.openai.com/v1/"), Rung::Stream);

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
        "stream": true,
        "background": true,
        "store": true
    })"));
}

TEST(OpenAiResponses, OmitsInstructionsAndAuthorizationWhenNotGiven)
{
    chat::Conversation conversation;
    conversation.messages = {{chat::Role::User, u"Hi"_s}};
    const StreamRequest request = OpenAiResponsesProvider().buildRequest(
        conversation, endpoint("http://localhost:8000/v1", {}), Rung::Stream);

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
    ASSERT_GE(events.size(), 4u);
    // response.created names the model that writes the reply.
    EXPECT_EQ(events[0], "model gpt-4.1-2025-04-14");
    EXPECT_EQ(events[1], "text Hier");
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
        "data: "
        "{\"type\":\"response.reasoning_text.delta\",\"item_id\":\"rs_1\",\"output_index\":0,\"content_"
        "index\":0,\"delta\":\"denke\",\"sequence_number\":3}\n\n");

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
    EXPECT_EQ(reply.endingErrorKind(), Error::Kind::Interrupted);
}

TEST(OpenAiResponses, CompletesIncompleteResponseWithItsReason)
{
    const ReadReply reply = readBody(
        "event: response.output_text.delta\n"
        "data: {\"type\":\"response.output_text.delta\",\"delta\":\"Lang\",\"sequence_number\":1}\n\n"
        "event: response.incomplete\n"
        "data: "
        "{\"type\":\"response.incomplete\",\"sequence_number\":2,\"response\":{\"status\":\"incomplete\","
        "\"incomplete_details\":{\"reason\":\"max_output_tokens\"},\"usage\":{\"input_tokens\":5,\"output_"
        "tokens\":16}}}\n\n");

    EXPECT_EQ(describe(reply.events), (std::vector<std::string>{"text Lang", "resume 1", "usage 5/16",
                                                                "finished max_output_tokens", "resume 2"}));
    EXPECT_TRUE(reply.complete);
}

TEST(OpenAiResponses, IgnoresLifecycleEventsButKeepsTheirResumePoints)
{
    const ReadReply reply = readBody(
        "event: response.created\n"
        "data: "
        "{\"type\":\"response.created\",\"sequence_number\":0,\"response\":{\"status\":\"in_progress\"}}\n\n"
        "event: response.in_progress\n"
        "data: "
        "{\"type\":\"response.in_progress\",\"sequence_number\":1,\"response\":{\"status\":\"in_progress\"}}"
        "\n\n");

    const std::vector<std::string> events = describe(reply.events);
    ASSERT_EQ(events.size(), 3u); // two resume points, then the reader's "interrupted"
    EXPECT_EQ(events[0], "resume 0");
    EXPECT_EQ(events[1], "resume 1");
    EXPECT_FALSE(reply.complete);
}

TEST(OpenAiResponses, AsksForResponseCreateOverWebSocketWithoutStreamOrBackground)
{
    const StreamRequest ws = request(Rung::WebSocket);

    EXPECT_EQ(ws.url, QUrl(u"wss://api.openai.com/v1/responses"_s));
    EXPECT_EQ(ws.framing, Framing::WebSocket);
    EXPECT_EQ(header(ws, "Authorization"), "Bearer sk-test-1234");
    EXPECT_EQ(bodyObject(ws), json(R"({
        "type": "response.create",
        "model": "gpt-4.1",
        "instructions": "Antworte kurz.",
        "input": [
            {"role": "user", "content": "Grüß dich! 你好"},
            {"role": "assistant", "content": "Hallo 👋"},
            {"role": "user", "content": "Wie geht's?"}
        ]
    })"));
    EXPECT_EQ(request(Rung::WebSocket, "http://localhost:8000/v1").url,
              QUrl(u"ws://localhost:8000/v1/responses"_s));
}

TEST(OpenAiResponses, PollsStoredBackgroundResponseAndAsksSingleRungForWholeReply)
{
    const StreamRequest poll = request(Rung::Poll);
    EXPECT_EQ(poll.url, QUrl(u"https://api.openai.com/v1/responses"_s));
    EXPECT_EQ(poll.method, "POST");
    EXPECT_EQ(poll.framing, Framing::Json);
    EXPECT_EQ(header(poll, "Authorization"), "Bearer sk-test-1234");
    EXPECT_TRUE(bodyObject(poll).value("background"_L1).toBool());
    EXPECT_TRUE(bodyObject(poll).value("store"_L1).toBool());
    EXPECT_FALSE(bodyObject(poll).contains("stream"_L1));

    const StreamRequest single = request(Rung::Single);
    EXPECT_EQ(single.url, poll.url);
    EXPECT_EQ(single.method, "POST");
    EXPECT_EQ(single.framing, Framing::Json);
    EXPECT_FALSE(bodyObject(single).contains("stream"_L1));
    EXPECT_FALSE(bodyObject(single).contains("background"_L1));
    EXPECT_EQ(bodyObject(single).value("input"_L1), bodyObject(poll).value("input"_L1));
}

TEST(OpenAiResponses, ResumesStreamAfterSequenceNumberOfTheStoredResponse)
{
    const std::optional<StreamRequest> resume = resumeRequest(Rung::Stream, {u"7"_s, u"resp_abc123"_s});

    ASSERT_TRUE(resume.has_value());
    EXPECT_EQ(resume->url.toString().toStdString(),
              "https://api.openai.com/v1/responses/resp_abc123?stream=true&starting_after=7");
    EXPECT_EQ(resume->method, "GET");
    EXPECT_TRUE(resume->body.isEmpty());
    EXPECT_EQ(resume->framing, Framing::Sse);
    EXPECT_EQ(header(*resume, "Authorization"), "Bearer sk-test-1234");
}

TEST(OpenAiResponses, PollsTheStoredResponseById)
{
    const std::optional<StreamRequest> poll = resumeRequest(Rung::Poll, {{}, u"resp_abc123"_s});

    ASSERT_TRUE(poll.has_value());
    EXPECT_EQ(poll->url.toString().toStdString(), "https://api.openai.com/v1/responses/resp_abc123");
    EXPECT_EQ(poll->method, "GET");
    EXPECT_EQ(poll->framing, Framing::Json);
    EXPECT_EQ(header(*poll, "Authorization"), "Bearer sk-test-1234");
}

TEST(OpenAiResponses, CannotResumeWithoutResponseIdOrOnWebSocketAndSingleRungs)
{
    EXPECT_FALSE(resumeRequest(Rung::Stream, {u"7"_s, {}}).has_value());
    EXPECT_FALSE(resumeRequest(Rung::Poll, {u"7"_s, {}}).has_value());
    EXPECT_FALSE(resumeRequest(Rung::Stream, {{}, u"resp_abc123"_s}).has_value());
    EXPECT_FALSE(resumeRequest(Rung::WebSocket, {u"7"_s, u"resp_abc123"_s}).has_value());
    EXPECT_FALSE(resumeRequest(Rung::Single, {u"7"_s, u"resp_abc123"_s}).has_value());
}

TEST(OpenAiResponses, KeepsServerResponseIdInThePath)
{
    const std::optional<StreamRequest> poll = resumeRequest(Rung::Poll, {{}, u"resp_1/../../files?x=1"_s});

    ASSERT_TRUE(poll.has_value());
    EXPECT_EQ(poll->url.path(QUrl::FullyEncoded).toStdString(),
              "/v1/responses/resp_1%2F..%2F..%2Ffiles%3Fx%3D1");
    EXPECT_FALSE(poll->url.hasQuery());
}

TEST(OpenAiResponses, PutsTheResponseIdIntoEveryResumePoint)
{
    const ReadReply &reply = readFixture(u"background"_s);

    const QList<ResumePoint> points = reply.all<ResumePoint>();
    ASSERT_EQ(points.size(), 21);
    for (const ResumePoint &point : points)
        EXPECT_EQ(point.responseId, u"resp_abc123"_s);
    EXPECT_EQ(points.first().position, u"0"_s);
}

TEST(OpenAiResponses, ReadsWebSocketMessagesWithTheStreamDecoder)
{
    ReplyReader reader(Framing::WebSocket, OpenAiResponsesProvider().createDecoder(Rung::WebSocket));
    StreamEvents events;
    reader.feedMessage(R"({"type":"response.output_text.delta","delta":"Grüße","sequence_number":4})",
                       events);
    reader.feedMessage(
        R"({"type":"response.completed","sequence_number":5,"response":{"status":"completed"}})", events);
    reader.finish(events);

    EXPECT_EQ(describe(withoutResumePoints(events)),
              (std::vector<std::string>{"text Grüße", "finished completed"}));
    EXPECT_TRUE(reader.isComplete());
}

TEST(OpenAiResponses, ReportsQueuedOrRunningPollAsPendingWithTheResponseId)
{
    const ReadReply reply = readResponseFixture(u"poll-in-progress.json"_s);

    EXPECT_EQ(reply.events, (StreamEvents{ResumePoint{{}, u"resp_abc123"_s}}));
    EXPECT_FALSE(reply.complete);

    ReplyReader reader(Framing::Json, OpenAiResponsesProvider().createDecoder(Rung::Poll));
    StreamEvents events;
    reader.feed(R"({"id":"resp_q","object":"response","status":"queued","output":[]})", events);
    reader.finish(events);
    EXPECT_TRUE(reader.isPending());
    EXPECT_EQ(events, (StreamEvents{ResumePoint{{}, u"resp_q"_s}}));
}

TEST(OpenAiResponses, ReadsCompletedPollAsTheWholeReply)
{
    const ReadReply reply = readResponseFixture(u"poll-completed.json"_s);

    EXPECT_EQ(reply.text().toStdString(),
              expectedReply(u"openai-responses"_s, u"poll-completed"_s)->toStdString());
    EXPECT_EQ(describe(reply.events).back(), "finished completed");
    EXPECT_EQ(reply.all<Usage>(), QList<Usage>{(Usage{37, 29})});
    EXPECT_TRUE(reply.complete);
    EXPECT_TRUE(reply.errors().isEmpty());
}

TEST(OpenAiResponses, PollsAStoredReplyOnUntilItIsDone)
{
    ReplyReader reader(Framing::Json, OpenAiResponsesProvider().createDecoder(Rung::Poll));
    StreamEvents events;
    reader.feed(fixtureFile(u"openai-responses"_s, u"poll-in-progress.json"_s), events);
    reader.finish(events);
    ASSERT_TRUE(reader.isPending());
    reader.restartBody(Framing::Json);
    reader.feed(fixtureFile(u"openai-responses"_s, u"poll-completed.json"_s), events);
    reader.finish(events);

    EXPECT_TRUE(reader.isComplete());
    EXPECT_FALSE(reader.isPending());
    EXPECT_EQ(ReadReply{events}.text(), *expectedReply(u"openai-responses"_s, u"poll-completed"_s));
    EXPECT_TRUE(ReadReply{events}.errors().isEmpty());
}

TEST(OpenAiResponses, ReportsFailedAndCancelledPollsAsProviderErrors)
{
    const ReadReply failed = readResponseFixture(u"poll-failed.json"_s);
    ASSERT_EQ(failed.errors().size(), 1);
    EXPECT_EQ(failed.errors().first().kind, Error::Kind::Provider);
    EXPECT_EQ(failed.errors().first().message.toStdString(),
              "The model failed to generate a response. Please try again. (server_error)");
    EXPECT_TRUE(failed.errors().first().retryable);

    const ReadReply cancelled = readResponse(
        R"({"id":"resp_c","status":"cancelled","error":null,"output":[]})");
    ASSERT_EQ(cancelled.errors().size(), 1);
    EXPECT_EQ(cancelled.errors().first().message, u"the response was cancelled"_s);
}

TEST(OpenAiResponses, ReadsSingleResponseWithIncompleteReasonAndErrorBody)
{
    const ReadReply incomplete = readResponse(R"({"id":"resp_i","status":"incomplete",
        "incomplete_details":{"reason":"max_output_tokens"},
        "output":[{"type":"reasoning","summary":[{"type":"summary_text","text":"Kurz"},
                                                 {"type":"summary_text","text":"gedacht"}]},
                  {"type":"message","content":[{"type":"output_text","text":"Abgeschnitt"}]}],
        "usage":{"input_tokens":5,"output_tokens":16}})");
    EXPECT_EQ(describe(incomplete.events),
              (std::vector<std::string>{"reasoning Kurz\n\ngedacht", "text Abgeschnitt", "usage 5/16",
                                        "finished max_output_tokens"}));
    EXPECT_TRUE(incomplete.complete);

    const ReadReply error = readResponse(
        R"({"error":{"message":"Invalid model 'gpt-9'","type":"invalid_request_error","code":"model_not_found"}})");
    ASSERT_EQ(error.errors().size(), 1);
    EXPECT_EQ(error.errors().first().message.toStdString(), "Invalid model 'gpt-9' (model_not_found)");
    EXPECT_FALSE(error.complete);
}
