// inkchat-cli behind real proxies (issue 15, point 8): a real squid as the
// forward proxy of a company network, and a real haproxy whose short
// `timeout server` closes a stream while the model thinks.

#include "clirun.h"
#include "haproxy.h"
#include "squidproxy.h"
#include "ssescript.h"
#include "streamserver.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using inkchat::test::Haproxy;
using inkchat::test::SquidProxy;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

constexpr int kWords = 20;

QStringList chat(const QString &providerId, const QUrl &baseUrl, const QStringList &extra = {})
{
    return QStringList{u"chat"_s,    u"--provider"_s, providerId,      u"--base-url"_s,    baseUrl.toString(),
                       u"--model"_s, u"test-model"_s, u"--no-store"_s, u"--api-key-env"_s, kKeyVariable}
           + extra + QStringList{u"Hallo"_s};
}

/// An OpenAI stream of kWords words, 120 ms apart, as a model writes them.
StreamResponse slowOpenAiStream(QByteArray *text)
{
    QStringList pieces;
    for (int i = 1; i <= kWords; ++i)
        pieces.append(u"Wort%1 "_s.arg(i));
    *text = pieces.join(QString()).toUtf8();
    StreamResponse response = inkchat::test::sseResponse(inkchat::test::openAiChatBody(pieces));
    response.chunking = StreamResponse::Chunking::Random;
    response.maxChunkSize = int(response.body.size() / kWords) + 1;
    response.delayMs = 120;
    return response;
}

/// A generic SSE stream of `count` events with ids, ending in [DONE]; the
/// text they carry goes to `text`.
QByteArray numberedEvents(int first, int last, QByteArray *text)
{
    QByteArray events;
    for (int i = first; i <= last; ++i) {
        const QByteArray word = "word" + QByteArray::number(i) + ' ';
        *text += word;
        events += "id: " + QByteArray::number(i) + "\ndata: " + word + "\n\n";
    }
    return events;
}

/// The loopback server as only squid can reach it (see SquidProxy).
QUrl behindSquid(const StreamServer &server)
{
    return QUrl(u"http://%1:%2/v1"_s.arg(QLatin1StringView(SquidProxy::kProviderHost)).arg(server.port()));
}

} // namespace

TEST(CliSquid, StreamsLiveAndWholeThroughSquidAsForwardProxy)
{
    if (!SquidProxy::isAvailable())
        GTEST_SKIP() << "squid is not installed";
    StreamServer server;
    QByteArray text;
    server.setResponse(slowOpenAiStream(&text));
    SquidProxy squid;
    ASSERT_TRUE(squid.start()) << qPrintable(squid.log());

    const CliResult result = runCli(chat(u"openai"_s, behindSquid(server), {u"--proxy"_s, squid.proxyUrl()}));
    EXPECT_EQ(result.exitCode, 0) << describe(result) << qPrintable(squid.log());
    EXPECT_EQ(result.out, text + '\n');
    EXPECT_FALSE(result.err.contains("buffer")) << "squid passes each piece on: " << describe(result);
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_TRUE(server.requests().first().header("Via").contains("squid")) << "it went through squid";
}

