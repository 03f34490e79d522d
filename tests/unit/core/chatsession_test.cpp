// One conversation's engine, as both front ends drive it: what is sent,
// what is stored and when, and how a reply that ends early reads later.

#include "sessiontesting.h"

#include "transport/connectorstate.h"

using namespace inkchat::test::session;

namespace {

TEST_F(SessionTest, SendsTheStoredSystemPromptAndHistoryBeforeTheNewMessage)
{
    const qint64 id = newConversation(u"Answer in German."_s);
    chat::MessageRecord turn;
    turn.text = u"Hello"_s;
    ASSERT_TRUE(store->appendMessage(id, turn));
    turn.role = Role::Assistant;
    turn.text = u"Hallo"_s;
    ASSERT_TRUE(store->appendMessage(id, turn));
    turn.text.clear(); // a reply that failed before it said anything
    turn.status = MessageStatus::Error;
    ASSERT_TRUE(store->appendMessage(id, turn));
    server.setResponse(sseResponse(openAiChatBody(kPieces)));

    auto session = open(id);
    ASSERT_TRUE(session);
    ASSERT_TRUE(session->send(u"And now?"_s));
    ASSERT_TRUE(waitForEnd(*session));

    ASSERT_EQ(server.requests().size(), 1);
    const QJsonArray sent = requestMessages(server.requests().at(0));
    ASSERT_EQ(sent.size(), 4) << server.requests().at(0).body.toStdString();
    EXPECT_EQ(sent.at(0).toObject().value("role"_L1).toString(), u"system"_s);
    EXPECT_EQ(sent.at(0).toObject().value("content"_L1).toString(), u"Answer in German."_s);
    EXPECT_EQ(sent.at(1).toObject().value("content"_L1).toString(), u"Hello"_s);
    EXPECT_EQ(sent.at(2).toObject().value("content"_L1).toString(), u"Hallo"_s);
    EXPECT_EQ(sent.at(3).toObject().value("content"_L1).toString(), u"And now?"_s);
}

TEST_F(SessionTest, StoresTheMessageBeforeTheRequestAndTheWholeReplyWhenItEnds)
{
    const qint64 id = newConversation();
    bool storedFirst = false;
    server.setResponder([&](const RecordedRequest &) {
        storedFirst = storedMessage(id, 0).text == u"  Wie spät ist es? "_s;
        return sseResponse(openAiChatBody(kPieces));
    });
    auto session = open(id);
    QSignalSpy titled(session.get(), &ChatSession::titleChanged);
    ASSERT_TRUE(session->send(u"  Wie spät ist es? "_s));
    ASSERT_TRUE(waitForEnd(*session));

    EXPECT_TRUE(storedFirst) << "the user's words were stored before the request went out";
    const chat::MessageRecord reply = storedMessage(id, 1);
    EXPECT_EQ(reply.text, joined(kPieces));
    EXPECT_EQ(reply.status, MessageStatus::Complete);
    EXPECT_EQ(reply.provider, u"openai"_s);
    EXPECT_EQ(reply.model, u"test-model"_s);
    EXPECT_EQ(session->messages().constLast().id, reply.id);
    EXPECT_EQ(store->conversation(id)->title, u"Wie spät ist es?"_s);
    EXPECT_EQ(titled.count(), 1);

    ASSERT_TRUE(session->send(u"Danke"_s));
    ASSERT_TRUE(waitForEnd(*session));
    EXPECT_EQ(store->conversation(id)->title, u"Wie spät ist es?"_s) << "named once, after the first message";
}

TEST_F(SessionTest, TheStoreHasEveryPieceBeforeAFrontEndHearsOfIt)
{
    const qint64 id = newConversation();
    server.setResponse(sseResponse(openAiChatBody(kPieces)));
    SessionServices withCheckpointPerPiece = services();
    withCheckpointPerPiece.checkpoints.interval = std::chrono::milliseconds(0);
    auto session = ChatSession::open(withCheckpointPerPiece, id).value();
    QStringList storedWhenTold;
    QObject::connect(session.get(), &ChatSession::replyTextReceived, session.get(), [&] {
        storedWhenTold.append(store->message(session->messages().constLast().id)->text);
    });
    ASSERT_TRUE(session->send(u"Erzähl"_s));
    ASSERT_TRUE(waitForEnd(*session));

    QStringList expected;
    for (qsizetype i = 1; i <= kPieces.size(); ++i)
        expected.append(joined(kPieces.first(i)));
    EXPECT_EQ(storedWhenTold, expected);
}

TEST_F(SessionTest, AStoppedReplyIsStoppedInTheStoreAndAfterReopening)
{
    const qint64 id = newConversation();
    {
        auto session = pausedReply(id, 2);
        ASSERT_TRUE(session);
        session->stop();
        EXPECT_FALSE(session->isStreaming());
        EXPECT_EQ(session->messages().constLast().status, MessageStatus::Stopped);
        EXPECT_EQ(session->messages().constLast().errorText, QString());
        EXPECT_TRUE(session->canContinue());
    }
    const chat::MessageRecord stored = storedMessage(id, 1);
    EXPECT_EQ(stored.status, MessageStatus::Stopped);
    EXPECT_EQ(stored.text, joined(kPieces.first(2)));

    auto reopened = open(id);
    ASSERT_EQ(reopened->messages().size(), 2);
    EXPECT_EQ(reopened->messages().constLast().status, MessageStatus::Stopped) << "it reads as it did";
    EXPECT_TRUE(reopened->canContinue());
}

TEST_F(SessionTest, ASessionClosedMidReplyKeepsAllItReceivedAsInterrupted)
{
    // One write brings four pieces: the first is checkpointed at once, the
    // others would wait for the next checkpoint, a second later.
    const qint64 id = newConversation();
    auto session = pausedReply(id, 4);
    ASSERT_TRUE(session);

    session.reset(); // the app quits
    const chat::MessageRecord stored = storedMessage(id, 1);
    EXPECT_EQ(stored.text, joined(kPieces.first(4)));
    EXPECT_EQ(stored.status, MessageStatus::Interrupted);
}

TEST_F(SessionTest, AReplyStoppedBeforeItsEndpointIsKnownIsStoredStopped)
{
    const qint64 id = newConversation();
    auto session = open(id);
    ASSERT_TRUE(session->send(u"Hallo"_s));
    session->stop(); // the endpoint source has not answered yet

    EXPECT_EQ(session->messages().constLast().status, MessageStatus::Stopped);
    ASSERT_EQ(store->messages(id)->size(), 2);
    EXPECT_EQ(storedMessage(id, 1).status, MessageStatus::Stopped);

    server.setResponse(sseResponse(openAiChatBody(kPieces)));
    ASSERT_TRUE(session->send(u"Noch einmal"_s));
    ASSERT_TRUE(waitForEnd(*session));
    ASSERT_EQ(server.requests().size(), 1) << "the stopped reply was never asked for";
    EXPECT_EQ(requestMessages(server.requests().at(0)).size(), 2)
        << "the stopped reply said nothing: no turn";
}

TEST_F(SessionTest, AsksTheConversationsModelWithItsParametersAndKeepsThemAcrossReopening)
{
    const qint64 id = newConversation(u"Be brief."_s);
    {
        auto session = open(id);
        ASSERT_FALSE(session->setModel(u"  small-model "_s));
        ASSERT_FALSE(session->setParameters({0.2, 64, u"low"_s}));
    }
    server.setResponse(sseResponse(openAiChatBody(kPieces)));
    auto session = open(id);
    EXPECT_EQ(session->model(), u"small-model"_s) << "stored, trimmed";
    EXPECT_EQ(session->parameters(), (chat::ReplyParameters{0.2, 64, u"low"_s}));
    ASSERT_TRUE(session->send(u"Hi"_s));
    ASSERT_TRUE(waitForEnd(*session));

    const QJsonObject body = QJsonDocument::fromJson(server.requests().at(0).body).object();
    EXPECT_EQ(body.value("model"_L1).toString(), u"small-model"_s) << "not the endpoint's test-model";
    EXPECT_EQ(body.value("temperature"_L1).toDouble(), 0.2);
    EXPECT_EQ(body.value("max_completion_tokens"_L1).toInt(), 64);
    EXPECT_EQ(body.value("reasoning_effort"_L1).toString(), u"low"_s);
    EXPECT_EQ(storedMessage(id, 1).model, u"small-model"_s);

    // Back to the endpoint's model and the provider's defaults.
    ASSERT_FALSE(session->setModel({}));
    ASSERT_FALSE(session->setParameters({}));
    ASSERT_TRUE(session->send(u"Again"_s));
    ASSERT_TRUE(waitForEnd(*session));
    const QJsonObject plain = QJsonDocument::fromJson(server.requests().at(1).body).object();
    EXPECT_EQ(plain.value("model"_L1).toString(), u"test-model"_s);
    EXPECT_FALSE(plain.contains("temperature"_L1));
}

TEST_F(SessionTest, KeepsTheModelTheServerSaysAnswered)
{
    QByteArray body = openAiChatBody(kPieces);
    body.replace("data: {", "data: {\"model\":\"test-model-2026-01-01\",");
    server.setResponse(sseResponse(body));
    const qint64 id = newConversation();
    auto session = open(id);
    ASSERT_TRUE(session->send(u"Who are you?"_s));
    ASSERT_TRUE(waitForEnd(*session));
    EXPECT_EQ(session->messages().constLast().model, u"test-model-2026-01-01"_s);
    EXPECT_EQ(storedMessage(id, 1).model, u"test-model-2026-01-01"_s);
}

TEST_F(SessionTest, MergesTokenCountsReportedInSeparateEvents)
{
    const QByteArray usage = "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":7}}\n\n"
                             "data: {\"choices\":[],\"usage\":{\"completion_tokens\":3}}\n\n";
    QByteArray body = openAiChatBody(kPieces);
    body.insert(body.indexOf("data: [DONE]"), usage);
    server.setResponse(sseResponse(body));
    const qint64 id = newConversation();
    auto session = open(id);
    ASSERT_TRUE(session->send(u"Count"_s));
    ASSERT_TRUE(waitForEnd(*session));

    const chat::MessageRecord reply = storedMessage(id, 1);
    EXPECT_EQ(reply.status, MessageStatus::Complete);
    EXPECT_EQ(reply.usage, (chat::TokenUsage{7, 3}));
    EXPECT_EQ(session->messages().constLast().usage, (chat::TokenUsage{7, 3}));
}

