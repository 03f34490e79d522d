#include "storetesting.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::store::test {
namespace {

using chat::ConversationRecord;
using chat::MessageRecord;
using chat::MessageStatus;
using chat::Role;
using ConversationStoreImportTest = StoreTest;

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(9, 30), Qt::UTC);
}

ConversationRecord exportedConversation()
{
    ConversationRecord conversation;
    conversation.id = 999; // the exporting machine's id means nothing here
    conversation.uuid = u"4f1c2a9e-1111-4000-8000-00000000abcd"_s;
    conversation.title = u"Imported"_s;
    conversation.systemPrompt = u"Answer in German."_s;
    conversation.createdAt = utc(2024, 5, 1);
    conversation.updatedAt = utc(2024, 5, 2);
    return conversation;
}

QList<MessageRecord> exportedMessages()
{
    MessageRecord question;
    question.uuid = u"msg-question"_s;
    question.text = u"Wie spät ist es?"_s;
    question.createdAt = utc(2024, 5, 1);
    question.updatedAt = utc(2024, 5, 1);
    MessageRecord answer;
    answer.uuid = u"msg-answer"_s;
    answer.role = Role::Assistant;
    answer.text = u"Halb zehn."_s;
    answer.model = u"m"_s;
    answer.usage = {5, 3};
    answer.seams = {4};
    answer.createdAt = utc(2024, 5, 2);
    answer.updatedAt = utc(2024, 5, 2);
    return {question, answer};
}

TEST_F(ConversationStoreImportTest, KeepsUuidsAndTimes)
{
    auto outcome = m_store->importConversation(exportedConversation(), exportedMessages());
    ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
    EXPECT_FALSE(outcome->alreadyStored);
    EXPECT_EQ(outcome->importedMessages, 2);

    auto conversation = m_store->conversation(outcome->conversationId);
    ASSERT_TRUE(conversation);
    ConversationRecord expected = exportedConversation();
    expected.id = outcome->conversationId;
    EXPECT_EQ(*conversation, expected);

    auto messages = m_store->messages(outcome->conversationId);
    ASSERT_TRUE(messages);
    ASSERT_EQ(messages->size(), 2);
    for (int i = 0; i < 2; ++i) {
        MessageRecord want = exportedMessages().at(i);
        want.id = messages->at(i).id;
        EXPECT_EQ(messages->at(i), want);
    }
    EXPECT_EQ(m_store->search(u"spat"_s)->size(), 1);
}

TEST_F(ConversationStoreImportTest, ImportingTwiceDoesNotDuplicate)
{
    auto first = m_store->importConversation(exportedConversation(), exportedMessages());
    ASSERT_TRUE(first);

    auto second = m_store->importConversation(exportedConversation(), exportedMessages());
    ASSERT_TRUE(second) << second.error().message.toStdString();

    EXPECT_TRUE(second->alreadyStored);
    EXPECT_EQ(second->conversationId, first->conversationId);
    EXPECT_EQ(second->importedMessages, 0);
    EXPECT_EQ(m_store->conversations()->size(), 1);
    EXPECT_EQ(*m_store->messageCount(first->conversationId), 2);
}

TEST_F(ConversationStoreImportTest, FillsMissingUuidsAndTimesAndEndsStreamingReplies)
{
    ConversationRecord conversation;
    conversation.title = u"From a foreign export"_s;
    MessageRecord cutOff;
    cutOff.role = Role::Assistant;
    cutOff.text = u"half"_s;
    cutOff.status = MessageStatus::Streaming;

    auto outcome = m_store->importConversation(conversation, {cutOff});
    ASSERT_TRUE(outcome) << outcome.error().message.toStdString();

    auto stored = m_store->conversation(outcome->conversationId);
    ASSERT_TRUE(stored);
    EXPECT_FALSE(stored->uuid.isEmpty());
    EXPECT_EQ(stored->createdAt, m_clock.wallTime());
    auto messages = m_store->messages(outcome->conversationId);
    ASSERT_TRUE(messages);
    ASSERT_EQ(messages->size(), 1);
    EXPECT_FALSE(messages->first().uuid.isEmpty());
    EXPECT_TRUE(messages->first().createdAt.isValid());
    EXPECT_EQ(messages->first().status, MessageStatus::Interrupted);
}

TEST_F(ConversationStoreImportTest, AFailedImportStoresNothing)
{
    const auto existing = addConversation(u"existing"_s);
    const auto taken = addMessage(existing.id, Role::User, u"mine"_s);
    QList<MessageRecord> messages = exportedMessages();
    messages[1].uuid = taken.uuid; // clashes with a stored message

    auto outcome = m_store->importConversation(exportedConversation(), messages);

    ASSERT_FALSE(outcome);
    EXPECT_TRUE(outcome.error().message.contains(u"UNIQUE"_s)) << outcome.error().message.toStdString();
    EXPECT_FALSE(m_store->conversationByUuid(exportedConversation().uuid)->has_value());
    EXPECT_EQ(m_store->conversations()->size(), 1);
}

} // namespace
} // namespace inkchat::store::test
