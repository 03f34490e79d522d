#include "providertesting.h"

#include "provider/plaintextprovider.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::provider;
using inkchat::test::ReadReply;

namespace {

ReadReply read(const QByteArray &body)
{
    return test::readEveryChunking(PlainTextProvider(), Framing::Text, body);
}

} // namespace

TEST(PlainText, NeedsNoModel)
{
    EXPECT_FALSE(PlainTextProvider().needsModel());
}

TEST(PlainText, PostsMessagesToBaseUrlAsGiven)
{
    const chat::Conversation conversation{{}, {{chat::Role::User, u"Erzähl was"_s}}};
    const Endpoint endpoint{QUrl(u"http://localhost:9000/generate"_s), {}, u"txt-secret-99"_s};
    const StreamRequest request = PlainTextProvider().buildRequest(conversation, endpoint);
    EXPECT_EQ(request.url, endpoint.baseUrl);
    EXPECT_EQ(request.framing, Framing::Text);
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(test::header(request, "Authorization"), "Bearer txt-secret-99");
    const QJsonArray messages = test::bodyObject(request)["messages"_L1].toArray();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.at(0)["role"_L1].toString(), u"user"_s);
    EXPECT_EQ(messages.at(0)["content"_L1].toString(), u"Erzähl was"_s);
}

TEST(PlainText, ReadsEveryCompleteFixtureToItsReplyText)
{
    EXPECT_GE(test::checkCompleteFixtures(PlainTextProvider(), Framing::Text), 2);
}

TEST(PlainText, TreatsCleanEndOfBodyAsEndOfReply)
{
    const ReadReply reply = read("Kurz."_ba);
    EXPECT_EQ(reply.events, StreamEvents{TextDelta{u"Kurz."_s}});
    EXPECT_TRUE(reply.complete);
}

TEST(PlainText, ReadsEmptyBodyAsEmptyReply)
{
    const ReadReply reply = test::readReply(PlainTextProvider(), Framing::Text, {});
    EXPECT_TRUE(reply.events.isEmpty());
    EXPECT_TRUE(reply.complete);
}

TEST(PlainText, EndsCharacterCutByEndOfBodyWithReplacementCharacter)
{
    // The decoder cannot tell a cut body from a short one; a character left
    // incomplete is all it can show.
    const ReadReply reply = read(test::fixtureBody(u"text"_s, u"cut-in-character"_s));
    EXPECT_EQ(reply.text(), u"Das Ende fehlt: \uFFFD"_s);
    EXPECT_TRUE(reply.errors().isEmpty());
}
