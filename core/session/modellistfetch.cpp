#include "modellistfetch.h"

#include "provider/providerregistry.h"

using namespace Qt::StringLiterals;

namespace inkchat::session {

ModelListFetch::ModelListFetch(QNetworkAccessManager *network, ExchangeLimits limits, Clock &clock,
                               QObject *parent)
    : QObject(parent),
      m_exchange(network, limits, clock)
{
    connect(&m_exchange, &BoundedExchange::failed, this, &ModelListFetch::failed);
    connect(&m_exchange, &BoundedExchange::finished, this, [this](const QByteArray &body) {
        Result<QStringList> models = m_provider->parseModelList(body);
        if (models)
            Q_EMIT finished(*models);
        else
            Q_EMIT failed(models.error());
    });
}

void ModelListFetch::start(const ResolvedEndpoint &endpoint)
{
    m_provider = provider::createProvider(endpoint.providerId);
    if (!m_provider) {
        m_exchange.failLater(provider::unknownProviderError(endpoint.providerId));
        return;
    }
    const std::optional<provider::StreamRequest> request = m_provider->buildModelListRequest(
        endpoint.endpoint);
    if (!request) {
        m_exchange.failLater(provider::noModelListError(endpoint.providerId));
        return;
    }
    m_exchange.start(*request, endpoint.tls, m_provider, u"the model list"_s);
}

} // namespace inkchat::session
