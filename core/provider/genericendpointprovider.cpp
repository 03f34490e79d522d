#include "genericendpointprovider.h"

#include "requestparts.h"

#include <QJsonObject>

#include <utility>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

GenericEndpointProvider::GenericEndpointProvider(ProviderKind kind, Framing framing, QByteArray accept)
    : Provider(kind),
      m_framing(framing),
      m_accept(std::move(accept))
{
}

StreamRequest GenericEndpointProvider::buildRequest(const chat::Conversation &conversation,
                                                    const Endpoint &endpoint, Rung) const
{
    QJsonObject body{{u"messages"_s, roleContentMessages(conversation, SystemPrompt::InMessages)}};
    if (!endpoint.model.isEmpty())
        body.insert(u"model"_s, endpoint.model);
    StreamRequest request = jsonPostRequest(endpoint.baseUrl, body, m_framing);
    appendHeaders(request, endpoint);
    return request;
}

StreamRequest GenericEndpointProvider::buildGetRequest(const Endpoint &endpoint) const
{
    StreamRequest request = getRequest(endpoint.baseUrl, m_framing);
    appendHeaders(request, endpoint);
    return request;
}

void GenericEndpointProvider::appendHeaders(StreamRequest &request, const Endpoint &endpoint) const
{
    request.headers.append({QByteArrayLiteral("Accept"), m_accept});
    appendBearerToken(request.headers, endpoint.apiKey);
}

} // namespace inkchat::provider
