#include "boundedexchange.h"

#include "transport/httpstreamtransport.h"

#include <QLocale>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace inkchat::session {

BoundedExchange::BoundedExchange(QNetworkAccessManager *network, ExchangeLimits limits, Clock &clock,
                                 QObject *parent)
    : QObject(parent),
      m_network(network),
      m_limits(limits),
      m_clock(clock)
{
    Q_ASSERT(m_network);
}

BoundedExchange::~BoundedExchange()
{
    if (m_transport)
        m_transport->abort();
}

void BoundedExchange::start(const provider::StreamRequest &request, const transport::TlsTrust &tls,
                            std::shared_ptr<const provider::Provider> provider, const QString &what)
{
    m_what = what;
    transport::HttpStreamOptions options;
    options.tls = tls;
    // The deadline covers everything; no byte for that long ends it as well.
    options.idleTimeout = m_limits.deadline;
    auto *transport = new transport::HttpStreamTransport(
        m_network,
        [provider = std::move(provider)](const provider::HttpErrorResponse &response) {
            return provider->describeHttpError(response);
        },
        options, m_clock, this);
    m_transport = transport;
    connect(transport, &transport::Transport::chunkReceived, this, &BoundedExchange::onChunk);
    connect(transport, &transport::Transport::finished, this, &BoundedExchange::onFinished);
    connect(transport, &transport::Transport::failed, this, &BoundedExchange::fail);
    m_deadline = m_clock.createTimer([this] {
        const QString seconds = QString::number(
            std::chrono::duration_cast<std::chrono::seconds>(m_limits.deadline).count());
        fail(Error::coded(Error::Kind::Timeout, Error::Code::AnswerTooSlow, seconds,
                          u"%1 did not come within %2 s"_s.arg(m_what, seconds), true));
    });
    m_deadline->start(m_limits.deadline);
    transport->start(request);
}

void BoundedExchange::onChunk(const QByteArray &chunk)
{
    if (m_done)
        return;
    if (chunk.size() > m_limits.maxBytes - m_body.size()) {
        fail(Error::coded(Error::Kind::LimitExceeded, Error::Code::AnswerTooLarge,
                          QString::number(m_limits.maxBytes),
                          u"%1 is larger than %2; it was not read"_s.arg(
                              m_what, QLocale::c().formattedDataSize(m_limits.maxBytes, 0))));
        return;
    }
    m_body += chunk;
}

void BoundedExchange::onFinished()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline->stop();
    Q_EMIT finished(std::exchange(m_body, {}));
}

void BoundedExchange::fail(Error error)
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

void BoundedExchange::failLater(Error error)
{
    QTimer::singleShot(0, this, [this, error = std::move(error)] { fail(error); });
}

} // namespace inkchat::session
