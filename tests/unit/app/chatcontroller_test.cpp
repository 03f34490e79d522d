// The chat controller built as Application builds it, against a scripted
// loopback server (or the built-in demo server): what the user sees in the
// transcript and the status line, what is stored, and what goes on the wire.

#include "chatcontrollertesting.h"
#include "fixtures.h"

#include <QJsonDocument>

using namespace inkchat::test::chatcontroller;

namespace {

TEST_F(ChatControllerTest, StoresTheUserMessageBeforeSendingAndStreamsTheReply)
{
    addServerEndpoint();
    const qint64 id = conversations().currentId();
    bool storedFirst = false;
    server.setResponder([&](const RecordedRequest &) {
        const auto messages = stored(id);
        storedFirst = messages.size() >= 1 && messages.at(0).role == Role::User
                      && messages.at(0).text == u"Hallo Welt"_s;
        return sseResponse(openAiChatBody(kAll));
    });

    ASSERT_TRUE(chat->send(u"  Hallo Welt \n"_s));
    EXPECT_TRUE(chat->isBusy());
    ASSERT_EQ(chat->transcript()->messageCount(), 2);
    EXPECT_EQ(chat->transcript()->message(0).text, u"Hallo Welt"_s);
    EXPECT_EQ(reply().status, MessageStatus::Streaming);
    ASSERT_TRUE(waitForEnd());

    EXPECT_TRUE(storedFirst) << "the user's words were stored before the request went out";
    EXPECT_TRUE(lastReplyCompleted());
    EXPECT_EQ(reply().text, joined(kAll));
    EXPECT_EQ(reply().status, MessageStatus::Complete);
    EXPECT_EQ(reply().errorText, QString());
    EXPECT_FALSE(chat->isBusy() || chat->canRetry() || chat->canContinue());
    EXPECT_EQ(statuses, (QStringList{u"preparing"_s, u"connecting (sse)"_s, u"streaming"_s, QString()}));

    const auto messages = stored(id);
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(1).text, joined(kAll));
    EXPECT_EQ(messages.at(1).status, MessageStatus::Complete);
    EXPECT_EQ(conversations().titleAt(0), u"Hallo Welt"_s);

    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(requestMessages(server.requests().at(0)).size(), 1);
    EXPECT_EQ(sent(0, 0).value("content"_L1).toString(), u"Hallo Welt"_s);
    EXPECT_TRUE(server.requests().at(0).header("Authorization").isEmpty()) << "no key stored, none sent";
}

TEST_F(ChatControllerTest, SendIgnoresBlankTextAndASecondMessageWhileBusy)
{
    addServerEndpoint();
    build(true); // the demo, whatever the settings say
    EXPECT_TRUE(chat->isDemo());
    QSignalSpy busy(chat.get(), &ChatController::busyChanged);
    EXPECT_FALSE(chat->send(u" \n\t "_s));
    EXPECT_FALSE(chat->send(QString()));
    EXPECT_EQ(chat->transcript()->messageCount(), 0);
    EXPECT_TRUE(stored(conversations().currentId()).isEmpty());
    EXPECT_EQ(busy.count(), 0);

    ASSERT_TRUE(chat->send(u"Hello"_s));
    EXPECT_FALSE(chat->send(u"And another thing"_s));
    EXPECT_EQ(chat->transcript()->messageCount(), 2);
    ASSERT_TRUE(waitForEnd());
    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    EXPECT_TRUE(reply().text.startsWith(u"You asked: “Hello”"_s)) << qPrintable(reply().text.left(80));
    EXPECT_EQ(stored(conversations().currentId()).size(), 2);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(ChatControllerTest, StopKeepsThePartialReplyAndContinueWhereTheServerCannotAsksAgainAsANewVersion)
{
    addServerEndpoint();
    int calls = 0;
    server.setResponder([&](const RecordedRequest &) {
        return calls++ == 0 ? pausedAfterFirst() : sseResponse(openAiChatBody(kAll));
    });
    ASSERT_TRUE(chat->send(u"Erzähl"_s));
    ASSERT_TRUE(waitForReplyText(joined(kFirst)));

    chat->stop();
    EXPECT_FALSE(chat->isBusy());
    ASSERT_EQ(ended->count(), 1);
    EXPECT_FALSE(lastReplyCompleted());
    EXPECT_EQ(reply().text, joined(kFirst));
    EXPECT_EQ(reply().status, MessageStatus::Stopped);
    EXPECT_TRUE(chat->canRetry() && chat->canContinue());
    EXPECT_EQ(chat->status(), QString());
    EXPECT_EQ(stored(conversations().currentId()).at(1).status, MessageStatus::Stopped)
        << "stored as it is shown, so it reads the same after a restart";

    chat->continueReply();
    EXPECT_TRUE(chat->isBusy());
    ASSERT_TRUE(waitForEnd(2));
    // OpenAI answers a partial reply afresh: it is asked again, and the
    // new answer is shown instead, the stopped one a version behind it.
    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    EXPECT_EQ(reply().text, joined(kAll));
    EXPECT_EQ(std::pair(reply().version, reply().versionCount), std::pair(2, 2));
    EXPECT_EQ(chat->transcript()->messageCount(), 2);
    EXPECT_EQ(stored(conversations().currentId()).at(1).text, joined(kAll));
    const auto all = store->messages(conversations().currentId(), inkchat::store::MessageScope::AllVersions);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(1).text, joined(kFirst));
    EXPECT_EQ(all->at(1).status, MessageStatus::Stopped) << "kept as the user left it";

    ASSERT_EQ(server.requests().size(), 2);
    ASSERT_EQ(requestMessages(server.requests().at(1)).size(), 1) << "no prefill the server would ignore";
}

