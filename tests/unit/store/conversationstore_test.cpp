#include "storetesting.h"

#include "store/replylock.h"

#include <QUuid>

#include <gtest/gtest.h>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace inkchat::store::test {
namespace {

using chat::MessageRecord;
using chat::MessageStatus;
using chat::Role;
using ConversationStoreTest = StoreTest;

TEST_F(ConversationStoreTest, CreatesConversationWithUuidAndTimes)
{
    const chat::ConversationRecord created = addConversation(u"Trip"_s);

    EXPECT_GT(created.id, 0);
    EXPECT_FALSE(QUuid::fromString(created.uuid).isNull());
    EXPECT_EQ(created.createdAt, m_clock.wallTime());
    EXPECT_EQ(created.updatedAt, m_clock.wallTime());
    auto stored = m_store->conversation(created.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(*stored, created);
}

TEST_F(ConversationStoreTest, KeepsAGivenUuid)
{
    chat::ConversationRecord conversation;
    conversation.uuid = u"0b7c8d5e-0000-4000-8000-000000000001"_s;
    auto created = m_store->createConversation(conversation);
    ASSERT_TRUE(created);

    auto found = m_store->conversationByUuid(conversation.uuid);
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, created->id);
    auto missing = m_store->conversationByUuid(u"not-stored"_s);
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->has_value());
}

TEST_F(ConversationStoreTest, ListsMostRecentlyActiveFirst)
{
    const auto first = addConversation(u"first"_s);
    m_clock.advance(1s);
    const auto second = addConversation(u"second"_s);
    m_clock.advance(1s);
    const auto third = addConversation(u"third"_s);
    m_clock.advance(1s);
    addMessage(first.id, Role::User, u"back to the first"_s);

    auto list = m_store->conversations();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 3);
    EXPECT_EQ(list->at(0).id, first.id);
    EXPECT_EQ(list->at(0).updatedAt, m_clock.wallTime());
    EXPECT_EQ(list->at(1).id, third.id);
    EXPECT_EQ(list->at(2).id, second.id);
}

TEST_F(ConversationStoreTest, RenamesAndSetsSystemPrompt)
{
    const auto conversation = addConversation(u"old"_s);

    EXPECT_FALSE(m_store->renameConversation(conversation.id, u"new"_s));
    EXPECT_FALSE(m_store->setSystemPrompt(conversation.id, u"Be brief."_s));

    auto stored = m_store->conversation(conversation.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->title, u"new"_s);
    EXPECT_EQ(stored->systemPrompt, u"Be brief."_s);
}

TEST_F(ConversationStoreTest, ReportsAMissingConversationAsUsageError)
{
    const auto rename = m_store->renameConversation(4711, u"x"_s);
    ASSERT_TRUE(rename);
    EXPECT_EQ(rename->kind, Error::Kind::Usage);
    // Named, for the front ends to say in the user's language.
    EXPECT_EQ(rename->code, Error::Code::NoSuchConversation);
    EXPECT_EQ(rename->subject, u"4711"_s);
    EXPECT_TRUE(m_store->deleteConversation(4711));
    auto read = m_store->conversation(4711);
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.error().message.contains(u"4711"_s));
}

TEST_F(ConversationStoreTest, DeletingAConversationDeletesItsMessages)
{
    const auto doomed = addConversation(u"doomed"_s);
    const auto kept = addConversation(u"kept"_s);
    const auto message = addMessage(doomed.id, Role::User, u"ephemeral words"_s);
    addMessage(kept.id, Role::User, u"lasting words"_s);

    ASSERT_FALSE(m_store->deleteConversation(doomed.id));

    EXPECT_FALSE(m_store->conversation(doomed.id));
    EXPECT_FALSE(m_store->message(message.id));
    EXPECT_EQ(*m_store->messageCount(doomed.id), 0);
    EXPECT_EQ(*m_store->messageCount(kept.id), 1);
    EXPECT_EQ(m_store->conversations()->size(), 1);
    RawConnection raw(path());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM messages"_s).toInt(), 1);
}

TEST_F(ConversationStoreTest, AppendsMessagesInOrderWithUuidsAndTimes)
{
    const auto conversation = addConversation(u"chat"_s);
    const auto question = addMessage(conversation.id, Role::User, u"question"_s);
    m_clock.advance(2s);
    const auto answer = addMessage(conversation.id, Role::Assistant, u"answer"_s);

    EXPECT_GT(answer.id, question.id);
    EXPECT_NE(question.uuid, answer.uuid);
    EXPECT_FALSE(QUuid::fromString(answer.uuid).isNull());
    EXPECT_EQ(answer.createdAt, m_clock.wallTime());
    EXPECT_EQ(answer.updatedAt, answer.createdAt);

    auto messages = m_store->messages(conversation.id);
    ASSERT_TRUE(messages);
    ASSERT_EQ(messages->size(), 2);
    EXPECT_EQ(messages->at(0), question);
    EXPECT_EQ(messages->at(1), answer);
    EXPECT_EQ(*m_store->messageCount(conversation.id), 2);
}

