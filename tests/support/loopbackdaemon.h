#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <functional>

namespace inkchat::test {

/// A real server program (nginx, squid, haproxy) that a test runs in the
/// foreground on 127.0.0.1, on an ephemeral port, from a scratch directory
/// for its config, logs and pid file. Stopping it (or destroying it, or the
/// test process dying) stops the program. start() runs the test's event
/// loop while it waits, so servers the program talks to keep being served.
class LoopbackDaemon
{
public:
    /// Writes the program's config for `port` into the scratch directory
    /// and returns its arguments; empty when the config could not be written.
    using Configure = std::function<QStringList(quint16 port)>;

    explicit LoopbackDaemon(QString program);
    ~LoopbackDaemon();
    Q_DISABLE_COPY_MOVE(LoopbackDaemon)

    /// Whether the program is installed; tests skip without it.
    bool isAvailable() const;
    /// The scratch directory (valid while the daemon lives).
    QString dir() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// Starts the program and waits until it accepts connections, retrying
    /// on another port if the one picked was taken meanwhile. False if it
    /// was not up within `timeout`.
    [[nodiscard]] bool start(const Configure &configure, std::chrono::milliseconds timeout);
    /// SIGTERM, then SIGKILL if it hangs; waits until it is gone.
    void stop();

    bool isRunning() const { return m_port != 0 && m_process.state() == QProcess::Running; }
    /// The port it listens on; kept after stop() (to show what is down).
    quint16 port() const { return m_lastPort; }
    /// http://127.0.0.1:PORT followed by path (which starts with '/' or is empty).
    QUrl url(const QString &path = {}) const;
    /// Why the program could not be run, if it could not.
    QString launchError() const;

private:
    QString m_program;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    quint16 m_lastPort = 0;
};

} // namespace inkchat::test
