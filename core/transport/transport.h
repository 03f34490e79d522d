#pragma once

#include "provider/provider.h"
#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

/// The transport folder's category ("inkchat.transport"), defined in
/// httpstreamtransport.cpp.
Q_DECLARE_LOGGING_CATEGORY(lcTransport)

namespace inkchat::transport {

/// Turns an HTTP error response into an Error; the owner passes the
/// provider's describeHttpError so the user reads the provider's own words.
using HttpErrorDescriber = std::function<Error(const provider::HttpErrorResponse &)>;

/// One exchange with a server for one StreamRequest: an HTTP request whose
/// body is handed on as it arrives, or a WebSocket whose messages are.
///
/// Ends with exactly one terminal signal: finished() or failed(). abort()
/// ends it silently. TLS verification is never relaxed. Single use: one
/// start() per object. Receivers must not delete the transport from a slot
/// (use deleteLater()).
class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Sends the request. Never emits a signal before returning.
    virtual void start(const provider::StreamRequest &request) = 0;

    /// Stops without emitting anything; safe at any time, also from a slot
    /// connected to this object's signals.
    virtual void abort() = 0;

    /// Payload bytes received so far (body or messages; not error bodies).
    virtual qint64 bytesReceived() const = 0;

    /// Changes the idle timeout from now on; 0 turns it off (a reply that
    /// is not streamed, or a stream a proxy holds back, has silences of any
    /// length: the connector's progress deadline bounds it instead).
    virtual void setIdleTimeout(std::chrono::milliseconds timeout) = 0;
    /// While chunkReceived() is emitted by a transport that hands chunks on
    /// later than it reads them (ThreadedTransport): when the chunk was read
    /// (Clock::now()). nullopt: now.
    virtual std::optional<std::chrono::milliseconds> chunkArrivedAt() const { return std::nullopt; }

Q_SIGNALS:
    /// The response headers arrived (any status, once); 101 for a WebSocket.
    void responseStarted(int status, const QByteArray &contentType);
    /// A piece of a successful body as soon as it is read; for a WebSocket,
    /// one whole text message.
    void chunkReceived(const QByteArray &chunk);
    /// The body ended cleanly; the server closed the WebSocket normally.
    void finished();
    void failed(const inkchat::Error &error);

protected:
    // Shared wording of the transports' error messages.

    /// "host" or "host:port" as the URL names it (never user info).
    static QString hostOf(const QUrl &url)
    {
        return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
    }

    /// The secure connection to `host` failed; `reasons` are Qt's words.
    static Error tlsError(const QString &host, const QString &reasons)
    {
        using namespace Qt::StringLiterals;
        return Error::coded(Error::Kind::Tls, Error::Code::TlsFailed, host,
                            u"secure connection to %1 failed: %2"_s.arg(host, reasons))
            .with({}, reasons);
    }

    /// Why TLS verification failed, in Qt's words; the errors are never ignored.
    static QString tlsErrorText(const QList<QSslError> &errors)
    {
        using namespace Qt::StringLiterals;
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        return reasons.join(u"; "_s);
    }
};

} // namespace inkchat::transport
