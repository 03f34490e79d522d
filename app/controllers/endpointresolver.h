#pragma once

#include "session/endpointsource.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace inkchat {
class SecretStore;
}
namespace inkchat::demo {
class DemoServerThread;
}

namespace inkchat::app {

class SettingsController;
using session::ResolvedEndpoint;

/// Picks the endpoint for the next reply of every chat session: the one set
/// up in Settings, with its key read from the keychain at send time, or the
/// built-in demo server when the app runs with --demo or nothing is set up yet.
class EndpointResolver : public QObject, public session::EndpointSource
{
    Q_OBJECT

public:
    /// `forceDemo`: always use the demo server, which writes `demoRate`
    /// tokens per second. `network` (may be null) is the one the replies
    /// use: it forgets its open connections when the trusted authorities change.
    EndpointResolver(SettingsController &settings, SecretStore &secrets, QNetworkAccessManager *network,
                     bool forceDemo, double demoRate, QObject *parent = nullptr);
    ~EndpointResolver() override;

    /// Answers once, later, from the event loop.
    void resolve(std::function<void(Result<ResolvedEndpoint>)> done) override;

    /// Replies go to the built-in demo server.
    bool isDemo() const;
    /// The current endpoint has a key and is plain http:// to another
    /// machine: the key crosses the network readable (see
    /// provider::exposesKeyInTransit()).
    bool isKeyExposed() const;
    /// What the status line names when idle: "Demo (offline)", "OpenAI · gpt-4o";
    /// `model` names the model of a conversation that chose its own.
    QString label(const QString &model = {}) const;
    /// The provider kind of the current endpoint ("openai" for the demo).
    QString providerId() const;
    /// The model the current endpoint names (a conversation may choose another).
    QString defaultModel() const;
    /// Where the current endpoint is and as whom: changes when a model list
    /// fetched from it would (another endpoint, URL, key or CA file).
    QString identity() const;
    /// The pace of demo replies started from now on, in tokens per second
    /// (0: as fast as the event loop turns); tests slow replies down to stop them.
    void setDemoRate(double tokensPerSecond);

Q_SIGNALS:
    void changed();
    /// The trusted authorities changed: every network manager that keeps
    /// connections (not only the one given here) must forget them.
    void trustChanged();

private:
    Result<ResolvedEndpoint> demoEndpoint();
    void trust(const QList<QSslCertificate> &extraAuthorities);

    SettingsController &m_settings;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_network;
    /// The authorities the last reply trusted besides the system's.
    QList<QSslCertificate> m_extraAuthorities;
    bool m_forceDemo = false;
    double m_demoRate = 0;
    std::unique_ptr<demo::DemoServerThread> m_demo; ///< started on first use
};

} // namespace inkchat::app
