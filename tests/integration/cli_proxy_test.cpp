// inkchat-cli behind proxies from the environment, as curl reads them
// (issue 15, point 8): a proxy that is down is named, all_proxy is honoured.

#include "clirun.h"
#include "ssescript.h"
#include "streamserver.h"

#include <QTcpServer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

QStringList chatVia(const QString &baseUrl)
{
    return {u"chat"_s,          u"--provider"_s, u"openai"_s,     u"--base-url"_s,    baseUrl,
            u"--model"_s,       u"m"_s,          u"--no-store"_s, u"--max-retries"_s, u"0"_s,
            u"--api-key-env"_s, kKeyVariable,    u"Hallo"_s};
}

/// A port nobody listens on (taken and given back).
quint16 closedPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 9;
}

} // namespace

TEST(CliProxy, NamesTheProxyThatIsDown)
{
    const QString proxy = u"http://127.0.0.1:%1"_s.arg(closedPort());
    CliLaunch launch;
    launch.environment = {{u"http_proxy"_s, proxy}};
    const CliResult result = CliRun(chatVia(u"http://api.example.com/v1"_s), {}, true, launch).wait();
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    EXPECT_TRUE(result.err.contains(
        QByteArray(QByteArray("cannot reach api.example.com through the proxy ") + proxy.toUtf8())))
        << describe(result);
}

TEST(CliProxy, HonoursAllProxyLikeCurl)
{
    StreamServer proxy; // plays the proxy and the provider behind it
    proxy.setResponse(
        inkchat::test::sseResponse(inkchat::test::openAiChatBody({u"Über"_s, u" den"_s, u" Proxy."_s})));
    CliLaunch launch;
    launch.environment = {{u"all_proxy"_s, u"http://127.0.0.1:%1"_s.arg(proxy.port())}};
    const CliResult result = CliRun(chatVia(u"http://api.example.com/v1"_s), {}, true, launch).wait();
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, "Über den Proxy.\n");
    ASSERT_EQ(proxy.requests().size(), 1);
    EXPECT_EQ(proxy.requests().first().target, "http://api.example.com/v1/chat/completions");
}
