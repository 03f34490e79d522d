#include "clirun.h"
#include "streamserver.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

// Covers retry, id persistence (and clearing), multi-line data, comments,
// CRLF and CR line ends, an unterminated last event (discarded), JSON escaping.
const QByteArray kEventStream = QByteArrayLiteral(": heartbeat\n"
                                                  "retry: 2500\n"
                                                  "id: 1\n"
                                                  "data: first\n"
                                                  "\n"
                                                  "event: update\r\n"
                                                  "data: {\"a\":1}\r\n"
                                                  "data: line two\r\n"
                                                  "\r\n"
                                                  "retry: soon\n"
                                                  "data: keeps id 1\ttab\n"
                                                  "\n"
                                                  "id\n"
                                                  "data: id cleared\r"
                                                  "\r"
                                                  "data: ünï \"quoted\" \\\n"
                                                  "\n"
                                                  "data: never dispatched\n");

const QByteArray kEventLines = QByteArrayLiteral(
    "{\"retry\":2500}\n"
    "{\"event\":\"message\",\"data\":\"first\",\"id\":\"1\"}\n"
    "{\"event\":\"update\",\"data\":\"{\\\"a\\\":1}\\nline two\",\"id\":\"1\"}\n"
    "{\"event\":\"message\",\"data\":\"keeps id 1\\ttab\",\"id\":\"1\"}\n"
    "{\"event\":\"message\",\"data\":\"id cleared\",\"id\":\"\"}\n"
    "{\"event\":\"message\",\"data\":\"ünï \\\"quoted\\\" \\\\\",\"id\":\"\"}\n");

} // namespace

TEST(CliSseDump, PrintsOneJsonLinePerEventFromAFile)
{
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write(kEventStream);
    file.close();

    const CliResult result = runCli({u"sse-dump"_s, file.fileName()});
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, kEventLines);
    EXPECT_TRUE(result.err.isEmpty()) << describe(result);
}

TEST(CliSseDump, ReadsStdin)
{
    const CliResult result = runCli({u"sse-dump"_s}, kEventStream);
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, kEventLines);
    const CliResult dash = runCli({u"sse-dump"_s, u"-"_s}, kEventStream);
    EXPECT_EQ(dash.out, kEventLines);
}

TEST(CliSseDump, StreamsAUrlFetchedWithGet)
{
    StreamServer server;
    StreamResponse response;
    response.body = kEventStream;
    response.chunking = StreamResponse::Chunking::OneByte;
    server.setResponse(response);

    const CliResult result = runCli({u"sse-dump"_s, u"--url"_s, server.url(u"/events?x=1"_s).toString()});
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, kEventLines);
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().first().method, "GET");
    EXPECT_EQ(server.requests().first().target, "/events?x=1");
    EXPECT_EQ(server.requests().first().header("Accept"), "text/event-stream");
}

TEST(CliSseDump, ReportsAnHttpErrorWithCode4)
{
    StreamServer server;
    StreamResponse response;
    response.status = 503;
    response.reason = "Service Unavailable";
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    response.body = R"({"error":{"message":"try later"}})";
    server.setResponse(response);

    const CliResult result = runCli({u"sse-dump"_s, u"--url"_s, server.url(u"/events"_s).toString()});
    EXPECT_EQ(result.exitCode, 4) << describe(result);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.err.startsWith("inkchat-cli: error: ")) << describe(result);
}

TEST(CliSseDump, PrintsAnEventAsSoonAsItsEndArrivesOnStdin)
{
    QProcess cli;
    cli.start(QStringLiteral(INKCHAT_CLI_PATH), {u"sse-dump"_s});
    QSignalSpy output(&cli, &QProcess::readyReadStandardOutput);
    cli.write("data: first\n\ndata: sec");
    QByteArray out;
    while (!out.contains('\n') && output.wait(kWaitMs))
        out += cli.readAllStandardOutput();
    EXPECT_EQ(out, "{\"event\":\"message\",\"data\":\"first\",\"id\":\"\"}\n");

    QSignalSpy finished(&cli, &QProcess::finished);
    cli.write("ond\n\n");
    cli.closeWriteChannel();
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(cli.readAllStandardOutput(), "{\"event\":\"message\",\"data\":\"second\",\"id\":\"\"}\n");
}

TEST(CliSseDump, WritesManyEventsInFewSystemCalls)
{
    // One write(2) per event cost more than parsing them. A child's write
    // calls count towards its parent's once it has been waited for.
    const auto writeCalls = [] {
        QFile io(u"/proc/self/io"_s);
        if (!io.open(QIODevice::ReadOnly))
            return qint64(-1);
        for (const QByteArray &line : io.readAll().split('\n')) {
            if (line.startsWith("syscw:"))
                return line.mid(6).trimmed().toLongLong();
        }
        return qint64(-1);
    };
    if (writeCalls() < 0)
        GTEST_SKIP() << "no write counts in /proc/self/io here";
    constexpr int kEvents = 20'000;
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    for (int i = 0; i < kEvents; ++i)
        file.write("data: {\"choices\":[{\"delta\":{\"content\":\" word\"}}]}\n\n");
    file.close();

    const qint64 before = writeCalls();
    const CliResult result = runCli({u"sse-dump"_s, file.fileName()});
    const qint64 calls = writeCalls() - before;

    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out.count('\n'), kEvents);
    EXPECT_LE(calls, kEvents / 100) << "write calls for " << kEvents << " events";
}
