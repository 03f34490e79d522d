#include "streamserver.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inkchat::test {

bool RecordedRequest::isWebSocketUpgrade() const
{
    return header("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// One accepted socket: reads one request, then plays the scripted response
/// or, for an accepted upgrade, the scripted WebSocket.
class StreamServer::Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, StreamServer *server) : QObject(server), m_socket(socket), m_server(server)
    {
        m_socket->setParent(this);
        // Each write leaves as its own segment, so the client really sees small pieces.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

    // The WebSocket writes to our socket, so it goes first (children die in
    // the order they were adopted, the socket before the WebSocket).
    ~Connection() override
    {
        // Its destructor closes it: that is no close of the client's.
        if (m_webSocket)
            m_webSocket->disconnect(this);
        delete m_webSocket;
    }

    quint16 peerPort() const { return m_socket->peerPort(); }

    /// The QWebSocketServer finished the handshake this connection handed over.
    void adoptWebSocket(QWebSocket *webSocket)
    {
        m_webSocket = webSocket;
        m_webSocket->setParent(this);
        connect(m_webSocket, &QWebSocket::textMessageReceived, this, &Connection::onClientMessage);
        // A close frame from the client: QWebSocket answers it and says so
        // here, before any close of ours could.
        connect(m_webSocket, &QWebSocket::aboutToClose, this, [this] {
            if (!m_closing)
                m_server->recordClientClose(m_requestIndex, int(m_webSocket->closeCode()));
        });
    }

    void close()
    {
        m_closing = true;
        if (m_webSocket)
            m_webSocket->close();
        else if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost();
    }

private:
    void onReadyRead()
    {
        if (m_answered) {
            m_socket->readAll(); // unread bytes would turn our FIN into a reset
            return;
        }
        // Only peek at the head: an upgrade's bytes must stay unread for the
        // QWebSocketServer, which reads the handshake itself.
        if (m_headerEnd < 0 && !peekHead())
            return;
        if (!m_request.isWebSocketUpgrade()) {
            m_buffer += m_socket->readAll();
            if (m_buffer.size() - m_headerEnd < m_contentLength)
                return;
            m_request.body = m_buffer.mid(m_headerEnd, m_contentLength);
        }
        answer();
    }

    bool peekHead()
    {
        const QByteArray available = m_socket->peek(m_socket->bytesAvailable());
        const qsizetype end = available.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        m_headerEnd = end + 4;
        parseHead(available.left(end));
        return true;
    }

    void answer()
    {
        m_answered = true;
        m_response = m_server->responseTo(m_request);
        m_requestIndex = m_server->record(m_request);
        if (m_request.isWebSocketUpgrade() && m_response.webSocket.rawFrames) {
            m_socket->readAll();
            m_socket->write(webSocketAcceptHead(m_request.header("Sec-WebSocket-Key")));
            m_response.generatedBody = m_response.webSocket.rawFrames;
            startGenerating();
            return;
        }
        if (m_request.isWebSocketUpgrade() && m_response.webSocket.accept && !m_response.silent) {
            disconnect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
            m_server->m_webSocketServer.handleConnection(m_socket);
            return;
        }
        m_socket->readAll();
        respond();
    }

    void onClientMessage(const QString &message)
    {
        const bool first = m_server->m_requests.at(m_requestIndex).webSocketMessages.isEmpty();
        m_server->recordWebSocketMessage(m_requestIndex, message.toUtf8());
        if (first)
            sendNextMessage();
    }

    void sendNextMessage()
    {
        if (!m_webSocket || m_webSocket->state() != QAbstractSocket::ConnectedState)
            return;
        const WebSocketScript &script = m_response.webSocket;
        if (script.dropAfterMessages >= 0 && m_sentMessages >= script.dropAfterMessages) {
            m_socket->flush(); // the messages already sent must arrive before the drop
            m_socket->abort();
            return;
        }
        if (m_sentMessages >= script.messages.size()) {
            if (script.closeAtEnd) {
                m_closing = true;
                m_webSocket->close();
            }
            return;
        }
        m_webSocket->sendTextMessage(QString::fromUtf8(script.messages.at(m_sentMessages++)));
        QTimer::singleShot(script.delayMs, this, &Connection::sendNextMessage);
    }

    void parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        m_request.method = requestLine.value(0);
        m_request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            m_request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        m_contentLength = m_request.header("Content-Length").toLongLong();
    }

    void respond()
    {
        if (m_response.silent)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' + m_response.reason
                          + "\r\n";
        for (const auto &[name, value] : m_response.headers)
            head += name + ": " + value + "\r\n";
        const bool generated = bool(m_response.generatedBody);
        if (m_response.framing == StreamResponse::Framing::Chunked && !generated)
            head += "Transfer-Encoding: chunked\r\n";
        head += "Connection: close\r\n\r\n";
        m_socket->write(head);
        if (generated) {
            m_socket->write(m_response.body);
            startGenerating();
            return;
        }
        planChunks();
        scheduleNext();
    }

    void planChunks()
    {
        const qsizetype size = m_response.body.size();
        if (m_response.holdBackMs > 0) {
            if (size > 0)
                m_pieces.append(size); // a buffering proxy releases everything at once
            return;
        }
        QRandomGenerator random(m_response.seed);
        for (qsizetype pos = 0; pos < size;) {
            qsizetype piece = size - pos;
            if (m_response.chunking == StreamResponse::Chunking::OneByte)
                piece = 1;
            else if (m_response.chunking == StreamResponse::Chunking::Random)
                piece = std::min<qsizetype>(piece, random.bounded(1, m_response.maxChunkSize + 1));
            for (const auto &[offset, ms] : m_response.pauses) {
                if (offset > pos)
                    piece = std::min(piece, offset - pos);
            }
            m_pieces.append(piece);
            pos += piece;
        }
    }

    void scheduleNext()
    {
        int delay = m_nextPiece == 0 ? m_response.holdBackMs : m_response.delayMs;
        for (const auto &[offset, ms] : m_response.pauses) {
            if (m_nextPiece > 0 && offset == m_sent)
                delay = ms;
        }
        QTimer::singleShot(delay, this, &Connection::sendNext);
    }

    void sendNext()
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        const bool cutting = m_response.cutAfterBytes >= 0;
        if (m_nextPiece >= m_pieces.size() || (cutting && m_sent >= m_response.cutAfterBytes)) {
            const bool cut = cutting && m_sent >= m_response.cutAfterBytes && m_sent < m_response.body.size();
            if (m_response.framing == StreamResponse::Framing::Chunked && !cut)
                m_socket->write("0\r\n\r\n");
            m_socket->disconnectFromHost();
            return;
        }
        const qsizetype pauseAt = m_response.pauseAfterBytes;
        if (pauseAt >= 0 && m_sent >= pauseAt)
            return; // hold the connection open until the test calls closeConnections()
        const qsizetype planned = m_pieces.at(m_nextPiece++);
        qsizetype piece = cutting ? std::min(planned, m_response.cutAfterBytes - m_sent) : planned;
        if (pauseAt >= 0)
            piece = std::min(piece, pauseAt - m_sent);
        const QByteArray data = m_response.body.mid(m_sent, piece);
        m_sent += piece;
        const bool cutHere = cutting && m_sent >= m_response.cutAfterBytes && piece < planned;
        if (m_response.framing == StreamResponse::Framing::Chunked) {
            // A cut chunk announces its planned size, so the client sees a
            // chunk end early, not a body that merely lacks its last chunk.
            const qsizetype announced = cutHere ? planned : piece;
            m_socket->write(QByteArray::number(announced, 16) + "\r\n" + data);
            if (!cutHere)
                m_socket->write("\r\n");
        } else {
            m_socket->write(data);
        }
        if (piece < planned && !cutHere)
            m_pieces.insert(m_nextPiece, planned - piece); // paused mid-piece: the rest comes later
        scheduleNext();
    }

    /// The 101 answer to an upgrade, as RFC 6455 section 4.2.2 computes it.
    static QByteArray webSocketAcceptHead(const QByteArray &key)
    {
        const QByteArray keyAndGuid = key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
        const QByteArray accept = QCryptographicHash::hash(keyAndGuid, QCryptographicHash::Sha1).toBase64();
        return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Accept: "
               + accept + "\r\n\r\n";
    }

    void startGenerating()
    {
        connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::generateMore);
        generateMore();
    }

    void generateMore()
    {
        // Keep a little queued, no more: the client's reading paces us. One
        // piece per turn of the event loop, so a slow generator never stalls it.
        constexpr qint64 kQueued = 4 * 1024 * 1024;
        if (m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesToWrite() < kQueued) {
            const QByteArray piece = m_response.generatedBody();
            if (piece.isEmpty()) {
                disconnect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::generateMore);
                m_socket->disconnectFromHost();
                return;
            }
            m_socket->write(piece);
        }
    }

    QTcpSocket *m_socket;
    StreamServer *m_server;
    StreamResponse m_response;
    RecordedRequest m_request;
    QPointer<QWebSocket> m_webSocket;
    QByteArray m_buffer;
    QList<qsizetype> m_pieces;
    qsizetype m_headerEnd = -1;
    qint64 m_contentLength = 0;
    qsizetype m_nextPiece = 0;
    qsizetype m_sent = 0;
    qsizetype m_requestIndex = -1;
    qsizetype m_sentMessages = 0;
    bool m_answered = false;
    bool m_closing = false; ///< the server closes the WebSocket itself
};

