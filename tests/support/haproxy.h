#pragma once

#include "loopbackdaemon.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace inkchat::test {

/// A real haproxy as reverse proxy on 127.0.0.1 (ephemeral port) in front
/// of one upstream, with a short `timeout server`: the load balancer that
/// closes a stream whose server stays silent longer than that, as many
/// are configured in front of model servers.
class Haproxy
{
public:
    Haproxy(const QUrl &upstream, std::chrono::seconds serverTimeout);
    Q_DISABLE_COPY_MOVE(Haproxy)

    /// Whether haproxy is installed; tests skip without it.
    static bool isAvailable();

    /// Starts haproxy and waits until it accepts connections.
    [[nodiscard]] bool start(std::chrono::milliseconds timeout = std::chrono::seconds(10));

    /// http://127.0.0.1:PORT followed by path (which starts with '/' or is empty).
    QUrl url(const QString &path = {}) const { return m_daemon.url(path); }
    QString launchError() const { return m_daemon.launchError(); }

private:
    QStringList configure(quint16 port) const;

    QUrl m_upstream;
    std::chrono::seconds m_serverTimeout;
    LoopbackDaemon m_daemon;
};

} // namespace inkchat::test
