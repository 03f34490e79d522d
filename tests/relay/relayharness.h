#pragma once

#include "stream/sseparser.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

/// Running inkchat-relay from the tests: the program on loopback, paired
/// clients that speak plain HTTP/1.0 over a socket (so a test cuts a
/// connection exactly when it wants), and an SSE reader on the core's parser.
namespace inkchat::test::relay {

inline constexpr int kWaitMs = 30'000;
/// The upstream key the relay holds: it must never show up anywhere.
inline const QByteArray kUpstreamKey = QByteArrayLiteral("sk-test-RELAYKEY-7f3a9c1e5b");

/// One event the client received.
struct ClientEvent
{
    QByteArray type;
    QByteArray id;
    QByteArray data;
    QString text() const; ///< a text event's piece
};

/// A raw HTTP/1.0 client connection: one request, the response as it streams.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    HttpClient(quint16 port, QByteArray method, QByteArray target,
               QList<std::pair<QByteArray, QByteArray>> headers, QByteArray body = {});
    ~HttpClient() override;

    /// Waits for the head; the status (0 when the connection failed).
    int waitForStatus();
    /// Waits until `count` events arrived (or the response ended).
    bool waitForEvents(qsizetype count);
    /// Waits until the server closes the connection.
    bool waitForEnd();
    void abort() { m_socket.abort(); }

    int status() const { return m_status; }
    const QList<ClientEvent> &events() const { return m_events; }
    int comments() const { return m_comments; }
    QByteArray headerBlock() const { return m_head; }
    const QByteArray &body() const { return m_body; }
    const QByteArray &received() const { return m_received; }
    bool isClosed() const { return m_closed; }
    /// Every text event's piece, in order.
    QString text() const;

Q_SIGNALS:
    void progressed();

private:
    class Handler;
    void onReadyRead();

    QTcpSocket m_socket;
    QByteArray m_received;
    QByteArray m_head;
    QByteArray m_body;
    bool m_headDone = false;
    bool m_closed = false;
    int m_status = 0;
    int m_comments = 0;
    QList<ClientEvent> m_events;
    stream::SseParser m_parser;
    std::unique_ptr<Handler> m_handler;
};

/// The whole answer to one request.
struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray received; ///< head and body as they came
};
Answer request(quint16 port, const QByteArray &method, const QByteArray &target, const QByteArray &token = {},
               const QByteArray &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {});

/// inkchat-relay serve on 127.0.0.1, a free port, its own data folder.
class RelayProcess
{
public:
    /// Whether the upstream carries a reply on from a prefill (as vLLM does)
    /// or answers afresh (as OpenAI's own API does).
    enum class Upstream { HonoursPrefill, IgnoresPrefill };

    /// `upstreamUrl`: an OpenAI Chat Completions endpoint.
    RelayProcess(const QString &dataDir, const QUrl &upstreamUrl, const QStringList &extraArguments = {},
                 Upstream upstream = Upstream::HonoursPrefill);
    /// With these options naming the upstream (e.g. `--endpoint NAME`).
    struct UpstreamArguments
    {
        QStringList arguments;
    };
    RelayProcess(const QString &dataDir, const UpstreamArguments &upstream);
    ~RelayProcess();

    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    /// Everything it wrote to stdout and stderr so far.
    QByteArray output();
    /// Runs the event loop until its output contains `text`; false after kWaitMs.
    bool waitForOutput(const QByteArray &text);
    /// SIGKILL: a crash, a power cut.
    void kill();
    /// SIGTERM, as systemd stops it; true when it exited cleanly.
    bool terminate();
    /// Resident set now and at its peak, in KiB (/proc/PID/status).
    qint64 residentKiB() const;

    /// Pairs a device through the CLI and /v1/pair; its token.
    QByteArray pair(const QString &name = QStringLiteral("test"));
    /// Runs another subcommand on the same data folder; exit code, output in `out`.
    int runCommand(const QStringList &arguments, QByteArray *out = nullptr) const;

private:
    QString m_dataDir;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

/// The upstream key file, mode 0600, in `dir`.
QString writeKeyFile(const QString &dir);

/// Lets this process open `count` more sockets than the usual 1024.
void raiseOpenFileLimit();

} // namespace inkchat::test::relay
