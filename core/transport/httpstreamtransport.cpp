#include "httpstreamtransport.h"

#include "environmentproxy.h"
#include "useragent.h"

#include "util/secondstext.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTransport, "inkchat.transport", QtInfoMsg)

namespace inkchat::transport {

namespace {

bool hasHeader(const provider::HttpHeaders &headers, QByteArrayView name)
{
    return std::any_of(headers.begin(), headers.end(), [name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray acceptFor(provider::Framing framing)
{
    switch (framing) {
    case provider::Framing::Sse:
        return QByteArrayLiteral("text/event-stream");
    case provider::Framing::Ndjson:
        return QByteArrayLiteral("application/x-ndjson");
    case provider::Framing::Text:
        return QByteArrayLiteral("text/plain, */*");
    case provider::Framing::Json:
        return QByteArrayLiteral("application/json");
    case provider::Framing::WebSocket:
        break; // not an HTTP body
    }
    return QByteArrayLiteral("*/*");
}

/// Scheme, host and port, with the scheme's default port filled in.
bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) { return url.scheme() == "https"_L1 ? 443 : 80; };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

/// "https://host:port" of a URL, never its user info, path or query.
QString originText(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                               | QUrl::RemoveFragment);
}

/// A generic description for owners that have no provider to ask.
Error genericHttpError(const provider::HttpErrorResponse &response)
{
    const QString status = QString::number(response.status);
    Error error = Error::coded(Error::Kind::Http, Error::Code::HttpStatus, status,
                               u"the server answered HTTP %1"_s.arg(status),
                               response.status == 429 || response.status >= 500);
    error.httpStatus = response.status;
    return error;
}

} // namespace

HttpStreamTransport::HttpStreamTransport(QNetworkAccessManager *network, HttpErrorDescriber describer,
                                         HttpStreamOptions options, Clock &clock, QObject *parent)
    : Transport(parent),
      m_network(network),
      m_describer(describer ? std::move(describer) : HttpErrorDescriber(genericHttpError)),
      m_options(options),
      m_idleTimer(clock.createTimer([this] { onIdleTimeout(); }))
{
    Q_ASSERT(m_network);
}

HttpStreamTransport::~HttpStreamTransport()
{
    releaseReply(true);
}

void HttpStreamTransport::start(const provider::StreamRequest &request)
{
    Q_ASSERT_X(!m_reply && !m_done, "HttpStreamTransport::start", "single use");

    QNetworkRequest networkRequest(request.url);
    m_origin = request.url;
    if (request.url.scheme() == "https"_L1)
        networkRequest.setSslConfiguration(m_options.tls.configuration());
    // Every redirect is checked in onRedirected() before it is followed.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::UserVerifiedRedirectPolicy);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (!hasHeader(request.headers, "Accept"))
        networkRequest.setRawHeader(QByteArrayLiteral("Accept"), acceptFor(request.framing));
    if (!hasHeader(request.headers, "User-Agent"))
        networkRequest.setRawHeader(QByteArrayLiteral("User-Agent"), userAgent());
    // Proxies and caches between us and the provider must not hold the stream back.
    networkRequest.setRawHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    // Left to itself Qt asks for gzip and inflates it in its network thread,
    // where no limit applies (a 14:1 body grew past 2 GiB); a streamed
    // reply gains little from compression.
    networkRequest.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));

    const bool isGet = request.method.compare("GET", Qt::CaseInsensitive) == 0;
    if (!isGet && !hasHeader(request.headers, "Content-Type"))
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);

    if (isGet)
        m_reply = m_network->get(networkRequest);
    else if (request.method.compare("POST", Qt::CaseInsensitive) == 0)
        m_reply = m_network->post(networkRequest, request.body);
    else
        m_reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);

    // The query may carry what a provider needs; user info never appears in logs.
    qCDebug(lcTransport) << "sending" << request.method << originText(request.url) + request.url.path();

    m_reply->setReadBufferSize(m_options.readBufferSize);
    limitReadBufferOfNextRequest();
    connect(m_reply, &QNetworkReply::redirected, this, &HttpStreamTransport::onRedirected);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpStreamTransport::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpStreamTransport::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpStreamTransport::onFinished);
    // A slow upload of a long conversation is progress too.
    connect(m_reply, &QNetworkReply::uploadProgress, this, &HttpStreamTransport::restartIdleTimer);
    // Never ignoreSslErrors(): remembering the reasons only makes the error readable.
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_tlsErrors = tlsErrorText(errors); });
    restartIdleTimer();
}

