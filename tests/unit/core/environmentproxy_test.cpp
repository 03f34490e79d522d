#include "transport/environmentproxy.h"

#include <QNetworkProxy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::transport::EnvironmentProxyFactory;

namespace {

/// What a request to `url` goes through with these variables, as "http://host:port" or "".
QString proxyFor(const QList<std::pair<QString, QString>> &variables, const QString &url)
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    EnvironmentProxyFactory factory(environment);
    const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
    return proxies.isEmpty() ? QString() : EnvironmentProxyFactory::describeProxy(proxies.first());
}

} // namespace

TEST(EnvironmentProxy, ReadsTheVariablesCurlReads)
{
    EXPECT_EQ(proxyFor({{u"http_proxy"_s, u"http://10.0.0.1:3128"_s}}, u"http://api.example.com/v1"_s),
              u"http://10.0.0.1:3128"_s);
    EXPECT_EQ(proxyFor({{u"HTTPS_PROXY"_s, u"10.0.0.2:8080"_s}}, u"https://api.example.com/v1"_s),
              u"http://10.0.0.2:8080"_s)
        << "no scheme: an HTTP proxy";
    EXPECT_EQ(proxyFor({{u"https_proxy"_s, u"http://10.0.0.2:8080"_s}}, u"wss://api.example.com/v1"_s),
              u"http://10.0.0.2:8080"_s)
        << "a secure WebSocket goes where https goes";
    EXPECT_EQ(proxyFor({{u"all_proxy"_s, u"socks5h://10.0.0.3:1080"_s}}, u"https://api.example.com/v1"_s),
              u"socks5://10.0.0.3:1080"_s);
    EXPECT_EQ(proxyFor({{u"ALL_PROXY"_s, u"http://10.0.0.4:3128"_s}}, u"http://api.example.com/v1"_s),
              u"http://10.0.0.4:3128"_s);
    EXPECT_EQ(
        proxyFor({{u"https_proxy"_s, u"http://10.0.0.2:8080"_s}, {u"all_proxy"_s, u"http://10.0.0.4:3128"_s}},
                 u"https://api.example.com/v1"_s),
        u"http://10.0.0.2:8080"_s)
        << "the scheme's own variable first";
}

TEST(EnvironmentProxy, GoesDirectWhereNoProxySays)
{
    const QList<std::pair<QString, QString>> base = {{u"all_proxy"_s, u"http://10.0.0.4:3128"_s},
                                                     {u"no_proxy"_s, u"localhost, .corp.example,10.1.2.3"_s}};
    EXPECT_EQ(proxyFor(base, u"http://localhost:11434"_s), QString());
    EXPECT_EQ(proxyFor(base, u"https://llm.corp.example/v1"_s), QString());
    EXPECT_EQ(proxyFor(base, u"https://corp.example/v1"_s), QString());
    EXPECT_EQ(proxyFor(base, u"http://10.1.2.3:8000/v1"_s), QString());
    EXPECT_EQ(proxyFor(base, u"https://notcorp.example/v1"_s), u"http://10.0.0.4:3128"_s);
    EXPECT_EQ(proxyFor({{u"all_proxy"_s, u"http://10.0.0.4:3128"_s}, {u"NO_PROXY"_s, u"*"_s}},
                       u"https://api.example.com/v1"_s),
              QString());
}
