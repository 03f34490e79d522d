// ExchangeRecorder: the order in which an exchange reaches the store is what
// keeps a user's words through a crash.
#include "storetesting.h"

#include "store/exchangerecorder.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using inkchat::Error;
using inkchat::chat::MessageRecord;
using inkchat::chat::MessageStatus;
using inkchat::chat::Role;

namespace inkchat::store::test {
namespace {

class ExchangeRecorderTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_conversation = addConversation(u"Exchange"_s);
    }

    QList<MessageRecord> stored() const
    {
        auto messages = m_store->messages(m_conversation.id);
        EXPECT_TRUE(messages.hasValue());
        return messages ? messages.value() : QList<MessageRecord>{};
    }

    chat::ConversationRecord m_conversation;
    ReplySource m_source{u"openai-chat"_s, u"gpt-test"_s, u"Work"_s};
};

TEST_F(ExchangeRecorderTest, TheUserMessageIsStoredBeforeAnyReply)
{
    ExchangeRecorder exchange(*m_store, m_conversation.id, m_source, m_clock);
    ASSERT_FALSE(exchange.recordUserMessage(u"Hello?"_s));

    const auto messages = stored();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0].role, Role::User);
    EXPECT_EQ(messages[0].text, u"Hello?"_s);
    EXPECT_EQ(messages[0].status, MessageStatus::Complete);
}

TEST_F(ExchangeRecorderTest, AStreamingReplyIsCheckpointedAndLeftStreamingUntilItEnds)
{
    ExchangeRecorder exchange(*m_store, m_conversation.id, m_source, m_clock);
    ASSERT_FALSE(exchange.recordUserMessage(u"Count"_s));
    ASSERT_FALSE(exchange.beginReply());
    exchange.replyTextChanged(u"one"_s);     // first text: saved at once
    exchange.replyTextChanged(u"one two"_s); // within the interval: not yet
    EXPECT_EQ(stored().at(1).text, u"one"_s);
    m_clock.advance(1s); // the interval is over
    EXPECT_EQ(stored().at(1).text, u"one two"_s);
    EXPECT_EQ(stored().at(1).status, MessageStatus::Streaming) << "a crash now leaves it to be recovered";
    EXPECT_EQ(stored().at(1).model, u"gpt-test"_s);
    EXPECT_EQ(stored().at(1).endpoint, u"Work"_s);
}

TEST_F(ExchangeRecorderTest, TheEndWritesAllTextStatusAndUsage)
{
    ExchangeRecorder exchange(*m_store, m_conversation.id, m_source, m_clock);
    ASSERT_FALSE(exchange.beginReply());
    exchange.replyTextChanged(u"a"_s);
    exchange.replyTextChanged(u"a b c"_s);
    ASSERT_FALSE(exchange.endReply(MessageStatus::Complete, {}, {12, 3}));

    const MessageRecord reply = stored().at(0);
    EXPECT_EQ(reply.text, u"a b c"_s);
    EXPECT_EQ(reply.status, MessageStatus::Complete);
    EXPECT_EQ(reply.usage, (chat::TokenUsage{12, 3}));
}

TEST_F(ExchangeRecorderTest, AFailedReplyKeepsItsTextAndTheErrorAsCoreNamedIt)
{
    ExchangeRecorder exchange(*m_store, m_conversation.id, m_source, m_clock);
    ASSERT_FALSE(exchange.beginReply());
    exchange.replyTextChanged(u"half a"_s);
    Error why = Error::coded(Error::Kind::Http, Error::Code::HttpStatus, u"500"_s,
                             u"HTTP 500: upstream died"_s)
                    .with({}, u"upstream died"_s);
    why.httpStatus = 500;
    why.retries = 3;
    ASSERT_FALSE(exchange.endReply(MessageStatus::Error, why));

    const MessageRecord reply = stored().at(0);
    EXPECT_EQ(reply.text, u"half a"_s);
    EXPECT_EQ(reply.status, MessageStatus::Error);
    EXPECT_EQ(reply.errorText, u"HTTP 500: upstream died"_s);
    EXPECT_EQ(reply.error, why);
}

TEST_F(ExchangeRecorderTest, AContinuedReplyStaysOneMessageWithASeam)
{
    qint64 replyId = 0;
    {
        ExchangeRecorder first(*m_store, m_conversation.id, m_source, m_clock);
        ASSERT_FALSE(first.beginReply());
        first.replyTextChanged(u"The start"_s);
        ASSERT_FALSE(first.endReply(MessageStatus::Interrupted));
        replyId = first.reply().id;
    }
    ExchangeRecorder second(*m_store, m_conversation.id, m_source, m_clock);
    ASSERT_FALSE(second.continueReply(replyId));
    EXPECT_EQ(m_store->message(replyId)->status, MessageStatus::Streaming);
    second.replyTextChanged(u"The start and the rest"_s);
    ASSERT_FALSE(second.endReply(MessageStatus::Complete));

    const auto messages = stored();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0].text, u"The start and the rest"_s);
    EXPECT_EQ(messages[0].seams, QList<int>{9});
    EXPECT_EQ(messages[0].status, MessageStatus::Complete);
}

