#include "environmentproxy.h"

#include "proxysetting.h"

#include <QNetworkProxy>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace inkchat::transport {

EnvironmentProxyFactory::EnvironmentProxyFactory(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
}

QString EnvironmentProxyFactory::variableFor(const QString &scheme) const
{
    const bool secure = scheme == "https"_L1 || scheme == "wss"_L1;
    QStringList names = secure ? QStringList{u"https_proxy"_s, u"HTTPS_PROXY"_s}
                               : QStringList{u"http_proxy"_s};
    names << u"all_proxy"_s << u"ALL_PROXY"_s;
    for (const QString &name : names) {
        const QString value = m_environment.value(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

bool EnvironmentProxyFactory::bypasses(const QString &host) const
{
    QString list = m_environment.value(u"no_proxy"_s);
    if (list.isEmpty())
        list = m_environment.value(u"NO_PROXY"_s);
    const QString lowerHost = host.toLower();
    for (QString entry : list.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry == "*"_L1)
            return true;
        if (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (!entry.isEmpty() && (lowerHost == entry || lowerHost.endsWith(u'.' + entry)))
            return true;
    }
    return false;
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString scheme = query.url().scheme().toLower();
    const QString proxy = variableFor(scheme.isEmpty() ? query.protocolTag().toLower() : scheme);
    if (proxy.isEmpty())
        return systemProxyForQuery(query); // none of curl's variables: what the system says
    if (bypasses(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return {proxyFromUrl(proxy)};
}

QString EnvironmentProxyFactory::proxyFor(const QUrl &url)
{
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() ? QString() : describeProxy(proxies.first());
}

QString EnvironmentProxyFactory::describeProxy(const QNetworkProxy &proxy)
{
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        return u"http://%1:%2"_s.arg(proxy.hostName()).arg(proxy.port());
    case QNetworkProxy::Socks5Proxy:
        return u"socks5://%1:%2"_s.arg(proxy.hostName()).arg(proxy.port());
    default:
        return {};
    }
}

} // namespace inkchat::transport
