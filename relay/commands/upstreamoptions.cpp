#include "upstreamoptions.h"

#include "upstream/keychainendpointsource.h"
#include "upstream/keyfileendpointsource.h"

#include "provider/baseurl.h"
#include "provider/providercatalog.h"
#include "secrets/keychainsecretstore.h"
#include "session/endpointconfig.h"

#include <QCommandLineParser>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace inkchat::relay {

namespace {

Error usage(const QString &message)
{
    return Error::make(Error::Kind::Usage, message);
}

} // namespace

UpstreamOptions::UpstreamOptions()
    : m_provider(u"provider"_s, u"Upstream provider: %1."_s.arg(provider::providerIds().join(u", "_s)),
                 u"ID"_s),
      m_baseUrl(u"base-url"_s, u"Upstream base URL (default: the provider's)."_s, u"URL"_s),
      m_model(u"model"_s, u"Upstream model."_s, u"MODEL"_s),
      // The relay carries a reply on after a drop upstream; only a server
      // that honours a prefill can (see provider::Prefill).
      m_server(u"server"_s,
               u"The server behind an OpenAI-compatible upstream (vllm, llama.cpp, deepseek, mistral)."_s,
               u"NAME"_s),
      m_keyFile(u"key-file"_s, u"File holding the upstream API key, mode 0600."_s, u"FILE"_s),
      m_endpoint(u"endpoint"_s,
                 u"Upstream: an endpoint set up in the Inkchat app (its name in Settings), its key read from "
                 "the keychain; instead of --provider, --base-url, --model and --key-file."_s,
                 u"NAME"_s)
{
}

void UpstreamOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_provider, m_baseUrl, m_model, m_server, m_keyFile, m_endpoint});
}

Result<std::unique_ptr<session::EndpointSource>> UpstreamOptions::read(const QCommandLineParser &parser) const
{
    return parser.isSet(m_endpoint) ? fromApp(parser) : fromCommandLine(parser);
}

Result<std::unique_ptr<session::EndpointSource>> UpstreamOptions::fromCommandLine(
    const QCommandLineParser &parser) const
{
    const provider::ProviderInfo *info = provider::findProvider(parser.value(m_provider));
    if (!info)
        return usage(u"--provider must name the upstream: %1 (or --endpoint, one the Inkchat app has)"_s.arg(
            provider::providerIds().join(u", "_s)));
    session::ResolvedEndpoint upstream;
    upstream.providerId = info->id;
    upstream.endpoint.baseUrl = parser.isSet(m_baseUrl) ? provider::parseBaseUrl(parser.value(m_baseUrl))
                                                        : info->defaultBaseUrl;
    upstream.endpoint.model = parser.value(m_model);
    upstream.endpoint.server = parser.value(m_server);
    if (parser.isSet(m_server) && !provider::findCompatibleServer(*info, upstream.endpoint.server))
        return usage(u"--server names no server the relay knows for --provider %1"_s.arg(info->id));
    switch (provider::checkBaseUrl(upstream.endpoint.baseUrl)) {
    case provider::BaseUrlProblem::None:
        break;
    case provider::BaseUrlProblem::NotHttp:
        return usage(u"--base-url must be an http:// or https:// URL with a host"_s);
    case provider::BaseUrlProblem::HasCredentials:
        return usage(u"--base-url must not carry a key (user:KEY@ or ?key=): use --key-file"_s);
    }
    if (info->needsModel && upstream.endpoint.model.isEmpty())
        return usage(u"--provider %1 needs --model"_s.arg(info->id));
    if (parser.isSet(m_keyFile)) {
        if (const Result<QString> key = KeyFileEndpointSource::readKey(parser.value(m_keyFile)); !key)
            return key.error();
    }
    return std::unique_ptr<session::EndpointSource>(
        std::make_unique<KeyFileEndpointSource>(upstream, parser.value(m_keyFile)));
}

Result<std::unique_ptr<session::EndpointSource>> UpstreamOptions::fromApp(
    const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *other : {&m_provider, &m_baseUrl, &m_model, &m_server, &m_keyFile}) {
        if (parser.isSet(*other))
            return usage(
                u"--endpoint names the whole upstream: leave out --%1"_s.arg(other->names().constFirst()));
    }
    // The app's own settings file, as the app and inkchat-cli open it.
    QSettings appSettings(u"Inkchat"_s, u"Inkchat"_s);
    Result<session::EndpointConfig> endpoint = KeychainEndpointSource::find(appSettings,
                                                                            parser.value(m_endpoint));
    if (!endpoint)
        return endpoint.error();
    return std::unique_ptr<session::EndpointSource>(std::make_unique<KeychainEndpointSource>(
        *std::move(endpoint),
        std::make_unique<platform::KeychainSecretStore>(QString::fromLatin1(session::kKeychainService))));
}

} // namespace inkchat::relay
