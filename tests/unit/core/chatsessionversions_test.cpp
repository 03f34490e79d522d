// A conversation is a tree: regenerate, edit and resend, versions shown,
// and a reply restarted after a drop where the server cannot continue it.

#include "sessiontesting.h"

namespace inkchat::test::session {
namespace {

/// Answers every request with "Antwort N" (N counts the requests), so each
/// version of a reply says which it is.
StreamServer::Responder numberedAnswers()
{
    return [calls = 0](const RecordedRequest &) mutable {
        return sseResponse(openAiChatBody({u"Antwort"_s, u" %1"_s.arg(++calls)}));
    };
}

QStringList texts(const QList<chat::MessageRecord> &messages)
{
    QStringList list;
    for (const chat::MessageRecord &message : messages)
        list.append(message.text);
    return list;
}

struct VersionsTest : SessionTest
{
    std::unique_ptr<ChatSession> answered(qint64 id, const QStringList &questions)
    {
        auto session = open(id);
        for (const QString &question : questions) {
            EXPECT_TRUE(session->send(question));
            EXPECT_TRUE(waitForEnd(*session));
        }
        return session;
    }
};

TEST_F(VersionsTest, RegenerateKeepsTheEarlierReplyAsVersionOneAndAsksWithTheSameHistory)
{
    server.setResponder(numberedAnswers());
    const qint64 id = newConversation();
    auto session = answered(id, {u"Frage"_s});
    ASSERT_TRUE(session->canRegenerate());
    QSignalSpy branch(session.get(), &ChatSession::branchChanged);
    ASSERT_TRUE(session->regenerate());
    ASSERT_TRUE(waitForEnd(*session));

    EXPECT_EQ(branch.size(), 1);
    EXPECT_EQ(texts(session->messages()), (QStringList{u"Frage"_s, u"Antwort 2"_s}));
    EXPECT_EQ(session->messages().at(1).version, 2);
    EXPECT_EQ(session->messages().at(1).versionCount, 2);
    EXPECT_EQ(session->messages().at(1).status, MessageStatus::Complete);
    // The new request is the one the first reply answered: no reply in it.
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_EQ(requestMessages(server.requests().at(1)), requestMessages(server.requests().at(0)));

    // Reopened: the same branch, and the earlier version one arrow away.
    session.reset();
    auto reopened = open(id);
    EXPECT_EQ(texts(reopened->messages()), (QStringList{u"Frage"_s, u"Antwort 2"_s}));
    ASSERT_FALSE(reopened->showVersion(1, 1));
    EXPECT_EQ(texts(reopened->messages()), (QStringList{u"Frage"_s, u"Antwort 1"_s}));
    EXPECT_EQ(reopened->messages().at(1).version, 1);
    EXPECT_EQ(reopened->messages().at(1).versionCount, 2);
    EXPECT_EQ(store->messages(id, store::MessageScope::AllVersions).value().size(), 3);
}

TEST_F(VersionsTest, EditAndResendStartsANewBranchWhoseRequestHoldsOnlyThatBranch)
{
    server.setResponder(numberedAnswers());
    const qint64 id = newConversation();
    auto session = answered(id, {u"Eins"_s, u"Zwei"_s});
    ASSERT_TRUE(session->editAndResend(2, u"Zwei, anders"_s));
    ASSERT_TRUE(waitForEnd(*session));

    EXPECT_EQ(texts(session->messages()),
              (QStringList{u"Eins"_s, u"Antwort 1"_s, u"Zwei, anders"_s, u"Antwort 3"_s}));
    EXPECT_EQ(session->messages().at(2).version, 2);
    EXPECT_EQ(session->messages().at(3).versionCount, 1) << "the new question's reply has no other version";
    const QJsonArray asked = requestMessages(server.requests().at(2));
    ASSERT_EQ(asked.size(), 3);
    EXPECT_EQ(asked.at(2).toObject().value("content"_L1).toString(), u"Zwei, anders"_s);
    EXPECT_FALSE(QJsonDocument(asked).toJson().contains("Antwort 2")) << "the other branch is not sent";

    // The earlier question comes back with the reply it had.
    ASSERT_FALSE(session->showVersion(2, 1));
    EXPECT_EQ(texts(session->messages()),
              (QStringList{u"Eins"_s, u"Antwort 1"_s, u"Zwei"_s, u"Antwort 2"_s}));
    // A new message follows the branch shown.
    ASSERT_TRUE(session->send(u"Drei"_s));
    ASSERT_TRUE(waitForEnd(*session));
    EXPECT_EQ(requestMessages(server.requests().at(3)).size(), 5);
    EXPECT_EQ(store->messages(id).value().size(), 6);
}

TEST_F(VersionsTest, AReplyThatCannotBeContinuedIsRestartedAsANewVersionNeverJoined)
{
    // A server like the real OpenAI: it ignores an assistant prefill and
    // answers from the start. Its first answer breaks off mid-reply.
    FixedEndpointSource openAi{{u"openai"_s, {server.url(u"/v1"_s), u"test-model"_s, {}}, {}}};
    const QStringList partial = {u"Die"_s, u" erste"_s, u" Antw"_s};
    const QStringList second = {u"Ganz"_s, u" anders"_s, u" gesagt."_s};
    server.setResponder([&, calls = 0](const RecordedRequest &) mutable {
        const bool first = calls++ == 0;
        return sseResponse(openAiChatBody(first ? partial : second, !first));
    });
    SessionServices withOpenAi = services();
    withOpenAi.endpoints = &openAi;
    const qint64 id = newConversation();
    auto session = ChatSession::open(withOpenAi, id).value();
    QSignalSpy restarted(session.get(), &ChatSession::replyRestarted);
    QString shown;
    QObject::connect(session.get(), &ChatSession::replyTextReceived, [&](const QString &d) { shown += d; });
    QObject::connect(session.get(), &ChatSession::replyRestarted, [&] { shown.clear(); });
    ASSERT_TRUE(session->send(u"Frage"_s));
    ASSERT_TRUE(waitForEnd(*session));

    EXPECT_EQ(restarted.size(), 1);
    const chat::MessageRecord reply = session->messages().constLast();
    EXPECT_EQ(reply.text, joined(second));
    EXPECT_EQ(shown, joined(second));
    EXPECT_EQ(reply.status, MessageStatus::Complete);
    EXPECT_TRUE(reply.seams.isEmpty());
    EXPECT_EQ(reply.version, 2);
    EXPECT_EQ(reply.versionCount, 2);
    EXPECT_EQ(storedMessage(id, 1).text, joined(second));

    const QList<chat::MessageRecord> all = store->messages(id, store::MessageScope::AllVersions).value();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(1).text, joined(partial)) << "the partial reply is kept as version 1";
    EXPECT_EQ(all.at(1).status, MessageStatus::Interrupted);
    EXPECT_EQ(all.at(1).parentUuid, all.at(2).parentUuid);
}

} // namespace
} // namespace inkchat::test::session
