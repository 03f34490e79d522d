// TLS: certificates are always verified, and a self-hosted endpoint whose
// certificate a private CA signed is reached by trusting that CA with
// --ca-file, never by turning verification off.

#include "clirun.h"
#include "fixtures.h"
#include "ssescript.h"
#include "streamserver.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::test::openAiChatBody;
using inkchat::test::sseResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

QStringList chatArguments(const StreamServer &server, const QStringList &extra = {})
{
    return QStringList{u"chat"_s,
                       u"--provider"_s,
                       u"openai"_s,
                       u"--base-url"_s,
                       server.url(u"/v1"_s).toString(),
                       u"--model"_s,
                       u"test-model"_s,
                       u"--api-key-env"_s,
                       kKeyVariable,
                       u"--transport"_s,
                       u"sse"_s,
                       u"--max-retries"_s,
                       u"0"_s,
                       u"--no-store"_s}
           + extra + QStringList{u"Hallo"_s};
}

class CliTls : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.isListening());
        ASSERT_EQ(server.url().scheme(), u"https"_s);
        server.setResponse(sseResponse(openAiChatBody({u"Über TLS"_s})));
    }

    StreamServer server{inkchat::test::loopbackServerTls()};
};

} // namespace

TEST_F(CliTls, RefusesACertificateNoTrustedAuthoritySigned)
{
    const CliResult result = runCli(chatArguments(server));
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    EXPECT_TRUE(result.out.isEmpty()) << describe(result);
    ASSERT_EQ(errorLines(result).size(), 1) << describe(result);
    EXPECT_TRUE(errorLines(result).first().startsWith("inkchat-cli: error: secure connection to 127.0.0.1:"))
        << describe(result);
    EXPECT_TRUE(server.requests().isEmpty()) << "nothing may be sent over an unverified connection";
}

TEST_F(CliTls, TrustsTheAuthorityInTheCaFile)
{
    const CliResult result = runCli(chatArguments(server, {u"--ca-file"_s, inkchat::test::testCaFile()}));
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, "Über TLS\n") << describe(result);
    ASSERT_EQ(server.requests().size(), 1);
}

TEST_F(CliTls, ACaFileDoesNotMakeAnyOtherCertificateTrusted)
{
    // The server's own certificate is not an authority: trusting it as one
    // must not turn verification off for the chain it ends.
    const CliResult result = runCli(
        chatArguments(server, {u"--ca-file"_s, inkchat::test::dataPath(u"tls/server.pem"_s)}));
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(CliTls, AnUnreadableOrEmptyCaFileIsAUsageErrorBeforeAnythingIsSent)
{
    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    const QString notPem = scratch.filePath(u"not-a-ca.txt"_s);
    QFile file(notPem);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("just text\n");
    file.close();

    const CliResult missing = runCli(
        chatArguments(server, {u"--ca-file"_s, scratch.filePath(u"missing.pem"_s)}));
    EXPECT_EQ(missing.exitCode, 2) << describe(missing);
    EXPECT_TRUE(missing.err.contains("can't read the CA file")) << describe(missing);

    const CliResult empty = runCli(chatArguments(server, {u"--ca-file"_s, notPem}));
    EXPECT_EQ(empty.exitCode, 2) << describe(empty);
    EXPECT_TRUE(empty.err.contains("holds no PEM certificate")) << describe(empty);
    EXPECT_TRUE(server.requests().isEmpty());
}
