#include "replystreamer.h"

#include "util/redact.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <type_traits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChat, "inkchat.chat", QtInfoMsg)

namespace inkchat::chat {

ReplyStreamer::ReplyStreamer(const provider::Provider &provider, provider::Endpoint endpoint,
                             QNetworkAccessManager *network, ReplyStreamerOptions options,
                             QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_endpoint(std::move(endpoint))
    , m_network(network)
    , m_options(options)
{
    Q_ASSERT(m_network);
}

ReplyStreamer::~ReplyStreamer() = default;

void ReplyStreamer::start(const Conversation &conversation)
{
    Q_ASSERT_X(!m_transport && !m_done, "ReplyStreamer::start", "single use");

    const provider::StreamRequest request = m_provider.buildRequest(conversation, m_endpoint);
    m_reader = std::make_unique<provider::ReplyReader>(request.framing, m_provider.createDecoder(),
                                                       m_options.limits);
    const provider::Provider *describer = &m_provider;
    m_transport = std::make_unique<transport::HttpStreamTransport>(
        m_network,
        [describer](const provider::HttpErrorResponse &response) {
            return describer->describeHttpError(response);
        },
        m_options.transport);
    connect(m_transport.get(), &transport::HttpStreamTransport::chunkReceived, this,
            &ReplyStreamer::onChunk);
    connect(m_transport.get(), &transport::HttpStreamTransport::finished, this,
            &ReplyStreamer::onTransportFinished);
    connect(m_transport.get(), &transport::HttpStreamTransport::failed, this,
            &ReplyStreamer::onTransportFailed);
    qCDebug(lcChat) << "starting a reply from" << m_provider.id();
    m_transport->start(request);
}

void ReplyStreamer::cancel()
{
    if (m_done)
        return;
    fail(Error::make(Error::Kind::Cancelled, u"the reply was stopped"_s));
}

void ReplyStreamer::onChunk(const QByteArray &chunk)
{
    if (m_done)
        return;
    m_bodyBytes += chunk.size();
    provider::StreamEvents events;
    m_reader->feed(chunk, events);
    deliver(events);
}

void ReplyStreamer::onTransportFinished()
{
    if (m_done)
        return;
    provider::StreamEvents events;
    m_reader->finish(events);
    if (deliver(events))
        complete();
}

void ReplyStreamer::onTransportFailed(const Error &error)
{
    if (m_done)
        return;
    // Some servers drop the connection right after their end signal; the
    // reply is whole, so the drop is not the user's problem.
    if (m_reader->isComplete()) {
        complete();
        return;
    }
    if (m_bodyBytes == 0) {
        fail(error);
        return;
    }
    Error interrupted = error;
    if (error.kind == Error::Kind::Network)
        interrupted.kind = Error::Kind::Interrupted;
    interrupted.message = u"the reply was interrupted: "_s + error.message;
    fail(std::move(interrupted));
}

bool ReplyStreamer::deliver(const provider::StreamEvents &events)
{
    for (const provider::StreamEvent &event : events) {
        if (m_done)
            return false;
        std::visit(
            [this](const auto &e) {
                using T = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<T, provider::TextDelta>) {
                    m_text += e.text;
                    Q_EMIT textReceived(e.text);
                } else if constexpr (std::is_same_v<T, provider::ReasoningDelta>) {
                    Q_EMIT reasoningReceived(e.text);
                } else if constexpr (std::is_same_v<T, provider::Usage>) {
                    Q_EMIT usageReceived(e.inputTokens, e.outputTokens);
                } else if constexpr (std::is_same_v<T, provider::Finished>) {
                    m_finishReason = e.reason;
                } else if constexpr (std::is_same_v<T, provider::ProviderError>) {
                    fail(e.error);
                } else {
                    static_assert(std::is_same_v<T, provider::ResumePoint>);
                    // Resuming is the connector's business; one reply just runs once.
                }
            },
            event);
    }
    return !m_done;
}

void ReplyStreamer::complete()
{
    m_done = true;
    if (m_transport)
        m_transport->abort();
    Q_EMIT finished(m_finishReason);
}

void ReplyStreamer::fail(Error error)
{
    m_done = true;
    if (m_transport)
        m_transport->abort();
    error.message = redact(error.message, {m_endpoint.apiKey});
    Q_EMIT failed(error);
}

} // namespace inkchat::chat
