#pragma once

#include "loopbackdaemon.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace inkchat::test {

/// A real squid as a forward proxy on 127.0.0.1 (ephemeral port), as a
/// company network puts one between the app and the provider: clients
/// send it absolute URLs (or CONNECT) and it caches nothing. Runs in the
/// foreground (-N) under its own service name, so parallel tests do not
/// share its shared-memory segments.
///
/// Qt never sends a request for a loopback address through a proxy, so
/// tests name the loopback server kProviderHost, which only squid resolves
/// (to 127.0.0.1, from its own hosts file).
class SquidProxy
{
public:
    static constexpr auto kProviderHost = "provider.inkchat.test";

    SquidProxy();
    ~SquidProxy();
    Q_DISABLE_COPY_MOVE(SquidProxy)

    /// Whether squid is installed; tests skip without it.
    static bool isAvailable();

    /// Starts squid and waits until it accepts connections. False if it was
    /// not up within `timeout`; log() then says why.
    [[nodiscard]] bool start(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    void stop();

    bool isRunning() const { return m_daemon.isRunning(); }
    /// http://127.0.0.1:PORT, as http_proxy or --proxy take it; kept after stop().
    QString proxyUrl() const { return m_daemon.url().toString(); }

    /// squid's cache log, for failure messages.
    QString log() const;

private:
    QStringList configure(quint16 port) const;
    void removeSharedMemory() const;

    QString m_serviceName;
    LoopbackDaemon m_daemon;
};

} // namespace inkchat::test