TEST_F(ConversationStoreTest, RefusesAMessageForAMissingConversation)
{
    MessageRecord message;
    message.text = u"orphan"_s;
    auto appended = m_store->appendMessage(99, message);

    ASSERT_FALSE(appended);
    EXPECT_EQ(appended.error().kind, Error::Kind::Usage);
    RawConnection raw(path());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM messages"_s).toInt(), 0);
}

TEST_F(ConversationStoreTest, KeepsEveryFieldOfAMessage)
{
    const auto conversation = addConversation(u"fields"_s);
    MessageRecord message;
    message.role = Role::Assistant;
    message.text = u"Grüße 👋 — \"quoted\" 'text'\nsecond line"_s;
    message.provider = u"openai-chat"_s;
    message.model = u"gpt-test"_s;
    message.endpoint = u"work"_s;
    message.usage = {12, 345};
    message.status = MessageStatus::Error;
    message.errorText = u"HTTP 500"_s;
    message.seams = {5, 17};

    auto stored = m_store->appendMessage(conversation.id, message);
    ASSERT_TRUE(stored);
    auto read = m_store->message(stored->id);
    ASSERT_TRUE(read);

    EXPECT_EQ(*read, *stored);
    message.id = stored->id;
    message.uuid = stored->uuid;
    message.createdAt = stored->createdAt;
    message.updatedAt = stored->updatedAt;
    EXPECT_EQ(*read, message);
}

TEST_F(ConversationStoreTest, ALoneSurrogateIsStoredAsAReplacementAndKeepsTheNextCharacter)
{
    const auto conversation = addConversation(u"surrogates"_s);
    const auto reply = addMessage(conversation.id, Role::Assistant,
                                  u"A\xd800"
                                  u"B \xdc00"
                                  u"C 😀"_s,
                                  MessageStatus::Complete);
    auto read = m_store->message(reply.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->text, u"A\ufffdB \ufffdC 😀"_s);
}

TEST_F(ConversationStoreTest, StoresAnEmptyReply)
{
    const auto conversation = addConversation(u"empty"_s);
    const auto reply = addMessage(conversation.id, Role::Assistant, QString(), MessageStatus::Streaming);

    auto read = m_store->message(reply.id);
    ASSERT_TRUE(read);
    EXPECT_TRUE(read->text.isEmpty());
}

TEST_F(ConversationStoreTest, CheckpointsAppendTextAndTheStatusUpdateWritesTheRest)
{
    const auto conversation = addConversation(u"stream"_s);
    auto reply = addMessage(conversation.id, Role::Assistant, u"Hel"_s, MessageStatus::Streaming);
    const ReplyLock writer(path(), reply.uuid); // it streams, here and now
    m_clock.advance(1500ms);

    ASSERT_FALSE(m_store->appendMessageText(reply.id, u"lo, "_s));
    ASSERT_FALSE(m_store->appendMessageText(reply.id, u"world"_s));
    auto partial = m_store->message(reply.id);
    ASSERT_TRUE(partial);
    EXPECT_EQ(partial->text, u"Hello, world"_s);
    EXPECT_EQ(partial->status, MessageStatus::Streaming);
    EXPECT_EQ(partial->updatedAt, m_clock.wallTime()) << "when the last checkpoint was written";
    EXPECT_EQ(partial->createdAt, reply.createdAt);

    m_clock.advance(1s);
    reply.usage = {3, 4};
    reply.seams = {3};
    reply.status = MessageStatus::Error;
    reply.errorText = u"connection reset"_s;
    reply.text = u"not written by a status update"_s;
    ASSERT_FALSE(m_store->updateMessageStatus(reply));
    auto failed = m_store->message(reply.id);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->text, u"Hello, world"_s);
    EXPECT_EQ(failed->status, MessageStatus::Error);
    EXPECT_EQ(failed->errorText, u"connection reset"_s);
    EXPECT_EQ(failed->usage, (chat::TokenUsage{3, 4}));
    EXPECT_EQ(failed->seams, QList<int>{3});
    EXPECT_EQ(failed->updatedAt, m_clock.wallTime());
}

TEST_F(ConversationStoreTest, TextIsAppendedOnlyToAStreamingMessage)
{
    const auto conversation = addConversation(u"done"_s);
    const auto complete = addMessage(conversation.id, Role::Assistant, u"Finished."_s);

    const auto error = m_store->appendMessageText(complete.id, u" More?"_s);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Usage) << error->message.toStdString();
    EXPECT_EQ(m_store->message(complete.id)->text, u"Finished."_s);
    EXPECT_TRUE(m_store->appendMessageText(12345, u"x"_s).has_value());
}