TEST_F(ChatControllerTest, AServerChosenInSettingsThatCarriesOnContinuesACutReplyInPlace)
{
    // vLLM carries on from a partial reply when asked with
    // continue_final_message: chosen in Settings, the cut reply is continued
    // and stays one version, where OpenAI's would be asked again.
    const int row = settings.addEndpoint(u"openai"_s);
    ASSERT_EQ(settings.updateEndpoint(row, u"Lab"_s, u"openai"_s, server.url(u"/v1"_s).toString(),
                                      u"test-model"_s, {}, u"vllm"_s),
              QString());
    int calls = 0;
    server.setResponder([&](const RecordedRequest &) {
        if (calls++ > 0)
            return sseResponse(openAiChatBody(kRest)); // carries on where the partial reply ends
        const QByteArray head = "retry: 10\n\n" + openAiChatBody(kFirst, false);
        StreamResponse response = sseResponse(head + openAiChatBody(kRest));
        response.cutAfterBytes = head.size() + 20;
        return response;
    });
    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());

    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    EXPECT_EQ(reply().text, joined(kAll));
    EXPECT_EQ(std::pair(reply().version, reply().versionCount), std::pair(1, 1))
        << "continued, not restarted";
    ASSERT_EQ(server.requests().size(), 2);
    const QJsonObject continuation = QJsonDocument::fromJson(server.requests().at(1).body).object();
    EXPECT_TRUE(continuation.value("continue_final_message"_L1).toBool());
    EXPECT_EQ(sent(1, -1).value("role"_L1).toString(), u"assistant"_s);
    EXPECT_EQ(sent(1, -1).value("content"_L1).toString(), joined(kFirst));
}

