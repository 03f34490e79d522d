// Devices, not passwords (issue 20): unpaired and revoked devices are refused,
// each device has its own rate limit, and neither the upstream key nor a
// device token is in anything the relay writes or serves.

#include "relaytestsupport.h"

#include <QDirIterator>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::test;
using namespace inkchat::test::relay;

TEST(RelaySecurity, UnpairedRequestsAreRefusedAndReachNoUpstream)
{
    QTemporaryDir dir;
    StreamServer upstream;
    upstream.setResponse(pacedReply(numberedPieces(3), 0));
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s));
    ASSERT_TRUE(relay.isRunning());
    const QByteArray token = relay.pair();
    const QByteArray reply = "/v1/replies/0123456789abcdef0123456789abcdef";
    for (const QByteArray &wrong : QList<QByteArray>{{}, "ikr_not-a-token", token + "x"}) {
        EXPECT_EQ(request(relay.port(), "POST", "/v1/replies", wrong, askBody()).status, 401);
        EXPECT_EQ(request(relay.port(), "GET", reply + "/events", wrong).status, 401);
        EXPECT_EQ(request(relay.port(), "GET", reply + "/poll", wrong).status, 401);
    }
    EXPECT_TRUE(upstream.requests().isEmpty());
    // A wrong pairing code gives no token, and five wrong guesses burn the right one.
    QByteArray out;
    relay.runCommand({u"pair"_s}, &out);
    const QByteArray code = out.mid(out.indexOf("\"code\": \"") + 9, 8);
    const QByteArray wrongCode = code == "00000000" ? "11111111" : "00000000";
    const QByteArray wrongBody = "{\"code\":\"" + wrongCode + "\"}";
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(request(relay.port(), "POST", "/v1/pair", {}, wrongBody).status, 403);
    const Answer late = request(relay.port(), "POST", "/v1/pair", {}, "{\"code\":\"" + code + "\"}");
    EXPECT_EQ(late.status, 403) << "a code survived five wrong guesses";
    // Guessing on is slowed down per address.
    int refused = 0;
    for (int i = 0; i < 10 && refused == 0; ++i)
        refused += request(relay.port(), "POST", "/v1/pair", {}, wrongBody).status == 429;
    EXPECT_EQ(refused, 1);
}

TEST(RelaySecurity, RevokedDeviceIsRefusedAtOnceAndItsStreamEnds)
{
    QTemporaryDir dir;
    StreamServer upstream;
    StreamResponse endless = pacedReply(numberedPieces(5), 0);
    endless.pauseAfterBytes = 200; // the reply stays open: the stream has no end of its own
    upstream.setResponse(endless);
    // Heartbeats far apart: the stream must end because of the revocation,
    // not because a heartbeat happened to ask.
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s), {u"--heartbeat"_s, u"600"_s});
    ASSERT_TRUE(relay.isRunning());
    const QByteArray kindle = relay.pair(u"kindle"_s);
    const QByteArray kobo = relay.pair(u"kobo"_s);

    HttpClient stream(relay.port(), "POST", "/v1/replies", auth(kindle), askBody());
    ASSERT_TRUE(stream.waitForEvents(2));
    const QByteArray replyId = replyIdOf(stream);
    QByteArray out;
    ASSERT_EQ(relay.runCommand({u"devices"_s}, &out), 0);
    EXPECT_TRUE(out.contains("kindle")) << out.toStdString();
    ASSERT_EQ(relay.runCommand({u"revoke"_s, u"1"_s}, &out), 0) << out.toStdString();

    // The very next request is refused; the other device goes on.
    const QByteArray events = "/v1/replies/" + replyId + "/events";
    EXPECT_EQ(request(relay.port(), "GET", events + "/../poll", kindle).status, 401);
    EXPECT_EQ(request(relay.port(), "POST", "/v1/replies", kindle, askBody()).status, 401);
    HttpClient other(relay.port(), "GET", events, auth(kobo, "1"));
    EXPECT_EQ(other.waitForStatus(), 200);
    // The revoked device's open stream is closed at once (the server sees
    // the `revoke` command's commit), with no heartbeat in between.
    EXPECT_TRUE(stream.waitForEnd());
    EXPECT_EQ(stream.comments(), 0);
    ASSERT_EQ(relay.runCommand({u"devices"_s}, &out), 0);
    EXPECT_TRUE(out.contains("revoked"));
}

