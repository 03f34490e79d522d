#pragma once

#include "provider/provider.h"
#include "util/error.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace inkchat::transport {

/// Turns an HTTP error response into an Error; the owner passes the
/// provider's describeHttpError so the user reads the provider's own words.
using HttpErrorDescriber = std::function<Error(const provider::HttpErrorResponse &)>;

/// Tunables of one HTTP stream.
struct HttpStreamOptions
{
    /// Abort when no byte arrives for this long (reset on every read).
    std::chrono::milliseconds idleTimeout{60'000};
    /// Largest HTTP error body kept for the describer, in bytes.
    qsizetype maxErrorBodySize = 64 * 1024;
};

/// Sends one StreamRequest over HTTP(S) and hands the body on as it arrives.
///
/// Ends with exactly one terminal signal: finished() after a clean end of
/// body, or failed() (network, TLS, idle timeout, HTTP >= 400). abort()
/// ends it silently. TLS verification is never relaxed. Single use: one
/// start() per object. The QNetworkAccessManager is owned by the caller and
/// must outlive the transport. Receivers must not delete the transport from
/// a slot (use deleteLater()).
class HttpStreamTransport : public QObject
{
    Q_OBJECT

public:
    HttpStreamTransport(QNetworkAccessManager *network, HttpErrorDescriber describer,
                        HttpStreamOptions options = {}, QObject *parent = nullptr);
    ~HttpStreamTransport() override;

    /// Sends the request. Never emits a signal before returning.
    void start(const provider::StreamRequest &request);

    /// Stops the request without emitting anything; safe to call at any time,
    /// also from a slot connected to this object's signals.
    void abort();

    /// Started and no terminal state reached yet.
    bool isRunning() const { return m_reply != nullptr && !m_done; }

    /// Body bytes received so far (excluding an HTTP error body).
    qint64 bodyBytesReceived() const { return m_bodyBytes; }

Q_SIGNALS:
    /// The response headers arrived (any status, once).
    void responseStarted(int status, const QByteArray &contentType);
    /// A piece of a successful (2xx) body, emitted as soon as it is read.
    void chunkReceived(const QByteArray &chunk);
    void finished();
    void failed(const inkchat::Error &error);

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onIdleTimeout();
    void announceResponse();
    bool isErrorStatus() const;
    void failWithHttpError();
    void fail(Error error);
    void releaseReply(bool abortIt);

    QNetworkAccessManager *m_network;
    HttpErrorDescriber m_describer;
    HttpStreamOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QByteArray m_errorBody;
    QString m_tlsErrors;
    qint64 m_bodyBytes = 0;
    int m_status = 0;
    bool m_announced = false;
    bool m_done = false;
};

} // namespace inkchat::transport
