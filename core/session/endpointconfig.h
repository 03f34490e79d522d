#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace inkchat::session {

/// The keychain service under which the app keeps API keys; the relay
/// reads an endpoint's key from the same place.
inline constexpr char kKeychainService[] = "Inkchat";

/// The keychain account of the password of the proxy set up in the app's
/// Settings (a settings file is plain text); inkchat-cli reads it too.
inline constexpr char kProxyPasswordAccount[] = "proxy-password";

/// One provider endpoint the user set up in the app. The API key is not
/// here: it lives in the keychain (kKeychainService) under keyAccount();
/// only whether one was stored is kept.
struct EndpointConfig
{
    QString id;
    QString name;
    QString providerId; ///< provider::providerIds()
    QUrl baseUrl;
    QString model;
    bool hasApiKey = false;
    /// PEM file of certificate authorities trusted for this endpoint besides
    /// the system's (a self-hosted server with a private CA); empty: none.
    QString caFile;
    /// The server behind a compatible endpoint (a provider::CompatibleServer
    /// id, "vllm"): decides how a dropped reply is picked up. Empty: the
    /// provider's own, or one not in the table.
    QString server;

    /// The keychain account that holds this endpoint's API key.
    QString keyAccount() const { return QStringLiteral("endpoint/") + id; }
};

/// The endpoints saved in the app's settings file (never with a key): what
/// the app's Settings list shows, and what `inkchat-relay serve --endpoint`
/// picks from.
QList<EndpointConfig> loadEndpointConfigs(QSettings &settings);
void saveEndpointConfigs(QSettings &settings, const QList<EndpointConfig> &endpoints);

} // namespace inkchat::session
