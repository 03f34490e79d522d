#include "modellistfetch.h"

#include "provider/providerregistry.h"
#include "transport/httpstreamtransport.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace inkchat::session {

ModelListFetch::ModelListFetch(QNetworkAccessManager *network, ModelListLimits limits, Clock &clock,
                               QObject *parent)
    : QObject(parent),
      m_network(network),
      m_limits(limits),
      m_clock(clock)
{
    Q_ASSERT(m_network);
}

ModelListFetch::~ModelListFetch()
{
    if (m_transport)
        m_transport->abort();
}

void ModelListFetch::start(const ResolvedEndpoint &endpoint)
{
    m_provider = provider::createProvider(endpoint.providerId);
    if (!m_provider) {
        failLater(Error::make(Error::Kind::Usage, u"unknown provider \"%1\""_s.arg(endpoint.providerId)));
        return;
    }
    const std::optional<provider::StreamRequest> request = m_provider->buildModelListRequest(
        endpoint.endpoint);
    if (!request) {
        failLater(Error::make(
            Error::Kind::Usage,
            u"%1 endpoints do not list their models; type the model's name"_s.arg(endpoint.providerId)));
        return;
    }
    transport::HttpStreamOptions options;
    options.tls = endpoint.tls;
    // The deadline covers everything; no byte for that long ends it as well.
    options.idleTimeout = m_limits.deadline;
    const std::shared_ptr<provider::Provider> provider = m_provider;
    auto *transport = new transport::HttpStreamTransport(
        m_network,
        [provider](const provider::HttpErrorResponse &response) {
            return provider->describeHttpError(response);
        },
        options, m_clock, this);
    m_transport = transport;
    connect(transport, &transport::Transport::chunkReceived, this, &ModelListFetch::onChunk);
    connect(transport, &transport::Transport::finished, this, &ModelListFetch::onFinished);
    connect(transport, &transport::Transport::failed, this, &ModelListFetch::fail);
    m_deadline = m_clock.createTimer([this] {
        fail(Error::make(Error::Kind::Timeout,
                         u"the model list did not come within %1 s"_s.arg(
                             std::chrono::duration_cast<std::chrono::seconds>(m_limits.deadline).count()),
                         true));
    });
    m_deadline->start(m_limits.deadline);
    transport->start(*request);
}

void ModelListFetch::onChunk(const QByteArray &chunk)
{
    if (m_done)
        return;
    if (chunk.size() > m_limits.maxBytes - m_body.size()) {
        fail(Error::make(Error::Kind::LimitExceeded,
                         u"the model list is larger than %1 MiB; it was not read"_s.arg(m_limits.maxBytes
                                                                                        / (1024 * 1024))));
        return;
    }
    m_body += chunk;
}

void ModelListFetch::onFinished()
{
    if (m_done)
        return;
    Result<QStringList> models = m_provider->parseModelList(m_body);
    if (!models) {
        fail(models.error());
        return;
    }
    m_done = true;
    m_deadline->stop();
    m_body.clear();
    Q_EMIT finished(*models);
}

void ModelListFetch::fail(Error error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    if (m_transport) {
        m_transport->abort();
        m_transport->deleteLater();
    }
    m_body.clear();
    Q_EMIT failed(error);
}

void ModelListFetch::failLater(Error error)
{
    QTimer::singleShot(0, this, [this, error = std::move(error)] { fail(error); });
}

} // namespace inkchat::session
