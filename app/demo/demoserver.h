#pragma once

#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

namespace inkchat::demo {

/// The loopback server behind `inkchat --demo` (and the default when no
/// provider is configured): it speaks the OpenAI Chat Completions wire
/// format on 127.0.0.1, so the built-in reply reaches the screen through the
/// real pipeline (HTTP, SSE parser, connector, throttler) with no account.
///
/// `POST /v1/chat/completions` with `"stream": true` streams the reply a
/// word at a time as `text/event-stream` (chunked), paced by a QTimer on
/// this object's thread, then a `"finish_reason":"stop"` chunk and
/// `data: [DONE]`; with `"stream": false` it answers one `chat.completion`
/// object. Neither reports usage: there is no tokenizer to count with.
/// Anything else gets a JSON error as OpenAI writes it (404, 405, 400, 413).
/// Every connection is closed after its response. Never blocks.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    /// The pace of a new server's replies, in tokens (words) per second.
    static constexpr double kDefaultTokensPerSecond = 30.0;
    /// The model the demo endpoint names; the server answers whatever is asked.
    static constexpr char kModel[] = "inkchat-demo";

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    /// Starts listening on 127.0.0.1 on an ephemeral port. False, with
    /// errorString() saying why, when the socket cannot be bound.
    [[nodiscard]] bool listen();
    bool isListening() const { return m_server.isListening(); }
    QString errorString() const { return m_server.errorString(); }

    /// `http://127.0.0.1:<port>/v1`, the base URL the `openai` provider
    /// takes; empty until listen() succeeded.
    QUrl baseUrl() const;

    /// Pace of replies started from now on, in tokens per second; 0 (or
    /// less) sends them as fast as the event loop turns, for tests.
    void setTokensPerSecond(double tokensPerSecond);
    double tokensPerSecond() const { return m_tokensPerSecond; }

    /// Client connections open right now, streaming or still sending their request.
    qsizetype connectionCount() const { return m_connectionCount; }

Q_SIGNALS:
    /// A connection was accepted or closed (by us, or by a client that went away).
    void connectionCountChanged(qsizetype count);

private:
    class Connection;
    void onNewConnection();
    void onConnectionClosed();

    QTcpServer m_server; ///< a child, so that moveToThread() takes it along
    QString m_reply;     ///< the built-in reply, read once from the resource
    double m_tokensPerSecond = kDefaultTokensPerSecond;
    qsizetype m_connectionCount = 0;
    quint64 m_replyCount = 0; ///< numbers the reply ids
};

} // namespace inkchat::demo
