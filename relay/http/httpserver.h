#pragma once

#include "httpanswer.h"

#include "util/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QSocketNotifier;
struct MHD_Daemon;
struct MHD_Connection;

namespace inkchat::relay {

class ResponseStream;

/// Where and how the server listens.
struct HttpServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; ///< 0: any free port (see port())
    /// PEM certificate chain and key: the server speaks HTTPS.
    QByteArray tlsCertificate;
    QByteArray tlsKey;
    int maxConnections = 4096;
    /// The largest request body read; a larger one is answered 413.
    qsizetype maxBodySize = 4 * 1024 * 1024;
    /// What a streamed response may hold for a client that reads slowly.
    qsizetype maxBufferedPerStream = 1024 * 1024;
    /// A connection that neither sends nor is sent anything this long is
    /// closed (a suspended stream does not count: its heartbeats wake it).
    int idleTimeoutSeconds = 120;
};

/// The relay's HTTP/1.1 server: GNU libmicrohttpd driven from the Qt event
/// loop (its epoll descriptor under a QSocketNotifier), so handlers, the
/// chat engine and the streams share one thread and need no locks.
///
/// A request is read whole (up to maxBodySize), then handed to the handler,
/// which answers at once with a whole response or with the head of a
/// streamed one. A streamed connection waits suspended, costing no CPU and
/// a few KiB, until its ResponseStream has bytes to send (docs/relay.md
/// has the figures that chose libmicrohttpd).
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpAnswer(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    /// Starts listening; an Error says why it cannot (address in use, a
    /// certificate that does not load).
    std::optional<Error> listen(const HttpServerOptions &options);
    /// Closes every connection and stops listening.
    void close();
    quint16 port() const { return m_port; }
    bool isTls() const { return m_tls; }
    /// Connections open now, streams included.
    int connectionCount() const { return m_connections; }

    // For the C callbacks.
    struct Exchange;
    int onRequest(MHD_Connection *connection, const char *url, const char *method, const char *uploadData,
                  size_t *uploadSize, void **context);
    void onCompleted(void **context);
    void onConnectionEvent(bool opened);

private:
    int queue(MHD_Connection *connection, Exchange *exchange, HttpAnswer answer);
    /// Lets libmicrohttpd do what is due; then waits for its next event.
    void run();
    void scheduleRun();

    Handler m_handler;
    HttpServerOptions m_options;
    MHD_Daemon *m_daemon = nullptr;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_timer;
    bool m_runScheduled = false;
    bool m_tls = false;
    quint16 m_port = 0;
    int m_connections = 0;
    /// Exchanges alive now, so close() can wake the suspended ones
    /// (libmicrohttpd must not be stopped with connections asleep).
    QList<Exchange *> m_exchanges;
};

} // namespace inkchat::relay
