// `inkchat-cli chat --provider relay` through a connection to the relay cut
// at random bytes (issue 20): the exact reply, whatever the upstream could
// do: an OpenAI-like server that ignores prefill could never continue a
// reply itself, and when the relay's own connection to it breaks, the new
// answer replaces the partial one for the relay's clients too. A POST cut
// before the relay named the reply is recognised when it is sent again.

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

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QByteArray err;
};

/// `inkchat-cli chat --provider relay` against the relay at `port`, as the device with `token`.
CliRun askThroughRelay(quint16 port, const QByteArray &token, const QStringList &options = {})
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"INKCHAT_RELAY_TOKEN"_s, QString::fromLatin1(token));
    cli.setProcessEnvironment(environment);
    const QStringList arguments = QStringList{u"chat"_s,
                                              u"--provider"_s,
                                              u"relay"_s,
                                              u"--base-url"_s,
                                              u"http://127.0.0.1:%1"_s.arg(port),
                                              u"--api-key-env"_s,
                                              u"INKCHAT_RELAY_TOKEN"_s,
                                              u"--no-store"_s,
                                              u"--max-retries"_s,
                                              u"20"_s}
                                  + options + QStringList{u"Tell me a long story"_s};
    cli.start(QStringLiteral(INKCHAT_CLI_PATH), arguments);
    QSignalSpy finished(&cli, &QProcess::finished);
    if (!finished.wait(kWaitMs))
        ADD_FAILURE() << "inkchat-cli did not finish: " << cli.readAllStandardError().toStdString();
    return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()), cli.readAllStandardError()};
}

/// On the stream rung every connection carries the rest of the reply, so
/// the cuts fall in it when the reply is long enough (a long poll ends by
/// itself with what is new, often before its cut). A connection that
/// stalls after a cut is given up after 3 s of silence, and counted by
/// stallsIn(): a user's client would wait a minute there.
const QStringList kStreamRung = {QStringLiteral("--transport"), QStringLiteral("sse"),
                                 QStringLiteral("--idle-timeout"), QStringLiteral("3")};

/// Connections the CLI gave up because nothing came, though the relay had
/// sent all it had or closed them.
qsizetype stallsIn(const CliRun &cli)
{
    return cli.err.count("no data from the server");
}

QList<qsizetype> randomCuts(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    QList<qsizetype> cuts;
    for (int i = 0; i < count; ++i)
        cuts.append(random.bounded(1, 400));
    return cuts;
}

} // namespace

TEST(RelayClient, CliReadsTheExactReplyThroughTenRandomCuts)
{
    QTemporaryDir dir;
    StreamServer upstream;
    QStringList pieces;
    // Long enough for all ten cuts (at most 400 bytes each) to fall in it.
    for (int i = 1; i <= 300; ++i)
        pieces.append(u"word%1 "_s.arg(i) + (i % 17 == 0 ? u"\n\n"_s : QString()));
    pieces.append(u"Grüße 🙂 漢字."_s);
    upstream.setResponse(pacedReply(pieces, 2));
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s), {u"--retry"_s, u"0.01"_s});
    ASSERT_TRUE(relay.isRunning());
    const QByteArray token = relay.pair(u"cli"_s);
    CuttingProxy proxy(relay.port(), randomCuts(20, 10));

    const CliRun cli = askThroughRelay(proxy.port(), token, kStreamRung);
    EXPECT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    EXPECT_EQ(cli.out, pieces.join(QString()) + u'\n') << cli.err.toStdString();
    EXPECT_EQ(proxy.cutsMade(), 10) << cli.err.toStdString() << proxy.log().toStdString();
    EXPECT_EQ(proxy.streams(), 11) << proxy.log().toStdString();
    EXPECT_EQ(stallsIn(cli), 0) << cli.err.toStdString();
    // Every cut was picked up at the relay: the upstream was asked once.
    EXPECT_EQ(upstream.requests().size(), 1) << cli.err.toStdString();
    EXPECT_FALSE(cli.err.contains(token));
}

