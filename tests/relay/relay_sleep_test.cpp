// A client that sleeps, and a relay that restarts, lose nothing (issue 20):
// every event once, in order, then the live stream.

#include "relaytestsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::test;
using namespace inkchat::test::relay;

namespace {

/// The ids of the events, which must run on from `first` by one.
void expectConsecutive(const QList<ClientEvent> &events, qint64 first)
{
    qint64 expected = first;
    for (const ClientEvent &event : events) {
        if (event.type == "reply")
            continue;
        EXPECT_EQ(event.id.toLongLong(), expected) << "event " << event.data.toStdString();
        ++expected;
    }
}

QList<ClientEvent> withoutReply(QList<ClientEvent> events)
{
    events.removeIf([](const ClientEvent &event) { return event.type == "reply"; });
    return events;
}

} // namespace

TEST(RelaySleep, EveryMissedEventOnceInOrderThenLive)
{
    QTemporaryDir dir;
    StreamServer upstream;
    const QStringList pieces = numberedPieces(60);
    upstream.setResponse(pacedReply(pieces, 5));
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s));
    ASSERT_TRUE(relay.isRunning());
    const QByteArray token = relay.pair();

    // The e-reader asks, reads ten events, and goes to sleep.
    auto asking = std::make_unique<HttpClient>(relay.port(), "POST", "/v1/replies", auth(token), askBody());
    ASSERT_TRUE(asking->waitForEvents(11)); // the reply's id, then ten pieces
    const QByteArray replyId = replyIdOf(*asking);
    ASSERT_EQ(replyId.size(), 32);
    const QList<ClientEvent> beforeSleep = withoutReply(asking->events()).mid(0, 10);
    const QByteArray lastSeen = beforeSleep.constLast().id;
    EXPECT_EQ(lastSeen, "10");
    asking.reset();

    // While it sleeps the upstream goes on: another device sees fifteen
    // more events come in (the gap is counted in events, not seconds).
    const QByteArray eventsPath = "/v1/replies/" + replyId + "/events";
    HttpClient watcher(relay.port(), "GET", eventsPath, auth(token, lastSeen));
    ASSERT_TRUE(watcher.waitForEvents(15));

    // It wakes and reconnects with the last id it saw.
    HttpClient woken(relay.port(), "GET", eventsPath, auth(token, lastSeen));
    ASSERT_TRUE(woken.waitForEnd());
    EXPECT_EQ(woken.status(), 200);
    EXPECT_TRUE(woken.body().startsWith("retry: 3000\n\n"));
    expectConsecutive(woken.events(), 11);
    ASSERT_FALSE(woken.events().isEmpty());
    EXPECT_EQ(woken.events().constLast().type, "end");
    EXPECT_TRUE(woken.events().constLast().data.contains("\"complete\""));
    QString whole;
    for (const ClientEvent &event : beforeSleep)
        whole += event.text();
    EXPECT_EQ(whole + woken.text(), pieces.join(QString()));
    EXPECT_EQ(upstream.requests().size(), 1); // one upstream reply, whatever the clients did

    // After the end there is nothing more: EventSource stops on 204.
    const QByteArray endId = woken.events().constLast().id;
    EXPECT_EQ(request(relay.port(), "GET", eventsPath, token, {}, {{"Last-Event-ID", endId}}).status, 204);
}

TEST(RelaySleep, LongPollReadsTheSameEvents)
{
    QTemporaryDir dir;
    StreamServer upstream;
    const QStringList pieces = numberedPieces(30);
    upstream.setResponse(pacedReply(pieces, 2));
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s), {u"--poll-wait"_s, u"5"_s});
    ASSERT_TRUE(relay.isRunning());
    const QByteArray token = relay.pair();

    HttpClient asking(relay.port(), "POST", "/v1/replies?mode=poll", auth(token), askBody());
    ASSERT_TRUE(asking.waitForEnd());
    const QByteArray replyId = replyIdOf(asking);
    ASSERT_EQ(replyId.size(), 32);
    QList<ClientEvent> events = withoutReply(asking.events());
    int polls = 1;
    while (events.isEmpty() || events.constLast().type != "end") {
        ASSERT_LT(polls, 200) << "the reply never ended";
        const QByteArray after = events.isEmpty() ? "0" : events.constLast().id;
        HttpClient poll(relay.port(), "GET", "/v1/replies/" + replyId + "/poll?after=" + after, auth(token));
        ASSERT_TRUE(poll.waitForEnd());
        ASSERT_EQ(poll.status(), 200);
        for (const ClientEvent &event : poll.events()) {
            if (event.type != "pending")
                events.append(event);
        }
        ++polls;
    }
    expectConsecutive(events, 1);
    QString text;
    for (const ClientEvent &event : events)
        text += event.type == "text" ? event.text() : QString();
    EXPECT_EQ(text, pieces.join(QString()));
}

TEST(RelaySleep, RelayKilledMidReplyCarriesOnWithNothingLostOrRepeated)
{
    QTemporaryDir dir;
    StreamServer upstream;
    const QStringList pieces = numberedPieces(80);
    const QString whole = pieces.join(QString());
    QString continuedFrom;
    upstream.setResponder([&](const RecordedRequest &request) {
        const QJsonArray messages =
            QJsonDocument::fromJson(request.body).object().value("messages"_L1).toArray();
        const QJsonObject last = messages.last().toObject();
        if (last.value("role"_L1).toString() != "assistant"_L1)
            return pacedReply(pieces, 10); // the first request: slow, so the relay dies in the middle
        // The restarted relay asks for the rest after what it had (assistant prefill).
        continuedFrom = last.value("content"_L1).toString();
        return sseResponse(openAiChatBody({whole.mid(continuedFrom.size())}));
    });
    const QString dataDir = dir.filePath(u"data"_s);
    auto relay = std::make_unique<RelayProcess>(dataDir, upstream.url(u"/v1"_s));
    ASSERT_TRUE(relay->isRunning());
    const QByteArray token = relay->pair();

    auto asking = std::make_unique<HttpClient>(relay->port(), "POST", "/v1/replies", auth(token), askBody());
    ASSERT_TRUE(asking->waitForEvents(11));
    const QByteArray replyId = replyIdOf(*asking);
    const QList<ClientEvent> seen = withoutReply(asking->events());
    relay->kill(); // mid-reply: no chance to say goodbye
    asking.reset();

    relay = std::make_unique<RelayProcess>(dataDir, upstream.url(u"/v1"_s));
    ASSERT_TRUE(relay->isRunning());
    HttpClient woken(relay->port(), "GET", "/v1/replies/" + replyId + "/events",
                     auth(token, seen.constLast().id));
    ASSERT_TRUE(woken.waitForEnd());
    EXPECT_EQ(woken.status(), 200);
    expectConsecutive(woken.events(), seen.constLast().id.toLongLong() + 1);
    ASSERT_FALSE(woken.events().isEmpty());
    EXPECT_TRUE(woken.events().constLast().data.contains("\"complete\""));
    QString text;
    for (const ClientEvent &event : seen)
        text += event.text();
    EXPECT_EQ(text + woken.text(), whole);
    EXPECT_EQ(upstream.requests().size(), 2);
    EXPECT_FALSE(continuedFrom.isEmpty());
    EXPECT_TRUE(whole.startsWith(continuedFrom));
}
