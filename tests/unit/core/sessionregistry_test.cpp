// Several conversations streaming at once, each in its own session, and
// sessions that live as long as someone shows them or they stream.

#include "sessiontesting.h"

#include "session/sessionregistry.h"

using namespace inkchat::test::session;
using inkchat::session::SessionRegistry;

namespace {

struct RegistryTest : SessionTest
{
    SessionRegistry registry{services()};
    QList<std::pair<qint64, bool>> streamingChanges;

    RegistryTest()
    {
        QObject::connect(&registry, &SessionRegistry::streamingChanged, &registry,
                         [this](qint64 id, bool streaming) {
                             streamingChanges.append({id, streaming});
                         });
    }

    ChatSession *hold(qint64 id) { return registry.hold(id).value(); }
};

TEST_F(RegistryTest, TwoConversationsStreamAtOnceAndEachGetsItsOwnReply)
{
    // Every reply pauses after its first piece: both are streaming before
    // either ends.
    server.setResponder(answerAfterACut());
    const qint64 first = newConversation();
    const qint64 second = newConversation();
    ChatSession *one = hold(first);
    ChatSession *two = hold(second);
    ASSERT_NE(one, two);
    ASSERT_TRUE(one->send(u"eins"_s));
    ASSERT_TRUE(two->send(u"zwei"_s));
    ASSERT_TRUE(
        waitUntil(&server, &StreamServer::requestReceived, [&] { return server.requests().size() == 2; }));
    ASSERT_TRUE(waitUntil(two, &ChatSession::replyTextReceived, [&] {
        return !one->messages().constLast().text.isEmpty() && !two->messages().constLast().text.isEmpty();
    }));

    EXPECT_TRUE(registry.isStreaming(first));
    EXPECT_TRUE(registry.isStreaming(second));
    EXPECT_EQ(registry.streamingConversations().size(), 2);
    EXPECT_EQ(streamingChanges, (QList<std::pair<qint64, bool>>{{first, true}, {second, true}}));

    server.closeConnections(); // each connector continues its reply by itself
    ASSERT_TRUE(waitForEnd(*one));
    ASSERT_TRUE(waitForEnd(*two));
    EXPECT_EQ(one->messages().constLast().text, u"Antwort auf eins"_s);
    EXPECT_EQ(two->messages().constLast().text, u"Antwort auf zwei"_s);
    EXPECT_EQ(storedMessage(first, 1).text, u"Antwort auf eins"_s);
    EXPECT_EQ(storedMessage(second, 1).text, u"Antwort auf zwei"_s);
    EXPECT_TRUE(registry.streamingConversations().isEmpty());
}

TEST_F(RegistryTest, AReleasedSessionStreamsOnUntilItsReplyEnds)
{
    server.setResponder(answerAfterACut());
    const qint64 id = newConversation();
    ChatSession *session = hold(id);
    ASSERT_TRUE(session->send(u"Erzähl"_s));
    ASSERT_TRUE(waitUntil(session, &ChatSession::replyTextReceived,
                          [&] { return !session->messages().constLast().text.isEmpty(); }));

    registry.release(id); // the front end shows another conversation
    ASSERT_EQ(registry.find(id), session) << "a streaming session is kept";
    QPointer<ChatSession> watched(session);
    server.closeConnections();
    ASSERT_TRUE(waitForEnd(*session));
    EXPECT_EQ(storedMessage(id, 1).text, u"Antwort auf Erzähl"_s);
    EXPECT_EQ(storedMessage(id, 1).status, MessageStatus::Complete);
    EXPECT_EQ(registry.find(id), nullptr) << "dropped once its reply ended";
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(watched.isNull());
}

TEST_F(RegistryTest, HoldingAgainGivesTheSameSessionAndCloseStopsIt)
{
    server.setResponse(pausedAfter(kPieces.first(1), kPieces.mid(1)));
    const qint64 id = newConversation();
    ChatSession *session = hold(id);
    EXPECT_EQ(hold(id), session);
    ASSERT_TRUE(session->send(u"Erzähl"_s));
    ASSERT_TRUE(waitUntil(session, &ChatSession::replyTextReceived,
                          [&] { return !session->messages().constLast().text.isEmpty(); }));

    registry.close(id); // its conversation is being deleted
    EXPECT_EQ(registry.find(id), nullptr);
    EXPECT_FALSE(registry.isStreaming(id));
    EXPECT_EQ(storedMessage(id, 1).status, MessageStatus::Stopped);
    EXPECT_EQ(streamingChanges, (QList<std::pair<qint64, bool>>{{id, true}, {id, false}}));
}

TEST_F(RegistryTest, HoldingAConversationThatIsNotStoredFails)
{
    const auto held = registry.hold(777);
    ASSERT_FALSE(held);
    EXPECT_EQ(held.error().kind, Error::Kind::Usage);
    EXPECT_EQ(registry.find(777), nullptr);
}

} // namespace
