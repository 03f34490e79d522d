#pragma once

#include "provider/provider.h"
#include "transport/tlstrust.h"
#include "util/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace inkchat {
class SecretStore;
}
namespace inkchat::demo {
class DemoServer;
}

namespace inkchat::app {

class SettingsController;

/// Where a reply goes: a provider, its endpoint and the key to use.
struct ResolvedEndpoint
{
    QString providerId;
    provider::Endpoint endpoint;
    /// Authorities trusted besides the system's (the endpoint's CA file).
    transport::TlsTrust tls;
};

/// Picks the endpoint for the next reply: the one set up in Settings, with
/// its key read from the keychain at send time, or the built-in demo server
/// when the app runs with --demo or nothing is set up yet.
class EndpointResolver : public QObject
{
    Q_OBJECT

public:
    /// `forceDemo`: always use the demo server, which writes `demoRate`
    /// tokens per second.
    EndpointResolver(SettingsController &settings, SecretStore &secrets, bool forceDemo, double demoRate,
                     QObject *parent = nullptr);
    ~EndpointResolver() override;

    /// Answers once, later, from the event loop.
    void resolve(std::function<void(Result<ResolvedEndpoint>)> done);

    /// Replies go to the built-in demo server.
    bool isDemo() const;
    /// The current endpoint has a key and is plain http:// to another
    /// machine: the key crosses the network readable (see
    /// provider::exposesKeyInTransit()).
    bool isKeyExposed() const;
    /// What the status line names when idle: "Demo (offline)", "OpenAI · gpt-4o".
    QString label() const;
    /// The pace of demo replies started from now on, in tokens per second
    /// (0: as fast as the event loop turns); tests slow replies down to stop them.
    void setDemoRate(double tokensPerSecond);

Q_SIGNALS:
    void changed();

private:
    Result<ResolvedEndpoint> demoEndpoint();

    SettingsController &m_settings;
    SecretStore &m_secrets;
    bool m_forceDemo = false;
    double m_demoRate = 0;
    std::unique_ptr<demo::DemoServer> m_demo; ///< started on first use
};

} // namespace inkchat::app
