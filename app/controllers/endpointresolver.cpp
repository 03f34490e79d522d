#include "endpointresolver.h"

#include "controllers/settingscontroller.h"
#include "demoserver.h"
#include "demoserverthread.h"
#include "provider/baseurl.h"
#include "util/secretstore.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace inkchat::app {

EndpointResolver::EndpointResolver(SettingsController &settings, SecretStore &secrets,
                                   QNetworkAccessManager *network, bool forceDemo, double demoRate,
                                   QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_secrets(secrets),
      m_network(network),
      m_forceDemo(forceDemo),
      m_demoRate(demoRate)
{
    connect(&m_settings, &SettingsController::currentEndpointChanged, this, &EndpointResolver::changed);
    connect(m_settings.endpoints(), &QAbstractItemModel::dataChanged, this, &EndpointResolver::changed);
}

EndpointResolver::~EndpointResolver() = default;

bool EndpointResolver::isDemo() const
{
    return m_forceDemo || !m_settings.current();
}

bool EndpointResolver::isKeyExposed() const
{
    if (isDemo())
        return false;
    const EndpointConfig endpoint = *m_settings.current();
    return endpoint.hasApiKey && provider::exposesKeyInTransit(endpoint.baseUrl);
}

QString EndpointResolver::label(const QString &model) const
{
    if (isDemo())
        return tr("Demo (offline)");
    const EndpointConfig endpoint = *m_settings.current();
    const QString shown = model.isEmpty() ? endpoint.model : model;
    return shown.isEmpty() ? endpoint.name : u"%1 · %2"_s.arg(endpoint.name, shown);
}

QString EndpointResolver::providerId() const
{
    return isDemo() ? u"openai"_s : m_settings.current()->providerId;
}

QString EndpointResolver::defaultModel() const
{
    return isDemo() ? QString::fromLatin1(demo::DemoServer::kModel) : m_settings.current()->model;
}

QString EndpointResolver::identity() const
{
    if (isDemo())
        return u"demo"_s;
    const EndpointConfig endpoint = *m_settings.current();
    return QStringList{endpoint.id, endpoint.providerId, endpoint.baseUrl.toString(),
                       endpoint.hasApiKey ? u"key"_s : QString(), endpoint.caFile}
        .join(u'\n');
}

void EndpointResolver::setDemoRate(double tokensPerSecond)
{
    m_demoRate = tokensPerSecond;
    if (m_demo)
        m_demo->setTokensPerSecond(tokensPerSecond);
}

void EndpointResolver::resolve(std::function<void(Result<ResolvedEndpoint>)> done)
{
    if (isDemo()) {
        QTimer::singleShot(0, this, [this, done = std::move(done)] { done(demoEndpoint()); });
        return;
    }
    const EndpointConfig config = *m_settings.current();
    ResolvedEndpoint resolved{config.providerId, {config.baseUrl, config.model, {}, config.server}, {}};
    if (!config.caFile.isEmpty()) {
        // Read at each send: a renewed CA file is picked up without a restart.
        Result<transport::TlsTrust> trust = transport::loadTlsTrust(config.caFile);
        if (!trust) {
            QTimer::singleShot(0, this, [error = trust.error(), done = std::move(done)] { done(error); });
            return;
        }
        resolved.tls = *trust;
    }
    trust(resolved.tls.extraAuthorities);
    if (!config.hasApiKey) {
        // Local servers (Ollama, llama.cpp) need no key.
        QTimer::singleShot(0, this, [resolved, done = std::move(done)] { done(resolved); });
        return;
    }
    m_secrets.read(config.keyAccount(),
                   [self = QPointer(this), resolved, done = std::move(done)](Result<QString> key) mutable {
                       if (!self)
                           return;
                       if (!key) {
                           done(key.error());
                           return;
                       }
                       if (key->isEmpty()) {
                           done(Error::make(Error::Kind::Usage,
                                            tr("The API key of this endpoint is no longer in the keychain; "
                                               "enter it again in Settings.")));
                           return;
                       }
                       resolved.endpoint.apiKey = *key;
                       done(resolved);
                   });
}

void EndpointResolver::trust(const QList<QSslCertificate> &extraAuthorities)
{
    // The network manager keeps a connection, and the TLS settings it was
    // made with, for a while after a reply: a CA file just added in
    // Settings must not meet the connection that refused the certificate.
    if (extraAuthorities == m_extraAuthorities)
        return;
    m_extraAuthorities = extraAuthorities;
    if (m_network)
        m_network->clearConnectionCache();
    Q_EMIT trustChanged();
}

Result<ResolvedEndpoint> EndpointResolver::demoEndpoint()
{
    if (!m_demo) {
        auto server = std::make_unique<demo::DemoServerThread>(m_demoRate);
        if (!server->listen())
            return Error::make(Error::Kind::Network,
                               tr("The demo server could not start: %1").arg(server->errorString()));
        m_demo = std::move(server);
    }
    return ResolvedEndpoint{
        u"openai"_s, {m_demo->baseUrl(), QString::fromLatin1(demo::DemoServer::kModel), {}}, {}};
}

} // namespace inkchat::app
