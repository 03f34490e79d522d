#pragma once

#include "tlstrust.h"
#include "transport.h"

#include "util/clock.h"

#include <QAbstractSocket>
#include <QPointer>

#include <chrono>
#include <memory>

class QWebSocket;

namespace inkchat::transport {

/// Tunables of one WebSocket exchange.
struct WebSocketOptions
{
    /// Give up when the upgrade has not completed by then: a proxy that
    /// swallows the upgrade must not keep the user waiting, the connector
    /// falls back to HTTP streaming.
    std::chrono::milliseconds handshakeTimeout{1000};
    /// Abort when no message arrives for this long once connected; 0: never.
    std::chrono::milliseconds idleTimeout{60'000};
    /// Largest frame and largest message accepted, in bytes. QWebSocket
    /// checks it as the frames arrive, before it assembles a message (which
    /// it would otherwise do up to 2 GiB, then double as UTF-16).
    qint64 maxMessageSize = 8 * 1024 * 1024;
    /// Authorities trusted besides the system's (a self-hosted endpoint's CA).
    TlsTrust tls;
};

/// A WebSocket (QWebSocket) for one StreamRequest with a ws:// or wss://
/// URL: sends the request's headers with the upgrade and its body as the
/// first text message, then hands on every text message received (binary
/// messages are ignored). responseStarted(101) once the upgrade completed.
///
/// Upgrade refused (Kind::Http with the status, which Qt 6.4 only names in
/// its error text), handshake timeout, socket error, a frame or message
/// over maxMessageSize (Kind::LimitExceeded), or a close before the first
/// message: failed(). A normal close by the server after a message:
/// finished(); any other close: failed(). The connector ends the reply on
/// the provider's end event, since servers keep the socket open for further
/// requests; abort() then closes it with a normal close frame. The Clock
/// must outlive the transport.
class WebSocketTransport final : public Transport
{
    Q_OBJECT

public:
    explicit WebSocketTransport(WebSocketOptions options = {}, Clock &clock = Clock::system(),
                                QObject *parent = nullptr);
    ~WebSocketTransport() override;

    void start(const provider::StreamRequest &request) override;
    void abort() override;
    /// UTF-8 bytes of the text messages received so far.
    qint64 bytesReceived() const override { return m_bytes; }
    void setIdleTimeout(std::chrono::milliseconds timeout) override;

private:
    void onConnected();
    void onTextMessage(const QString &message);
    void onError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onTimeout();
    void restartIdleTimer();
    /// Fails with LimitExceeded if QWebSocket closed for a too large message.
    bool failIfTooLarge();
    Error upgradeError(QAbstractSocket::SocketError error) const;
    Error closedError(const QString &why) const;
    void succeed();
    void fail(Error error);
    void releaseSocket();

    WebSocketOptions m_options;
    /// The handshake timeout until connected, then the idle watchdog.
    std::unique_ptr<Timer> m_timer;
    QPointer<QWebSocket> m_socket;
    QUrl m_url;
    QByteArray m_firstMessage;
    QString m_tlsErrors;
    qint64 m_bytes = 0;
    qint64 m_messages = 0;
    bool m_connected = false;
    bool m_closeFrameReceived = false;
    bool m_done = false;
};

} // namespace inkchat::transport
