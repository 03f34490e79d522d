#include "reachability.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcReachability, "inkchat.transport.reachability", QtInfoMsg)

namespace inkchat::transport {

namespace {

bool isOnline(QNetworkInformation::Reachability reachability)
{
    // Local and Site still reach a server on the LAN (Ollama, llama.cpp);
    // only Disconnected says for sure that nothing can be reached.
    return reachability != QNetworkInformation::Reachability::Disconnected;
}

} // namespace

SystemReachability::SystemReachability(QObject *parent) : Reachability(parent)
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCDebug(lcReachability) << "no network information backend: assuming the network is reachable";
        return;
    }
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                Q_EMIT onlineChanged(transport::isOnline(reachability));
            });
}

bool SystemReachability::isOnline() const
{
    const QNetworkInformation *information = QNetworkInformation::instance();
    return !information || transport::isOnline(information->reachability());
}

} // namespace inkchat::transport
