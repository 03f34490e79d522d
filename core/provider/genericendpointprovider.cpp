#include "genericendpointprovider.h"

#include "requestparts.h"

#include <QJsonObject>

#include <utility>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

GenericEndpointProvider::GenericEndpointProvider(Framing framing, QByteArray accept)
    : m_framing(framing)
    , m_accept(std::move(accept))
{
}

StreamRequest GenericEndpointProvider::buildRequest(const chat::Conversation &conversation,
                                                    const Endpoint &endpoint) const
{
    StreamRequest request;
    request.url = endpoint.baseUrl;
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("Accept"), m_accept},
    };
    appendBearerToken(request.headers, endpoint.apiKey);
    QJsonObject body{{u"messages"_s, roleContentMessages(conversation, SystemPrompt::InMessages)}};
    if (!endpoint.model.isEmpty())
        body.insert(u"model"_s, endpoint.model);
    request.body = compactJson(body);
    request.framing = m_framing;
    return request;
}

} // namespace inkchat::provider
