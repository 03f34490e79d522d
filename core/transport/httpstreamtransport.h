#pragma once

#include "tlstrust.h"
#include "transport.h"

#include "util/clock.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QPointer>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace inkchat::transport {

/// Tunables of one HTTP stream.
struct HttpStreamOptions
{
    /// Abort when no byte arrives for this long (reset on every read); 0: never.
    std::chrono::milliseconds idleTimeout{60'000};
    /// Largest HTTP error body kept for the describer, in bytes.
    qsizetype maxErrorBodySize = 64 * 1024;
    /// Bytes Qt's network thread may hold for us before it stops reading
    /// the socket: what bounds memory when a server sends faster than the
    /// body is parsed (the parser's own limits only see what we read).
    qint64 readBufferSize = 256 * 1024;
    /// Authorities trusted besides the system's (a self-hosted endpoint's CA).
    TlsTrust tls;
};

/// Sends one StreamRequest over HTTP(S) and hands the body on as it arrives.
///
/// failed() covers network and TLS errors, the idle timeout and HTTP >= 400.
///
/// Credentials never leave the request's origin: a redirect is followed
/// only to the same scheme, host and port (curl's rule for credentials);
/// any other ends the exchange with a Usage error naming both places,
/// before anything, headers or body, is sent there. The body is asked for
/// uncompressed: Qt would inflate gzip in its network thread, out of reach
/// of every limit; a body that comes compressed anyway fails as Protocol.
/// The QNetworkAccessManager and the Clock are owned by the caller and must
/// outlive the transport.
class HttpStreamTransport final : public Transport
{
    Q_OBJECT

public:
    HttpStreamTransport(QNetworkAccessManager *network, HttpErrorDescriber describer,
                        HttpStreamOptions options = {}, Clock &clock = Clock::system(),
                        QObject *parent = nullptr);
    ~HttpStreamTransport() override;

    void start(const provider::StreamRequest &request) override;
    void abort() override;

    /// Body bytes received so far (excluding an HTTP error body).
    qint64 bytesReceived() const override { return m_bodyBytes; }
    void setIdleTimeout(std::chrono::milliseconds timeout) override;

    /// Started and no terminal state reached yet.
    bool isRunning() const { return m_reply != nullptr && !m_done; }

private:
    void onMetaDataChanged();
    void onRedirected(const QUrl &target);
    void limitReadBuffer();
    void limitReadBufferOfNextRequest();
    void onReadyRead();
    void onFinished();
    void onIdleTimeout();
    void restartIdleTimer();
    void announceResponse();
    bool isErrorStatus() const;
    void failWithHttpError();
    void fail(Error error);
    void releaseReply(bool abortIt);

    QNetworkAccessManager *m_network;
    HttpErrorDescriber m_describer;
    HttpStreamOptions m_options;
    std::unique_ptr<Timer> m_idleTimer;
    QPointer<QNetworkReply> m_reply;
    QUrl m_origin; ///< where the request was sent; redirects may not leave it
    QByteArray m_errorBody;
    QString m_tlsErrors;
    qint64 m_bodyBytes = 0;
    int m_status = 0;
    bool m_announced = false;
    bool m_done = false;
};

} // namespace inkchat::transport
