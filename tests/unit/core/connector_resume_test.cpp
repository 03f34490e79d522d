// The Connector picks a broken reply up: resume, continuation, restart.

#include "connectorharness.h"

using namespace inkchat::test::connector;

TEST(Connector, ResumesGenericSseWithLastEventIdAfterADropAtAnyPoint)
{
    const QByteArray body = genericSseBody(kPieces);
    for (Rung rung : {Rung::Stream, Rung::Poll})
        for (qsizetype cut : cutPositions(body)) {
            SCOPED_TRACE(qPrintable(inkchat::provider::rungName(rung)));
            StreamServer server;
            server.setResponder(inkchat::test::resumableSseResponder(body, {cut}));
            ConnectorOptions options;
            options.onlyRung = rung;
            Harness h(u"sse"_s, server.url(u"/events"_s), options);
            h.start();

            ASSERT_TRUE(h.run()) << "cut at " << cut;
            ASSERT_EQ(h.finishedCount, 1) << "cut at " << cut << ": " << qPrintable(h.errorMessage());
            EXPECT_EQ(h.text, joined(kPieces)) << "cut at " << cut;
            // Qt may re-send a cut GET once on its own before it reports the
            // cut; the connector drops that reply, so only the last request is
            // the resumption.
            ASSERT_GE(server.requests().size(), 2) << "cut at " << cut;
            const QByteArray lastId = server.requests().last().header("Last-Event-ID");
            const qsizetype firstEventEnd = body.indexOf("\n\n", body.indexOf("id: 1")) + 2;
            EXPECT_EQ(lastId.isEmpty(), cut < firstEventEnd) << "cut at " << cut;
            if (!lastId.isEmpty()) {
                // The server's `retry: 500` is how long EventSource would wait.
                EXPECT_EQ(h.waits.last(), 500ms) << "cut at " << cut;
            }
        }
}

TEST(Connector, StopsResumingWhenTheServerAnswers204)
{
    // EventSource's rule: a reconnection answered with 204 No Content means
    // the server has nothing more; the reply ends with what came.
    const QByteArray body = genericSseBody(kPieces);
    StreamServer server;
    server.setResponder([calls = 0, &body](const RecordedRequest &) mutable {
        StreamResponse response = sseResponse(body);
        if (calls++ == 0) {
            response.cutAfterBytes = body.indexOf("id: 4");
            return response;
        }
        response.status = 204;
        response.reason = "No Content";
        response.body.clear();
        return response;
    });
    Harness h(u"sse"_s, server.url(u"/events"_s));
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces.mid(0, 3)));
    EXPECT_EQ(server.requests().size(), 2);
}

TEST(Connector, ResumesAResponsesStreamWithStartingAfterAtAnyPoint)
{
    const QByteArray body = responsesBody(kPieces);
    for (qsizetype cut : cutPositions(body)) {
        StreamServer server;
        const auto serve = inkchat::test::resumableSseResponder(body, {cut});
        server.setResponder([&serve](const RecordedRequest &request) {
            return isUpgrade(request) ? refusedUpgrade() : serve(request);
        });
        ConnectorOptions options;
        options.onlyRung = Rung::Stream;
        Harness h(u"openai-responses"_s, server.url(u"/v1"_s), options);
        h.start();

        ASSERT_TRUE(h.run()) << "cut at " << cut;
        ASSERT_EQ(h.finishedCount, 1) << "cut at " << cut << ": " << qPrintable(h.errorMessage());
        EXPECT_EQ(h.text, joined(kPieces)) << "cut at " << cut;
        const RecordedRequest &last = server.requests().last();
        const qsizetype firstEventEnd = body.indexOf("\n\n") + 2; // response.created, with the id
        if (cut >= firstEventEnd) {
            EXPECT_EQ(last.method, "GET") << "cut at " << cut;
            EXPECT_TRUE(last.target.startsWith("/v1/responses/resp_abc123?stream=true&starting_after="))
                << last.target.constData();
        }
    }
}

TEST(Connector, ContinuesAChatCompletionAfterADropAndRecordsTheSeam)
{
    const QStringList first = kPieces.mid(0, 5); // "Ein langer Satz über Züge,"
    const QStringList rest = kPieces.mid(5);
    StreamServer server;
    server.setResponder([&](const RecordedRequest &request) {
        if (!request.body.contains("\"assistant\""))
            return sseResponse(openAiChatBody(first, false)); // ends without its end signal
        return sseResponse(openAiChatBody(rest));
    });
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.endpoint.server = u"vllm"_s; // which carries on from a prefill when told to
    h.create();
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_EQ(h.restarts, 0);
    EXPECT_EQ(h.seams, QList<qsizetype>{joined(first).size()});
    EXPECT_EQ(h.connector->seams(), h.seams);
    ASSERT_EQ(server.requests().size(), 2);
    const QJsonArray messages =
        QJsonDocument::fromJson(server.requests().at(1).body).object().value("messages"_L1).toArray();
    const QJsonObject prefill = messages.last().toObject();
    EXPECT_EQ(prefill.value("role"_L1).toString(), u"assistant"_s);
    EXPECT_EQ(prefill.value("content"_L1).toString(), joined(first));
    EXPECT_TRUE(QJsonDocument::fromJson(server.requests().at(1).body)
                    .object()
                    .value("continue_final_message"_L1)
                    .toBool());
}

