#include "providertesting.h"

#include "provider/genericsseprovider.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::provider;
using inkchat::test::ReadReply;

namespace {

chat::Conversation conversation()
{
    return {u"Sei freundlich."_s, {{chat::Role::User, u"Hallo"_s}}};
}

ReadReply read(const QByteArray &body)
{
    return test::readEveryChunking(GenericSseProvider(), Framing::Sse, body);
}

const ReadReply &readFixture(const QString &name)
{
    return test::readFixture(GenericSseProvider(), Framing::Sse, name);
}

} // namespace

TEST(GenericSse, NeedsNoModel)
{
    EXPECT_FALSE(GenericSseProvider().needsModel());
}

TEST(GenericSse, PostsMessagesToBaseUrlAsGiven)
{
    const Endpoint endpoint{QUrl(u"http://127.0.0.1:8080/chat/stream?room=7"_s), {}, u"sse-secret-42"_s};
    const StreamRequest request = GenericSseProvider().buildRequest(conversation(), endpoint, Rung::Stream);
    EXPECT_EQ(request.url, endpoint.baseUrl);
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.framing, Framing::Sse);
    EXPECT_EQ(test::header(request, "Accept"), "text/event-stream");
    EXPECT_EQ(test::header(request, "Authorization"), "Bearer sse-secret-42");

    const QJsonObject body = test::bodyObject(request);
    EXPECT_FALSE(body.contains("model"_L1));
    const QJsonArray messages = body["messages"_L1].toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(0)["role"_L1].toString(), u"system"_s);
    EXPECT_EQ(messages.at(0)["content"_L1].toString(), u"Sei freundlich."_s);
    EXPECT_EQ(messages.at(1)["role"_L1].toString(), u"user"_s);
}

TEST(GenericSse, SendsModelOnlyWhenGiven)
{
    const Endpoint endpoint{QUrl(u"http://127.0.0.1:8080/"_s), u"mistral-7b"_s, {}};
    const StreamRequest request = GenericSseProvider().buildRequest(conversation(), endpoint, Rung::Stream);
    EXPECT_EQ(test::bodyObject(request)["model"_L1].toString(), u"mistral-7b"_s);
    EXPECT_TRUE(test::header(request, "Authorization").isEmpty());
}

TEST(GenericSse, ReadsEveryCompleteFixtureToItsReplyText)
{
    EXPECT_GE(test::checkCompleteFixtures(GenericSseProvider(), Framing::Sse), 1);
}

TEST(GenericSse, ReportsEachNewEventIdAfterItsText)
{
    const ReadReply reply = readFixture(u"multilingual"_s);
    EXPECT_EQ(reply.all<ResumePoint>(), (QList<ResumePoint>{{u"1"_s, {}}, {u"2"_s, {}}, {u"3"_s, {}}}));
    ASSERT_GE(reply.events.size(), 2);
    EXPECT_TRUE(std::holds_alternative<TextDelta>(reply.events.at(0)));
    EXPECT_EQ(reply.events.at(1), StreamEvent(ResumePoint{u"1"_s, {}}));
}

TEST(GenericSse, ReportsErrorEvent)
{
    const ReadReply reply = readFixture(u"error-event"_s);
    EXPECT_EQ(reply.text().toStdString(), "Bis hierher");
    ASSERT_FALSE(reply.errors().isEmpty());
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::Provider);
    EXPECT_EQ(reply.errors().first().message.toStdString(), "model backend crashed (CUDA out of memory)");
}

TEST(GenericSse, ReportsLegacyErrorField)
{
    const ReadReply reply = readFixture(u"error-field"_s);
    EXPECT_EQ(reply.text().toStdString(), "Es geht los");
    ASSERT_FALSE(reply.errors().isEmpty());
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::Provider);
    EXPECT_EQ(reply.errors().first().message.toStdString(), "failed to decode the batch");
}

TEST(GenericSse, ReportsPlainTextErrorField)
{
    const ReadReply reply = read("error: slot unavailable\n\n"_ba);
    ASSERT_FALSE(reply.errors().isEmpty());
    EXPECT_EQ(reply.errors().first().message.toStdString(), "slot unavailable");
}

TEST(GenericSse, IgnoresOtherUnknownFields)
{
    const ReadReply reply = read(
        "x-trace: abc\n{\"error\" is not a field name\ndata: Ja\n\ndata: [DONE]\n\n"_ba);
    EXPECT_EQ(reply.text(), u"Ja"_s);
    EXPECT_TRUE(reply.errors().isEmpty());
}

TEST(GenericSse, ReportsCloseBeforeDoneAsInterrupted)
{
    const ReadReply reply = readFixture(u"truncated"_s);
    EXPECT_EQ(reply.text().toStdString(), "Ein Anfang, dann nichts mehr");
    EXPECT_EQ(reply.all<ResumePoint>(), (QList<ResumePoint>{{u"7"_s, {}}, {u"8"_s, {}}}));
    ASSERT_EQ(reply.errors().size(), 1);
    EXPECT_EQ(reply.errors().first().kind, Error::Kind::Interrupted);
    EXPECT_FALSE(reply.complete);
}

TEST(GenericSse, IgnoresEventsAfterDone)
{
    const ReadReply reply = read("data: A\n\ndata: [DONE]\n\ndata: B\n\n"_ba);
    EXPECT_EQ(reply.text(), u"A"_s);
    EXPECT_TRUE(reply.complete);
}

TEST(GenericSse, LongPollsWithGetOfTheBaseUrl)
{
    const Endpoint endpoint{QUrl(u"http://127.0.0.1:8080/chat/stream?room=7"_s), {}, u"sse-secret-42"_s};
    const StreamRequest request = GenericSseProvider().buildRequest(conversation(), endpoint, Rung::Poll);
    EXPECT_EQ(request.url, endpoint.baseUrl);
    EXPECT_EQ(request.method, "GET");
    EXPECT_TRUE(request.body.isEmpty());
    EXPECT_FALSE(test::hasHeader(request, "Content-Type"));
    EXPECT_EQ(request.framing, Framing::Sse);
    EXPECT_EQ(test::header(request, "Accept"), "text/event-stream");
    EXPECT_EQ(test::header(request, "Authorization"), "Bearer sse-secret-42");
}

TEST(GenericSse, ResumesEitherRungWithLastEventId)
{
    const GenericSseProvider provider;
    const Endpoint endpoint{QUrl(u"http://127.0.0.1:8080/chat"_s), {}, u"sse-secret-42"_s};
    for (const Rung rung : provider.rungs()) {
        SCOPED_TRACE(rungName(rung).toStdString());
        const StreamRequest fresh = provider.buildRequest(conversation(), endpoint, rung);
        const std::optional<StreamRequest> resume = provider.buildResumeRequest(conversation(), endpoint,
                                                                                rung, {u"42"_s, {}});
        ASSERT_TRUE(resume.has_value());
        EXPECT_EQ(test::header(*resume, "Last-Event-ID"), "42");
        EXPECT_EQ(resume->url, fresh.url);
        EXPECT_EQ(resume->method, fresh.method);
        EXPECT_EQ(resume->body, fresh.body);
        EXPECT_EQ(resume->framing, fresh.framing);
        EXPECT_EQ(resume->headers.size(), fresh.headers.size() + 1);
        EXPECT_FALSE(provider.buildResumeRequest(conversation(), endpoint, rung, {}).has_value());
    }
}