StreamServer::StreamServer(QObject *parent) : StreamServer(std::make_unique<QTcpServer>(), parent) {}

StreamServer::StreamServer(const QSslConfiguration &tls, QObject *parent)
    : StreamServer(
        [&tls] {
            auto server = std::make_unique<QSslServer>();
            server->setSslConfiguration(tls);
            return server;
        }(),
        parent)
{
}

StreamServer::StreamServer(std::unique_ptr<QTcpServer> listener, QObject *parent)
    : QObject(parent),
      m_listener(std::move(listener)),
      m_webSocketServer(u"inkchat-test"_s, QWebSocketServer::NonSecureMode)
{
    // A QSslServer offers a connection only once its handshake is done.
    connect(m_listener.get(), &QTcpServer::pendingConnectionAvailable, this, &StreamServer::onNewConnection);
    connect(&m_webSocketServer, &QWebSocketServer::newConnection, this, &StreamServer::onWebSocketConnected);
    m_listener->listen(QHostAddress::LocalHost, 0);
}

StreamServer::~StreamServer()
{
    m_listener->close();
}

bool StreamServer::isTls() const
{
    return qobject_cast<const QSslServer *>(m_listener.get()) != nullptr;
}

QUrl StreamServer::url(const QString &path) const
{
    return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(isTls() ? u"https"_s : u"http"_s).arg(port()).arg(path));
}

