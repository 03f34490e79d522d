#include "storetesting.h"

#include "store/replylock.h"

#include <gtest/gtest.h>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace inkchat::store::test {
namespace {

using chat::MessageRecord;
using chat::MessageStatus;
using chat::Role;
using ConversationStoreConcurrencyTest = StoreTest;

// Short, so a test that would hit "database is locked" fails quickly
// instead of waiting out the default five seconds.
StoreOptions impatient()
{
    StoreOptions options;
    options.busyTimeout = 200ms;
    return options;
}

TEST_F(ConversationStoreConcurrencyTest, ASecondStoreReadsAndSearchesTheCheckpointedPartialReply)
{
    const auto conversation = addConversation(u"live"_s);
    MessageRecord reply = addMessage(conversation.id, Role::Assistant, u"The quick"_s,
                                     MessageStatus::Streaming);
    const ReplyLock writer(path(), reply.uuid);
    auto reader = openSecondStore(impatient());
    ASSERT_TRUE(reader);

    auto partial = reader->message(reply.id);
    ASSERT_TRUE(partial);
    EXPECT_EQ(partial->text, u"The quick"_s);
    EXPECT_EQ(partial->status, MessageStatus::Streaming);

    ASSERT_FALSE(m_store->appendMessageText(reply.id, u" brown fox"_s));
    auto later = reader->message(reply.id);
    ASSERT_TRUE(later);
    EXPECT_EQ(later->text, u"The quick brown fox"_s);
    reply.status = MessageStatus::Interrupted;
    ASSERT_FALSE(m_store->updateMessageStatus(reply));
    auto hits = reader->search(u"fox"_s);
    ASSERT_TRUE(hits) << hits.error().message.toStdString();
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().messageId, reply.id);
}

// Without WAL, a reader's open query holds a shared lock and every one of
// these checkpoints fails with "database is locked".
TEST_F(ConversationStoreConcurrencyTest, CheckpointsSucceedWhileAReaderQueryIsOpen)
{
    const auto conversation = addConversation(u"export while streaming"_s);
    for (int i = 0; i < 20; ++i)
        addMessage(conversation.id, Role::User, u"old %1"_s.arg(i));
    MessageRecord reply = addMessage(conversation.id, Role::Assistant, QString(), MessageStatus::Streaming);
    m_store.reset();
    auto writer = openSecondStore(impatient());
    auto reader = openSecondStore(impatient());
    ASSERT_TRUE(writer && reader);

    int visited = 0;
    const std::optional<Error> readError = reader->forEachMessage(
        conversation.id, [&](const MessageRecord &) {
            ++visited;
            reply.text += u"token "_s;
            const std::optional<Error> writeError = writer->appendMessageText(reply.id, u"token "_s);
            EXPECT_FALSE(writeError) << writeError->message.toStdString();
            return true;
        });

    EXPECT_FALSE(readError);
    EXPECT_EQ(visited, 21);
    auto saved = reader->message(reply.id);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->text, reply.text);
    reply.status = MessageStatus::Complete;
    ASSERT_FALSE(writer->updateMessageStatus(reply));
    EXPECT_EQ(reader->search(u"token"_s)->size(), 1);
}

TEST_F(ConversationStoreConcurrencyTest, ReadsWhileAnotherProcessHoldsTheWriteLock)
{
    const auto conversation = addConversation(u"c"_s);
    const auto message = addMessage(conversation.id, Role::User, u"committed"_s);
    RawConnection otherProcess(path());
    ASSERT_TRUE(otherProcess.exec(u"BEGIN IMMEDIATE"_s));
    ASSERT_TRUE(otherProcess.exec(u"UPDATE messages SET text = 'uncommitted'"_s));

    auto read = m_store->message(message.id);
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_EQ(read->text, u"committed"_s);
    EXPECT_EQ(m_store->search(u"committed"_s)->size(), 1);
    EXPECT_TRUE(otherProcess.exec(u"ROLLBACK"_s));
}

TEST_F(ConversationStoreConcurrencyTest, ALockedDatabaseIsARetryableErrorNotACrash)
{
    const auto conversation = addConversation(u"c"_s);
    auto blocked = openSecondStore(impatient());
    ASSERT_TRUE(blocked);
    RawConnection otherProcess(path());
    ASSERT_TRUE(otherProcess.exec(u"BEGIN IMMEDIATE"_s));

    MessageRecord message;
    message.text = u"waits"_s;
    auto appended = blocked->appendMessage(conversation.id, message);

    ASSERT_FALSE(appended);
    EXPECT_TRUE(appended.error().retryable);
    EXPECT_TRUE(appended.error().message.contains(u"locked"_s)) << appended.error().message.toStdString();
    ASSERT_TRUE(otherProcess.exec(u"ROLLBACK"_s));
    EXPECT_TRUE(blocked->appendMessage(conversation.id, message));
}

} // namespace
} // namespace inkchat::store::test
