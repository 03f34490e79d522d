// inkchat-cli against servers and a real nginx that refuse, drop, stall and
// buffer: the reply must still come out whole, and stderr must say what
// happened on the way.

#include "clirun.h"
#include "fixtures.h"
#include "nginxproxy.h"
#include "ssescript.h"
#include "streamserver.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::test::NginxProxy;
using inkchat::test::RecordedRequest;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

QStringList chat(const QString &providerId, const QUrl &baseUrl, const QStringList &extra = {})
{
    return QStringList{u"chat"_s,    u"--provider"_s, providerId,         u"--base-url"_s, baseUrl.toString(),
                       u"--model"_s, u"test-model"_s, u"--api-key-env"_s, kKeyVariable}
           + extra + QStringList{u"Hallo"_s};
}

QByteArray reply(const QString &providerId, const QString &caseName)
{
    return inkchat::test::readData(u"providers/%1/%2.reply.txt"_s.arg(providerId, caseName));
}

QByteArray body(const QString &providerId, const QString &caseName)
{
    return inkchat::test::readData(u"providers/%1/%2.body"_s.arg(providerId, caseName));
}

/// A generic SSE stream with an id on every event.
QByteArray numberedEvents(int count, QByteArray *text)
{
    QByteArray events;
    for (int i = 1; i <= count; ++i) {
        const QByteArray word = "word" + QByteArray::number(i) + ' ';
        *text += word;
        events += "id: " + QByteArray::number(i) + "\ndata: " + word + "\n\n";
    }
    return events + "data: [DONE]\n\n";
}

/// A server behind a proxy that forbids WebSockets: the upgrade gets 403,
/// a Responses stream goes through.
StreamResponse refusingWebSockets(const RecordedRequest &request)
{
    StreamResponse response;
    if (request.isWebSocketUpgrade()) {
        response.status = 403;
        response.reason = "Forbidden";
        response.webSocket.accept = false;
        return response;
    }
    response.body = body(u"openai-responses"_s, u"multilingual"_s);
    return response;
}

} // namespace

TEST(CliLadder, StreamsOverAWebSocketWhenTheServerAcceptsOne)
{
    StreamServer server;
    server.setResponder([](const RecordedRequest &) {
        StreamResponse response;
        response.webSocket.messages = inkchat::test::sseDataMessages(
            body(u"openai-responses"_s, u"multilingual"_s));
        return response;
    });
    const CliResult result = runCli(
        chat(u"openai-responses"_s, server.url(u"/v1"_s), {u"--transport"_s, u"websocket"_s}));

    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, reply(u"openai-responses"_s, u"multilingual"_s) + '\n');
    EXPECT_TRUE(result.err.contains("inkchat-cli: connecting (websocket)")) << describe(result);
    ASSERT_EQ(server.requests().size(), 1);
    const RecordedRequest &upgrade = server.requests().first();
    EXPECT_TRUE(upgrade.isWebSocketUpgrade());
    EXPECT_EQ(upgrade.header("Authorization"), "Bearer " + kFakeKey);
    ASSERT_EQ(upgrade.webSocketMessages.size(), 1);
    EXPECT_TRUE(upgrade.webSocketMessages.first().contains("\"type\":\"response.create\""));
    EXPECT_FALSE(upgrade.webSocketMessages.first().contains("\"stream\""));
}

TEST(CliLadder, EndsAWebSocketReplyOnResponseCompletedThoughTheServerKeepsTheSocketOpen)
{
    StreamServer server;
    server.setResponder([](const RecordedRequest &) {
        StreamResponse response;
        response.webSocket.messages = inkchat::test::sseDataMessages(
            body(u"openai-responses"_s, u"multilingual"_s));
        response.webSocket.closeAtEnd = false; // OpenAI's WebSocket mode waits for the next turn
        return response;
    });
    QSignalSpy closed(&server, &StreamServer::webSocketClosedByClient);
    // The idle timeout is longer than the test waits: only the end event can end the reply.
    const CliResult result = runCli(chat(u"openai-responses"_s, server.url(u"/v1"_s),
                                         {u"--transport"_s, u"websocket"_s, u"--idle-timeout"_s, u"600"_s}));

    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, reply(u"openai-responses"_s, u"multilingual"_s) + '\n');
    ASSERT_TRUE(closed.count() > 0 || closed.wait(kWaitMs)) << "inkchat-cli left without closing the socket";
    EXPECT_EQ(server.requests().first().clientCloseCode, 1000);
}

