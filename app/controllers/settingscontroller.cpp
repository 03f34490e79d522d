#include "settingscontroller.h"

#include "problemtext.h"
#include "statustext.h"

#include "provider/baseurl.h"
#include "provider/providercatalog.h"
#include "session/endpointconfig.h"
#include "session/relaypairing.h"
#include "transport/tlstrust.h"
#include "util/secretstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QSysInfo>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

const auto kCurrentKey = u"endpoints/current"_s;
const auto kManualProxyKey = u"network/manualProxy"_s;
const auto kProxyPasswordAccount = QString::fromLatin1(session::kProxyPasswordAccount);

/// The manual proxy's URL as saved (earlier versions kept it as typed,
/// "host:3128" for http://host:3128); empty when there is none.
QUrl manualProxyUrl(const QString &saved)
{
    const Result<transport::ProxySetting> parsed = transport::ProxySetting::parse(saved);
    return parsed ? parsed->url : QUrl();
}

QUrl withoutPassword(QUrl url)
{
    url.setPassword({});
    return url;
}

int rowOf(const EndpointListModel &endpoints, const QString &id)
{
    for (int row = 0; row < endpoints.rowCount(); ++row) {
        if (endpoints.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace

SettingsController::SettingsController(QSettings &settings, SecretStore &secrets,
                                       QNetworkAccessManager *network, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_secrets(secrets),
      m_network(network),
      m_endpoints(settings),
      m_ladderMemory(&settings),
      m_proxy(transport::ProxySetting::load(settings)),
      m_manualProxyUrl(settings.value(kManualProxyKey).toString())
{
    // Every request and WebSocket of the app asks the application's proxy
    // factory, so one install covers them all.
    installProxy();
    restoreProxyPassword();
    const int saved = m_settings.value(kCurrentKey, 0).toInt();
    if (m_endpoints.rowCount() > 0)
        m_current = std::clamp(saved, 0, m_endpoints.rowCount() - 1);
}

QStringList SettingsController::providerIds() const
{
    return provider::providerIds();
}

QVariantList SettingsController::providers() const
{
    QVariantList list;
    for (const QString &id : provider::providerIds())
        list.append(QVariantMap{{u"id"_s, id}, {u"name"_s, providerName(id)}});
    return list;
}

QVariantList SettingsController::compatibleServers(const QString &providerId) const
{
    const provider::ProviderInfo *info = provider::findProvider(providerId);
    if (!info || info->compatibleServers.isEmpty())
        return {};
    QVariantList list{QVariantMap{{u"id"_s, QString()}, {u"name"_s, tr("Another server, or not known")}}};
    for (const provider::CompatibleServer &server : info->compatibleServers)
        list.append(QVariantMap{{u"id"_s, server.id}, {u"name"_s, server.displayName}});
    return list;
}

void SettingsController::setCurrentEndpoint(int row)
{
    if (row < 0 || row >= m_endpoints.rowCount() || row == m_current)
        return;
    m_current = row;
    m_settings.setValue(kCurrentKey, row);
    Q_EMIT currentEndpointChanged();
}

std::optional<EndpointConfig> SettingsController::current() const
{
    if (m_current < 0 || m_current >= m_endpoints.rowCount())
        return std::nullopt;
    const EndpointConfig &endpoint = m_endpoints.at(m_current);
    if (!endpoint.baseUrl.isValid() || endpoint.baseUrl.isEmpty())
        return std::nullopt;
    return endpoint;
}

QString SettingsController::defaultBaseUrl(const QString &providerId) const
{
    const provider::ProviderInfo *info = provider::findProvider(providerId);
    return info ? info->defaultBaseUrl.toString() : QString();
}

QString SettingsController::providerName(const QString &providerId) const
{
    // The names are the catalogue's, marked there for translation.
    const provider::ProviderInfo *info = provider::findProvider(providerId);
    return info ? QCoreApplication::translate(provider::kProviderNameContext, info->displayName) : providerId;
}

QVariant SettingsController::endpointAt(int row) const
{
    if (row < 0 || row >= m_endpoints.rowCount())
        return QVariantMap();
    const EndpointConfig &endpoint = m_endpoints.at(row);
    return QVariantMap{{u"name"_s, endpoint.name},
                       {u"provider"_s, endpoint.providerId},
                       {u"baseUrl"_s, endpoint.baseUrl.toString()},
                       {u"model"_s, endpoint.model},
                       {u"caFile"_s, endpoint.caFile},
                       {u"server"_s, endpoint.server}};
}

int SettingsController::addEndpoint(const QString &providerId)
{
    EndpointConfig endpoint;
    endpoint.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    endpoint.providerId = provider::findProvider(providerId) ? providerId
                                                             : provider::providerIds().constFirst();
    endpoint.name = providerName(endpoint.providerId);
    endpoint.baseUrl = QUrl(defaultBaseUrl(endpoint.providerId));
    const int row = m_endpoints.append(endpoint);
    m_current = -1;
    setCurrentEndpoint(row);
    return row;
}

QString SettingsController::updateEndpoint(int row, const QString &name, const QString &providerId,
                                           const QString &baseUrl, const QString &model,
                                           const QString &caFile, const QString &server)
{
    if (row < 0 || row >= m_endpoints.rowCount())
        return tr("There is no such endpoint.");
    if (!provider::findProvider(providerId))
        return tr("Unknown provider “%1”.").arg(providerId);
    const QUrl url = provider::parseBaseUrl(baseUrl);
    // Every provider speaks HTTP to its base URL; a WebSocket rung derives its ws(s):// URL from it.
    switch (provider::checkBaseUrl(url)) {
    case provider::BaseUrlProblem::None:
        break;
    case provider::BaseUrlProblem::NotHttp:
        return tr("The base URL must be an http:// or https:// address, such as %1.")
            .arg(defaultBaseUrl(providerId).isEmpty() ? u"https://example.com/v1"_s
                                                      : defaultBaseUrl(providerId));
    case provider::BaseUrlProblem::HasCredentials:
        return tr("Put the API key in its own field, not in the URL: URLs end up in logs.");
    }

    const provider::ProviderInfo &info = *provider::findProvider(providerId);
    if (!server.isEmpty() && !provider::findCompatibleServer(info, server))
        return tr("Unknown server “%1” for this provider kind.").arg(server);

    const QString trustedCaFile = caFile.trimmed();
    if (!trustedCaFile.isEmpty()) {
        if (const auto trust = transport::loadTlsTrust(trustedCaFile); !trust)
            return tr("The CA file can't be used: %1").arg(ProblemText::of(trust.error()));
    }

    EndpointConfig endpoint = m_endpoints.at(row);
    endpoint.caFile = trustedCaFile;
    endpoint.name = name.simplified().isEmpty() ? providerName(providerId) : name.simplified();
    endpoint.providerId = providerId;
    endpoint.baseUrl = url;
    endpoint.model = model.trimmed();
    endpoint.server = server;
    m_endpoints.replace(row, endpoint);
    return {};
}

void SettingsController::removeEndpoint(int row)
{
    if (row < 0 || row >= m_endpoints.rowCount())
        return;
    const EndpointConfig endpoint = m_endpoints.at(row);
    m_endpoints.remove(row);
    if (endpoint.hasApiKey) {
        beginKeyOperation();
        m_secrets.remove(endpoint.keyAccount(), [self = QPointer(this)](std::optional<Error> error) {
            if (!self)
                return;
            if (error)
                self->setKeychainMessage(ProblemText::of(*error));
            self->endKeyOperation();
        });
    }
    // The current endpoint stays current when another one goes; when it goes
    // itself, the one after it (or the new last one) takes its place.
    if (row < m_current)
        --m_current;
    else
        m_current = std::min(m_current, m_endpoints.rowCount() - 1);
    m_settings.setValue(kCurrentKey, std::max(m_current, 0));
    Q_EMIT currentEndpointChanged();
}

void SettingsController::setApiKey(int row, const QString &key)
{
    storeKey(row, key, tr("API key saved in the system keychain."));
}

void SettingsController::pairRelay(int row, const QString &code)
{
    if (row < 0 || row >= m_endpoints.rowCount() || !m_network)
        return;
    const EndpointConfig endpoint = m_endpoints.at(row);
    if (endpoint.providerId != u"relay"_s) {
        setKeychainMessage(tr("Save the endpoint as an Inkchat relay first, then pair it."));
        return;
    }
    session::ResolvedEndpoint relay{endpoint.providerId, {endpoint.baseUrl, endpoint.model, {}}, {}};
    if (!endpoint.caFile.isEmpty()) {
        const Result<transport::TlsTrust> trust = transport::loadTlsTrust(endpoint.caFile);
        if (!trust) {
            setKeychainMessage(ProblemText::of(trust.error()));
            return;
        }
        relay.tls = *trust;
    }
    // RelayPairing's own limits: a token's answer is small.
    auto *pairing = new session::RelayPairing(m_network);
    pairing->setParent(this);
    beginKeyOperation();
    connect(pairing, &session::RelayPairing::paired, this,
            [this, pairing, id = endpoint.id](const QString &token) {
                pairing->deleteLater();
                endKeyOperation();
                // The endpoint may have been removed meanwhile: then the token is dropped.
                if (const int current = rowOf(m_endpoints, id); current >= 0)
                    storeKey(current, token,
                             tr("Paired with the relay; its device token is in the system keychain."));
            });
    connect(pairing, &session::RelayPairing::failed, this, [this, pairing](const Error &error) {
        pairing->deleteLater();
        endKeyOperation();
        setKeychainMessage(tr("Pairing failed: %1").arg(StatusText::error(error)));
    });
    // How `inkchat-relay devices` lists this device.
    pairing->start(relay, code, u"Inkchat on %1"_s.arg(QSysInfo::machineHostName()));
}

void SettingsController::storeKey(int row, const QString &key, const QString &savedMessage)
{
    if (row < 0 || row >= m_endpoints.rowCount())
        return;
    const EndpointConfig endpoint = m_endpoints.at(row);
    const QString trimmed = key.trimmed();
    beginKeyOperation();
    auto done = [self = QPointer(this), id = endpoint.id, account = endpoint.keyAccount(),
                 stored = !trimmed.isEmpty(), savedMessage](std::optional<Error> error) {
        if (!self)
            return;
        if (error) {
            self->setKeychainMessage(ProblemText::of(*error));
        } else if (stored && rowOf(self->m_endpoints, id) < 0) {
            // The endpoint was removed while its key was being written: the
            // key would stay in the keychain with nothing to find it by.
            self->beginKeyOperation();
            self->m_secrets.remove(account, [self](std::optional<Error>) {
                if (self)
                    self->endKeyOperation();
            });
        } else {
            self->setHasApiKey(id, stored);
            self->setKeychainMessage(stored ? savedMessage : tr("API key removed from the system keychain."));
        }
        self->endKeyOperation();
    };
    if (trimmed.isEmpty())
        m_secrets.remove(endpoint.keyAccount(), std::move(done));
    else
        m_secrets.write(endpoint.keyAccount(), trimmed, std::move(done));
}

void SettingsController::setKeychainMessage(const QString &message)
{
    m_keychainMessage = message;
    Q_EMIT keychainMessageChanged();
}

void SettingsController::setHasApiKey(const QString &endpointId, bool hasKey)
{
    const int row = rowOf(m_endpoints, endpointId);
    if (row < 0)
        return;
    EndpointConfig endpoint = m_endpoints.at(row);
    endpoint.hasApiKey = hasKey;
    m_endpoints.replace(row, endpoint);
}

void SettingsController::beginKeyOperation()
{
    if (m_pendingKeyOperations++ == 0)
        Q_EMIT busyChanged();
}

void SettingsController::endKeyOperation()
{
    if (--m_pendingKeyOperations == 0)
        Q_EMIT busyChanged();
}

QString SettingsController::heldBackTransports() const
{
    QStringList lines;
    for (int row = 0; row < m_endpoints.rowCount(); ++row) {
        const EndpointConfig &endpoint = m_endpoints.at(row);
        const QString key = transport::LadderMemory::endpointKey(endpoint.providerId, endpoint.baseUrl);
        for (const transport::Demotion &demotion : m_ladderMemory.demotions(key))
            lines.append(StatusText::demotion(endpoint.name, demotion));
        if (const provider::OptionalParameters refused = m_ladderMemory.refusedParameters(key))
            lines.append(StatusText::refusedParameters(endpoint.name, refused));
    }
    return lines.join(u'\n');
}

void SettingsController::refreshHeldBackTransports()
{
    Q_EMIT heldBackTransportsChanged();
}

void SettingsController::resetTransports()
{
    m_ladderMemory.forgetAll();
    Q_EMIT heldBackTransportsChanged();
}

QString SettingsController::proxyMode() const
{
    switch (m_proxy.mode) {
    case transport::ProxySetting::Mode::System:
        return u"system"_s;
    case transport::ProxySetting::Mode::None:
        return u"none"_s;
    case transport::ProxySetting::Mode::Manual:
        return u"manual"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString SettingsController::proxyUrl() const
{
    return m_manualProxyUrl;
}

QString SettingsController::setProxy(const QString &mode, const QString &url)
{
    transport::ProxySetting chosen;
    if (mode == "none"_L1) {
        chosen.mode = transport::ProxySetting::Mode::None;
    } else if (mode == "manual"_L1) {
        if (url.trimmed().isEmpty())
            return tr("Enter the proxy's address, such as http://proxy.example:3128.");
        const Result<transport::ProxySetting> parsed = transport::ProxySetting::parse(url);
        if (!parsed || parsed->mode != transport::ProxySetting::Mode::Manual)
            return tr("The proxy must be an http:// or socks5:// address with a host, such as "
                      "http://proxy.example:3128.");
        chosen = *parsed;
        const QUrl before = manualProxyUrl(m_manualProxyUrl);
        if (!chosen.url.password().isEmpty()) {
            storeProxyPassword(chosen.url.password());
        } else if (chosen.url.host() != before.host() || chosen.url.userName() != before.userName()
                   || chosen.url.userName().isEmpty()) {
            storeProxyPassword({}); // it was another proxy's, or another user's
        }
        chosen.url = withoutPassword(chosen.url);
        m_manualProxyUrl = chosen.url.toString();
        m_settings.setValue(kManualProxyKey, m_manualProxyUrl);
    }
    m_proxy = chosen;
    m_proxy.save(m_settings);
    installProxy();
    Q_EMIT proxyChanged();
    return {};
}

void SettingsController::installProxy()
{
    transport::ProxySetting withPassword = m_proxy;
    if (withPassword.mode == transport::ProxySetting::Mode::Manual && !m_proxyPassword.isEmpty())
        withPassword.url.setPassword(m_proxyPassword);
    withPassword.install();
}

void SettingsController::restoreProxyPassword()
{
    const QUrl manual = manualProxyUrl(m_manualProxyUrl);
    const QString saved = manual.password();
    const QString inUse = m_proxy.url.password();
    if (!saved.isEmpty() || !inUse.isEmpty()) {
        m_manualProxyUrl = withoutPassword(manual).toString();
        m_settings.setValue(kManualProxyKey, m_manualProxyUrl);
        m_proxy.url = withoutPassword(m_proxy.url);
        m_proxy.save(m_settings);
        storeProxyPassword(inUse.isEmpty() ? saved : inUse);
        return;
    }
    if (manual.userName().isEmpty())
        return;
    beginKeyOperation();
    m_secrets.read(kProxyPasswordAccount, [self = QPointer(this)](Result<QString> password) {
        if (!self)
            return;
        self->endKeyOperation();
        if (!password) {
            self->setKeychainMessage(tr("The proxy's password could not be read from the keychain: %1")
                                         .arg(ProblemText::of(password.error())));
            return;
        }
        self->m_proxyPassword = *password;
        self->installProxy();
        Q_EMIT self->proxyChanged();
    });
}

void SettingsController::storeProxyPassword(const QString &password)
{
    if (password == m_proxyPassword && !password.isEmpty())
        return;
    // Used at once; if the keychain refuses it, until Inkchat quits.
    m_proxyPassword = password;
    beginKeyOperation();
    auto done = [self = QPointer(this)](std::optional<Error> error) {
        if (!self)
            return;
        self->endKeyOperation();
        if (error)
            self->setKeychainMessage(
                tr("The proxy's password could not be saved in the keychain: %1. It is used until Inkchat "
                   "quits.")
                    .arg(ProblemText::of(*error)));
    };
    if (password.isEmpty())
        m_secrets.remove(kProxyPasswordAccount, std::move(done));
    else
        m_secrets.write(kProxyPasswordAccount, password, std::move(done));
}

} // namespace inkchat::app
