// A message with images, end to end through the session: stored with its
// images, sent in the provider's format over a real loopback connection,
// refused before anything leaves for a provider that reads no images.

#include "sessiontesting.h"

#include "chat/attachment.h"
#include "fixtures.h"

namespace inkchat::test::session {
namespace {

chat::Attachment tinyPng()
{
    return chat::attachmentFromData(readData(u"images/tiny.png"_s), u"tiny.png"_s).value();
}

TEST_F(SessionTest, SendsAndStoresTheImagesOfAMessageAndSendsThemAgainWithTheHistory)
{
    const qint64 id = newConversation();
    server.setResponse(sseResponse(openAiChatBody(kPieces)));
    auto session = open(id);
    ASSERT_TRUE(session);
    ASSERT_TRUE(session->send(u"What is this?"_s, {tinyPng()}));
    ASSERT_TRUE(waitForEnd(*session));

    EXPECT_EQ(storedMessage(id, 0).attachments, chat::Attachments{tinyPng()});
    ASSERT_EQ(server.requests().size(), 1);
    const QJsonArray content = requestMessages(server.requests().at(0)).at(0)[u"content"_s].toArray();
    ASSERT_EQ(content.size(), 2) << server.requests().at(0).body.toStdString();
    EXPECT_EQ(content.at(1)[u"image_url"_s][u"url"_s].toString(), tinyPng().dataUrl());

    // Reopened, the next question carries the history's image again.
    session.reset();
    session = open(id);
    ASSERT_TRUE(session->send(u"And now?"_s));
    ASSERT_TRUE(waitForEnd(*session));
    ASSERT_EQ(server.requests().size(), 2);
    const QJsonArray again = requestMessages(server.requests().at(1));
    ASSERT_EQ(again.size(), 3);
    EXPECT_EQ(again.at(0)[u"content"_s].toArray(), content);
    EXPECT_EQ(again.at(2)[u"content"_s].toString(), u"And now?"_s);
}

TEST_F(SessionTest, AnImageWithoutWordsCanBeSent)
{
    const qint64 id = newConversation();
    server.setResponse(sseResponse(openAiChatBody(kPieces)));
    auto session = open(id);
    ASSERT_TRUE(session);
    EXPECT_FALSE(session->send(u"  "_s)) << "nothing to send";
    ASSERT_TRUE(session->send({}, {tinyPng()}));
    ASSERT_TRUE(waitForEnd(*session));
    ASSERT_EQ(server.requests().size(), 1);
    const QJsonArray content = requestMessages(server.requests().at(0)).at(0)[u"content"_s].toArray();
    ASSERT_EQ(content.size(), 1);
    EXPECT_EQ(content.at(0)[u"type"_s].toString(), u"image_url"_s);
}

TEST_F(SessionTest, AProviderThatReadsNoImagesIsSentNothingAndSaysWhy)
{
    FixedEndpointSource generic({u"sse"_s, {server.url(u"/stream"_s), {}, {}}, {}});
    SessionServices withGeneric = services();
    withGeneric.endpoints = &generic;
    const qint64 id = newConversation();
    server.setResponse(sseResponse(openAiChatBody(kPieces)));
    auto opened = ChatSession::open(withGeneric, id);
    ASSERT_TRUE(opened);
    const std::unique_ptr<ChatSession> session = std::move(opened).value();
    ASSERT_TRUE(session->send(u"What is this?"_s, {tinyPng()}));
    ASSERT_TRUE(waitForEnd(*session));
    EXPECT_TRUE(server.requests().isEmpty());
    ASSERT_TRUE(session->lastError());
    EXPECT_EQ(session->lastError()->kind, Error::Kind::Usage);
    EXPECT_TRUE(session->lastError()->message.contains(u"no images"_s))
        << session->lastError()->message.toStdString();
    EXPECT_EQ(session->messages().constLast().status, MessageStatus::Error);
    // The question and its image are kept for another endpoint.
    EXPECT_EQ(storedMessage(id, 0).attachments.size(), 1);
}

} // namespace
} // namespace inkchat::test::session