TEST_F(ConversationStoreTest, ReplacingTheTextDropsTheChunks)
{
    const auto conversation = addConversation(u"replace"_s);
    const auto reply = addMessage(conversation.id, Role::Assistant, u"Once"_s, MessageStatus::Streaming);
    ASSERT_FALSE(m_store->appendMessageText(reply.id, u" upon a time"_s));

    ASSERT_FALSE(m_store->replaceMessageText(reply.id, u"Twice"_s));
    EXPECT_EQ(m_store->message(reply.id)->text, u"Twice"_s);
    ASSERT_FALSE(m_store->appendMessageText(reply.id, u" more"_s));
    EXPECT_EQ(m_store->message(reply.id)->text, u"Twice more"_s);
}

TEST_F(ConversationStoreTest, ReportsAStatusUpdateOfAMissingMessage)
{
    MessageRecord message;
    message.id = 12345;
    const auto error = m_store->updateMessageStatus(message);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Usage);
    EXPECT_EQ(error->code, Error::Code::NoSuchMessage);
    EXPECT_EQ(error->subject, u"12345"_s);
}

TEST_F(ConversationStoreTest, ForEachMessageVisitsInOrderAndCanStop)
{
    const auto conversation = addConversation(u"visit"_s);
    for (int i = 0; i < 5; ++i)
        addMessage(conversation.id, i % 2 ? Role::Assistant : Role::User, QString::number(i));

    QStringList seen;
    EXPECT_FALSE(m_store->forEachMessage(conversation.id, [&](const MessageRecord &message) {
        seen.append(message.text);
        return true;
    }));
    EXPECT_EQ(seen, (QStringList{u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s}));

    seen.clear();
    EXPECT_FALSE(m_store->forEachMessage(conversation.id, [&](const MessageRecord &message) {
        seen.append(message.text);
        return seen.size() < 2;
    }));
    EXPECT_EQ(seen, (QStringList{u"0"_s, u"1"_s}));
}

TEST_F(ConversationStoreTest, ForEachMessageStreamsTenThousandMessages)
{
    chat::ConversationRecord conversation;
    conversation.uuid = u"big"_s;
    QList<MessageRecord> messages;
    for (int i = 0; i < 10'000; ++i) {
        MessageRecord message;
        message.text = u"message %1"_s.arg(i);
        messages.append(message);
    }
    auto imported = m_store->importConversation(conversation, messages);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    messages.clear();

    int visited = 0;
    bool inOrder = true;
    EXPECT_FALSE(m_store->forEachMessage(imported->conversationId, [&](const MessageRecord &message) {
        inOrder = inOrder && message.text == u"message %1"_s.arg(visited);
        ++visited;
        return true;
    }));
    EXPECT_EQ(visited, 10'000);
    EXPECT_TRUE(inOrder);
    EXPECT_EQ(*m_store->messageCount(imported->conversationId), 10'000);
}

TEST_F(ConversationStoreTest, RemovesItsConnectionWhenDestroyed)
{
    const qsizetype before = QSqlDatabase::connectionNames().size();
    auto second = openSecondStore();
    ASSERT_TRUE(second);
    EXPECT_EQ(QSqlDatabase::connectionNames().size(), before + 1);

    second.reset();
    EXPECT_EQ(QSqlDatabase::connectionNames().size(), before);
}

TEST_F(ConversationStoreTest, DeletesOneMessageAndItsSearchEntry)
{
    const auto conversation = addConversation(u"Retry"_s);
    const auto kept = addMessage(conversation.id, chat::Role::User, u"question"_s);
    const auto failed = addMessage(conversation.id, chat::Role::Assistant, u"wobbly answer"_s);

    ASSERT_FALSE(m_store->deleteMessage(failed.id));
    const auto messages = m_store->messages(conversation.id);
    ASSERT_EQ(messages->size(), 1);
    EXPECT_EQ(messages->at(0).id, kept.id);
    EXPECT_TRUE(m_store->search(u"wobbly"_s)->isEmpty());
}

TEST_F(ConversationStoreTest, NeverGivesADeletedIdAgain)
{
    const auto deleted = addConversation(u"Gone"_s);
    const auto deletedMessage = addMessage(deleted.id, chat::Role::User, u"gone too"_s);
    ASSERT_FALSE(m_store->deleteConversation(deleted.id));

    const auto next = addConversation(u"Next"_s);
    EXPECT_GT(next.id, deleted.id);
    EXPECT_GT(addMessage(next.id, chat::Role::User, u"new"_s).id, deletedMessage.id);
}

TEST(ConversationStoreInMemory, KeepsEverythingInNoFile)
{
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    QDir::setCurrent(dir.path());
    auto store = ConversationStore::open(ConversationStore::kInMemory);
    ASSERT_TRUE(store) << qPrintable(store.error().message);
    auto conversation = (*store)->createConversation({});
    ASSERT_TRUE(conversation);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    QDir::setCurrent(before);
}

} // namespace
} // namespace inkchat::store::test
