#include "storetesting.h"

#include "store/searchterms.h"
#include "store/snippet.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inkchat::store::test {
namespace {

using chat::MessageStatus;
using chat::Role;
class ConversationStoreSearchTest : public StoreTest
{
protected:
    /// With rank 1, FTS5 also checks the index against its content (the
    /// messages' text with their chunks).
    void expectConsistentIndex()
    {
        RawConnection raw(path());
        EXPECT_TRUE(raw.exec(u"INSERT INTO message_search (message_search, rank) "
                             "VALUES ('integrity-check', 1)"_s));
    }
};

QList<qint64> messageIds(const QList<SearchHit> &hits)
{
    QList<qint64> ids;
    for (const SearchHit &hit : hits)
        ids.append(hit.messageId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

TEST(StoreSearchTerms, QuotesEachWordTermAndAndsThem)
{
    EXPECT_EQ(searchTerms(u"  red   fox "_s).matchExpression, u"\"red\" \"fox\""_s);
}

TEST(StoreSearchTerms, DoublesQuotesInsideTerms)
{
    EXPECT_EQ(searchTerms(u"say \"hi\""_s).matchExpression, u"\"say\" \"\"\"hi\"\"\""_s);
}

TEST(StoreSearchTerms, IsEmptyForBlankInput)
{
    EXPECT_TRUE(searchTerms(u" \t\n"_s).isEmpty());
    EXPECT_TRUE(searchTerms(QString()).isEmpty());
}

TEST(StoreSearchTerms, TreatsControlCharactersAsSpaces)
{
    EXPECT_EQ(searchTerms(u"a"_s + QChar(0) + u"b\u0007c"_s).matchExpression, u"\"a\" \"b\" \"c\""_s);
}

TEST(StoreSearchTerms, LooksForTermsInUnspacedScriptsAsSubstrings)
{
    const SearchTerms terms = searchTerms(u"猫 cat ねこ 고양이"_s);
    EXPECT_EQ(terms.matchExpression, u"\"cat\""_s);
    EXPECT_EQ(terms.substrings, (QStringList{u"猫"_s, u"ねこ"_s, u"고양이"_s}));
    EXPECT_EQ(terms.words, (QStringList{u"猫"_s, u"cat"_s, u"ねこ"_s, u"고양이"_s}));
}

TEST(StoreSnippet, MarksEveryMatchIgnoringCaseAndDiacritics)
{
    const Snippet snippet = makeSnippet(u"Tram 15 goes to Belém; the TRAM is old."_s,
                                        {u"tram"_s, u"belem"_s});
    EXPECT_EQ(markedSnippet(snippet, u"[", u"]"), u"[Tram] 15 goes to [Belém]; the [TRAM] is old."_s);
}

TEST(StoreSnippet, MatchesWholeWordsInSpacedScripts)
{
    EXPECT_EQ(markedSnippet(makeSnippet(u"cat catalogue concat cat."_s, {u"cat"_s}), u"[", u"]"),
              u"[cat] catalogue concat [cat]."_s);
}

TEST(StoreSnippet, FindsAWordInsideChineseAndJapaneseText)
{
    EXPECT_EQ(markedSnippet(makeSnippet(u"> 吾輩は猫である。名前はまだ無い。"_s, {u"猫"_s}), u"[", u"]"),
              u"> 吾輩は[猫]である。名前はまだ無い。"_s);
}

TEST(StoreSnippet, ShowsTheMatchInALongMessageWithEmojiAndCjkBeforeIt)
{
    // FTS5's snippet() counted in its own tokens and bytes: after emoji and
    // CJK its window came out shifted, without the word searched for.
    QString text;
    for (int i = 0; i < 40; ++i)
        text += u"👋🏽 你好世界 "_s;
    text += u"the needle is here"_s;
    for (int i = 0; i < 40; ++i)
        text += u" 🐼 更多文字"_s;
    const Snippet snippet = makeSnippet(text, {u"needle"_s});
    ASSERT_EQ(snippet.matches.size(), 1);
    EXPECT_EQ(snippet.text.mid(snippet.matches.first().start, snippet.matches.first().length), u"needle"_s);
    EXPECT_TRUE(snippet.text.startsWith(u"…"_s));
    EXPECT_TRUE(snippet.text.endsWith(u"…"_s));
    EXPECT_LT(snippet.text.size(), 200);
    // Never cut inside a character or between an emoji and its skin tone.
    EXPECT_FALSE(snippet.text.at(1).isLowSurrogate());
    EXPECT_FALSE(snippet.text.contains(u"…🏽"_s));
    EXPECT_FALSE(snippet.text.at(snippet.text.size() - 2).isHighSurrogate());
}

TEST(StoreSnippet, IsOneLine)
{
    EXPECT_EQ(makeSnippet(u"first\nsecond\tthird"_s, {u"second"_s}).text, u"first second third"_s);
}

TEST_F(ConversationStoreSearchTest, FindsMessagesInDifferentConversations)
{
    const auto trip = addConversation(u"Trip to Lisbon"_s);
    const auto recipes = addConversation(u"Recipes"_s);
    const auto question = addMessage(trip.id, Role::User, u"Which tram goes to Belém?"_s);
    const auto answer = addMessage(trip.id, Role::Assistant, u"Tram 15 goes to Belém from the centre."_s);
    addMessage(recipes.id, Role::User, u"How long do I bake bread?"_s);
    const auto pastry = addMessage(recipes.id, Role::Assistant, u"Pastéis de Belém: bake 15 minutes."_s);

    auto hits = m_store->search(u"belem"_s);
    ASSERT_TRUE(hits) << hits.error().message.toStdString();
    EXPECT_EQ(messageIds(*hits), (QList<qint64>{question.id, answer.id, pastry.id}));

    auto tram = m_store->search(u"tram 15"_s);
    ASSERT_TRUE(tram);
    ASSERT_EQ(tram->size(), 1);
    const SearchHit &hit = tram->first();
    EXPECT_EQ(hit.conversationId, trip.id);
    EXPECT_EQ(hit.conversationTitle, u"Trip to Lisbon"_s);
    EXPECT_EQ(hit.messageId, answer.id);
    EXPECT_EQ(hit.role, Role::Assistant);
    EXPECT_EQ(markedSnippet(hit.snippet, u"[", u"]"), u"[Tram] [15] goes to Belém from the centre."_s);
}

TEST_F(ConversationStoreSearchTest, NeedsEveryTermInOneMessage)
{
    const auto conversation = addConversation(u"c"_s);
    addMessage(conversation.id, Role::User, u"apples only"_s);
    addMessage(conversation.id, Role::User, u"pears only"_s);
    const auto both = addMessage(conversation.id, Role::User, u"apples and pears"_s);

    auto hits = m_store->search(u"pears apples"_s);
    ASSERT_TRUE(hits);
    EXPECT_EQ(messageIds(*hits), QList<qint64>{both.id});
}

TEST_F(ConversationStoreSearchTest, IgnoresCaseAndDiacritics)
{
    const auto conversation = addConversation(u"Deutsch"_s);
    const auto greeting = addMessage(conversation.id, Role::User, u"Viele Grüße aus München"_s);
    const auto over = addMessage(conversation.id, Role::Assistant, u"ÜBER den Wolken"_s);

    for (const QString &query : {u"grüße"_s, u"GRÜßE"_s, u"munchen"_s, u"MÜNCHEN"_s})
        EXPECT_EQ(messageIds(*m_store->search(query)), QList<qint64>{greeting.id}) << query.toStdString();
    for (const QString &query : {u"über"_s, u"uber"_s, u"Über"_s})
        EXPECT_EQ(messageIds(*m_store->search(query)), QList<qint64>{over.id}) << query.toStdString();
}

TEST_F(ConversationStoreSearchTest, SearchesSyntaxCharactersAsText)
{
    const auto conversation = addConversation(u"syntax"_s);
    const auto foo = addMessage(conversation.id, Role::User, u"foo bar"_s);
    const auto logic = addMessage(conversation.id, Role::User, u"this AND that, NEAR the end"_s);
    const auto minus = addMessage(conversation.id, Role::User, u"x marks the spot"_s);

    // Unquoted, each of these is an FTS5 syntax error or an operator.
    for (const QString &query :
         {u"foo\""_s, u"\""_s, u"AND"_s, u"*"_s, u"-x"_s, u"NEAR("_s, u"("_s, u"a OR"_s, u"text:foo"_s,
          u"^foo"_s, u"foo*"_s, u"{text}"_s, u"+"_s, u"NOT"_s}) {
        auto hits = m_store->search(query);
        EXPECT_TRUE(hits) << query.toStdString() << ": " << hits.error().message.toStdString();
    }
    EXPECT_EQ(messageIds(*m_store->search(u"foo\""_s)), QList<qint64>{foo.id});
    EXPECT_EQ(messageIds(*m_store->search(u"AND"_s)), QList<qint64>{logic.id});
    EXPECT_EQ(messageIds(*m_store->search(u"NEAR("_s)), QList<qint64>{logic.id});
    EXPECT_EQ(messageIds(*m_store->search(u"-x"_s)), QList<qint64>{minus.id});
    EXPECT_TRUE(m_store->search(u"*"_s)->isEmpty());
}

// A checkpoint never touches the index (re-indexing a growing reply at
// each one made storing it quadratic): a reply is indexed, with all of its
// chunks, once it stops streaming.
TEST_F(ConversationStoreSearchTest, FindsAReplyWithAllOfItsTextOnceItEnds)
{
    const auto conversation = addConversation(u"c"_s);
    auto reply = addMessage(conversation.id, Role::Assistant, u"first wording"_s, MessageStatus::Streaming);
    ASSERT_FALSE(m_store->appendMessageText(reply.id, u", then phrasing"_s));
    EXPECT_EQ(messageIds(*m_store->search(u"first"_s)), QList<qint64>{reply.id});
    EXPECT_TRUE(m_store->search(u"phrasing"_s)->isEmpty()) << "not yet: it streams";

    reply.status = MessageStatus::Complete;
    ASSERT_FALSE(m_store->updateMessageStatus(reply));
    EXPECT_EQ(messageIds(*m_store->search(u"first phrasing"_s)), QList<qint64>{reply.id});
    EXPECT_EQ(markedSnippet(m_store->search(u"phrasing"_s, 1)->first().snippet, u"<", u">"),
              u"first wording, then <phrasing>"_s);
    expectConsistentIndex();

    // Continued: streaming again, then ended again; deleted at last.
    reply.status = MessageStatus::Streaming;
    ASSERT_FALSE(m_store->updateMessageStatus(reply));
    ASSERT_FALSE(m_store->appendMessageText(reply.id, u" and more"_s));
    expectConsistentIndex();
    reply.status = MessageStatus::Interrupted;
    ASSERT_FALSE(m_store->updateMessageStatus(reply));
    EXPECT_EQ(messageIds(*m_store->search(u"phrasing more"_s)), QList<qint64>{reply.id});
    expectConsistentIndex();
    ASSERT_FALSE(m_store->deleteConversation(conversation.id));
    EXPECT_TRUE(m_store->search(u"phrasing"_s)->isEmpty());
    expectConsistentIndex();
}

TEST_F(ConversationStoreSearchTest, FindsTheReplacedText)
{
    const auto conversation = addConversation(u"c"_s);
    auto reply = addMessage(conversation.id, Role::Assistant, u"draft wording"_s, MessageStatus::Streaming);
    ASSERT_FALSE(m_store->replaceMessageText(reply.id, u"final phrasing"_s));

    EXPECT_TRUE(m_store->search(u"draft"_s)->isEmpty());
    EXPECT_EQ(messageIds(*m_store->search(u"phrasing"_s)), QList<qint64>{reply.id});
    expectConsistentIndex();
}

TEST_F(ConversationStoreSearchTest, ForgetsDeletedConversationsAndKeepsTheIndexConsistent)
{
    const auto doomed = addConversation(u"doomed"_s);
    const auto kept = addConversation(u"kept"_s);
    addMessage(doomed.id, Role::User, u"shared word"_s);
    const auto survivor = addMessage(kept.id, Role::User, u"shared word"_s);

    ASSERT_FALSE(m_store->deleteConversation(doomed.id));

    EXPECT_EQ(messageIds(*m_store->search(u"shared"_s)), QList<qint64>{survivor.id});
    expectConsistentIndex();
}

TEST_F(ConversationStoreSearchTest, HonoursLimitAndMarkers)
{
    const auto conversation = addConversation(u"c"_s);
    for (int i = 0; i < 5; ++i)
        addMessage(conversation.id, Role::User, u"needle number %1"_s.arg(i));

    auto limited = m_store->search(u"needle"_s, 3);
    ASSERT_TRUE(limited);
    EXPECT_EQ(limited->size(), 3);

    auto marked = m_store->search(u"number 4"_s, 10);
    ASSERT_TRUE(marked);
    ASSERT_EQ(marked->size(), 1);
    EXPECT_EQ(markedSnippet(marked->first().snippet, u"<b>", u"</b>"), u"needle <b>number</b> <b>4</b>"_s);
}

TEST_F(ConversationStoreSearchTest, FindsAChineseWordInsideASentence)
{
    const auto conversation = addConversation(u"Sōseki"_s);
    const auto quote = addMessage(conversation.id, Role::Assistant, u"> 吾輩は猫である。名前はまだ無い。"_s);
    addMessage(conversation.id, Role::User, u"Who wrote 吾輩は犬である?"_s);
    const auto mixed = addMessage(conversation.id, Role::User, u"猫 means cat"_s);

    EXPECT_EQ(messageIds(*m_store->search(u"猫"_s)), (QList<qint64>{quote.id, mixed.id}));
    EXPECT_EQ(messageIds(*m_store->search(u"猫 cat"_s)), QList<qint64>{mixed.id}) << "every term, both kinds";
    EXPECT_EQ(messageIds(*m_store->search(u"名前"_s)), QList<qint64>{quote.id});
    EXPECT_TRUE(m_store->search(u"鳥"_s)->isEmpty());

    const auto hits = m_store->search(u"猫"_s);
    for (const SearchHit &hit : *hits) {
        ASSERT_FALSE(hit.snippet.matches.isEmpty());
        EXPECT_EQ(hit.snippet.text.mid(hit.snippet.matches.first().start, 1), u"猫"_s);
    }
}

TEST_F(ConversationStoreSearchTest, ReturnsNothingForBlankInput)
{
    const auto conversation = addConversation(u"c"_s);
    addMessage(conversation.id, Role::User, u"anything"_s);

    auto hits = m_store->search(u"   "_s);
    ASSERT_TRUE(hits);
    EXPECT_TRUE(hits->isEmpty());
}

} // namespace
} // namespace inkchat::store::test
