#include "storetesting.h"

#include "store/importtransaction.h"

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
    conversation.model = u"llama3.2"_s;
    conversation.parameters = {0.0, 700, u"low"_s};
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
    expected.activeLeafUuid = u"msg-answer"_s; // a file without a tree: one line, to its last message
    EXPECT_EQ(*conversation, expected);

    auto messages = m_store->messages(outcome->conversationId);
    ASSERT_TRUE(messages);
    ASSERT_EQ(messages->size(), 2);
    for (int i = 0; i < 2; ++i) {
        MessageRecord want = exportedMessages().at(i);
        want.id = messages->at(i).id;
        want.parentUuid = i == 0 ? QString() : exportedMessages().at(i - 1).uuid;
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
    EXPECT_EQ(outcome.error().kind, Error::Kind::Usage);
    EXPECT_EQ(outcome.error().message,
              u"its message %1 is stored already in another conversation"_s.arg(taken.uuid));
    EXPECT_EQ(outcome.error().code, Error::Code::ImportMessageElsewhere);
    EXPECT_EQ(outcome.error().subject, taken.uuid);
    EXPECT_FALSE(m_store->conversationByUuid(exportedConversation().uuid)->has_value());
    EXPECT_EQ(m_store->conversations()->size(), 1);
}

/// An import of `conversations`, each with its messages, in one
/// transaction; the outcome of each conversation. Commits if `commit`.
QList<Result<ImportOutcome>> importAll(
    ConversationStore &store, const QList<std::pair<ConversationRecord, QList<MessageRecord>>> &conversations,
    bool commit = true)
{
    auto transaction = store.beginImport();
    EXPECT_TRUE(transaction);
    QList<Result<ImportOutcome>> outcomes;
    for (const auto &[conversation, messages] : conversations) {
        (*transaction)->beginConversation();
        for (const MessageRecord &message : messages)
            EXPECT_FALSE((*transaction)->addMessage(conversation, message));
        outcomes.append((*transaction)->endConversation(conversation));
    }
    if (commit) {
        EXPECT_FALSE((*transaction)->commit());
    }
    return outcomes;
}

TEST_F(ConversationStoreImportTest, AnImportNotCommittedLeavesTheStoreAsItWas)
{
    ConversationRecord other = exportedConversation();
    other.uuid = u"other"_s;
    QList<MessageRecord> otherMessages = exportedMessages();
    otherMessages[0].uuid = u"other-question"_s;
    otherMessages[1].uuid = u"other-answer"_s;
    const auto outcomes = importAll(
        *m_store, {{exportedConversation(), exportedMessages()}, {other, otherMessages}}, false);
    ASSERT_TRUE(outcomes.at(0) && outcomes.at(1));
    EXPECT_TRUE(m_store->conversations()->isEmpty());
    EXPECT_TRUE(m_store->search(u"spat"_s)->isEmpty());
}

TEST_F(ConversationStoreImportTest, OneConversationTheStoreCannotTakeIsLeftOutAndTheOthersKept)
{
    const auto existing = addConversation(u"existing"_s);
    const auto taken = addMessage(existing.id, Role::User, u"mine"_s);
    ConversationRecord clashing;
    clashing.uuid = u"clashing"_s;
    MessageRecord first;
    first.text = u"written, then rolled back"_s;
    MessageRecord clash;
    clash.uuid = taken.uuid;
    clash.text = u"clash"_s;

    const auto outcomes = importAll(
        *m_store, {{clashing, {first, clash, first}}, {exportedConversation(), exportedMessages()}});

    ASSERT_FALSE(outcomes.at(0));
    EXPECT_EQ(outcomes.at(0).error().kind, Error::Kind::Usage);
    ASSERT_TRUE(outcomes.at(1));
    EXPECT_EQ(outcomes.at(1)->importedMessages, 2);
    EXPECT_FALSE(m_store->conversationByUuid(u"clashing"_s)->has_value());
    EXPECT_TRUE(m_store->search(u"rolled"_s)->isEmpty());
    EXPECT_EQ(m_store->conversations()->size(), 2);
}

TEST_F(ConversationStoreImportTest, AUuidAfterTheMessagesIsStillRecognisedAsStored)
{
    const auto stored = m_store->importConversation(exportedConversation(), exportedMessages());
    ASSERT_TRUE(stored);
    auto transaction = m_store->beginImport();
    ASSERT_TRUE(transaction);
    (*transaction)->beginConversation();
    ConversationRecord noUuidYet = exportedConversation();
    noUuidYet.uuid.clear(); // the file puts it after the messages
    MessageRecord message;
    message.text = u"written before the uuid was known"_s;
    ASSERT_FALSE((*transaction)->addMessage(noUuidYet, message));
    const auto outcome = (*transaction)->endConversation(exportedConversation());
    ASSERT_FALSE((*transaction)->commit());

    ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
    EXPECT_TRUE(outcome->alreadyStored);
    EXPECT_EQ(outcome->conversationId, stored->conversationId);
    EXPECT_EQ(m_store->conversations()->size(), 1);
    EXPECT_EQ(*m_store->messageCount(stored->conversationId), 2);
    EXPECT_TRUE(m_store->search(u"uuid"_s)->isEmpty());
}

TEST_F(ConversationStoreImportTest, FieldsAfterTheMessagesAreStored)
{
    ConversationRecord soFar;
    soFar.uuid = u"late-fields"_s;
    ConversationRecord complete = exportedConversation();
    complete.uuid = soFar.uuid;
    auto transaction = m_store->beginImport();
    ASSERT_TRUE(transaction);
    (*transaction)->beginConversation();
    ASSERT_FALSE((*transaction)->addMessage(soFar, exportedMessages().at(0)));
    const auto outcome = (*transaction)->endConversation(complete);
    ASSERT_TRUE(outcome);
    ASSERT_FALSE((*transaction)->commit());

    complete.id = outcome->conversationId;
    complete.activeLeafUuid = exportedMessages().at(0).uuid;
    EXPECT_EQ(*m_store->conversation(outcome->conversationId), complete);
}

} // namespace
} // namespace inkchat::store::test
