#include "clirun.h"
#include "streamserver.h"

#include <QTemporaryFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

// Covers retry, id persistence (and clearing), multi-line data, comments,
// CRLF and CR line ends, an unterminated last event (discarded), JSON escaping.
const QByteArray kEventStream = QByteArrayLiteral(
    ": heartbeat\n"
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
