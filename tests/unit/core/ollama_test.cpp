#include "providertesting.h"

#include "provider/ollamaprovider.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::provider;
using inkchat::test::ReadReply;

namespace {

Endpoint endpoint(const QString &base = u"http://localhost:11434"_s, const QString &key = {})
{
    return {QUrl(base), u"llama3.2"_s, key};
}

chat::Conversation conversation()
{
    return {u"Du bist knapp."_s,
            {{chat::Role::User, u"Hallo"_s},
             {chat::Role::Assistant, u"Hi!"_s},
             {chat::Role::User, u"Was ist 2+2?"_s}}};
}

ReadReply read(const QByteArray &body)
{
    return test::readEveryChunking(OllamaProvider(), Framing::Ndjson, body);
}

/// A whole /api/chat answer as the Single rung reads it.
ReadReply readWhole(const QByteArray &body)
{
    return test::readEveryChunking(OllamaProvider(), Framing::Json, body, Rung::Single);
}

const ReadReply &readFixture(const QString &name)
{
    return test::readFixture(OllamaProvider(), Framing::Ndjson, name);
}

} // namespace

TEST(Ollama, PostsStreamingChatAsNdjson)
{
    const StreamRequest request = OllamaProvider().buildRequest(conversation(), endpoint(), Rung::Stream);
    EXPECT_EQ(request.url.toString().toStdString(), "http://localhost:11434/api/chat");
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.framing, Framing::Ndjson);
    EXPECT_TRUE(test::header(request, "Authorization").isEmpty());

    const QJsonObject body = test::bodyObject(request);
    EXPECT_EQ(body["model"_L1].toString(), u"llama3.2"_s);
    EXPECT_TRUE(body["stream"_L1].toBool());
    const QJsonArray messages = body["messages"_L1].toArray();
    ASSERT_EQ(messages.size(), 4);
    const QStringList roles = {u"system"_s, u"user"_s, u"assistant"_s, u"user"_s};
    const QStringList texts = {u"Du bist knapp."_s, u"Hallo"_s, u"Hi!"_s, u"Was ist 2+2?"_s};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(messages.at(i)["role"_L1].toString(), roles.at(i));
        EXPECT_EQ(messages.at(i)["content"_L1].toString(), texts.at(i));
    }
}

TEST(Ollama, SendsNoSystemMessageWithoutSystemPrompt)
{
    chat::Conversation plain = conversation();
    plain.systemPrompt.clear();
    const QJsonArray messages = test::bodyObject(OllamaProvider().buildRequest(plain, endpoint(),
                                                                               Rung::Stream))["messages"_L1]
                                    .toArray();
    ASSERT_EQ(messages.size(), 3);
    EXPECT_EQ(messages.at(0)["role"_L1].toString(), u"user"_s);
}

TEST(Ollama, SendsKeyAsBearerHeaderNeverInUrl)
{
    const StreamRequest request = OllamaProvider().buildRequest(
        conversation(), endpoint(u"https://ollama.example/"_s, u"ol-secret-1234"_s), Rung::Stream);
    EXPECT_EQ(test::header(request, "Authorization"), "Bearer ol-secret-1234");
    EXPECT_FALSE(request.url.toString().contains(u"ol-secret-1234"_s));
    EXPECT_EQ(request.url.toString().toStdString(), "https://ollama.example/api/chat");
}

TEST(Ollama, DoesNotRepeatApiOfBaseUrl)
{
    const StreamRequest request = OllamaProvider().buildRequest(
        conversation(), endpoint(u"http://gpu:11434/api/"_s), Rung::Stream);
    EXPECT_EQ(request.url.toString().toStdString(), "http://gpu:11434/api/chat");
}

TEST(Ollama, ReadsEveryCompleteFixtureToItsReplyText)
{
    EXPECT_GE(test::checkCompleteFixtures(OllamaProvider(), Framing::Ndjson), 2);
}

TEST(Ollama, ReportsDoneReasonAndTokenCounts)
{
    const ReadReply reply = readFixture(u"multilingual"_s);
    EXPECT_EQ(reply.all<Usage>(), QList<Usage>{(Usage{26, 282})});
    EXPECT_EQ(reply.all<Finished>(), QList<Finished>{Finished{u"stop"_s}});
    EXPECT_TRUE(std::holds_alternative<Finished>(reply.events.last()));
}

