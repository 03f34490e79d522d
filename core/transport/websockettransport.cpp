#include "websockettransport.h"

#include "environmentproxy.h"
#include "useragent.h"

#include "util/secondstext.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace inkchat::transport {

namespace {

/// The HTTP status of a refused upgrade, or 0. Qt 6.4 keeps the handshake
/// response to itself and names the status only in errorString():
/// "QWebSocketPrivate::processHandshake: Unhandled http status code: 403 (Forbidden).".
int refusedStatus(const QString &qtText)
{
    static const QRegularExpression status(u"status code: (\\d{3})"_s);
    const QRegularExpressionMatch match = status.match(qtText);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

/// How long a closing socket waits for the server's answer to its close frame.
constexpr int kCloseGraceMs = 2000;

bool isWebSocketUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "ws"_L1 || url.scheme() == "wss"_L1);
}

} // namespace

WebSocketTransport::WebSocketTransport(WebSocketOptions options, Clock &clock, QObject *parent)
    : Transport(parent),
      m_options(options),
      m_timer(clock.createTimer([this] { onTimeout(); }))
{
}

WebSocketTransport::~WebSocketTransport()
{
    releaseSocket();
}

void WebSocketTransport::start(const provider::StreamRequest &request)
{
    Q_ASSERT_X(!m_socket && !m_done, "WebSocketTransport::start", "single use");
    m_url = request.url;
    if (!isWebSocketUrl(m_url)) {
        // QWebSocket::open() would report this before start() returns.
        const QString url = m_url.toDisplayString(QUrl::RemoveUserInfo);
        const Error error = Error::coded(Error::Kind::Usage, Error::Code::NotAWebSocketUrl, url,
                                         u"a WebSocket needs a ws:// or wss:// URL, not %1"_s.arg(url));
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (!m_done)
                    fail(error);
            },
            Qt::QueuedConnection);
        return;
    }

    QNetworkRequest upgrade(m_url);
    upgrade.setRawHeader(QByteArrayLiteral("User-Agent"), userAgent());
    for (const auto &[name, value] : request.headers)
        upgrade.setRawHeader(name, value);
    m_firstMessage = request.body;

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // QWebSocket takes TLS settings from itself, not from the upgrade request.
    m_socket->setSslConfiguration(m_options.tls.configuration());
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxMessageSize));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageSize));
    // No setReadBufferSize(): QWebSocket 6.4 waits for a whole frame in
    // that buffer, so a frame larger than it would stall forever.
    connect(m_socket, &QWebSocket::connected, this, &WebSocketTransport::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &WebSocketTransport::onTextMessage);
    // QWebSocket answers the server's close frame (or closes on a protocol
    // error) and says so here; we close it ourselves only once we are done.
    connect(m_socket, &QWebSocket::aboutToClose, this, [this] { m_closeFrameReceived = true; });
    // error() becomes errorOccurred() in Qt 6.5.
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &WebSocketTransport::onError);
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketTransport::onDisconnected);
    // Never ignoreSslErrors(): remembering the reasons only makes the error readable.
    connect(m_socket, &QWebSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_tlsErrors = tlsErrorText(errors); });

    qCDebug(lcTransport) << "opening a WebSocket to" << m_url.toDisplayString(QUrl::RemoveUserInfo);
    m_timer->start(m_options.handshakeTimeout);
    m_socket->open(upgrade);
}

void WebSocketTransport::abort()
{
    m_done = true;
    m_timer->stop();
    releaseSocket();
}

void WebSocketTransport::onConnected()
{
    if (m_done)
        return;
    m_connected = true;
    restartIdleTimer();
    m_socket->sendTextMessage(QString::fromUtf8(m_firstMessage));
    Q_EMIT responseStarted(101, {});
}

void WebSocketTransport::onTextMessage(const QString &message)
{
    if (m_done)
        return;
    const QByteArray chunk = message.toUtf8();
    m_bytes += chunk.size();
    ++m_messages;
    restartIdleTimer();
    Q_EMIT chunkReceived(chunk);
}

void WebSocketTransport::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_options.idleTimeout = timeout;
    if (m_connected && !m_done)
        restartIdleTimer();
}

void WebSocketTransport::restartIdleTimer()
{
    if (m_options.idleTimeout > std::chrono::milliseconds::zero())
        m_timer->start(m_options.idleTimeout);
    else
        m_timer->stop();
}

void WebSocketTransport::onError(QAbstractSocket::SocketError error)
{
    if (m_done)
        return;
    if (!m_connected) {
        fail(upgradeError(error));
        return;
    }
    if (failIfTooLarge())
        return;
    // The TCP end of a closing handshake; onDisconnected() reads the close code.
    if (m_closeFrameReceived)
        return;
    fail(closedError(m_socket->errorString()));
}

