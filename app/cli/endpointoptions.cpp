#include "endpointoptions.h"

#include "console.h"
#include "sessiontext.h"

#include "provider/baseurl.h"
#include "provider/providercatalog.h"
#include "transport/proxysetting.h"
#include "transport/tlstrust.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

Error usage(const QString &message)
{
    return Error::make(Error::Kind::Usage, message);
}

} // namespace

EndpointOptions::EndpointOptions()
    : m_provider(u"provider"_s, u"Wire format: one of the providers below."_s, u"P"_s),
      m_baseUrl(u"base-url"_s, u"The provider's base URL, e.g. https://api.openai.com/v1."_s, u"URL"_s),
      m_keyVariable(u"api-key-env"_s, u"Name of the environment variable holding the API key."_s, u"VAR"_s),
      m_caFile(u"ca-file"_s,
               u"Also trust the certificate authorities in this PEM file (a self-hosted endpoint's CA)."_s,
               u"PATH"_s),
      m_proxy(u"proxy"_s,
              u"Go through this proxy (http://host:port, socks5://host:port), 'none' to go direct, or "
              "'system' (the default: http_proxy, https_proxy, all_proxy and no_proxy as curl reads them, "
              "else the system's settings). Overrides the proxy set in the app."_s,
              u"URL"_s),
      m_server(u"server"_s,
               u"The server behind an OpenAI-compatible endpoint (vllm, llama.cpp, deepseek, mistral), so a "
               "broken reply is continued the way it allows; by default it is asked again."_s,
               u"NAME"_s)
{
}

void EndpointOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_provider, m_baseUrl, m_keyVariable, m_caFile, m_proxy, m_server});
}

Result<session::ResolvedEndpoint> EndpointOptions::read(const QCommandLineParser &parser) const
{
    const QString providers = provider::providerIds().join(u", "_s);
    session::ResolvedEndpoint resolved;
    resolved.providerId = parser.value(m_provider);
    if (resolved.providerId.isEmpty())
        return usage(u"--provider is required (one of: %1)"_s.arg(providers));
    if (!provider::findProvider(resolved.providerId))
        return usage(u"unknown provider '%1' (one of: %2)"_s.arg(resolved.providerId, providers));

    provider::Endpoint &endpoint = resolved.endpoint;
    const QString baseUrl = parser.value(m_baseUrl);
    if (baseUrl.isEmpty())
        return usage(u"--base-url is required"_s);
    endpoint.baseUrl = provider::parseBaseUrl(baseUrl);
    if (const auto problem = provider::checkBaseUrl(endpoint.baseUrl);
        problem != provider::BaseUrlProblem::None)
        return usage(describeBaseUrlProblem(problem, baseUrl));

    if (parser.isSet(m_keyVariable)) {
        const QString variable = parser.value(m_keyVariable);
        if (variable.isEmpty() || qEnvironmentVariableIsEmpty(variable.toLocal8Bit().constData()))
            return usage(u"the environment variable '%1' named by --api-key-env is not set"_s.arg(variable));
        endpoint.apiKey = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (provider::exposesKeyInTransit(endpoint.baseUrl)) {
            printNote(u"warning: the API key goes to %1 over plain http://, readable by anyone on the way; "
                      "use https://"_s.arg(endpoint.baseUrl.host()));
        }
    }
    if (parser.isSet(m_server)) {
        const provider::ProviderInfo &info = *provider::findProvider(resolved.providerId);
        endpoint.server = parser.value(m_server);
        if (!provider::findCompatibleServer(info, endpoint.server)) {
            QStringList known;
            for (const provider::CompatibleServer &server : info.compatibleServers)
                known.append(server.id);
            return usage(
                known.isEmpty()
                    ? u"--server names no server for provider '%1'"_s.arg(resolved.providerId)
                    : u"unknown --server '%1' (one of: %2)"_s.arg(endpoint.server, known.join(u", "_s)));
        }
    }
    if (parser.isSet(m_caFile)) {
        const Result<transport::TlsTrust> trust = transport::loadTlsTrust(parser.value(m_caFile));
        if (!trust)
            return usage(describeProblem(trust.error()));
        resolved.tls = *trust;
    }
    if (parser.isSet(m_proxy)) {
        const Result<transport::ProxySetting> proxy = transport::ProxySetting::parse(parser.value(m_proxy));
        if (!proxy)
            return usage(u"--proxy: "_s + describeProblem(proxy.error()));
        proxy->install();
    }
    return resolved;
}

} // namespace inkchat::cli
