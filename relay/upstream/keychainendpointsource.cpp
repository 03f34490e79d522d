#include "keychainendpointsource.h"

#include <QStringList>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace inkchat::relay {

KeychainEndpointSource::KeychainEndpointSource(session::EndpointConfig endpoint,
                                               std::unique_ptr<SecretStore> secrets)
    : m_endpoint(std::move(endpoint)),
      m_secrets(std::move(secrets))
{
}

Result<session::EndpointConfig> KeychainEndpointSource::find(QSettings &appSettings, const QString &name)
{
    const QList<session::EndpointConfig> endpoints = session::loadEndpointConfigs(appSettings);
    QStringList names;
    for (const session::EndpointConfig &endpoint : endpoints) {
        if (endpoint.name == name || endpoint.id == name)
            return endpoint;
        names.append(u"\"%1\""_s.arg(endpoint.name));
    }
    if (names.isEmpty())
        return Error::make(Error::Kind::Usage,
                           u"the Inkchat app has no endpoints set up (Settings → Add endpoint); or use "
                           "--provider and --key-file"_s);
    return Error::make(Error::Kind::Usage,
                       u"the Inkchat app has no endpoint \"%1\"; it has %2"_s.arg(name, names.join(u", "_s)));
}

void KeychainEndpointSource::resolve(std::function<void(Result<session::ResolvedEndpoint>)> done)
{
    session::ResolvedEndpoint resolved{
        m_endpoint.providerId, {m_endpoint.baseUrl, m_endpoint.model, {}, m_endpoint.server}, {}};
    const auto answer = [&done](Result<session::ResolvedEndpoint> result) {
        QTimer::singleShot(0, [done = std::move(done), result = std::move(result)] { done(result); });
    };
    if (!m_endpoint.caFile.isEmpty()) {
        // Read at each reply, as the app does: a renewed CA file needs no restart.
        const Result<transport::TlsTrust> trust = transport::loadTlsTrust(m_endpoint.caFile);
        if (!trust)
            return answer(trust.error());
        resolved.tls = *trust;
    }
    if (!m_endpoint.hasApiKey)
        return answer(resolved); // a local server (Ollama, llama.cpp) needs no key
    m_secrets->read(m_endpoint.keyAccount(), [resolved, name = m_endpoint.name,
                                              done = std::move(done)](Result<QString> key) mutable {
        if (!key)
            return done(key.error());
        if (key->isEmpty())
            return done(Error::make(Error::Kind::Usage,
                                    u"the API key of the endpoint \"%1\" is not in the keychain; enter it "
                                    "again in the Inkchat app's Settings"_s.arg(name)));
        resolved.endpoint.apiKey = *key;
        done(resolved);
    });
}

} // namespace inkchat::relay