TEST(CliLadder, FallsBackToSseWhenTheWebSocketIsRefusedAndSaysSo)
{
    StreamServer server;
    server.setResponder(refusingWebSockets);
    const CliResult result = runCli(chat(u"openai-responses"_s, server.url(u"/v1"_s)));

    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, reply(u"openai-responses"_s, u"multilingual"_s) + '\n');
    EXPECT_TRUE(result.err.contains("inkchat-cli: fell back to sse: ")) << describe(result);
    EXPECT_TRUE(result.err.contains("HTTP 403")) << describe(result);
    EXPECT_TRUE(errorLines(result).isEmpty()) << describe(result);
}

TEST(CliLadder, ResumesADroppedStreamWithoutRepeatingOrLosingText)
{
    QByteArray text;
    const QByteArray events = numberedEvents(30, &text);
    StreamServer server;
    // Three connections break off mid-event; the fourth serves the rest.
    server.setResponder(inkchat::test::resumableSseResponder(events, {100, 150, 170}));
    const CliResult result = runCli(chat(u"sse"_s, server.url(u"/events"_s)));

    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, text + '\n');
    EXPECT_EQ(result.err.count("inkchat-cli: reconnecting (attempt 1, in "), 3) << describe(result);
    ASSERT_EQ(server.requests().size(), 4);
    EXPECT_FALSE(server.requests().at(1).header("Last-Event-ID").isEmpty());
}

TEST(CliLadder, RejectsAnUnknownOrUnsupportedTransportAndABadRetryCount)
{
    const QUrl url(u"http://127.0.0.1:9/v1"_s);
    for (const QStringList &extra :
         {QStringList{u"--transport"_s, u"carrier-pigeon"_s}, QStringList{u"--max-retries"_s, u"-1"_s},
          QStringList{u"--max-retries"_s, u"many"_s}}) {
        const CliResult result = runCli(chat(u"openai"_s, url, extra));
        EXPECT_EQ(result.exitCode, 2) << describe(result);
    }
    // Chat Completions has no WebSocket mode; the message lists what it has.
    const CliResult result = runCli(chat(u"openai"_s, url, {u"--transport"_s, u"websocket"_s}));
    EXPECT_EQ(result.exitCode, 2) << describe(result);
    EXPECT_TRUE(result.err.contains("auto, reset, sse, json")) << describe(result);
}

TEST(CliLadder, UsesTheSingleResponseWhenAskedTo)
{
    StreamServer server;
    StreamResponse response;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    response.body = inkchat::test::readData(u"providers/anthropic/single.json"_s);
    server.setResponse(response);
    const CliResult result = runCli(chat(u"anthropic"_s, server.url(), {u"--transport"_s, u"json"_s}));

    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, reply(u"anthropic"_s, u"single"_s) + '\n');
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_TRUE(server.requests().first().body.contains("\"stream\":false"));
}

// --- behind a real nginx -------------------------------------------------------

namespace {

constexpr int kSlowWords = 25;

/// The text of slowStream().
QByteArray slowText()
{
    QByteArray text;
    for (int i = 1; i <= kSlowWords; ++i)
        text += "Wort" + QByteArray::number(i) + (i < kSlowWords ? " " : ".");
    return text;
}

/// An OpenAI stream of 25 words written slowly, as a model does, without
/// chunked framing: nginx forwards chunked bodies chunk by chunk even with
/// buffering on, but holds back a body that just flows until the close.
StreamResponse slowStream(int delayMs = 120)
{
    StreamResponse response;
    for (const QByteArray &word : slowText().split(' ')) {
        const QByteArray piece = word.endsWith('.') ? word : word + ' ';
        response.body += R"(data: {"choices":[{"index":0,"delta":{"content":")" + piece + "\"}}]}\n\n";
    }
    response.body += R"(data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"
                     "\n\ndata: [DONE]\n\n";
    response.framing = StreamResponse::Framing::ConnectionClose;
    response.chunking = StreamResponse::Chunking::Random;
    response.maxChunkSize = int(response.body.size() / kSlowWords) + 1;
    response.delayMs = delayMs; // 120: about 3 s in all, long enough to tell a burst from a stream
    return response;
}

StreamResponse singleJson()
{
    StreamResponse response;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    response.body = inkchat::test::readData(u"providers/openai/single.json"_s);
    return response;
}

} // namespace