void WebSocketTransport::onDisconnected()
{
    if (m_done)
        return;
    if (!m_connected) {
        fail(upgradeError(QAbstractSocket::RemoteHostClosedError));
        return;
    }
    if (failIfTooLarge())
        return;
    if (!m_closeFrameReceived) {
        fail(closedError(m_socket->errorString()));
        return;
    }
    const QWebSocketProtocol::CloseCode code = m_socket->closeCode();
    if (code != QWebSocketProtocol::CloseCodeNormal) {
        const QString reason = m_socket->closeReason();
        fail(closedError(reason.isEmpty() ? u"close code %1"_s.arg(int(code))
                                          : u"close code %1 (%2)"_s.arg(int(code)).arg(reason)));
        return;
    }
    if (m_messages == 0) {
        fail(closedError({}));
        return;
    }
    succeed();
}

void WebSocketTransport::onTimeout()
{
    if (m_done)
        return;
    if (!m_connected) {
        const QString seconds = secondsText(m_options.handshakeTimeout);
        fail(Error::coded(Error::Kind::Network, Error::Code::WebSocketHandshakeTimeout, seconds,
                          u"the WebSocket upgrade did not complete within %1 s"_s.arg(seconds), true));
        return;
    }
    const QString seconds = secondsText(m_options.idleTimeout);
    fail(Error::coded(Error::Kind::Timeout, Error::Code::NoMessageFor, seconds,
                      u"no message from the server for %1 s"_s.arg(seconds), true));
}

bool WebSocketTransport::failIfTooLarge()
{
    // QWebSocket closes with this code when a frame or message is over the
    // limit set in start(); it read no more of it than the frame header.
    if (m_socket->closeCode() != QWebSocketProtocol::CloseCodeTooMuchData)
        return false;
    const QString host = hostOf(m_url);
    const QString bytes = QString::number(m_options.maxMessageSize);
    fail(Error::coded(Error::Kind::LimitExceeded, Error::Code::WebSocketMessageTooLarge, host,
                      u"the WebSocket to %1 was closed for a message larger than the maximum event size (%2 "
                      "bytes)"_s.arg(host, bytes))
             .with({bytes}));
    return true;
}

Error WebSocketTransport::upgradeError(QAbstractSocket::SocketError error) const
{
    const QString host = hostOf(m_url);
    const QString qtText = m_socket->errorString();
    if (error == QAbstractSocket::SslHandshakeFailedError) {
        return tlsError(host, m_tlsErrors.isEmpty() ? qtText : m_tlsErrors);
    }
    if (const int status = refusedStatus(qtText); status > 0) {
        Error refused = Error::coded(Error::Kind::Http, Error::Code::WebSocketUpgradeRefused, host,
                                     u"%1 refused the WebSocket upgrade with HTTP %2"_s.arg(host).arg(status),
                                     status == 429 || status >= 500);
        refused.httpStatus = status;
        return refused;
    }
    if (const QString proxy = EnvironmentProxyFactory::proxyFor(m_url); !proxy.isEmpty()) {
        return Error::coded(
                   Error::Kind::Network, Error::Code::WebSocketProxyUnreachable, host,
                   u"cannot open a WebSocket to %1 through the proxy %2: %3"_s.arg(host, proxy, qtText), true)
            .with({proxy}, qtText);
    }
    return Error::coded(Error::Kind::Network, Error::Code::WebSocketUnreachable, host,
                        u"cannot open a WebSocket to %1: %2"_s.arg(host, qtText), true)
        .with({}, qtText);
}

Error WebSocketTransport::closedError(const QString &why) const
{
    const QString host = hostOf(m_url);
    QString message = m_messages == 0 ? u"the WebSocket to %1 closed before the first message"_s.arg(host)
                                      : u"the WebSocket to %1 broke during the reply"_s.arg(host);
    if (!why.isEmpty())
        message += u": "_s + why;
    return Error::coded(Error::Kind::Network,
                        m_messages == 0 ? Error::Code::WebSocketClosedEarly : Error::Code::WebSocketBroke,
                        host, message, true)
        .with({}, why);
}

void WebSocketTransport::succeed()
{
    m_done = true;
    m_timer->stop();
    releaseSocket();
    Q_EMIT finished();
}

void WebSocketTransport::fail(Error error)
{
    m_done = true;
    m_timer->stop();
    releaseSocket();
    qCDebug(lcTransport) << "WebSocket failed:" << kindName(error.kind);
    Q_EMIT failed(error);
}

void WebSocketTransport::releaseSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->abort();
        // We may be inside one of its signals; deleting now would pull the rug.
        socket->deleteLater();
        return;
    }
    // An open socket is closed the way the protocol asks, so a server that
    // keeps it for the next request (OpenAI's WebSocket mode) knows we are
    // done. The socket outlives us until the server answers the close, or
    // for kCloseGraceMs at most (the application takes it with it if it
    // quits first).
    socket->setParent(QCoreApplication::instance());
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kCloseGraceMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->close(QWebSocketProtocol::CloseCodeNormal);
}

} // namespace inkchat::transport
