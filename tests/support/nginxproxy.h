#pragma once

#include "loopbackdaemon.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace inkchat::test {

/// A real nginx as reverse proxy on 127.0.0.1 (ephemeral port) in front of
/// one upstream, so tests see what a buffering proxy really does to a
/// stream. Runs unprivileged in the foreground (no daemon, no master
/// process) from a scratch directory that holds its config, logs and temp
/// files; destroying the proxy stops nginx. start() runs the test's event
/// loop while it waits, so the upstream keeps being served.
class NginxProxy
{
public:
    enum class Buffering {
        On,  ///< proxy_buffering on: nginx holds the reply back, as many proxies do
        Off, ///< proxy_buffering off: nginx passes every read on at once
    };

    /// What clients speak to nginx (upstream it always speaks HTTP/1.1).
    enum class ClientProtocol {
        Http1,
        Http2, ///< cleartext HTTP/2 with prior knowledge (h2c), as `listen ... http2` serves it
    };
    /// Requests keep their path and go to `upstream`'s scheme, host and port.
    NginxProxy(const QUrl &upstream, Buffering buffering, ClientProtocol protocol = ClientProtocol::Http1);
    Q_DISABLE_COPY_MOVE(NginxProxy)

    /// Whether the nginx binary is installed; tests skip without it.
    static bool isAvailable();

    /// Starts nginx and waits until it accepts connections, retrying on
    /// another port if the one picked was taken meanwhile. False if it was
    /// not up within `timeout`; errorLog() then says why.
    [[nodiscard]] bool start(std::chrono::milliseconds timeout = std::chrono::seconds(10));

    bool isRunning() const { return m_daemon.isRunning(); }
    quint16 port() const { return m_daemon.port(); }
    /// http://127.0.0.1:PORT followed by path (which starts with '/' or is empty).
    QUrl url(const QString &path = {}) const { return m_daemon.url(path); }

    /// nginx's error log, plus why it could not be run, for failure messages.
    QString errorLog() const;

private:
    /// Writes the config for `port`; nginx's arguments, empty on failure.
    QStringList configure(quint16 port) const;

    QUrl m_upstream;
    Buffering m_buffering;
    ClientProtocol m_protocol;
    LoopbackDaemon m_daemon;
};

} // namespace inkchat::test