TEST(Connector, RestartsAnOpenAiReplyAfterADropAndTheNewAnswerReplacesThePartialOne)
{
    // Like the real OpenAI API: a trailing assistant message is answered
    // afresh, so a continuation would show the partial reply followed by a
    // whole new answer. Every request gets the whole answer, worded anew.
    const QStringList first = {u"Ein"_s, u" langer"_s, u" Satz"_s};
    const QStringList second = {u"Eine"_s, u" neue"_s, u" Antwort."_s};
    StreamServer server;
    server.setResponder([&, calls = 0](const RecordedRequest &) mutable {
        if (calls++ == 0)
            return sseResponse(openAiChatBody(first, false)); // drops mid-reply
        return sseResponse(openAiChatBody(second));
    });
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.restarts, 1);
    EXPECT_EQ(h.text, joined(second)) << "no seam the server did not honour";
    EXPECT_EQ(h.connector->text(), joined(second));
    EXPECT_TRUE(h.seams.isEmpty());
    ASSERT_EQ(server.requests().size(), 2);
    const QJsonArray messages =
        QJsonDocument::fromJson(server.requests().at(1).body).object().value("messages"_L1).toArray();
    EXPECT_EQ(messages.last().toObject().value("role"_L1).toString(), u"user"_s) << "no prefill sent";
}

TEST(Connector, StopsAskingAgainFromTheStartWhenEachAnswerBreaksOffAtTheSamePlace)
{
    // A proxy that cuts every body at the same size, or a server that never
    // says it is done: asked afresh, it breaks off at the same place again,
    // and each restart would store another version of the same part.
    const QStringList first = {u"Ein"_s, u" langer"_s, u" Satz"_s};
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody(first, false))); // never complete
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 0);
    ASSERT_TRUE(h.error);
    EXPECT_TRUE(h.errorMessage().contains(u"asked again from the start 3 times, it broke off no later"_s))
        << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(first)) << "what came is kept";
    EXPECT_EQ(h.restarts, 3);
    EXPECT_EQ(server.requests().size(), 4) << "not the 100 connections a reply may use";
}

TEST(Connector, RestartsAResponsesReplyCutOnTheWebSocketForNothingThereCanBeResumed)
{
    // OpenAI's WebSocket mode takes no `background` ("background is not
    // supported over WebSocket", its reference says), and a response that
    // is not a background one is neither streamed again by
    // `starting_after` (404) nor generated on once its connection is gone.
    // A reply cut on the WebSocket is asked for again, without the flag the
    // server refuses and without a prefill it ignores, and the new answer
    // replaces the partial one.
    const QStringList first = {u"Ein"_s, u" langer"_s, u" Satz"_s};
    const QStringList second = {u"Eine"_s, u" neue"_s, u" Antwort."_s};
    StreamServer server;
    server.setResponder([&, calls = 0](const RecordedRequest &) mutable {
        StreamResponse response;
        response.webSocket.messages = inkchat::test::sseDataMessages(
            responsesBody(calls == 0 ? first : second));
        if (calls++ == 0)
            response.webSocket.dropAfterMessages = 3; // response.created and two deltas
        return response;
    });
    Harness h(u"openai-responses"_s, server.url(u"/v1"_s));
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.restarts, 1);
    EXPECT_EQ(h.text, joined(second)) << "never joined to the partial reply";
    EXPECT_TRUE(h.seams.isEmpty());
    const QList<RecordedRequest> requests = server.requests();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(rungsUsed(requests), QList<Rung>{Rung::WebSocket}) << "no resume request: nothing to resume";
    for (const RecordedRequest &request : requests) {
        ASSERT_EQ(request.webSocketMessages.size(), 1);
        const QJsonObject create = QJsonDocument::fromJson(request.webSocketMessages.first()).object();
        EXPECT_EQ(create.value("type"_L1).toString(), u"response.create"_s);
        EXPECT_FALSE(create.contains("background"_L1));
        const QJsonArray input = create.value("input"_L1).toArray();
        EXPECT_EQ(input.last().toObject().value("role"_L1).toString(), u"user"_s) << "no prefill sent";
    }
}

