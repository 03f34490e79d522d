#include "replyrun.h"

#include "replyhub.h"

#include "provider/providerregistry.h"
#include "session/chatsession.h"

using namespace Qt::StringLiterals;

namespace inkchat::relay {

ReplyRun::ReplyRun(const UpstreamServices &upstream, chat::Conversation conversation, QString textSoFar,
                   QObject *parent)
    : QObject(parent),
      m_upstream(upstream),
      m_conversation(std::move(conversation)),
      m_textSoFar(std::move(textSoFar)),
      m_hasText(!m_textSoFar.isEmpty())
{
}

ReplyRun::~ReplyRun()
{
    if (m_connector) {
        m_connector->disconnect(this);
        delete m_connector;
    }
}

void ReplyRun::start()
{
    m_upstream.endpoints->resolve([self = QPointer(this)](Result<session::ResolvedEndpoint> endpoint) {
        if (self && !self->m_ended)
            self->onEndpoint(std::move(endpoint));
    });
}

void ReplyRun::stop()
{
    if (m_connector)
        m_connector->cancel();
    else
        end(chat::MessageStatus::Stopped, {});
}

void ReplyRun::onEndpoint(Result<session::ResolvedEndpoint> endpoint)
{
    if (!endpoint) {
        end(chat::MessageStatus::Error, endpoint.error().message);
        return;
    }
    m_provider = provider::createProvider(endpoint->providerId);
    if (!m_provider) {
        end(chat::MessageStatus::Error, u"unknown provider \"%1\""_s.arg(endpoint->providerId));
        return;
    }
    transport::ConnectorServices services;
    services.network = m_upstream.network;
    transport::ConnectorOptions options = m_upstream.connector;
    options.http.tls = endpoint->tls;
    options.webSocket.tls = endpoint->tls;
    m_connector = new transport::Connector(*m_provider, endpoint->endpoint, services, options, this);
    connect(m_connector, &transport::Connector::textReceived, this, [this](const QString &delta) {
        m_hasText = true;
        Q_EMIT textReceived(delta);
    });
    connect(m_connector, &transport::Connector::restarted, this, &ReplyRun::restarted);
    connect(m_connector, &transport::Connector::finished, this,
            [this] { end(chat::MessageStatus::Complete, {}); });
    // The connector redacts the key from every error it reports.
    connect(m_connector, &transport::Connector::failed, this,
            [this](const Error &error) { end(session::statusAfter(error, m_hasText), error.message); });
    if (m_textSoFar.isEmpty())
        m_connector->start(m_conversation);
    else
        m_connector->startContinuation(m_conversation, m_textSoFar);
}

void ReplyRun::end(chat::MessageStatus status, const QString &error)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_connector) {
        m_connector->disconnect(this);
        m_connector->deleteLater();
    }
    Q_EMIT ended(status, error);
}

} // namespace inkchat::relay
