#pragma once

#include "models/endpointlistmodel.h"

#include "transport/laddermemory.h"
#include "transport/proxysetting.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace inkchat {
class SecretStore;
}

namespace inkchat::app {

/// The providers page: endpoints (provider kind, base URL, model) and their
/// API keys. Keys are write-only: they go to the keychain and never come
/// back to the UI; the page only learns whether one is stored.
class SettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the settings controller")

    Q_PROPERTY(inkchat::app::EndpointListModel *endpoints READ endpoints CONSTANT)
    Q_PROPERTY(QStringList providerIds READ providerIds CONSTANT)
    /// The provider kinds as people choose them: [{id, name}], in the
    /// order providerIds lists them.
    Q_PROPERTY(QVariantList providers READ providers CONSTANT)
    Q_PROPERTY(
        int currentEndpoint READ currentEndpoint WRITE setCurrentEndpoint NOTIFY currentEndpointChanged)
    /// The outcome of the last key operation, for people ("API key saved", or
    /// why the keychain refused).
    Q_PROPERTY(QString keychainMessage READ keychainMessage NOTIFY keychainMessageChanged)
    Q_PROPERTY(bool isBusy READ isBusy NOTIFY busyChanged)
    /// The ways of connecting that replies to the endpoints go without, or
    /// found blocked last time, and why: one line each, for people. Empty
    /// when every way is tried.
    Q_PROPERTY(QString heldBackTransports READ heldBackTransports NOTIFY heldBackTransportsChanged)
    /// Which proxy replies go through: "system" (the environment as curl
    /// reads it, else the system's settings), "none", or "manual" (proxyUrl).
    Q_PROPERTY(QString proxyMode READ proxyMode NOTIFY proxyChanged)
    /// The manual proxy's URL, kept while another mode is chosen. Without
    /// its password, which is kept in the keychain (proxyHasPassword).
    Q_PROPERTY(QString proxyUrl READ proxyUrl NOTIFY proxyChanged)
    Q_PROPERTY(bool proxyHasPassword READ proxyHasPassword NOTIFY proxyChanged)

public:
    /// `network` pairs relay endpoints (pairRelay()); without one they can
    /// only be given a token by hand.
    SettingsController(QSettings &settings, SecretStore &secrets, QNetworkAccessManager *network = nullptr,
                       QObject *parent = nullptr);

    EndpointListModel *endpoints() { return &m_endpoints; }
    QStringList providerIds() const;
    QVariantList providers() const;
    int currentEndpoint() const { return m_current; }
    void setCurrentEndpoint(int row);
    QString keychainMessage() const { return m_keychainMessage; }
    bool isBusy() const { return m_pendingKeyOperations > 0; }
    QString heldBackTransports() const;
    QString proxyMode() const;
    QString proxyUrl() const;
    bool proxyHasPassword() const { return !m_proxyPassword.isEmpty(); }

    /// The endpoint replies go to, if the user set one up.
    std::optional<EndpointConfig> current() const;

    /// Adds an endpoint with a provider's usual defaults and makes it current.
    Q_INVOKABLE int addEndpoint(const QString &providerId);
    /// The endpoint at `row` for the form: a map of name, provider, baseUrl,
    /// model, caFile and server; empty for no such row. (A QVariant: qmllint 6.4
    /// looks for the keys of a QVariantMap as properties of the type.)
    Q_INVOKABLE QVariant endpointAt(int row) const;
    /// Returns an error for people, or an empty string when saved.
    /// `caFile`: a PEM file of authorities to trust besides the system's,
    /// for a self-hosted server with a private CA (checked here, read again
    /// at each send); empty trusts the system's only. `server`: one of
    /// compatibleServers(providerId), as `inkchat-cli --server` names it.
    Q_INVOKABLE QString updateEndpoint(int row, const QString &name, const QString &providerId,
                                       const QString &baseUrl, const QString &model,
                                       const QString &caFile = {}, const QString &server = {});
    /// The servers that can stand behind an endpoint of the provider kind,
    /// as maps of id and name, for a picker: first the provider's own (or
    /// an unlisted one, id ""), then the catalogue's (vLLM, llama.cpp...).
    /// Empty for a kind that has no such table.
    Q_INVOKABLE QVariantList compatibleServers(const QString &providerId) const;
    /// Removes the endpoint and its key.
    Q_INVOKABLE void removeEndpoint(int row);
    /// Stores the key in the keychain; an empty key forgets it.
    Q_INVOKABLE void setApiKey(int row, const QString &key);
    /// Pairs the saved relay endpoint at `row` with the one-time code that
    /// `inkchat-relay pair` shows, and keeps the device token the relay
    /// gives in its place in the keychain. keychainMessage says how it went.
    Q_INVOKABLE void pairRelay(int row, const QString &code);
    /// What people call a provider kind: "Anthropic", "Ollama".
    Q_INVOKABLE QString providerName(const QString &providerId) const;
    /// The usual base URL of a provider, as a placeholder for the form.
    Q_INVOKABLE QString defaultBaseUrl(const QString &providerId) const;
    /// Reads heldBackTransports again: replies may have changed it.
    Q_INVOKABLE void refreshHeldBackTransports();
    /// Forgets every way of connecting found blocked, for every endpoint:
    /// the next reply tries the best way again.
    Q_INVOKABLE void resetTransports();
    /// Saves the proxy choice and applies it to the next request. `mode`
    /// as proxyMode; `url` is read for "manual" only. A password in it goes
    /// to the keychain; a URL without one keeps the stored password while
    /// host and user name stay the same. Returns an error for people, or an
    /// empty string when applied.
    Q_INVOKABLE QString setProxy(const QString &mode, const QString &url);

Q_SIGNALS:
    void currentEndpointChanged();
    void keychainMessageChanged();
    void busyChanged();
    void heldBackTransportsChanged();
    void proxyChanged();

private:
    void setKeychainMessage(const QString &message);
    /// setApiKey(), saying `savedMessage` when the key is stored.
    void storeKey(int row, const QString &key, const QString &savedMessage);
    void setHasApiKey(const QString &endpointId, bool hasKey);
    void beginKeyOperation();
    void endKeyOperation();
    /// Installs m_proxy with the manual proxy's password.
    void installProxy();
    /// The manual proxy's password from the keychain, or moved there from
    /// the settings file where an earlier Inkchat kept it.
    void restoreProxyPassword();
    void storeProxyPassword(const QString &password);

    QSettings &m_settings;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_network;
    EndpointListModel m_endpoints;
    /// The app's ladder memory works on the same QSettings: one truth.
    transport::LadderMemory m_ladderMemory;
    transport::ProxySetting m_proxy;
    QString m_manualProxyUrl; ///< shown again when "manual" is chosen again; no password
    QString m_proxyPassword;  ///< the manual proxy's, from the keychain
    int m_current = -1;
    QString m_keychainMessage;
    int m_pendingKeyOperations = 0;
};

} // namespace inkchat::app