TEST(CliLadder, NamesABufferingNginxOnceAndDemotesSseOnlyOnTheSecondBufferedReply)
{
    if (!NginxProxy::isAvailable())
        GTEST_SKIP() << "nginx is not installed";
    StreamServer upstream;
    upstream.setResponder([](const RecordedRequest &request) {
        return request.body.contains("\"stream\":true") ? slowStream(20) : singleJson();
    });
    NginxProxy proxy(upstream.url(), NginxProxy::Buffering::On);
    ASSERT_TRUE(proxy.start()) << qPrintable(proxy.errorLog());

    // The whole reply (under 4 KiB) comes when it ends: buffered.
    const CliResult first = runCli(chat(u"openai"_s, proxy.url(u"/v1"_s)));
    EXPECT_EQ(first.exitCode, 0) << describe(first);
    EXPECT_EQ(first.out, slowText() + '\n'); // nothing lost
    EXPECT_EQ(first.err.count("proxy_buffering off"), 1) << describe(first);
    EXPECT_FALSE(first.err.contains("blocked")) << "one buffered reply may be chance: " << describe(first);

    const CliResult second = runCli(chat(u"openai"_s, proxy.url(u"/v1"_s)));
    EXPECT_EQ(second.exitCode, 0) << describe(second);
    EXPECT_EQ(second.out, slowText() + '\n');
    EXPECT_TRUE(second.err.contains("inkchat-cli: connecting (sse)")) << describe(second);
    EXPECT_FALSE(second.err.contains("proxy_buffering")) << "said once per endpoint: " << describe(second);
    EXPECT_TRUE(second.err.contains("sse is blocked on the way to this server: a proxy buffered two streamed "
                                    "replies in a row; the next reply tries it again"))
        << describe(second);
    ASSERT_EQ(upstream.requests().size(), 2);
    EXPECT_TRUE(upstream.requests().at(1).body.contains("\"stream\":true"));
}

namespace {

/// An OpenAI Chat Completions chunk the size the real API sends (id,
/// model, fingerprint, logprobs: some 270 bytes for one word).
QByteArray openAiSizedChunk(const QByteArray &piece)
{
    return R"(data: {"id":"chatcmpl-AbCdEfGhIjKlMnOpQrStUvWxYz012","object":"chat.completion.chunk",)"
           R"("created":1733400000,"model":"gpt-4o-2024-08-06","system_fingerprint":"fp_0123456789",)"
           R"("choices":[{"index":0,"delta":{"content":")"
           + piece
           + R"("},"logprobs":null,"finish_reason":null}]})"
             "\n\n";
}

} // namespace

TEST(CliLadder, LosesNothingWhenNginxBuffersAThinkingPauseLongerThanTheIdleTimeout)
{
    if (!NginxProxy::isAvailable())
        GTEST_SKIP() << "nginx is not installed";
    // 48 words a model writes one per 40 ms, then it thinks for 3 s with a
    // heartbeat every 300 ms, then 20 more words. nginx's default buffering
    // passes 4 KiB bursts on, and holds the heartbeats back with the rest.
    QByteArray text;
    StreamResponse response;
    response.framing = StreamResponse::Framing::ConnectionClose; // a body that flows; nginx buffers it
    response.delayMs = 40;
    const auto word = [&](int i) {
        const QByteArray piece = "w" + QByteArray::number(i) + ' ';
        text += piece;
        response.body += openAiSizedChunk(piece);
        response.pauses.append({response.body.size(), response.delayMs});
    };
    for (int i = 1; i <= 48; ++i)
        word(i);
    for (int beat = 0; beat < 10; ++beat) {
        response.body += ": keep-alive\n\n";
        response.pauses.append({response.body.size(), 300});
    }
    for (int i = 49; i <= 68; ++i)
        word(i);
    response.body += R"(data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"
                     "\n\ndata: [DONE]\n\n";
    StreamServer upstream;
    upstream.setResponse(response);
    NginxProxy proxy(upstream.url(), NginxProxy::Buffering::On);
    ASSERT_TRUE(proxy.start()) << qPrintable(proxy.errorLog());

    const CliResult result = runCli(chat(u"openai"_s, proxy.url(u"/v1"_s), {u"--idle-timeout"_s, u"2"_s}));
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, text + '\n') << "not a character lost or repeated";
    EXPECT_EQ(result.err.count("proxy_buffering off"), 1) << describe(result);
    EXPECT_FALSE(result.err.contains("reconnecting")) << describe(result);
    EXPECT_EQ(upstream.requests().size(), 1) << describe(result);
}