QUrl StreamServer::webSocketUrl(const QString &path) const
{
    return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(isTls() ? u"wss"_s : u"ws"_s).arg(port()).arg(path));
}

void StreamServer::onNewConnection()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection())
        m_connections.append(new Connection(socket, this));
}

void StreamServer::onWebSocketConnected()
{
    while (QWebSocket *webSocket = m_webSocketServer.nextPendingConnection()) {
        // The handshake finishes asynchronously; the client's port tells
        // whose it was.
        const auto owner = std::find_if(m_connections.cbegin(), m_connections.cend(),
                                        [webSocket](const QPointer<Connection> &connection) {
                                            return connection
                                                   && connection->peerPort() == webSocket->peerPort();
                                        });
        if (owner != m_connections.cend())
            (*owner)->adoptWebSocket(webSocket);
        else
            webSocket->deleteLater();
    }
}

void StreamServer::closeConnections()
{
    for (const QPointer<Connection> &connection : std::as_const(m_connections)) {
        if (connection)
            connection->close();
    }
    m_connections.clear();
}

StreamResponse StreamServer::responseTo(const RecordedRequest &request) const
{
    return m_responder ? m_responder(request) : m_response;
}

qsizetype StreamServer::record(RecordedRequest request)
{
    m_requests.append(std::move(request));
    Q_EMIT requestReceived();
    return m_requests.size() - 1;
}

void StreamServer::recordWebSocketMessage(qsizetype requestIndex, QByteArray message)
{
    m_requests[requestIndex].webSocketMessages.append(std::move(message));
    Q_EMIT webSocketMessageReceived();
}

void StreamServer::recordClientClose(qsizetype requestIndex, int closeCode)
{
    m_requests[requestIndex].clientCloseCode = closeCode;
    Q_EMIT webSocketClosedByClient();
}

} // namespace inkchat::test