TEST(RelaySecurity, EachDeviceHasItsOwnRateLimit)
{
    QTemporaryDir dir;
    StreamServer upstream;
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s), {u"--rate-limit"_s, u"10"_s});
    ASSERT_TRUE(relay.isRunning());
    const QByteArray greedy = relay.pair();
    const QByteArray modest = relay.pair();
    const QByteArray missing = "/v1/replies/0123456789abcdef0123456789abcdef/events";
    int refused = 0;
    Answer last;
    for (int i = 0; i < 12 && refused == 0; ++i) {
        last = request(relay.port(), "GET", missing, greedy);
        refused += last.status == 429;
    }
    EXPECT_EQ(refused, 1);
    EXPECT_TRUE(last.received.contains("Retry-After:"));
    EXPECT_EQ(request(relay.port(), "GET", missing, modest).status, 404);
}

TEST(RelaySecurity, KeysAndTokensAreInNothingWrittenOrServed)
{
    QTemporaryDir dir;
    StreamServer upstream;
    int asked = 0;
    upstream.setResponder([&](const RecordedRequest &request) {
        ++asked;
        if (asked == 1)
            return pacedReply(numberedPieces(20), 0);
        // A hostile upstream that repeats the key it was sent.
        StreamResponse refusal;
        refusal.status = 401;
        refusal.reason = "Unauthorized";
        refusal.headers = {{"Content-Type", "application/json"}};
        refusal.body = "{\"error\":{\"message\":\"Incorrect API key provided: "
                       + request.header("Authorization") + "\"}}";
        return refusal;
    });
    const QString dataDir = dir.filePath(u"data"_s);
    RelayProcess relay(dataDir, upstream.url(u"/v1"_s));
    ASSERT_TRUE(relay.isRunning());
    const QByteArray token = relay.pair();

    QByteArray served;
    HttpClient first(relay.port(), "POST", "/v1/replies", auth(token), askBody());
    ASSERT_TRUE(first.waitForEnd());
    served += first.received();
    HttpClient second(relay.port(), "POST", "/v1/replies", auth(token), askBody());
    ASSERT_TRUE(second.waitForEnd());
    served += second.received();
    ASSERT_FALSE(second.events().isEmpty());
    EXPECT_TRUE(second.events().constLast().data.contains("\"error\"")) << second.body().toStdString();
    served += request(relay.port(), "GET", "/v1/replies/" + replyIdOf(first) + "/events", token).received;
    ASSERT_EQ(upstream.requests().size(), 2);
    EXPECT_EQ(upstream.requests().constFirst().header("Authorization"), "Bearer " + kUpstreamKey);
    ASSERT_TRUE(relay.terminate());

    QByteArray written = relay.output();
    QDirIterator files(dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int fileCount = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        written += file.readAll();
        ++fileCount;
        EXPECT_EQ(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions())
            << file.fileName().toStdString();
    }
    EXPECT_GE(fileCount, 1);
    const QByteArray keyTail = kUpstreamKey.right(12);
    for (const QByteArray &secret : QList<QByteArray>{kUpstreamKey, keyTail, token, token.mid(4, 20)}) {
        EXPECT_FALSE(written.contains(secret)) << "a secret was written: " << secret.toStdString();
        EXPECT_FALSE(served.contains(secret) && secret != token && secret != token.mid(4, 20))
            << "the upstream key was served";
    }
    EXPECT_FALSE(served.contains(keyTail));
}