TEST_F(ChatControllerTest, AnHttpErrorFailsTheReplyWithTheProvidersWordsAndRetryStartsOver)
{
    addServerEndpoint();
    bool answers = false;
    server.setResponder([&](const RecordedRequest &) {
        if (answers)
            return sseResponse(openAiChatBody(kAll));
        return openAiError(401, "Unauthorized", u"Incorrect API key provided."_s);
    });
    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());

    EXPECT_FALSE(lastReplyCompleted());
    EXPECT_EQ(reply().status, MessageStatus::Error);
    EXPECT_EQ(reply().text, QString());
    EXPECT_TRUE(reply().errorText.contains(u"Incorrect API key provided."_s))
        << qPrintable(reply().errorText);
    EXPECT_TRUE(reply().errorText.contains(u"401"_s)) << qPrintable(reply().errorText);
    EXPECT_EQ(chat->status(), QString()) << "the error is shown once, at the end of the reply";
    EXPECT_TRUE(chat->canRetry());
    EXPECT_FALSE(chat->canContinue()) << "nothing to continue from";
    EXPECT_EQ(server.requests().size(), 1) << "a 401 is not retried";

    answers = true;
    chat->retry();
    ASSERT_TRUE(waitForEnd(2));
    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    ASSERT_EQ(chat->transcript()->messageCount(), 2) << "the failed reply was replaced";
    EXPECT_EQ(reply().text, joined(kAll));
    EXPECT_EQ(reply().errorText, QString());
    EXPECT_EQ(chat->status(), QString());
    EXPECT_FALSE(chat->canRetry());
    EXPECT_EQ(stored(conversations().currentId()).value(1).status, MessageStatus::Complete);
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_EQ(requestMessages(server.requests().at(1)).size(), 1) << "a failed empty reply is no turn";
}

TEST_F(ChatControllerTest, ACutConnectionIsAskedAgainAutomaticallyAndTheNewAnswerReplacesThePartialOne)
{
    addServerEndpoint();
    server.setResponder(cutOnceThenTheRest());
    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());

    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    EXPECT_EQ(reply().text, joined(kAll)) << "the new answer alone, never joined to the partial one";
    EXPECT_EQ(std::pair(reply().version, reply().versionCount), std::pair(2, 2));
    EXPECT_EQ(chat->transcript()->messageCount(), 2);
    EXPECT_TRUE(history().contains(u"reconnecting (attempt 1"_s)) << qPrintable(history());
    EXPECT_EQ(chat->status(), QString());
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_EQ(sent(1, -1).value("content"_L1).toString(), u"Hallo"_s) << "asked again, no prefill";
}

TEST_F(ChatControllerTest, ARetryAfterWaitShowsReconnectingInTheStatusLine)
{
    addServerEndpoint();
    int calls = 0;
    server.setResponder([&](const RecordedRequest &) {
        if (calls++ > 0)
            return sseResponse(openAiChatBody(kAll));
        StreamResponse busy = openAiError(503, "Service Unavailable", u"The engine is overloaded"_s);
        busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        return busy;
    });
    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());

    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    EXPECT_EQ(reply().text, joined(kAll));
    EXPECT_TRUE(history().contains(
        u"reconnecting (attempt 1, in 1.0 s): The server answered HTTP 503 Service Unavailable: "_s))
        << qPrintable(history());
    EXPECT_TRUE(history().contains(u"The engine is overloaded"_s)) << qPrintable(history());
    EXPECT_EQ(chat->status(), QString());
}

TEST_F(ChatControllerTest, AProxyThatBuffersTheReplyIsNamedInTheStatusLineAfterwards)
{
    addServerEndpoint();
    StreamResponse buffered = sseResponse(openAiChatBody(kAll));
    buffered.holdBackMs = 2100; // silence, then the whole reply at once
    server.setResponse(buffered);
    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());

    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    EXPECT_TRUE(chat->status().contains(u"buffering"_s)) << qPrintable(history());
    EXPECT_EQ(reply().errorText, QString());
}

TEST_F(ChatControllerTest, AParameterTheServerRefusedIsNamedInTheStatusLineAfterwards)
{
    // Azure AI inference refuses stream_options: the reply comes without
    // token counts, and the user is told why they are missing.
    addServerEndpoint();
    server.setResponder([](const RecordedRequest &request) {
        if (request.body.contains("stream_options"))
            return openAiError(400, "Bad Request",
                               u"Unrecognized request argument supplied: stream_options"_s);
        return sseResponse(openAiChatBody(kAll));
    });
    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());

    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    EXPECT_EQ(reply().text, joined(kAll));
    EXPECT_EQ(chat->status(),
              u"The server refused stream_options (HTTP 400), so the reply was asked for again "
              "without it, as will every later one to this server until Settings resets it. "
              "Token counts are not shown."_s);
}

