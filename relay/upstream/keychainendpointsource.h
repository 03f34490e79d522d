#pragma once

#include "session/endpointconfig.h"
#include "session/endpointsource.h"
#include "util/secretstore.h"

#include <QString>

#include <memory>

class QSettings;

namespace inkchat::relay {

/// The upstream of a relay on a desktop: an endpoint set up in the app's
/// Settings (provider, URL, model, CA file), its key read from the keychain
/// where the app stored it (session::kKeychainService, the endpoint's
/// keyAccount()). Read for every reply, as the app does: a key changed in
/// the app takes effect without a restart.
class KeychainEndpointSource final : public session::EndpointSource
{
public:
    KeychainEndpointSource(session::EndpointConfig endpoint, std::unique_ptr<SecretStore> secrets);

    void resolve(std::function<void(Result<session::ResolvedEndpoint>)> done) override;

    /// The endpoint in the app's settings whose name (or id) is `name`; an
    /// Error naming those there are.
    static Result<session::EndpointConfig> find(QSettings &appSettings, const QString &name);

private:
    session::EndpointConfig m_endpoint;
    std::unique_ptr<SecretStore> m_secrets;
};

} // namespace inkchat::relay
