#pragma once

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

namespace inkchat::transport {

/// The proxy curl would use, from the environment: `http_proxy` (lower
/// case only, as curl reads it), `https_proxy`/`HTTPS_PROXY` (also for wss),
/// then `all_proxy`/`ALL_PROXY`; `no_proxy`/`NO_PROXY` (host names, domain
/// suffixes, `*`) go direct. A proxy URL without a scheme is an HTTP
/// proxy; `socks5://` and `socks5h://` are SOCKS 5. Without any of these
/// variables, the system's configuration. Qt 6.4 alone reads neither
/// all_proxy nor https_proxy.
class EnvironmentProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    /// The proxy URL (without user info) that requests to `url` go through,
    /// by whatever the application uses; empty when they go direct. For
    /// error messages: "through the proxy http://10.0.0.1:3128".
    static QString proxyFor(const QUrl &url);
    /// "http://host:port", "socks5://host:port"; empty for no proxy.
    static QString describeProxy(const QNetworkProxy &proxy);

private:
    QString variableFor(const QString &scheme) const;
    bool bypasses(const QString &host) const;

    QProcessEnvironment m_environment;
};

} // namespace inkchat::transport
