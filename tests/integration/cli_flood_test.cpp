// inkchat-cli against a server that floods it: memory stays bounded
// whatever arrives, measured as the child's peak resident set (getrusage
// RUSAGE_CHILDREN: the highest peak of the children waited for, so an
// upper bound for the one each test starts; ctest runs each test in a
// process of its own). A watchdog kills a child past 1 GiB, so a
// regression fails the test instead of the machine.

#include "clirun.h"
#include "fastflood.h"
#include "floods.h"
#include "streamserver.h"

#include <QFile>
#include <QTimer>

#include <gtest/gtest.h>

#include <sys/resource.h>

#include <iostream>
#include <limits>

using namespace Qt::StringLiterals;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test;
using namespace inkchat::test::cli;

namespace {

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer's shadow memory and quarantine are most of a child's
// memory; a flood that is held grows past any of these bounds all the same.
constexpr qint64 kPeakLimit = 400 * 1024 * 1024;
#else
// What the issue asks. The CLI alone is ~26 MiB; Qt's network thread reads
// what the kernel has queued for the socket in one go (at most tcp_rmem's
// maximum, 32 MiB on the CI machines) and copies it once.
constexpr qint64 kPeakLimit = 100 * 1024 * 1024;
#endif
constexpr qint64 kKillAt = 1024 * 1024 * 1024;

qint64 childrenPeakRss()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_maxrss) * 1024; // Linux reports KiB
}

/// The child's resident set now, from /proc (0 once it is gone).
qint64 residentBytes(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

/// Runs the CLI against `server`, prints and returns its result; the peak
/// is checked by the caller.
CliResult runFlooded(const QStringList &arguments, const char *what)
{
    CliRun run(arguments);
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, [&run] {
        if (residentBytes(run.process().processId()) > kKillAt)
            run.process().kill();
    });
    watchdog.start(100);
    CliResult result = run.wait();
    std::cout << "[ figures  ] " << what << ": peak RSS " << childrenPeakRss() / 1024 << " KiB" << std::endl;
    return result;
}

QStringList chatArguments(const QUrl &baseUrl, const QString &transport, const QStringList &extra = {})
{
    return QStringList{u"chat"_s,          u"--provider"_s, u"openai"_s,      u"--base-url"_s,
                       baseUrl.toString(), u"--model"_s,    u"m"_s,           u"--api-key-env"_s,
                       kKeyVariable,       u"--no-store"_s, u"--transport"_s, transport,
                       u"--max-retries"_s, u"0"_s}
           + extra + QStringList{u"hi"_s};
}

} // namespace

TEST(CliFlood, HalfAGibibyteOfSseCommentsKeepsMemoryBounded)
{
    constexpr qint64 kFlood = 512 * 1024 * 1024;
    StreamServer server;
    StreamResponse response;
    response.generatedBody = floods::sseComments(kFlood);
    server.setResponse(response);

    const CliResult result = runFlooded(chatArguments(server.url(u"/v1"_s), u"sse"_s),
                                        "512 MiB of SSE comments");
    // Every byte was read (the end of the stream was seen), and none of it
    // was a reply.
    EXPECT_EQ(result.exitCode, 5) << describe(result);
    EXPECT_TRUE(result.err.contains("the stream ended before the provider said it was complete"))
        << describe(result);
    EXPECT_LT(childrenPeakRss(), kPeakLimit);
}

// From a thread of its own the flood follows the request at once, faster
// than StreamServer can send it. With the read buffer limit set only as the
// request had been sent, Qt's network thread held up to 350 MiB of such a
// flood at once (peaks of 36 to 350 MiB; one run in three to five above
// 100 MiB, so a regression fails this test often, not always).
TEST(CliFlood, AFloodAtFullSpeedRightAfterTheRequestKeepsMemoryBounded)
{
    QByteArray lines;
    for (int i = 0; i < 256; ++i)
        lines += ": " + QByteArray(1021, 'x') + "\n";
    for (int run = 0; run < 3; ++run) {
        SCOPED_TRACE(run);
        FastFlood server("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n",
                         lines, qint64(512) * 1024 * 1024);
        const CliResult result = runFlooded(chatArguments(server.url(u"/v1"_s), u"sse"_s),
                                            "512 MiB of SSE comments at full speed");
        EXPECT_EQ(result.exitCode, 5) << describe(result);
        EXPECT_LT(childrenPeakRss(), kPeakLimit);
    }
}

TEST(CliFlood, AHalfGibibyteWebSocketMessageIsRefusedAtItsHeader)
{
    for (const qint64 frame : {qint64(512) * 1024 * 1024, qint64(1024) * 1024}) {
        SCOPED_TRACE(frame);
        StreamServer server;
        StreamResponse response;
        response.webSocket.rawFrames = floods::webSocketTextMessage(512 * 1024 * 1024, frame);
        server.setResponse(response);

        const CliResult result = runFlooded(
            {u"chat"_s, u"--provider"_s, u"openai-responses"_s, u"--base-url"_s,
             server.url(u"/v1"_s).toString(), u"--model"_s, u"m"_s, u"--api-key-env"_s, kKeyVariable,
             u"--no-store"_s, u"--transport"_s, u"websocket"_s, u"--max-retries"_s, u"0"_s, u"hi"_s},
            frame > 8 * 1024 * 1024 ? "one 512 MiB WebSocket frame"
                                    : "512 MiB WebSocket message in 1 MiB frames");
        EXPECT_EQ(result.exitCode, 4) << describe(result);
        ASSERT_EQ(errorLines(result).size(), 1) << describe(result);
        EXPECT_TRUE(
            errorLines(result).constFirst().contains("larger than the maximum event size (8388608 bytes)"))
            << describe(result);
        EXPECT_LT(childrenPeakRss(), kPeakLimit);
    }
}

TEST(CliFlood, AGzipBombIsNeitherAskedForNorInflated)
{
    StreamServer server;
    StreamResponse response;
    response.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
    response.generatedBody = floods::gzipSseComments(qint64(2) * 1024 * 1024 * 1024);
    server.setResponse(response);

    const CliResult result = runFlooded(chatArguments(server.url(u"/v1"_s), u"sse"_s), "a 2 GiB gzip bomb");
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().first().header("Accept-Encoding"), "identity");
    EXPECT_EQ(result.exitCode, 4) << describe(result);
    ASSERT_EQ(errorLines(result).size(), 1) << describe(result);
    EXPECT_TRUE(errorLines(result).constFirst().contains("sent a gzip-compressed body")) << describe(result);
    EXPECT_LT(childrenPeakRss(), kPeakLimit);
}

TEST(CliFlood, HeartbeatsForeverEndWithTheProgressDeadline)
{
    StreamServer server;
    StreamResponse response;
    response.generatedBody = floods::sseComments(std::numeric_limits<qint64>::max());
    server.setResponse(response);

    const CliResult result = runFlooded(
        chatArguments(server.url(u"/v1"_s), u"sse"_s, {u"--progress-timeout"_s, u"1"_s}),
        "endless heartbeats");
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    ASSERT_EQ(errorLines(result).size(), 1) << describe(result);
    EXPECT_TRUE(errorLines(result).constFirst().contains("no part of the reply arrived for 1 s"))
        << describe(result);
    EXPECT_LT(childrenPeakRss(), kPeakLimit);
}