TEST_F(ChatControllerTest, SwitchingConversationsLeavesTheReplyStreamingAndShowsItOnReturn)
{
    addServerEndpoint();
    server.setResponder([calls = 0](const RecordedRequest &) mutable {
        return calls++ == 0 ? sseResponse(openAiChatBody(kAll)) : pausedAfterFirst();
    });
    ASSERT_TRUE(chat->send(u"first question"_s));
    ASSERT_TRUE(waitForEnd());
    const qint64 first = conversations().currentId();

    conversations().create();
    const qint64 second = conversations().currentId();
    EXPECT_EQ(chat->transcript()->messageCount(), 0);
    ASSERT_TRUE(chat->send(u"second question"_s));
    ASSERT_TRUE(waitForReplyText(joined(kFirst)));

    conversations().setCurrentIndex(1); // back to the first
    EXPECT_FALSE(chat->isBusy()) << "the open conversation has no reply coming";
    EXPECT_EQ(ended->count(), 1) << "leaving did not end the reply";
    ASSERT_EQ(chat->transcript()->messageCount(), 2);
    EXPECT_EQ(chat->transcript()->message(0).text, u"first question"_s);
    EXPECT_EQ(reply().text, joined(kAll));
    EXPECT_TRUE(sessions->isStreaming(second));
    EXPECT_TRUE(
        conversations().data(conversations().index(0), ConversationListModel::IsStreamingRole).toBool());
    EXPECT_FALSE(
        conversations().data(conversations().index(1), ConversationListModel::IsStreamingRole).toBool());
    EXPECT_EQ(stored(second).at(1).status, MessageStatus::Streaming) << "still being written";

    conversations().setCurrentIndex(0); // and to the second again, mid-reply
    EXPECT_TRUE(chat->isBusy());
    EXPECT_EQ(reply().status, MessageStatus::Streaming);
    EXPECT_EQ(reply().text, joined(kFirst)) << "what came while it was not shown";
    chat->stop();
    ASSERT_TRUE(waitForEnd(2));
    EXPECT_EQ(reply().status, MessageStatus::Stopped);
    EXPECT_EQ(stored(second).at(1).text, joined(kFirst));
    EXPECT_EQ(stored(first).size(), 2);
    EXPECT_FALSE(
        conversations().data(conversations().index(0), ConversationListModel::IsStreamingRole).toBool());
}

TEST_F(ChatControllerTest, StopRightAfterAnEarlierReplyEndedStopsTheNewOne)
{
    addServerEndpoint();
    server.setResponse(sseResponse(openAiChatBody(kAll)));
    ASSERT_TRUE(chat->send(u"one"_s));
    ASSERT_TRUE(waitForEnd());

    ASSERT_TRUE(chat->send(u"two"_s));
    chat->stop();
    EXPECT_FALSE(chat->isBusy());
    ASSERT_EQ(ended->count(), 2);
    EXPECT_EQ(reply().status, MessageStatus::Stopped);

    ASSERT_TRUE(chat->send(u"three"_s));
    ASSERT_TRUE(waitForEnd(3));
    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    EXPECT_EQ(server.requests().size(), 2) << "the stopped reply was never asked for";
}

TEST_F(ChatControllerTest, EndpointLabelAndDemoFollowTheSettings)
{
    QSignalSpy changed(chat.get(), &ChatController::endpointChanged);
    EXPECT_TRUE(chat->isDemo());
    EXPECT_EQ(chat->endpointLabel(), u"Demo (offline)"_s);

    const int row = settings.addEndpoint(u"openai"_s);
    EXPECT_FALSE(chat->isDemo());
    EXPECT_EQ(chat->endpointLabel(), u"OpenAI or compatible (Chat Completions)"_s);
    ASSERT_EQ(settings.updateEndpoint(row, u"Work"_s, u"openai"_s, u"https://example.com/v1"_s, u"gpt-4o"_s),
              QString());
    EXPECT_EQ(chat->endpointLabel(), u"Work · gpt-4o"_s);
    EXPECT_GE(changed.count(), 2);

    settings.removeEndpoint(row);
    EXPECT_TRUE(chat->isDemo());
    EXPECT_EQ(chat->endpointLabel(), u"Demo (offline)"_s);
}