void HttpStreamTransport::abort()
{
    m_done = true;
    m_idleTimer->stop();
    releaseReply(true);
}

void HttpStreamTransport::limitReadBuffer()
{
    // Qt 6.4 hands a size set before the request started to its network
    // thread, which then only stops passing data on, and keeps reading the
    // socket into memory (1.3 GiB in 5 s of an SSE comment flood). Setting
    // it again once the request is under way also stops the reading.
    if (m_reply)
        m_reply->setReadBufferSize(m_options.readBufferSize);
}

void HttpStreamTransport::limitReadBufferOfNextRequest()
{
    // Queued behind Qt's own start of the request, so the network thread
    // has the limit before the first byte of the body. Set any later (at
    // requestSent), a flood that follows the request at once kept that
    // thread reading in one loop, never back in its event loop to take the
    // limit: 350 MiB of the 512 MiB flood were held at once.
    QMetaObject::invokeMethod(this, &HttpStreamTransport::limitReadBuffer, Qt::QueuedConnection);
}

void HttpStreamTransport::onRedirected(const QUrl &target)
{
    if (m_done || !m_reply)
        return;
    if (isSameOrigin(m_origin, target)) {
        Q_EMIT m_reply->redirectAllowed();
        limitReadBufferOfNextRequest(); // Qt sends the redirected request anew
        return;
    }
    // The key is in the headers and the conversation in the body: neither
    // may go to a place the user did not choose. https to http is covered
    // too, the scheme being part of the origin.
    const QString from = originText(m_origin);
    const QString to = originText(target);
    fail(Error::coded(Error::Kind::Usage, Error::Code::RedirectedElsewhere, from,
                      u"%1 redirected the request to %2, another origin; nothing was sent there (if the "
                      "endpoint has moved, change its base URL)"_s.arg(from, to))
             .with({to}));
}

void HttpStreamTransport::onMetaDataChanged()
{
    restartIdleTimer();
    limitReadBuffer();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A followed redirect reports its own headers first; wait for the final answer.
    if (status >= 300 && status < 400
        && m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).isValid()) {
        return;
    }
    announceResponse();
}

void HttpStreamTransport::announceResponse()
{
    if (m_announced || !m_reply)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status == 0)
        return;
    m_announced = true;
    Q_EMIT responseStarted(m_status, m_reply->rawHeader("Content-Type"));
    if (m_done || !m_reply)
        return;
    // Asked for identity; compressed bytes would reach the parser as garbage.
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed();
    if (!isErrorStatus() && !encoding.isEmpty() && encoding.compare("identity", Qt::CaseInsensitive) != 0) {
        const QString host = hostOf(m_reply->url());
        const QString compression = QString::fromLatin1(encoding);
        fail(Error::coded(Error::Kind::Protocol, Error::Code::CompressedBody, host,
                          u"%1 sent a %2-compressed body although an uncompressed one was asked for"_s.arg(
                              host, compression))
                 .with({compression}));
    }
}

bool HttpStreamTransport::isErrorStatus() const
{
    return m_status >= 400;
}

void HttpStreamTransport::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    restartIdleTimer();
    announceResponse();
    if (m_done || !m_reply)
        return;

    if (isErrorStatus()) {
        const qsizetype room = m_options.maxErrorBodySize - m_errorBody.size();
        m_errorBody += m_reply->read(room);
        // The rest of a huge error page adds nothing the user can read.
        if (m_errorBody.size() >= m_options.maxErrorBodySize)
            failWithHttpError();
        return;
    }

    const QByteArray chunk = m_reply->readAll();
    if (chunk.isEmpty())
        return;
    m_bodyBytes += chunk.size();
    Q_EMIT chunkReceived(chunk);
}