TEST(CliSquid, NamesSquidWhenItIsDown)
{
    if (!SquidProxy::isAvailable())
        GTEST_SKIP() << "squid is not installed";
    StreamServer server; // never reached
    SquidProxy squid;
    ASSERT_TRUE(squid.start()) << qPrintable(squid.log());
    squid.stop();

    // From --proxy, and from the environment as curl reads it.
    CliLaunch viaEnvironment;
    viaEnvironment.environment = {{u"http_proxy"_s, squid.proxyUrl()}};
    for (const CliLaunch &launch : {CliLaunch{}, viaEnvironment}) {
        QStringList extra{u"--max-retries"_s, u"0"_s};
        if (launch.environment.isEmpty())
            extra << u"--proxy"_s << squid.proxyUrl();
        const CliResult result =
            CliRun(chat(u"openai"_s, behindSquid(server), extra), {}, true, launch).wait();
        EXPECT_EQ(result.exitCode, 3) << describe(result);
        const QByteArray named = QByteArray("cannot reach ") + SquidProxy::kProviderHost + ':'
                                 + QByteArray::number(server.port()) + " through the proxy "
                                 + squid.proxyUrl().toUtf8() + ": Connection refused";
        EXPECT_TRUE(result.err.contains(named)) << describe(result);
    }
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST(CliProxyOption, GoesDirectWithNoneWhateverTheEnvironmentSaysAndRefusesWhatIsNoProxy)
{
    // A name nothing resolves: direct, it is not found; through the
    // environment's proxy, the proxy would be named.
    const QUrl unreachable(u"http://%1:9/v1"_s.arg(QLatin1StringView(SquidProxy::kProviderHost)));
    CliLaunch deadProxy;
    deadProxy.environment = {{u"http_proxy"_s, u"http://127.0.0.1:9"_s}};
    const QStringList direct{u"--proxy"_s, u"none"_s, u"--max-retries"_s, u"0"_s};
    const CliResult none = CliRun(chat(u"openai"_s, unreachable, direct), {}, true, deadProxy).wait();
    EXPECT_EQ(none.exitCode, 3) << describe(none);
    EXPECT_TRUE(
        none.err.contains("cannot reach provider.inkchat.test:9: Host provider.inkchat.test not found"))
        << describe(none);
    EXPECT_FALSE(none.err.contains("proxy")) << describe(none);

    const CliResult bad = runCli(chat(u"openai"_s, unreachable, {u"--proxy"_s, u"ftp://proxy:21"_s}));
    EXPECT_EQ(bad.exitCode, 2) << describe(bad);
    EXPECT_TRUE(bad.err.contains("--proxy: unsupported proxy scheme ftp")) << describe(bad);
}

TEST(CliHaproxy, AThinkingPauseWithHeartbeatsSurvivesAShortServerTimeout)
{
    if (!Haproxy::isAvailable())
        GTEST_SKIP() << "haproxy is not installed";
    // 10 words, 3 s of thought with a heartbeat every 300 ms, 10 words:
    // haproxy's `timeout server 1s` never sees a second of silence.
    QByteArray text;
    StreamResponse response;
    response.body = numberedEvents(1, 10, &text);
    for (int beat = 0; beat < 10; ++beat) {
        response.body += ": keep-alive\n\n";
        response.pauses.append({response.body.size(), 300});
    }
    response.body += numberedEvents(11, 20, &text) + "data: [DONE]\n\n";
    StreamServer server;
    server.setResponse(response);
    Haproxy haproxy(server.url(), 1s);
    ASSERT_TRUE(haproxy.start()) << qPrintable(haproxy.launchError());

    const CliResult result = runCli(chat(u"sse"_s, haproxy.url(u"/events"_s)));
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, text + '\n');
    EXPECT_FALSE(result.err.contains("reconnecting")) << describe(result);
    EXPECT_EQ(server.requests().size(), 1);
}

TEST(CliHaproxy, ASilentThinkingPauseCutByHaproxyIsResumedWithoutLosingOrRepeatingText)
{
    if (!Haproxy::isAvailable())
        GTEST_SKIP() << "haproxy is not installed";
    // The first connection thinks for 4 s without a heartbeat after event
    // 10: haproxy closes it after 1 s. The reconnect asks for what follows
    // event 10 (Last-Event-ID) and gets it at once.
    QByteArray text;
    const QByteArray firstHalf = numberedEvents(1, 10, &text);
    const QByteArray events = firstHalf + numberedEvents(11, 20, &text) + "data: [DONE]\n\n";
    StreamServer server;
    server.setResponder(
        inkchat::test::resumableSseResponder(events, [&firstHalf](qsizetype k, StreamResponse &r) {
            if (k == 0)
                r.pauses.append({firstHalf.size(), 4000});
        }));
    Haproxy haproxy(server.url(), 1s);
    ASSERT_TRUE(haproxy.start()) << qPrintable(haproxy.launchError());

    const CliResult result = runCli(chat(u"sse"_s, haproxy.url(u"/events"_s)));
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, text + '\n') << "not a word lost or repeated";
    EXPECT_EQ(result.err.count("inkchat-cli: reconnecting (attempt 1, in "), 1) << describe(result);
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_EQ(server.requests().at(1).header("Last-Event-ID"), "10");
}