TEST_F(SessionTest, WithoutAStoreTheConversationLivesInMemory)
{
    server.setResponse(sseResponse(openAiChatBody(kPieces)));
    SessionServices memoryOnly = services();
    memoryOnly.store = nullptr;
    auto session = ChatSession::open(memoryOnly, 0).value();
    ASSERT_FALSE(session->setSystemPrompt(u"Be brief."_s));
    ASSERT_TRUE(session->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd(*session));

    EXPECT_EQ(session->messages().size(), 2);
    EXPECT_EQ(session->messages().constLast().text, joined(kPieces));
    EXPECT_EQ(session->title(), u"Hallo"_s);
    EXPECT_EQ(requestMessages(server.requests().at(0)).size(), 2) << "the system prompt and the message";
    EXPECT_TRUE(store->conversations()->isEmpty()) << "nothing was stored";
}

TEST_F(SessionTest, OpeningAConversationThatIsNotStoredFails)
{
    const auto session = ChatSession::open(services(), 4242);
    ASSERT_FALSE(session);
    EXPECT_EQ(session.error().kind, Error::Kind::Usage);
}

TEST(SessionStatus, AFailureEndsAReplyStoppedCutOffOrFailed)
{
    using inkchat::session::statusAfter;
    const auto error = [](Error::Kind kind) { return Error::make(kind, u"why"_s); };
    EXPECT_EQ(statusAfter(error(Error::Kind::Cancelled), true), MessageStatus::Stopped);
    EXPECT_EQ(statusAfter(error(Error::Kind::Cancelled), false), MessageStatus::Stopped);
    EXPECT_EQ(statusAfter(error(Error::Kind::Interrupted), false), MessageStatus::Interrupted);
    EXPECT_EQ(statusAfter(error(Error::Kind::Timeout), true), MessageStatus::Interrupted);
    EXPECT_EQ(statusAfter(error(Error::Kind::Network), true), MessageStatus::Interrupted);
    EXPECT_EQ(statusAfter(error(Error::Kind::Timeout), false), MessageStatus::Error) << "nothing to continue";
    EXPECT_EQ(statusAfter(error(Error::Kind::Http), false), MessageStatus::Error);
    EXPECT_EQ(statusAfter(error(Error::Kind::LimitExceeded), true), MessageStatus::Error);
}

} // namespace
