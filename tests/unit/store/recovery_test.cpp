#include "storetesting.h"

#include "store/replycheckpointer.h"

#include <gtest/gtest.h>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace inkchat::store::test {
namespace {

using chat::MessageRecord;
using chat::MessageStatus;
using chat::Role;
using ConversationStoreRecoveryTest = StoreTest;

TEST_F(ConversationStoreRecoveryTest, MarksRepliesLeftStreamingAsInterrupted)
{
    const auto conversation = addConversation(u"crash"_s);
    const auto question = addMessage(conversation.id, Role::User, u"tell me"_s);
    const auto cutOff = addMessage(conversation.id, Role::Assistant, u"Once upon"_s,
                                   MessageStatus::Streaming);
    const auto failed = addMessage(conversation.id, Role::Assistant, u"x"_s, MessageStatus::Error);

    auto recovered = m_store->recoverInterrupted();
    ASSERT_TRUE(recovered);
    EXPECT_EQ(*recovered, 1);

    auto reply = m_store->message(cutOff.id);
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, MessageStatus::Interrupted);
    EXPECT_EQ(reply->text, u"Once upon"_s);
    EXPECT_EQ(reply->updatedAt, cutOff.updatedAt);
    EXPECT_EQ(m_store->message(question.id)->status, MessageStatus::Complete);
    EXPECT_EQ(m_store->message(failed.id)->status, MessageStatus::Error);
    EXPECT_EQ(*m_store->recoverInterrupted(), 0);
}

// The architecture's promise: a kill loses at most the last checkpoint
// interval, and the partial reply comes back as interrupted.
TEST_F(ConversationStoreRecoveryTest, AKilledStreamLosesAtMostTheLastInterval)
{
    const auto conversation = addConversation(u"kill"_s);
    MessageRecord reply = addMessage(conversation.id, Role::Assistant, QString(), MessageStatus::Streaming);
    {
        ReplyCheckpointer checkpointer(
            [&](const QString &text) { return !m_store->appendMessageText(reply.id, text); }, m_clock);
        for (int token = 0; token < 25; ++token) {
            checkpointer.textAppended(u"token%1 "_s.arg(token));
            m_clock.advance(100ms);
        }
        // Destroyed without flush(): the process died.
    }
    m_store.reset();

    auto restarted = ConversationStore::open(path(), m_clock);
    ASSERT_TRUE(restarted);
    EXPECT_EQ(*(*restarted)->recoverInterrupted(), 1);
    auto recovered = (*restarted)->message(reply.id);
    ASSERT_TRUE(recovered);
    EXPECT_EQ(recovered->status, MessageStatus::Interrupted);
    // Tokens came every 100 ms for 2.5 s; saves at 0, 1 and 2 s kept
    // tokens 0 to 19; the last 0.5 s (tokens 20 to 24) were lost.
    EXPECT_TRUE(recovered->text.endsWith(u" token19 "_s)) << recovered->text.toStdString();
    EXPECT_TRUE(recovered->text.startsWith(u"token0 token1 "_s)) << recovered->text.toStdString();
    EXPECT_TRUE((*restarted)->search(u"token19"_s)->size() == 1) << "indexed once recovered";
}

TEST_F(ConversationStoreRecoveryTest, ListsPendingUserMessagesOldestFirst)
{
    const auto first = addConversation(u"first"_s);
    const auto second = addConversation(u"second"_s);
    const auto older = addMessage(second.id, Role::User, u"written offline"_s, MessageStatus::Pending);
    m_clock.advance(1s);
    const auto newer = addMessage(first.id, Role::User, u"also offline"_s, MessageStatus::Pending);
    addMessage(first.id, Role::User, u"sent"_s);
    addMessage(first.id, Role::Assistant, u"not a user message"_s, MessageStatus::Pending);

    auto pending = m_store->pendingMessages();
    ASSERT_TRUE(pending);
    ASSERT_EQ(pending->size(), 2);
    EXPECT_EQ(pending->at(0), (PendingMessage{second.id, older}));
    EXPECT_EQ(pending->at(1), (PendingMessage{first.id, newer}));
}

TEST_F(ConversationStoreRecoveryTest, MarksAPendingMessageSent)
{
    const auto conversation = addConversation(u"offline"_s);
    const auto message = addMessage(conversation.id, Role::User, u"hi"_s, MessageStatus::Pending);
    m_clock.advance(3s);

    ASSERT_FALSE(m_store->markMessageSent(message.id));

    EXPECT_TRUE(m_store->pendingMessages()->isEmpty());
    auto sent = m_store->message(message.id);
    ASSERT_TRUE(sent);
    EXPECT_EQ(sent->status, MessageStatus::Complete);
    EXPECT_EQ(sent->updatedAt, m_clock.wallTime());
    const auto again = m_store->markMessageSent(message.id);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->kind, Error::Kind::Usage);
    EXPECT_EQ(again->code, Error::Code::NoPendingMessage);
}

} // namespace
} // namespace inkchat::store::test
