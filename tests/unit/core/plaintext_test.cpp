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
    const StreamRequest request = PlainTextProvider().buildRequest(conversation, endpoint, Rung::Stream);
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

TEST(PlainText, IsNotCompleteUntilTheBodyEndsCleanly)
{
    ReplyReader reader(Framing::Text, PlainTextProvider().createDecoder(Rung::Stream));
    StreamEvents events;
    reader.feed("Ein Anfang", events);
    // A connection that breaks here never reaches finish().
    EXPECT_FALSE(reader.isComplete());
    reader.finish(events);
    EXPECT_TRUE(reader.isComplete());
    EXPECT_EQ(events, StreamEvents{TextDelta{u"Ein Anfang"_s}});
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

TEST(PlainText, SendsTheSameRequestOnBothRungs)
{
    const chat::Conversation conversation{{}, {{chat::Role::User, u"Erzähl was"_s}}};
    const Endpoint endpoint{QUrl(u"http://localhost:9000/generate"_s), {}, u"txt-secret-99"_s};
    const StreamRequest stream = PlainTextProvider().buildRequest(conversation, endpoint, Rung::Stream);
    const StreamRequest single = PlainTextProvider().buildRequest(conversation, endpoint, Rung::Single);
    EXPECT_EQ(single.url, stream.url);
    EXPECT_EQ(single.method, "POST");
    EXPECT_EQ(single.body, stream.body);
    EXPECT_EQ(single.framing, Framing::Text);
    EXPECT_EQ(test::header(single, "Accept"), "text/plain");
    EXPECT_EQ(single.headers, stream.headers);
}

TEST(PlainText, ReadsBufferedBodyOnSingleRungLikeAStream)
{
    const QByteArray body = test::fixtureBody(u"text"_s, u"multilingual"_s);
    const ReadReply reply = test::readEveryChunking(PlainTextProvider(), Framing::Text, body, Rung::Single);
    EXPECT_EQ(reply.text(), *test::expectedReply(u"text"_s, u"multilingual"_s));
    EXPECT_TRUE(reply.complete);
}