TEST(Connector, ContinuesEveryProviderWithoutResumeInItsOwnFormat)
{
    // What each provider's request calls the partial reply's turn.
    // (OpenAI continues only where a compatible server says it does; Gemini
    // answers a trailing model turn afresh.)
    const QList<std::pair<QString, QByteArray>> providers = {
        {u"openai"_s, "\"role\":\"assistant\""},
        {u"anthropic"_s, "\"role\":\"assistant\""},
        {u"ollama"_s, "\"role\":\"assistant\""},
    };
    for (const auto &[providerId, partialTurn] : providers) {
        SCOPED_TRACE(qPrintable(providerId));
        const QByteArray truncated = inkchat::test::readData(
            u"providers/%1/truncated.body"_s.arg(providerId));
        const QByteArray whole = inkchat::test::readData(u"providers/%1/multilingual.body"_s.arg(providerId));
        const QString rest = QString::fromUtf8(
            inkchat::test::readData(u"providers/%1/multilingual.reply.txt"_s.arg(providerId)));
        StreamServer server;
        server.setResponder([&](const RecordedRequest &request) {
            return sseResponse(request.body.contains(partialTurn) ? whole : truncated);
        });
        ConnectorOptions options;
        options.onlyRung = Rung::Stream;
        Harness h(providerId, server.url(), options);
        if (providerId == u"openai"_s) {
            h.endpoint.server = u"llama.cpp"_s;
            h.create();
        }
        h.start();

        ASSERT_TRUE(h.run());
        EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
        ASSERT_EQ(h.seams.size(), 1);
        const QString partial = h.text.left(h.seams.first());
        EXPECT_FALSE(partial.isEmpty());
        EXPECT_EQ(h.text.mid(h.seams.first()).toStdString(), rest.toStdString());
        ASSERT_EQ(server.requests().size(), 2);
        EXPECT_TRUE(server.requests().at(1).body.contains(partial.trimmed().toUtf8()));
    }
}

TEST(Connector, ContinuesAReplyTheUserStoppedEarlierWithoutRepeatingIt)
{
    const QStringList first = kPieces.mid(0, 5);
    const QStringList rest = kPieces.mid(5);
    StreamServer server;
    server.setResponder([&](const RecordedRequest &) { return sseResponse(openAiChatBody(rest)); });
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.endpoint.server = u"vllm"_s;
    h.create();
    inkchat::chat::Conversation conversation;
    conversation.messages.append({inkchat::chat::Role::User, u"Hallo"_s});
    h.connector->startContinuation(conversation, joined(first));

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, joined(rest)); // only what follows is new to the screen
    EXPECT_EQ(h.connector->text(), joined(kPieces));
    EXPECT_EQ(h.seams, QList<qsizetype>{joined(first).size()});
    ASSERT_EQ(server.requests().size(), 1);
    const QJsonArray messages =
        QJsonDocument::fromJson(server.requests().at(0).body).object().value("messages"_L1).toArray();
    EXPECT_EQ(messages.last().toObject().value("content"_L1).toString(), joined(first));
}

TEST(Connector, DoesNotRepeatWhiteSpaceTheTrimmedPrefillLost)
{
    StreamServer server;
    server.setResponder([&](const RecordedRequest &request) {
        if (!request.body.contains("\"assistant\""))
            return sseResponse(openAiChatBody({u"Hello "_s}, false));
        return sseResponse(openAiChatBody({u" world"_s, u"."_s}));
    });
    Harness h(u"openai"_s, server.url(u"/v1"_s));
    h.endpoint.server = u"vllm"_s;
    h.create();
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.text, u"Hello world."_s);
}

namespace {

/// A plain-text endpoint whose first reply stalls after 20 bytes ("Ein
/// langer Satz übe") and whose later replies are `restarted`; runs the
/// connector until the watchdog has ended the stall and the reply ended.
void runStalledTextReply(Harness &h, StreamServer &server, const QByteArray &restarted)
{
    server.setResponder([calls = 0, restarted](const RecordedRequest &) mutable {
        StreamResponse response;
        response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}};
        response.body = calls++ == 0 ? joined(kPieces).toUtf8() : restarted;
        if (calls == 1)
            response.pauseAfterBytes = 20;
        return response;
    });
    h.start();
    ASSERT_TRUE(h.runUntil([&] { return h.text.size() == 19; }));
    h.clock.advance(h.options.http.idleTimeout); // the watchdog ends the silent stream
    ASSERT_TRUE(h.run());
    server.closeConnections();
}

ConnectorOptions streamOnly()
{
    ConnectorOptions options;
    options.onlyRung = Rung::Stream;
    return options;
}

} // namespace

TEST(Connector, RestartsAnEndpointThatCannotResumeAndShowsTheNewReplyInstead)
{
    StreamServer server;
    Harness h(u"text"_s, server.url(), streamOnly());
    runStalledTextReply(h, server, joined(kPieces).toUtf8());

    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.restarts, 1);
    EXPECT_EQ(h.text, joined(kPieces));
    EXPECT_TRUE(h.seams.isEmpty());
}

TEST(Connector, ARestartWordedDifferentlyReplacesThePartialReply)
{
    StreamServer server;
    Harness h(u"text"_s, server.url(), streamOnly());
    runStalledTextReply(h, server, QByteArrayLiteral("Something else entirely"));

    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.restarts, 1);
    EXPECT_EQ(h.text, u"Something else entirely"_s);
    EXPECT_EQ(h.connector->text(), u"Something else entirely"_s);
}
