#include "httpserver.h"

#include "responsestream.h"

#include <QPointer>
#include <QSocketNotifier>

#include <microhttpd.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace inkchat::relay {

/// One request and, when it streams, its response, from the first byte of
/// the request to the end of the connection's use of it.
struct HttpServer::Exchange
{
    MHD_Connection *connection = nullptr;
    QByteArray body;
    bool tooLarge = false;
    QPointer<ResponseStream> stream;
    QMetaObject::Connection wake;
    bool suspended = false;
};

namespace {

/// The bytes of a streamed response sent in one go at most.
constexpr size_t kBlockSize = 16 * 1024;
/// libmicrohttpd's memory for one connection's request head and send buffer:
/// what an idle SSE client costs the relay, besides its socket.
constexpr size_t kConnectionMemory = 16 * 1024;

MHD_Result collectHeader(void *list, MHD_ValueKind, const char *key, const char *value)
{
    static_cast<HeaderList *>(list)->append({QByteArray(key), QByteArray(value ? value : "")});
    return MHD_YES;
}

MHD_Result collectArgument(void *query, MHD_ValueKind, const char *key, const char *value)
{
    static_cast<QUrlQuery *>(query)->addQueryItem(QString::fromUtf8(key),
                                                  QString::fromUtf8(value ? value : ""));
    return MHD_YES;
}

ssize_t readStream(void *context, uint64_t, char *out, size_t max)
{
    auto *exchange = static_cast<HttpServer::Exchange *>(context);
    ResponseStream *stream = exchange->stream;
    if (!stream || stream->isOverflowing())
        return MHD_CONTENT_READER_END_WITH_ERROR;
    if (stream->hasPending())
        return ssize_t(stream->take(out, qsizetype(max)));
    if (stream->isFinished())
        return MHD_CONTENT_READER_END_OF_STREAM;
    // Nothing to send: the connection sleeps until the stream has some.
    MHD_suspend_connection(exchange->connection);
    exchange->suspended = true;
    return 0;
}

extern "C" MHD_Result accessHandler(void *server, MHD_Connection *connection, const char *url,
                                    const char *method, const char *, const char *uploadData,
                                    size_t *uploadSize, void **context)
{
    return static_cast<HttpServer *>(server)->onRequest(connection, url, method, uploadData, uploadSize,
                                                        context)
               ? MHD_YES
               : MHD_NO;
}

extern "C" void requestCompleted(void *server, MHD_Connection *, void **context, MHD_RequestTerminationCode)
{
    static_cast<HttpServer *>(server)->onCompleted(context);
}

extern "C" void connectionChanged(void *server, MHD_Connection *, void **,
                                  MHD_ConnectionNotificationCode code)
{
    static_cast<HttpServer *>(server)->onConnectionEvent(code == MHD_CONNECTION_NOTIFY_STARTED);
}

} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent) : QObject(parent), m_handler(std::move(handler))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpServer::run);
}

HttpServer::~HttpServer()
{
    close();
}

std::optional<Error> HttpServer::listen(const HttpServerOptions &options)
{
    close();
    m_options = options;
    m_tls = !options.tlsCertificate.isEmpty();
    // libmicrohttpd copies none of these; they live in m_options.
    m_options.tlsCertificate.append('\0');
    m_options.tlsKey.append('\0');

    sockaddr_storage address{};
    unsigned int flags = MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME;
    if (options.address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&address);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(options.port);
        const Q_IPV6ADDR ip = options.address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &ip, sizeof ip);
        flags |= MHD_USE_IPv6;
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&address);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(options.port);
        in4->sin_addr.s_addr = htonl(options.address.toIPv4Address());
    }
    if (m_tls)
        flags |= MHD_USE_TLS;

    std::vector<MHD_OptionItem> items = {
        {MHD_OPTION_SOCK_ADDR, 0, &address},
        {MHD_OPTION_CONNECTION_LIMIT, options.maxConnections, nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, options.idleTimeoutSeconds, nullptr},
        {MHD_OPTION_CONNECTION_MEMORY_LIMIT, intptr_t(kConnectionMemory), nullptr},
        {MHD_OPTION_NOTIFY_COMPLETED, intptr_t(&requestCompleted), this},
        {MHD_OPTION_NOTIFY_CONNECTION, intptr_t(&connectionChanged), this},
        {MHD_OPTION_LISTENING_ADDRESS_REUSE, 1, nullptr},
    };
    if (m_tls) {
        items.push_back({MHD_OPTION_HTTPS_MEM_KEY, 0, m_options.tlsKey.data()});
        items.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0, m_options.tlsCertificate.data()});
    }
    items.push_back({MHD_OPTION_END, 0, nullptr});

    m_daemon = MHD_start_daemon(flags, options.port, nullptr, nullptr, &accessHandler, this, MHD_OPTION_ARRAY,
                                items.data(), MHD_OPTION_END);
    if (!m_daemon) {
        return Error::make(Error::Kind::Unavailable,
                           u"cannot listen on %1 port %2 (in use, not an address of this machine, or a "
                           "certificate and key that do not load)"_s.arg(options.address.toString())
                               .arg(options.port));
    }
    m_port = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT)->port;
    const int epoll = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_EPOLL_FD)->epoll_fd;
    m_notifier = std::make_unique<QSocketNotifier>(epoll, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &HttpServer::run);
    run();
    return std::nullopt;
}

