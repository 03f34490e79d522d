#include "httpstreamtransport.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
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
    case provider::Framing::Sse: return QByteArrayLiteral("text/event-stream");
    case provider::Framing::Ndjson: return QByteArrayLiteral("application/x-ndjson");
    case provider::Framing::Text: return QByteArrayLiteral("text/plain, */*");
    case provider::Framing::Json: return QByteArrayLiteral("application/json");
    case provider::Framing::WebSocket: break; // not an HTTP body
    }
    return QByteArrayLiteral("*/*");
}

/// A generic description for owners that have no provider to ask.
Error genericHttpError(const provider::HttpErrorResponse &response)
{
    Error error = Error::make(Error::Kind::Http,
                              u"the server answered HTTP %1"_s.arg(response.status),
                              response.status == 429 || response.status >= 500);
    error.httpStatus = response.status;
    return error;
}

} // namespace

HttpStreamTransport::HttpStreamTransport(QNetworkAccessManager *network,
                                         HttpErrorDescriber describer,
                                         HttpStreamOptions options, Clock &clock,
                                         QObject *parent)
    : Transport(parent)
    , m_network(network)
    , m_describer(describer ? std::move(describer) : HttpErrorDescriber(genericHttpError))
    , m_options(options)
    , m_idleTimer(clock.createTimer([this] { onIdleTimeout(); }))
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
    if (request.url.scheme() == "https"_L1)
        networkRequest.setSslConfiguration(m_options.tls.configuration());
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (!hasHeader(request.headers, "Accept"))
        networkRequest.setRawHeader(QByteArrayLiteral("Accept"), acceptFor(request.framing));
    // Proxies and caches between us and the provider must not hold the stream back.
    networkRequest.setRawHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));

    const bool isGet = request.method.compare("GET", Qt::CaseInsensitive) == 0;
    if (!isGet && !hasHeader(request.headers, "Content-Type"))
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);

    if (isGet)
        m_reply = m_network->get(networkRequest);
    else if (request.method.compare("POST", Qt::CaseInsensitive) == 0)
        m_reply = m_network->post(networkRequest, request.body);
    else
        m_reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);

    qCDebug(lcTransport) << "sending" << request.method << request.url.toDisplayString();

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

void HttpStreamTransport::onMetaDataChanged()
{
    restartIdleTimer();
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
        fail(Error::make(Error::Kind::Tls,
                         u"secure connection to %1 failed: %2"_s.arg(
                             host, m_tlsErrors.isEmpty() ? qtText : m_tlsErrors)));
        return;
    case QNetworkReply::OperationCanceledError:
        fail(Error::make(Error::Kind::Cancelled, u"the request was cancelled"_s));
        return;
    case QNetworkReply::TimeoutError:
        fail(Error::make(Error::Kind::Timeout, u"%1: %2"_s.arg(host, qtText), true));
        return;
    default:
        break;
    }
    if (m_bodyBytes > 0) {
        fail(Error::make(Error::Kind::Network,
                         u"the connection to %1 broke during the reply: %2"_s.arg(host, qtText),
                         true));
        return;
    }
    fail(Error::make(Error::Kind::Network, u"cannot reach %1: %2"_s.arg(host, qtText), true));
}

void HttpStreamTransport::restartIdleTimer()
{
    m_idleTimer->start(m_options.idleTimeout);
}

void HttpStreamTransport::onIdleTimeout()
{
    if (m_done)
        return;
    fail(Error::make(Error::Kind::Timeout,
                     u"no data from the server for %1 s"_s.arg(secondsText(m_options.idleTimeout)),
                     true));
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
    if (abortIt && reply->isRunning())
        reply->abort();
    // We may be inside one of its signals; deleting now would pull the rug.
    reply->deleteLater();
}

} // namespace inkchat::transport