void HttpStreamTransport::onFinished()
{
    if (m_done || !m_reply)
        return;
    onReadyRead();
    if (m_done || !m_reply)
        return;
    announceResponse();
    if (m_done || !m_reply)
        return;

    if (isErrorStatus()) {
        failWithHttpError();
        return;
    }

    const QNetworkReply::NetworkError code = m_reply->error();
    if (code == QNetworkReply::NoError) {
        m_done = true;
        m_idleTimer->stop();
        releaseReply(false);
        Q_EMIT finished();
        return;
    }

    const QString host = hostOf(m_reply->url());
    const QString qtText = m_reply->errorString();
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        fail(tlsError(host, m_tlsErrors.isEmpty() ? qtText : m_tlsErrors));
        return;
    case QNetworkReply::OperationCanceledError:
        fail(Error::coded(Error::Kind::Cancelled, Error::Code::RequestCancelled, {},
                          u"the request was cancelled"_s));
        return;
    case QNetworkReply::TimeoutError:
        fail(Error::coded(Error::Kind::Timeout, Error::Code::HostTimedOut, host,
                          u"%1: %2"_s.arg(host, qtText), true)
                 .with({}, qtText));
        return;
    default:
        break;
    }
    if (m_bodyBytes > 0) {
        fail(Error::coded(Error::Kind::Network, Error::Code::ConnectionBroke, host,
                          u"the connection to %1 broke during the reply: %2"_s.arg(host, qtText), true)
                 .with({}, qtText));
        return;
    }
    // Through a proxy, the proxy is what could not be reached, or what
    // gave up on the way: name it, not only the place it was to go.
    const QString proxy = m_network->proxy().type() != QNetworkProxy::DefaultProxy
                              ? EnvironmentProxyFactory::describeProxy(m_network->proxy())
                              : EnvironmentProxyFactory::proxyFor(m_origin);
    if (!proxy.isEmpty()) {
        fail(Error::coded(Error::Kind::Network, Error::Code::ProxyUnreachable, host,
                          u"cannot reach %1 through the proxy %2: %3"_s.arg(host, proxy, qtText), true)
                 .with({proxy}, qtText));
        return;
    }
    fail(Error::coded(Error::Kind::Network, Error::Code::HostUnreachable, host,
                      u"cannot reach %1: %2"_s.arg(host, qtText), true)
             .with({}, qtText));
}

void HttpStreamTransport::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_options.idleTimeout = timeout;
    if (!m_done)
        restartIdleTimer();
}

void HttpStreamTransport::restartIdleTimer()
{
    if (m_options.idleTimeout > std::chrono::milliseconds::zero())
        m_idleTimer->start(m_options.idleTimeout);
    else
        m_idleTimer->stop();
}

void HttpStreamTransport::onIdleTimeout()
{
    if (m_done)
        return;
    const QString seconds = secondsText(m_options.idleTimeout);
    fail(Error::coded(Error::Kind::Timeout, Error::Code::NoDataFor, seconds,
                      u"no data from the server for %1 s"_s.arg(seconds), true));
}

void HttpStreamTransport::failWithHttpError()
{
    provider::HttpErrorResponse response;
    response.status = m_status;
    response.body = m_errorBody;
    response.contentType = m_reply ? m_reply->rawHeader("Content-Type") : QByteArray();
    response.retryAfter = m_reply ? m_reply->rawHeader("Retry-After") : QByteArray();
    Error error = m_describer(response);
    error.kind = Error::Kind::Http;
    if (error.httpStatus == 0)
        error.httpStatus = m_status;
    fail(std::move(error));
}

void HttpStreamTransport::fail(Error error)
{
    m_done = true;
    m_idleTimer->stop();
    releaseReply(true);
    qCDebug(lcTransport) << "failed:" << kindName(error.kind);
    Q_EMIT failed(error);
}

void HttpStreamTransport::releaseReply(bool abortIt)
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (abortIt && reply->isRunning()) {
        reply->abort();
        // What Qt's network thread had already queued for the reply (a
        // refused connection, say) would otherwise reach it before its
        // deleteLater(), and an aborted reply takes a second error as "an
        // internal problem" (a warning in the log, and a failed test).
        QCoreApplication::removePostedEvents(reply, QEvent::MetaCall);
    }
    // We may be inside one of its signals; deleting now would pull the rug
    // (and deleting a reply Qt has just aborted crashes Qt 6.4 even outside them).
    reply->deleteLater();
}

} // namespace inkchat::transport
