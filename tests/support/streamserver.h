#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <utility>

class QTcpSocket;

namespace inkchat::test {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// What the StreamServer answers to every request.
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
    /// Close the connection once this many body bytes went out (-1: never).
    qsizetype cutAfterBytes = -1;
    /// Stop sending once this many body bytes went out and keep the
    /// connection open until closeConnections() (-1: never). Lets a test
    /// cut the stream at a point the client has provably reached.
    qsizetype pauseAfterBytes = -1;
    /// Read the request and never answer (for idle-timeout tests).
    bool silent = false;
};

/// One request as the server received it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; ///< path and query, as on the request line
    HeaderList headers;
    QByteArray body;

    /// The value of the first header with this name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
};

/// A loopback HTTP/1.1 server that streams a scripted response with exact
/// control over chunking, pauses and broken connections. QHttpServer (6.4)
/// cannot stream, hence plain QTcpServer. Listens on 127.0.0.1 with an
/// ephemeral port from construction until destruction; runs in the test's
/// event loop, so the test must wait with QSignalSpy::wait(), never block.
class StreamServer : public QObject
{
    Q_OBJECT

public:
    explicit StreamServer(QObject *parent = nullptr);
    ~StreamServer() override;

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    /// http://127.0.0.1:PORT followed by path (which starts with '/' or is empty).
    QUrl url(const QString &path = {}) const;

    void setResponse(StreamResponse response) { m_response = std::move(response); }
    const QList<RecordedRequest> &requests() const { return m_requests; }

    /// Closes every open connection in an orderly way (FIN), wherever its
    /// response stands: a paused chunked body then ends without its last chunk.
    void closeConnections();

Q_SIGNALS:
    /// A whole request (headers and body) has been read.
    void requestReceived();

private:
    class Connection;
    void onNewConnection();
    void record(RecordedRequest request);

    QTcpServer m_server;
    StreamResponse m_response;
    QList<RecordedRequest> m_requests;
    QList<QPointer<Connection>> m_connections;
};

} // namespace inkchat::test