void HttpServer::close()
{
    if (!m_daemon)
        return;
    m_notifier.reset();
    m_timer.stop();
    // Every sleeping stream must be awake before the daemon may stop.
    for (Exchange *exchange : std::as_const(m_exchanges)) {
        if (exchange->suspended) {
            exchange->suspended = false;
            MHD_resume_connection(exchange->connection);
        }
    }
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
    m_port = 0;
}

int HttpServer::onRequest(MHD_Connection *connection, const char *url, const char *method,
                          const char *uploadData, size_t *uploadSize, void **context)
{
    auto *exchange = static_cast<Exchange *>(*context);
    if (!exchange) {
        exchange = new Exchange;
        exchange->connection = connection;
        m_exchanges.append(exchange);
        *context = exchange;
        return true;
    }
    if (*uploadSize > 0) {
        if (exchange->body.size() + qsizetype(*uploadSize) > m_options.maxBodySize)
            exchange->tooLarge = true;
        else
            exchange->body.append(uploadData, qsizetype(*uploadSize));
        *uploadSize = 0;
        return true;
    }
    if (exchange->tooLarge)
        return queue(connection, exchange, HttpAnswer::text(413, "The request is too large.\n"));

    HttpRequest request;
    request.method = method;
    request.path = url;
    request.body = std::exchange(exchange->body, {});
    request.isTls = m_tls;
    MHD_get_connection_values(connection, MHD_HEADER_KIND, &collectHeader, &request.headers);
    MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &collectArgument, &request.query);
    if (const MHD_ConnectionInfo *info = MHD_get_connection_info(connection,
                                                                 MHD_CONNECTION_INFO_CLIENT_ADDRESS))
        request.peer = QHostAddress(info->client_addr);
    return queue(connection, exchange, m_handler(request));
}

int HttpServer::queue(MHD_Connection *connection, Exchange *exchange, HttpAnswer answer)
{
    MHD_Response *response = nullptr;
    ResponseStream *stream = nullptr;
    if (answer.stream) {
        stream = new ResponseStream(m_options.maxBufferedPerStream, this);
        exchange->stream = stream;
        exchange->wake = connect(stream, &ResponseStream::readyToSend, this, [this, exchange] {
            if (exchange->suspended) {
                exchange->suspended = false;
                MHD_resume_connection(exchange->connection);
                scheduleRun();
            }
        });
        response = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, kBlockSize, &readStream, exchange,
                                                     nullptr);
        // A stream ends with its connection, not with a last chunk: Qt 6.4's
        // HTTP client, cut while it reads a chunk's size line ("2A" of
        // "2A\r\n"), neither fails nor finishes the reply; the client
        // stalls until its idle timeout. Cut anywhere in a body that
        // closing delimits, a reply just ends early, and the client resumes
        // at once by Last-Event-ID.
        if (response)
            MHD_set_response_options(response, MHD_RF_HTTP_1_0_COMPATIBLE_STRICT, MHD_RO_END);
    } else {
        response = MHD_create_response_from_buffer(size_t(answer.body.size()), answer.body.data(),
                                                   MHD_RESPMEM_MUST_COPY);
    }
    if (!response)
        return false;
    for (const auto &[name, value] : std::as_const(answer.headers))
        MHD_add_response_header(response, name.constData(), value.constData());
    const MHD_Result queued = MHD_queue_response(connection, unsigned(answer.status), response);
    MHD_destroy_response(response);
    if (queued == MHD_YES && stream)
        answer.stream(*stream);
    return queued == MHD_YES;
}

void HttpServer::onCompleted(void **context)
{
    auto *exchange = static_cast<Exchange *>(*context);
    if (!exchange)
        return;
    *context = nullptr;
    m_exchanges.removeOne(exchange);
    if (exchange->stream) {
        disconnect(exchange->wake);
        exchange->stream->markClosed();
        exchange->stream->deleteLater();
    }
    delete exchange;
}

void HttpServer::onConnectionEvent(bool opened)
{
    m_connections += opened ? 1 : -1;
}

void HttpServer::scheduleRun()
{
    if (m_runScheduled)
        return;
    m_runScheduled = true;
    QMetaObject::invokeMethod(this, &HttpServer::run, Qt::QueuedConnection);
}

void HttpServer::run()
{
    m_runScheduled = false;
    if (!m_daemon)
        return;
    MHD_run(m_daemon);
    MHD_UNSIGNED_LONG_LONG timeout = 0;
    if (MHD_get_timeout(m_daemon, &timeout) == MHD_YES)
        m_timer.start(int(std::min<MHD_UNSIGNED_LONG_LONG>(timeout, 60'000)));
    else
        m_timer.stop();
}

} // namespace inkchat::relay