TEST(RelayClient, APostCutAfterTheRelayTookItIsNotAskedUpstreamAgain)
{
    QTemporaryDir dir;
    StreamServer upstream;
    const QStringList pieces = numberedPieces(60);
    upstream.setResponse(pacedReply(pieces, 2));
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s), {u"--retry"_s, u"0.01"_s});
    ASSERT_TRUE(relay.isRunning());
    const QByteArray token = relay.pair(u"cli"_s);
    // The first answer breaks after its first byte: the relay has started
    // the reply, the client never learned which one it is.
    CuttingProxy proxy(relay.port(), QList<qsizetype>{1});

    const CliRun cli = askThroughRelay(proxy.port(), token);
    EXPECT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    EXPECT_EQ(cli.out, pieces.join(QString()) + u'\n') << cli.err.toStdString();
    EXPECT_EQ(proxy.cutsMade(), 1);
    // It was asked again (Qt may open a connection more than it uses)...
    EXPECT_TRUE(cli.err.contains("reconnecting")) << cli.err.toStdString();
    EXPECT_GE(proxy.connections(), 2);
    // ... and the relay knew the request: the upstream was asked once.
    EXPECT_EQ(upstream.requests().size(), 1) << cli.err.toStdString() << relay.output().toStdString();
}

TEST(RelayClient, AnUpstreamThatCannotContinueReplacesTheReplyThroughTenRandomCuts)
{
    QTemporaryDir dir;
    StreamServer upstream;
    const QStringList first = numberedPieces(40);
    // Long enough for all ten cuts (at most 400 bytes each) to fall in it,
    // however fast the relay stores it.
    QStringList second;
    for (int i = 1; i <= 300; ++i)
        second.append(u"new%1 "_s.arg(i));
    const QString secondText = second.join(QString());
    int asked = 0;
    upstream.setResponder([&](const RecordedRequest &) {
        StreamResponse response = pacedReply(++asked == 1 ? first : second, 2);
        if (asked == 1)
            response.cutAfterBytes = response.body.size() / 2; // the relay's own connection breaks
        return response;
    });
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s), {u"--retry"_s, u"0.01"_s},
                       RelayProcess::Upstream::IgnoresPrefill);
    ASSERT_TRUE(relay.isRunning());
    const QByteArray token = relay.pair(u"cli"_s);
    CuttingProxy proxy(relay.port(), randomCuts(15, 10));

    const CliRun cli = askThroughRelay(proxy.port(), token, kStreamRung);
    EXPECT_EQ(cli.exitCode, 0) << cli.err.toStdString() << relay.output().toStdString();
    // What was printed cannot be taken back: the new answer follows on a
    // line of its own, whole, after a part of the first; never joined to it.
    ASSERT_TRUE(cli.out.endsWith(u'\n' + secondText + u'\n')) << cli.out.toStdString();
    const QString partial = cli.out.chopped(secondText.size() + 2);
    EXPECT_FALSE(partial.isEmpty());
    EXPECT_TRUE(first.join(QString()).startsWith(partial)) << partial.toStdString();
    EXPECT_TRUE(cli.err.contains("answers again from the start")) << cli.err.toStdString();
    EXPECT_EQ(proxy.cutsMade(), 10) << cli.err.toStdString() << proxy.log().toStdString();
    EXPECT_EQ(stallsIn(cli), 0) << cli.err.toStdString();
    // Asked once, cut, asked again from the start (the upstream cannot continue).
    EXPECT_EQ(upstream.requests().size(), 2);
}

TEST(RelayClient, ACutJustAfterAnEventNeverStallsTheCli)
{
    QTemporaryDir dir;
    StreamServer upstream;
    const QStringList pieces = numberedPieces(200);
    upstream.setResponse(pacedReply(pieces, 2));
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s), {u"--retry"_s, u"0.01"_s});
    ASSERT_TRUE(relay.isRunning());
    const QByteArray token = relay.pair(u"cli"_s);
    // Where a chunked body would carry the next chunk's size line ("2A" of
    // "\r\n2A\r\n"): Qt 6.4 cut there neither failed nor finished the
    // reply, and the CLI waited for data that could never come.
    QList<CuttingProxy::Cut> cuts;
    for (int i = 0; i < 10; ++i)
        cuts.append({4 + i % 2, 6});
    CuttingProxy proxy(relay.port(), cuts);

    const CliRun cli = askThroughRelay(proxy.port(), token, kStreamRung);
    EXPECT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    EXPECT_EQ(cli.out, pieces.join(QString()) + u'\n') << cli.err.toStdString();
    EXPECT_EQ(proxy.cutsMade(), 10) << proxy.log().toStdString();
    EXPECT_EQ(stallsIn(cli), 0) << cli.err.toStdString();
    EXPECT_EQ(upstream.requests().size(), 1);
}