TEST(Ollama, TreatsDoneWithoutReasonAsStop)
{
    const ReadReply reply = read(R"({"message":{"role":"assistant","content":"ok"},"done":true})"_ba);
    EXPECT_EQ(reply.all<Finished>(), QList<Finished>{Finished{u"stop"_s}});
    EXPECT_TRUE(reply.all<Usage>().isEmpty());
    EXPECT_TRUE(reply.complete);
}

TEST(Ollama, SeparatesThinkingFromReplyText)
{
    const ReadReply reply = readFixture(u"thinking"_s);
    EXPECT_EQ(reply.reasoning().toStdString(), "Okay, the user asks for 2+2. That is 4.");
    EXPECT_EQ(reply.text().toStdString(), "2 + 2 = 4 ✅");
}

TEST(Ollama, ReportsErrorObjectInStream)
{
    const ReadReply reply = readFixture(u"error"_s);
    EXPECT_EQ(reply.text().toStdString(), "Ich fange an zu");
    ASSERT_FALSE(reply.errors().isEmpty());
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::Provider);
    EXPECT_EQ(reply.errors().first().message.toStdString(),
              "an error was encountered while running the model: unexpected EOF");
    EXPECT_FALSE(reply.complete);
}

TEST(Ollama, ReportsInvalidJsonLineAsProtocolError)
{
    const ReadReply reply = read("{\"message\":{\"content\":\"a\"},\"done\":false}\nnot json\n"
                                 "{\"message\":{\"content\":\"b\"},\"done\":false}\n"_ba);
    EXPECT_EQ(reply.text(), u"a"_s); // nothing after the broken line
    ASSERT_FALSE(reply.errors().isEmpty());
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::Protocol);
}

TEST(Ollama, ReportsReplyWithoutDoneAsInterrupted)
{
    const ReadReply reply = readFixture(u"truncated"_s);
    EXPECT_EQ(reply.text().toStdString(), "Das ist nur die");
    ASSERT_EQ(reply.errors().size(), 1);
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::Interrupted);
    EXPECT_FALSE(reply.complete);
}

TEST(Ollama, ReportsLineCutOffByTheConnectionAsInterruptedNotMalformed)
{
    const ReadReply reply = read("{\"message\":{\"content\":\"a\"},\"done\":false}\n{\"message\":{\"con"_ba);
    EXPECT_EQ(reply.text(), u"a"_s);
    ASSERT_EQ(reply.errors().size(), 1);
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::Interrupted);
}

TEST(Ollama, AcceptsLastLineWithoutNewline)
{
    const ReadReply reply = read(
        "{\"message\":{\"content\":\"a\"},\"done\":false}\n"
        "{\"message\":{\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\"}"_ba);
    EXPECT_EQ(reply.text(), u"a"_s);
    EXPECT_TRUE(reply.errors().isEmpty());
    EXPECT_TRUE(reply.complete);
}

TEST(Ollama, AsksSingleRungForWholeReply)
{
    const StreamRequest request = OllamaProvider().buildRequest(conversation(), endpoint(), Rung::Single);
    EXPECT_EQ(request.url.toString().toStdString(), "http://localhost:11434/api/chat");
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.framing, Framing::Json);
    EXPECT_EQ(test::bodyObject(request)["stream"_L1], QJsonValue(false));
    EXPECT_NE(test::header(request, "Accept"), "application/x-ndjson");
}

TEST(Ollama, ReadsWholeReplyWithUsageAndDoneReason)
{
    const ReadReply reply = readWhole(test::fixtureFile(u"ollama"_s, u"single.json"_s));
    EXPECT_EQ(reply.all<Usage>(), QList<Usage>{(Usage{26, 14})});
    EXPECT_EQ(reply.all<Finished>(), QList<Finished>{Finished{u"stop"_s}});
    EXPECT_TRUE(reply.complete);

    const ReadReply thinking = readWhole(
        R"({"model":"qwen3","message":{"role":"assistant","content":"4","thinking":"2+2…"},"done":true})");
    EXPECT_EQ(test::describe(thinking.events),
              (std::vector<std::string>{"model qwen3", "reasoning 2+2…", "text 4", "finished stop"}));
}

TEST(Ollama, ReportsErrorBodyOnSingleRung)
{
    const ReadReply reply = readWhole(R"({"error":"model \"llama9\" not found, try pulling it first"})");
    ASSERT_EQ(reply.errors().size(), 1);
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::Provider);
    EXPECT_EQ(reply.errors().first().message.toStdString(),
              "model \"llama9\" not found, try pulling it first");
    EXPECT_FALSE(reply.complete);
}