TEST_F(ExchangeRecorderTest, APendingMessageIsMarkedSentWhenItLeaves)
{
    ExchangeRecorder exchange(*m_store, m_conversation.id, m_source, m_clock);
    ASSERT_FALSE(exchange.recordUserMessage(u"Written offline"_s, MessageStatus::Pending));
    ASSERT_EQ(m_store->pendingMessages()->size(), 1);

    ASSERT_FALSE(exchange.markUserMessageSent());
    EXPECT_TRUE(m_store->pendingMessages()->isEmpty());
    EXPECT_EQ(stored().at(0).status, MessageStatus::Complete);
}

// The caller appends to its text on every token; if the recorder shared it,
// each append would copy the whole reply (quadratic in its length).
TEST_F(ExchangeRecorderTest, NeverHoldsOnToTheCallersText)
{
    ExchangeRecorder exchange(*m_store, m_conversation.id, m_source, m_clock);
    ASSERT_FALSE(exchange.beginReply());
    QString text;
    for (int token = 0; token < 100; ++token) {
        text.append(QStringView(u"token ")); // never a shared literal
        exchange.replyTextChanged(text);
        ASSERT_TRUE(text.isDetached()) << token;
        m_clock.advance(300ms);
    }
    ASSERT_FALSE(exchange.endReply(MessageStatus::Complete));
    EXPECT_EQ(stored().at(0).text, text);
}

TEST_F(ExchangeRecorderTest, ASeamIsStoredWithTheTextThatFollowsIt)
{
    ExchangeRecorder exchange(*m_store, m_conversation.id, m_source, m_clock);
    ASSERT_FALSE(exchange.beginReply());
    exchange.replyTextChanged(u"before"_s);
    exchange.addSeam(6);
    m_clock.advance(1s);
    exchange.replyTextChanged(u"before, after"_s);

    // Not ended: a crash now keeps the seam too.
    EXPECT_EQ(stored().at(0).text, u"before, after"_s);
    EXPECT_EQ(stored().at(0).seams, QList<int>{6});
}

TEST_F(ExchangeRecorderTest, AReplacedTextReplacesTheStoredOne)
{
    ExchangeRecorder exchange(*m_store, m_conversation.id, m_source, m_clock);
    ASSERT_FALSE(exchange.beginReply());
    exchange.replyTextChanged(u"a first try"_s);
    exchange.replyTextChanged(u"second"_s);
    EXPECT_EQ(stored().at(0).text, u"second"_s);
    exchange.replyTextChanged(u"second and more"_s);
    ASSERT_FALSE(exchange.endReply(MessageStatus::Complete));
    EXPECT_EQ(stored().at(0).text, u"second and more"_s);
}

TEST_F(ExchangeRecorderTest, AStoreFailureIsReportedNotFatal)
{
    ExchangeRecorder exchange(*m_store, m_conversation.id + 999, m_source, m_clock);
    EXPECT_TRUE(exchange.recordUserMessage(u"Nowhere"_s).has_value());
    EXPECT_TRUE(exchange.beginReply().has_value());
    exchange.replyTextChanged(u"still fine"_s);
    EXPECT_FALSE(exchange.endReply(MessageStatus::Complete)) << "nothing was begun, nothing to end";
}

TEST_F(ExchangeRecorderTest, RecoveryLeavesAReplyALiveWriterIsStreaming)
{
    ExchangeRecorder exchange(*m_store, m_conversation.id, m_source, m_clock);
    ASSERT_FALSE(exchange.beginReply());
    exchange.replyTextChanged(u"still coming"_s);

    // Another process starting now (the CLI beside the app) recovers.
    auto second = openSecondStore();
    ASSERT_TRUE(second);
    EXPECT_EQ(second->recoverInterrupted().value(), 0);
    EXPECT_EQ(stored().at(0).status, MessageStatus::Streaming);

    ASSERT_FALSE(exchange.endReply(MessageStatus::Complete));
    EXPECT_EQ(stored().at(0).status, MessageStatus::Complete);
}

TEST_F(ExchangeRecorderTest, RecoveryMarksAReplyWhoseWriterIsGone)
{
    {
        ExchangeRecorder exchange(*m_store, m_conversation.id, m_source, m_clock);
        ASSERT_FALSE(exchange.beginReply());
        exchange.replyTextChanged(u"cut off"_s);
        // Destroyed without endReply(): what a killed process leaves behind.
    }
    EXPECT_EQ(m_store->recoverInterrupted().value(), 1);
    EXPECT_EQ(stored().at(0).status, MessageStatus::Interrupted);
    EXPECT_EQ(stored().at(0).text, u"cut off"_s);
}

} // namespace
} // namespace inkchat::store::test
