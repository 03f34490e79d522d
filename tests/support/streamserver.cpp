#include "streamserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace inkchat::test {

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// One accepted socket: reads one request, then plays the scripted response.
class StreamServer::Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, StreamServer *server)
        : QObject(server), m_socket(socket), m_server(server)
    {
        m_socket->setParent(this);
        // Each write leaves as its own segment, so the client really sees small pieces.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        if (m_answered)
            return;
        if (m_headerEnd < 0) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_headerEnd = end + 4;
            parseHead(m_buffer.left(end));
        }
        if (m_buffer.size() - m_headerEnd < m_contentLength)
            return;
        m_request.body = m_buffer.mid(m_headerEnd, m_contentLength);
        m_answered = true;
        m_response = m_server->m_response;
        m_server->record(m_request);
        respond();
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
        QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' '
                          + m_response.reason + "\r\n";
        for (const auto &[name, value] : m_response.headers)
            head += name + ": " + value + "\r\n";
        if (m_response.framing == StreamResponse::Framing::Chunked)
            head += "Transfer-Encoding: chunked\r\n";
        head += "Connection: close\r\n\r\n";
        m_socket->write(head);
        planChunks();
        scheduleNext();
    }

    void planChunks()
    {
        const qsizetype size = m_response.body.size();
        QRandomGenerator random(m_response.seed);
        for (qsizetype pos = 0; pos < size;) {
            qsizetype piece = size - pos;
            if (m_response.chunking == StreamResponse::Chunking::OneByte)
                piece = 1;
            else if (m_response.chunking == StreamResponse::Chunking::Random)
                piece = std::min<qsizetype>(piece, random.bounded(1, m_response.maxChunkSize + 1));
            m_pieces.append(piece);
            pos += piece;
        }
    }

    void scheduleNext()
    {
        QTimer::singleShot(m_nextPiece == 0 ? 0 : m_response.delayMs, this, &Connection::sendNext);
    }

    void sendNext()
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        const bool cutting = m_response.cutAfterBytes >= 0;
        if (m_nextPiece >= m_pieces.size() || (cutting && m_sent >= m_response.cutAfterBytes)) {
            const bool cut = cutting && m_sent >= m_response.cutAfterBytes
                             && m_sent < m_response.body.size();
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

public:
    void close()
    {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost();
    }

private:
    QTcpSocket *m_socket;
    StreamServer *m_server;
    StreamResponse m_response;
    RecordedRequest m_request;
    QByteArray m_buffer;
    QList<qsizetype> m_pieces;
    qsizetype m_headerEnd = -1;
    qint64 m_contentLength = 0;
    qsizetype m_nextPiece = 0;
    qsizetype m_sent = 0;
    bool m_answered = false;
};

StreamServer::StreamServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &StreamServer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

StreamServer::~StreamServer()
{
    m_server.close();
}

QUrl StreamServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(path));
}

void StreamServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        m_connections.append(new Connection(socket, this));
}

void StreamServer::closeConnections()
{
    for (const QPointer<Connection> &connection : std::as_const(m_connections)) {
        if (connection)
            connection->close();
    }
    m_connections.clear();
}

void StreamServer::record(RecordedRequest request)
{
    m_requests.append(std::move(request));
    Q_EMIT requestReceived();
}

} // namespace inkchat::test