TEST_F(ChatControllerTest, SaysWhenTheKeyWouldCrossTheNetworkInClearText)
{
    const int row = settings.addEndpoint(u"openai"_s);
    ASSERT_EQ(settings.updateEndpoint(row, u"Lab"_s, u"openai"_s, u"http://192.0.2.7:8080/v1"_s, u"m"_s),
              QString());
    EXPECT_FALSE(chat->isKeyExposed()) << "no key, nothing to expose";
    QSignalSpy changed(chat.get(), &ChatController::endpointChanged);
    ASSERT_NO_FATAL_FAILURE(storeKey(row));
    EXPECT_TRUE(chat->isKeyExposed());
    EXPECT_GE(changed.count(), 1);

    ASSERT_EQ(settings.updateEndpoint(row, u"Lab"_s, u"openai"_s, u"https://192.0.2.7/v1"_s, u"m"_s),
              QString());
    EXPECT_FALSE(chat->isKeyExposed());
    ASSERT_EQ(settings.updateEndpoint(row, u"Lab"_s, u"openai"_s, u"http://localhost:8080/v1"_s, u"m"_s),
              QString());
    EXPECT_FALSE(chat->isKeyExposed());
}

TEST_F(ChatControllerTest, SendsTheStoredKeyAndNeverShowsIt)
{
    ASSERT_NO_FATAL_FAILURE(storeKey(addServerEndpoint()));
    server.setResponder([](const RecordedRequest &) {
        const QString echo = u"Incorrect API key provided: "_s + kKey
                             + u". Find your key at the dashboard."_s;
        return openAiError(401, "Unauthorized", echo);
    });
    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());

    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().at(0).header("Authorization"), "Bearer " + kKey.toUtf8());
    EXPECT_TRUE(reply().errorText.contains(u"Incorrect API key provided"_s)) << qPrintable(reply().errorText);
    EXPECT_FALSE(reply().errorText.contains(kKey)) << qPrintable(reply().errorText);
    EXPECT_FALSE(history().contains(kKey)) << qPrintable(history());
    for (const TranscriptMessage &message : stored(conversations().currentId()))
        EXPECT_FALSE(message.errorText.contains(kKey) || message.text.contains(kKey));
}

TEST_F(ChatControllerTest, AKeychainThatFailsAtSendFailsTheReplyWithoutARequest)
{
    ASSERT_NO_FATAL_FAILURE(storeKey(addServerEndpoint()));
    secrets.failure = Error::make(Error::Kind::Unavailable, u"The system keychain is locked"_s);

    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());
    EXPECT_EQ(reply().status, MessageStatus::Error);
    EXPECT_EQ(reply().errorText, u"The system keychain is locked"_s);
    EXPECT_EQ(chat->status(), QString()) << "the error is shown once, at the end of the reply";
    EXPECT_TRUE(chat->canRetry());
    EXPECT_TRUE(server.requests().isEmpty());
}

} // namespace

TEST_F(ChatControllerTest, ASelfHostedServerWithAPrivateCaIsReachedOnlyThroughItsCaFile)
{
    StreamServer tlsServer(inkchat::test::loopbackServerTls());
    tlsServer.setResponse(sseResponse(openAiChatBody(kAll)));
    const int row = settings.addEndpoint(u"openai"_s);
    const QString url = tlsServer.url(u"/v1"_s).toString();
    ASSERT_EQ(settings.updateEndpoint(row, u"Lab"_s, u"openai"_s, url, u"test-model"_s), QString());

    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());
    EXPECT_FALSE(lastReplyCompleted());
    EXPECT_TRUE(reply().errorText.contains(u"secure connection to 127.0.0.1:"_s))
        << reply().errorText.toStdString();
    EXPECT_TRUE(tlsServer.requests().isEmpty()) << "nothing goes over an unverified connection";

    ASSERT_EQ(settings.updateEndpoint(row, u"Lab"_s, u"openai"_s, url, u"test-model"_s,
                                      inkchat::test::testCaFile()),
              QString());
    ASSERT_TRUE(chat->send(u"Noch einmal"_s));
    ASSERT_TRUE(waitForEnd(2));
    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(history());
    EXPECT_EQ(reply().text, joined(kAll));
    EXPECT_EQ(tlsServer.requests().size(), 1);
}
