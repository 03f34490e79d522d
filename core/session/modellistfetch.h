#pragma once

#include "boundedexchange.h"
#include "endpointsource.h"

#include "util/clock.h"
#include "util/error.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace inkchat::provider {
class Provider;
}

namespace inkchat::session {

/// Asks an endpoint which models it offers (OpenAI and compatible servers
/// `GET /models`, Anthropic `/v1/models`, Gemini `models`, Ollama
/// `/api/tags`), under the rules of a reply (BoundedExchange). The largest
/// list known, OpenRouter's, is about 1 MiB; the default limit of 8 MiB
/// leaves room. The app's model picker and `inkchat-cli models` show what
/// it finds.
///
/// Single use; ends with exactly one of finished() or failed(), never
/// before start() returns.
class ModelListFetch : public QObject
{
    Q_OBJECT

public:
    ModelListFetch(QNetworkAccessManager *network, ExchangeLimits limits = {}, Clock &clock = Clock::system(),
                   QObject *parent = nullptr);

    void start(const ResolvedEndpoint &endpoint);

Q_SIGNALS:
    /// The model ids, as the endpoint's `model` takes them; may be empty
    /// (an Ollama that has pulled none).
    void finished(const QStringList &models);
    /// Why there is no list: the provider has none (kind Usage), the
    /// server's error, a network or TLS error, too large, too slow.
    void failed(const inkchat::Error &error);

private:
    BoundedExchange m_exchange;
    std::shared_ptr<const provider::Provider> m_provider;
};

} // namespace inkchat::session
