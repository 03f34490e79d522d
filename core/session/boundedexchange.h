#pragma once

#include "provider/provider.h"
#include "transport/tlstrust.h"
#include "util/clock.h"
#include "util/error.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace inkchat::transport {
class HttpStreamTransport;
}

namespace inkchat::session {

/// Bounds of one exchange.
struct ExchangeLimits
{
    /// The largest answer read.
    qsizetype maxBytes = 8 * 1024 * 1024;
    /// The whole exchange, connecting included, ends by then.
    std::chrono::milliseconds deadline{30'000};
};

/// One request to an endpoint and its whole answer, under the rules of a
/// reply: a key goes only to the endpoint's own origin (a redirect
/// elsewhere is refused before anything is sent there), TLS as the
/// endpoint trusts it, the answer bounded in size and the exchange in time.
/// For the small exchanges beside the replies: the model list, pairing
/// with a relay.
///
/// Single use; ends with exactly one of finished() or failed(), never
/// before start() returns.
class BoundedExchange : public QObject
{
    Q_OBJECT

public:
    BoundedExchange(QNetworkAccessManager *network, ExchangeLimits limits = {},
                    Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~BoundedExchange() override;

    /// `what` names the answer in errors ("the model list"); the provider
    /// describes an HTTP error status as it would for a reply.
    void start(const provider::StreamRequest &request, const transport::TlsTrust &tls,
               std::shared_ptr<const provider::Provider> provider, const QString &what);
    /// Ends with `error`, later, from the event loop: for a request that
    /// could not even be made.
    void failLater(Error error);

Q_SIGNALS:
    /// The answer's whole body (2xx).
    void finished(const QByteArray &body);
    /// The server's error, a network or TLS error, too large, too slow.
    void failed(const inkchat::Error &error);

private:
    void onChunk(const QByteArray &chunk);
    void onFinished();
    void fail(Error error);

    QNetworkAccessManager *m_network;
    ExchangeLimits m_limits;
    Clock &m_clock;
    QString m_what;
    QPointer<transport::HttpStreamTransport> m_transport;
    std::unique_ptr<Timer> m_deadline;
    QByteArray m_body;
    bool m_done = false;
};

} // namespace inkchat::session
