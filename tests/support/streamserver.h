#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>
#include <QWebSocketServer>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QTcpSocket;

namespace inkchat::test {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// How the StreamServer plays a WebSocket once the upgrade is accepted. It
/// starts when the client's first text message arrives, as a provider
/// answers a request message.
struct WebSocketScript
{
    /// Accept the upgrade; false answers with the response's status,
    /// headers and body instead (e.g. 403 from a proxy that forbids WebSockets).
    bool accept = true;
    /// Text messages to send, in order.
    QList<QByteArray> messages;
    /// Pause between messages, in milliseconds (a QTimer, never a sleep).
    int delayMs = 0;
    /// Abort the TCP connection, without a close frame, once this many
    /// messages went out (-1: never).
    qsizetype dropAfterMessages = -1;
    /// Send a normal close frame after the last message; false keeps the
    /// socket open until closeConnections(), as servers that wait for the
    /// next request do.
    bool closeAtEnd = true;
    /// Instead of `messages`: the server answers the upgrade itself and then
    /// writes these raw bytes (see StreamResponse::generatedBody), frames no
    /// QWebSocketServer would send, such as a 512 MiB message.
    std::function<QByteArray()> rawFrames;
};

/// What the StreamServer answers to a request.
struct StreamResponse
{
    /// How the end of the body is marked.
    enum class Framing {
        Chunked,         ///< Transfer-Encoding: chunked, then the zero chunk
        ConnectionClose, ///< no length; the server closes the connection
    };
    /// How the body is cut into writes.
    enum class Chunking {
        Whole,   ///< one write
        OneByte, ///< one byte per write
        Random,  ///< sizes 1..maxChunkSize drawn from seed
    };

    int status = 200;
    QByteArray reason = QByteArrayLiteral("OK");
    HeaderList headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream")}};
    QByteArray body;
    Framing framing = Framing::Chunked;
    Chunking chunking = Chunking::Whole;
    quint32 seed = 1;
    int maxChunkSize = 64;
    /// Pause between writes, in milliseconds (a QTimer, never a sleep).
    int delayMs = 0;
    /// Longer pauses at given body offsets: once this many body bytes went
    /// out, wait this many milliseconds instead of delayMs (a model that
    /// thinks). Writes are split at these offsets.
    QList<std::pair<qsizetype, int>> pauses;
    /// Imitates a buffering proxy: send the head, then nothing for this
    /// many milliseconds, then the whole body in one write whatever
    /// `chunking` says (0: off).
    int holdBackMs = 0;
    /// Close the connection once this many body bytes went out (-1: never).
    qsizetype cutAfterBytes = -1;
    /// Stop sending once this many body bytes went out and keep the
    /// connection open until closeConnections() (-1: never). Lets a test
    /// cut the stream at a point the client has provably reached.
    qsizetype pauseAfterBytes = -1;
    /// Read the request and never answer (for idle-timeout tests; for a
    /// WebSocket upgrade, a handshake that never completes).
    bool silent = false;
    /// After `body`, the pieces this returns, one call per write, until it
    /// returns an empty piece (then the connection closes): a flood no
    /// client should keep in memory. Written only as the client reads, so
    /// the server holds no more than a few MiB. Unframed: the body ends
    /// with the connection, whatever `framing` says.
    std::function<QByteArray()> generatedBody;
    /// The answer to a WebSocket upgrade request.
    WebSocketScript webSocket;
};

/// One request as the server received it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; ///< path and query, as on the request line
    HeaderList headers;
    QByteArray body;
    /// After an accepted WebSocket upgrade: the text messages the client sent.
    QList<QByteArray> webSocketMessages;
    /// The client closed the WebSocket with a close frame (not the server,
    /// not a dropped connection), with this close code.
    std::optional<int> clientCloseCode;

    /// Whether the request asks for a WebSocket (Upgrade: websocket).
    bool isWebSocketUpgrade() const;

    /// The value of the first header with this name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
};

/// A loopback HTTP/1.1 server that streams a scripted response with exact
/// control over chunking, pauses and broken connections, and plays scripted
/// WebSockets. QHttpServer (6.4) cannot stream, hence plain QTcpServer; an
/// accepted upgrade is handed, unread, to a QWebSocketServer. Listens on
/// 127.0.0.1 with an ephemeral port from construction until destruction;
/// runs in the test's event loop, so the test must wait with
/// QSignalSpy::wait(), never block.
class StreamServer : public QObject
{
    Q_OBJECT

public:
    /// Chooses the response to each request as it arrives, so one test can
    /// script a sequence (429, then the stream; a cut, then the rest).
    using Responder = std::function<StreamResponse(const RecordedRequest &)>;

    explicit StreamServer(QObject *parent = nullptr);
    /// Speaks HTTPS with this configuration (certificate and key) instead:
    /// url() then gives https://127.0.0.1:PORT.
    explicit StreamServer(const QSslConfiguration &tls, QObject *parent = nullptr);
    ~StreamServer() override;

    bool isListening() const { return m_listener->isListening(); }
    quint16 port() const { return m_listener->serverPort(); }
    /// http://127.0.0.1:PORT (https:// with TLS) followed by path (which starts with '/' or is empty).
    QUrl url(const QString &path = {}) const;
    bool isTls() const;
    /// ws://127.0.0.1:PORT (wss:// with TLS) followed by path.
    QUrl webSocketUrl(const QString &path = {}) const;

    /// The answer to every request, unless a responder is set.
    void setResponse(StreamResponse response) { m_response = std::move(response); }
    /// Takes precedence over setResponse(); called once per request, in
    /// the order the requests complete.
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    const QList<RecordedRequest> &requests() const { return m_requests; }

    /// Closes every open connection in an orderly way (FIN), wherever its
    /// response stands: a paused chunked body then ends without its last
    /// chunk; a WebSocket gets a normal close frame.
    void closeConnections();

Q_SIGNALS:
    /// A whole request (headers and body, or an upgrade's headers) has been read.
    void requestReceived();
    /// A client sent a text message over an accepted WebSocket.
    void webSocketMessageReceived();
    /// A client closed an accepted WebSocket with a close frame.
    void webSocketClosedByClient();

private:
    class Connection;
    StreamServer(std::unique_ptr<QTcpServer> listener, QObject *parent);
    void onNewConnection();
    void onWebSocketConnected();
    StreamResponse responseTo(const RecordedRequest &request) const;
    qsizetype record(RecordedRequest request);
    void recordWebSocketMessage(qsizetype requestIndex, QByteArray message);
    void recordClientClose(qsizetype requestIndex, int closeCode);

    /// A QSslServer when the server speaks TLS.
    std::unique_ptr<QTcpServer> m_listener;
    /// Never listens: only finishes the handshakes that Connection hands over.
    QWebSocketServer m_webSocketServer;
    StreamResponse m_response;
    Responder m_responder;
    QList<RecordedRequest> m_requests;
    QList<QPointer<Connection>> m_connections;
};

} // namespace inkchat::test