TEST(CliLadder, SaysWhyAReplyGoesWithoutARungAndForgetsItOnReset)
{
    StreamServer server;
    server.setResponder(refusingWebSockets);
    QList<CliResult> runs;
    for (const QString &transport : {u"auto"_s, u"auto"_s, u"auto"_s, u"reset"_s}) {
        runs.append(runCli(chat(u"openai-responses"_s, server.url(u"/v1"_s),
                                {u"--transport"_s, transport, u"--no-store"_s})));
        EXPECT_EQ(runs.last().exitCode, 0) << describe(runs.last());
        EXPECT_EQ(runs.last().out, reply(u"openai-responses"_s, u"multilingual"_s) + '\n');
    }
    const QByteArray blocked =
        "websocket is blocked on the way to this server: the WebSocket upgrade was refused or "
        "swallowed; ";
    EXPECT_TRUE(runs.at(0).err.contains(QByteArray(blocked + "the next reply tries it again")))
        << describe(runs.at(0));
    EXPECT_TRUE(runs.at(1).err.contains(QByteArray(blocked + "the reply after the next tries it again")))
        << describe(runs.at(1));
    EXPECT_TRUE(
        runs.at(2).err.contains("not using websocket for this reply: the WebSocket upgrade was refused or "
                                "swallowed (since "))
        << describe(runs.at(2));
    EXPECT_TRUE(runs.at(2).err.contains("inkchat-cli chat --transport reset")) << describe(runs.at(2));
    EXPECT_TRUE(runs.at(3).err.contains("forgot which ways of connecting")) << describe(runs.at(3));

    // Upgrades asked for: the first two replies probe, the third goes
    // without, the reset one probes again.
    int upgradeCount = 0;
    for (const RecordedRequest &request : server.requests())
        upgradeCount += request.isWebSocketUpgrade() ? 1 : 0;
    EXPECT_EQ(upgradeCount, 3);
    EXPECT_EQ(server.requests().size(), 7);
}

TEST(CliLadder, StreamsLiveThroughNginxWithBufferingOff)
{
    if (!NginxProxy::isAvailable())
        GTEST_SKIP() << "nginx is not installed";
    StreamServer upstream;
    upstream.setResponse(slowStream());
    NginxProxy proxy(upstream.url(), NginxProxy::Buffering::Off);
    ASSERT_TRUE(proxy.start()) << qPrintable(proxy.errorLog());

    for (int run = 0; run < 2; ++run) {
        const CliResult result = runCli(chat(u"openai"_s, proxy.url(u"/v1"_s)));
        EXPECT_EQ(result.exitCode, 0) << describe(result);
        EXPECT_EQ(result.out, slowText() + '\n');
        EXPECT_FALSE(result.err.contains("buffering")) << describe(result);
        EXPECT_TRUE(result.err.contains("inkchat-cli: connecting (sse)")) << describe(result);
    }
}

TEST(CliLadder, TakesALargeDeltaInTinySegmentsForProgressNotForSilence)
{
    // One 64 KiB delta written a byte at a time, with a pause of 250 ms
    // after every 6 KiB: no event completes for more than 2.5 s, longer
    // than the 2 s progress timeout, yet every byte is the reply arriving
    // (issue 15, point 6). No gap comes near the timeout, so a loaded
    // machine (the ASan suite) has 1.75 s to spare between two bytes.
    const QByteArray delta(64 * 1024, 'x');
    StreamServer server;
    StreamResponse response;
    const QByteArray head = R"(data: {"choices":[{"index":0,"delta":{"content":")";
    response.body = head + delta
                    + "\"}}]}\n\n"
                      R"(data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"
                      "\n\ndata: [DONE]\n\n";
    response.chunking = StreamResponse::Chunking::OneByte;
    for (int pause = 1; pause <= 10; ++pause)
        response.pauses.append({head.size() + pause * 6 * 1024, 250});
    response.framing = StreamResponse::Framing::ConnectionClose; // raw bytes, as the TCP segments were
    server.setResponse(response);
    const CliResult result = runCli(
        chat(u"openai"_s, server.url(u"/v1"_s),
             {u"--progress-timeout"_s, u"2"_s, u"--idle-timeout"_s, u"10"_s, u"--no-store"_s}));
    EXPECT_EQ(result.exitCode, 0) << describe(result).substr(0, 2000);
    EXPECT_EQ(result.out.size(), delta.size() + 1);
    EXPECT_FALSE(result.err.contains("no part of the reply")) << result.err.toStdString();
}
