#pragma once

#include "endpointsource.h"

#include "util/clock.h"
#include "util/error.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace inkchat::provider {
class Provider;
}
namespace inkchat::transport {
class HttpStreamTransport;
}

namespace inkchat::session {

/// Bounds of one model list request.
struct ModelListLimits
{
    /// The largest answer read; OpenRouter's list, the largest known, is
    /// about 1 MiB.
    qsizetype maxBytes = 8 * 1024 * 1024;
    /// The whole exchange, connecting included, ends by then.
    std::chrono::milliseconds deadline{30'000};
};

/// Asks an endpoint which models it offers (OpenAI and compatible servers
/// `GET /models`, Anthropic `/v1/models`, Gemini `models`, Ollama
/// `/api/tags`), under the rules of a reply: the key goes only to the
/// endpoint's own origin (a redirect elsewhere is refused before anything
/// is sent there), TLS as the endpoint trusts it, the answer bounded in
/// size and the whole exchange in time. The app's model picker and
/// `inkchat-cli models` show what it finds.
///
/// Single use; ends with exactly one of finished() or failed(), never
/// before start() returns.
class ModelListFetch : public QObject
{
    Q_OBJECT

public:
    ModelListFetch(QNetworkAccessManager *network, ModelListLimits limits = {},
                   Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~ModelListFetch() override;

    void start(const ResolvedEndpoint &endpoint);

Q_SIGNALS:
    /// The model ids, as the endpoint's `model` takes them; may be empty
    /// (an Ollama that has pulled none).
    void finished(const QStringList &models);
    /// Why there is no list: the provider has none (kind Usage), the
    /// server's error, a network or TLS error, too large, too slow.
    void failed(const inkchat::Error &error);

private:
    void onChunk(const QByteArray &chunk);
    void onFinished();
    void fail(Error error);
    /// Ends once, later, from the event loop.
    void failLater(Error error);

    QNetworkAccessManager *m_network;
    ModelListLimits m_limits;
    Clock &m_clock;
    std::shared_ptr<provider::Provider> m_provider;
    QPointer<transport::HttpStreamTransport> m_transport;
    std::unique_ptr<Timer> m_deadline;
    QByteArray m_body;
    bool m_done = false;
};

} // namespace inkchat::session
