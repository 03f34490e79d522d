#pragma once

#include <QString>
#include <QThread>
#include <QUrl>

namespace inkchat::demo {

class DemoServer;

/// A DemoServer on a thread of its own, as the app runs it: its pacing
/// timer and its socket then wake that thread, not the GUI thread, which
/// should wake only to show the reply (a server on the GUI thread woke it
/// once per token).
class DemoServerThread final
{
public:
    explicit DemoServerThread(double tokensPerSecond);
    /// Stops the server and its thread (within 5 s).
    ~DemoServerThread();
    DemoServerThread(const DemoServerThread &) = delete;
    DemoServerThread &operator=(const DemoServerThread &) = delete;

    /// Starts listening (DemoServer::listen()); waits for the bind only.
    [[nodiscard]] bool listen();
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_errorString; }
    /// DemoServer::setTokensPerSecond(), from any thread.
    void setTokensPerSecond(double tokensPerSecond);

private:
    QThread m_thread;
    DemoServer *m_server; ///< lives on m_thread; deleted there when it ends
    QUrl m_baseUrl;
    QString m_errorString;
};

} // namespace inkchat::demo
