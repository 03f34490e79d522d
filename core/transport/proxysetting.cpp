#include "proxysetting.h"

#include "environmentproxy.h"

#include <QNetworkProxyFactory>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace inkchat::transport {

namespace {

constexpr auto kKey = "network/proxy"_L1;

/// One answer for every request: "none", or the user's proxy.
class FixedProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit FixedProxyFactory(QNetworkProxy proxy) : m_proxy(std::move(proxy)) {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &) override { return {m_proxy}; }

private:
    QNetworkProxy m_proxy;
};

QString withScheme(QString text)
{
    if (!text.contains("://"_L1))
        text.prepend("http://"_L1);
    return text;
}

} // namespace

QNetworkProxy proxyFromUrl(QString text)
{
    const QUrl url(withScheme(std::move(text)));
    if (!url.isValid() || url.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QString scheme = url.scheme().toLower();
    if (scheme == "socks5"_L1 || scheme == "socks5h"_L1)
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, url.host(), quint16(url.port(1080)), url.userName(),
                             url.password());
    if (scheme != "http"_L1)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return QNetworkProxy(QNetworkProxy::HttpProxy, url.host(), quint16(url.port(80)), url.userName(),
                         url.password());
}

Result<ProxySetting> ProxySetting::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    ProxySetting setting;
    if (trimmed.isEmpty() || trimmed.compare("system"_L1, Qt::CaseInsensitive) == 0)
        return setting;
    if (trimmed.compare("none"_L1, Qt::CaseInsensitive) == 0) {
        setting.mode = Mode::None;
        return setting;
    }
    setting.mode = Mode::Manual;
    setting.url = QUrl(withScheme(trimmed), QUrl::StrictMode);
    if (!setting.url.isValid() || setting.url.host().isEmpty())
        return Error::coded(Error::Kind::Usage, Error::Code::ProxyNotAUrl, trimmed,
                            u"not a proxy URL: %1 (expected http://host:port, socks5://host:port, none or "
                            "system)"_s.arg(trimmed));
    if (proxyFromUrl(trimmed).type() == QNetworkProxy::NoProxy)
        return Error::coded(
            Error::Kind::Usage, Error::Code::ProxyUnsupportedScheme, setting.url.scheme(),
            u"unsupported proxy scheme %1: use http:// or socks5://"_s.arg(setting.url.scheme()));
    return setting;
}

QString ProxySetting::toString() const
{
    switch (mode) {
    case Mode::System:
        return u"system"_s;
    case Mode::None:
        return u"none"_s;
    case Mode::Manual:
        return url.toString();
    }
    Q_UNREACHABLE();
    return {};
}

ProxySetting ProxySetting::load(const QSettings &settings)
{
    const Result<ProxySetting> saved = parse(settings.value(kKey).toString());
    return saved ? *saved : ProxySetting{};
}

void ProxySetting::save(QSettings &settings) const
{
    settings.setValue(kKey, toString());
}

void ProxySetting::install() const
{
    switch (mode) {
    case Mode::System:
        QNetworkProxyFactory::setApplicationProxyFactory(new EnvironmentProxyFactory);
        return;
    case Mode::None:
        QNetworkProxyFactory::setApplicationProxyFactory(
            new FixedProxyFactory(QNetworkProxy(QNetworkProxy::NoProxy)));
        return;
    case Mode::Manual:
        QNetworkProxyFactory::setApplicationProxyFactory(new FixedProxyFactory(proxyFromUrl(url.toString())));
        return;
    }
}

} // namespace inkchat::transport
