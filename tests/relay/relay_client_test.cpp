// `inkchat-cli chat --provider relay` through a connection to the relay cut
// ten times at random bytes (issue 20): the exact reply, whatever the
// upstream could do (here an OpenAI-like server that ignores prefill and so
// could never continue a reply itself).

#include "cuttingproxy.h"
#include "relaytestsupport.h"

#include "signalwait.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::test;
using namespace inkchat::test::relay;

TEST(RelayClient, CliReadsTheExactReplyThroughTenRandomCuts)
{
    QTemporaryDir dir;
    StreamServer upstream;
    QStringList pieces;
    for (int i = 1; i <= 120; ++i)
        pieces.append(u"word%1 "_s.arg(i) + (i % 17 == 0 ? u"\n\n"_s : QString()));
    pieces.append(u"Grüße 🙂 漢字."_s);
    upstream.setResponse(pacedReply(pieces, 2));
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s), {u"--retry"_s, u"0.01"_s});
    ASSERT_TRUE(relay.isRunning());
    const QByteArray token = relay.pair(u"cli"_s);

    QRandomGenerator random(20);
    QList<qsizetype> cuts;
    for (int i = 0; i < 10; ++i)
        cuts.append(random.bounded(1, 400));
    CuttingProxy proxy(relay.port(), cuts);

    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"INKCHAT_RELAY_TOKEN"_s, QString::fromLatin1(token));
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(INKCHAT_CLI_PATH),
              {u"chat"_s, u"--provider"_s, u"relay"_s, u"--base-url"_s,
               u"http://127.0.0.1:%1"_s.arg(proxy.port()), u"--api-key-env"_s, u"INKCHAT_RELAY_TOKEN"_s,
               u"--no-store"_s, u"--max-retries"_s, u"20"_s, u"Tell me a long story"_s});
    QSignalSpy finished(&cli, &QProcess::finished);
    ASSERT_TRUE(finished.wait(kWaitMs));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    EXPECT_EQ(cli.exitCode(), 0) << err.toStdString();
    EXPECT_EQ(QString::fromUtf8(out), pieces.join(QString()) + u'\n') << err.toStdString();
    EXPECT_EQ(proxy.cutsMade(), 10);
    EXPECT_GT(proxy.connections(), 10);
    // Every cut was picked up at the relay: the upstream was asked once.
    EXPECT_EQ(upstream.requests().size(), 1) << err.toStdString();
    EXPECT_FALSE(err.contains(token));
}
