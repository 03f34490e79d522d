#include "modelcatalog.h"

#include "problemtext.h"

#include "controllers/endpointresolver.h"

#include "session/modellistfetch.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace inkchat::app {

ModelCatalog::ModelCatalog(EndpointResolver &endpoints, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent),
      m_endpoints(endpoints),
      m_network(network)
{
    // Settings changes an endpoint field by field: one fetch once they are in.
    connect(&m_endpoints, &EndpointResolver::changed, this,
            [this] { QTimer::singleShot(0, this, &ModelCatalog::onEndpointChanged); });
    onEndpointChanged();
}

ModelCatalog::~ModelCatalog() = default;

void ModelCatalog::onEndpointChanged()
{
    if (m_endpoints.identity() != m_identity)
        refresh();
}

void ModelCatalog::refresh()
{
    m_identity = m_endpoints.identity();
    const quint64 generation = ++m_generation;
    delete m_fetch;
    if (m_endpoints.isDemo()) {
        finish({m_endpoints.defaultModel()}, {});
        return;
    }
    auto *fetch = new session::ModelListFetch(m_network, {}, Clock::system(), this);
    m_fetch = fetch;
    Q_EMIT loadingChanged();
    connect(fetch, &session::ModelListFetch::finished, this, [this, fetch](const QStringList &models) {
        fetch->deleteLater();
        finish(models,
               models.isEmpty() ? tr("The endpoint lists no models; type the model's name.") : QString());
    });
    connect(fetch, &session::ModelListFetch::failed, this, [this, fetch](const Error &error) {
        fetch->deleteLater();
        finish({}, tr("Could not list the models (%1); type the model's name.").arg(ProblemText::of(error)));
    });
    // The key is read from the keychain as for a reply, and forgotten after.
    m_endpoints.resolve(
        [self = QPointer(this), fetch = QPointer(fetch), generation](Result<ResolvedEndpoint> endpoint) {
            if (!self || !fetch || generation != self->m_generation)
                return;
            if (!endpoint) {
                fetch->deleteLater();
                self->finish({}, tr("Could not list the models (%1); type the model's name.")
                                     .arg(ProblemText::of(endpoint.error())));
                return;
            }
            fetch->start(*endpoint);
        });
}

void ModelCatalog::finish(const QStringList &models, const QString &errorText)
{
    m_fetch = nullptr;
    Q_EMIT loadingChanged();
    if (models != m_models) {
        m_models = models;
        Q_EMIT modelsChanged();
    }
    if (errorText != m_errorText) {
        m_errorText = errorText;
        Q_EMIT errorTextChanged();
    }
}

} // namespace inkchat::app
