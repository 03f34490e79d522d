#pragma once

#include "conversation.h"

#include "provider/provider.h"
#include "provider/replyreader.h"
#include "provider/streamevent.h"
#include "stream/limits.h"
#include "transport/httpstreamtransport.h"
#include "util/error.h"

#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace inkchat::chat {

/// Tunables of one streamed reply.
struct ReplyStreamerOptions
{
    transport::HttpStreamOptions transport;
    stream::Limits limits;
};

/// Runs one assistant reply end to end: builds the provider's request, sends
/// it over HttpStreamTransport, decodes the body with ReplyReader and reports
/// the pieces as they arrive.
///
/// Ends with exactly one terminal signal: finished(reason) when the
/// provider's end signal was seen, or failed(error). Every error message has
/// the API key redacted.
///
/// How a stream that breaks is reported:
///  - body ended cleanly but without the provider's end signal: Interrupted;
///  - connection lost (Kind::Network) after body bytes arrived: Interrupted,
///    because the partial reply is what the user has and resuming or
///    continuing is the remedy, not resending; the message names the cause;
///  - any other failure (timeout, TLS, ...) keeps its kind, and when part of
///    the reply had arrived the message says the reply was interrupted;
///  - a connection lost after the end signal is not an error: finished().
///
/// The provider and the network manager are owned by the caller and must
/// outlive the streamer. Single use. Do not delete it from a slot connected
/// to its signals (use deleteLater()).
class ReplyStreamer : public QObject
{
    Q_OBJECT

public:
    ReplyStreamer(const provider::Provider &provider, provider::Endpoint endpoint,
                  QNetworkAccessManager *network, ReplyStreamerOptions options = {},
                  QObject *parent = nullptr);
    ~ReplyStreamer() override;

    /// Sends the request for the reply to this conversation. Never emits
    /// before returning.
    void start(const Conversation &conversation);

    /// Stops the reply; emits failed() with Kind::Cancelled unless the reply
    /// had already ended.
    void cancel();

    /// The visible reply text received so far.
    const QString &text() const { return m_text; }

    bool isRunning() const { return m_transport && !m_done; }

Q_SIGNALS:
    void textReceived(const QString &text);
    void reasoningReceived(const QString &text);
    /// Token counts; -1 where the provider did not say.
    void usageReceived(qint64 inputTokens, qint64 outputTokens);
    /// The provider's finish reason as it spells it (may be empty).
    void finished(const QString &finishReason);
    void failed(const inkchat::Error &error);

private:
    void onChunk(const QByteArray &chunk);
    void onTransportFinished();
    void onTransportFailed(const inkchat::Error &error);
    /// Emits the events' signals; false once the reply has ended.
    bool deliver(const provider::StreamEvents &events);
    void complete();
    void fail(Error error);

    const provider::Provider &m_provider;
    provider::Endpoint m_endpoint;
    QNetworkAccessManager *m_network;
    ReplyStreamerOptions m_options;
    std::unique_ptr<transport::HttpStreamTransport> m_transport;
    std::unique_ptr<provider::ReplyReader> m_reader;
    QString m_text;
    QString m_finishReason;
    qint64 m_bodyBytes = 0;
    bool m_done = false;
};

} // namespace inkchat::chat
