#pragma once

#include "provider/provider.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>
#include <QStringList>

#include <memory>
#include <optional>

namespace inkchat::transport {
class Connector;
class LadderMemory;
class SystemReachability;
struct ConnectorState;
}

namespace inkchat::cli {

class ChatRecording;

/// `inkchat-cli chat`: sends one prompt and streams the reply to stdout,
/// exactly as received, flushed per delta. The connector's transitions
/// (connecting, reconnecting, fell back, offline) and other diagnostics go
/// to stderr. Unless --no-store, the exchange is kept in the conversation
/// store as it happens (ChatRecording).
class ChatCommand : public QObject
{
    Q_OBJECT

public:
    ChatCommand();
    ~ChatCommand() override;

    /// Parses the arguments (the first is "chat") and starts the reply.
    /// Returns an exit code when done already (help, usage error), or
    /// nullopt when the caller must run the event loop; the command then
    /// ends it with QCoreApplication::exit(code).
    std::optional<int> start(const QStringList &arguments);

private:
    void onText(const QString &text);
    void onStateChanged(const transport::ConnectorState &state);
    void onFinished();
    void onFailed(const inkchat::Error &error);
    /// Whether a failed reply is kept as interrupted rather than as an error.
    bool isInterruption(const inkchat::Error &error) const;
    void printStoreError(const inkchat::Error &error);

    QNetworkAccessManager m_network;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<transport::LadderMemory> m_ladderMemory;
    std::unique_ptr<transport::SystemReachability> m_reachability;
    std::unique_ptr<provider::Provider> m_provider;
    // Declared before the connector, so destroyed after it: the connector's
    // last signals may still reach the recording.
    std::unique_ptr<ChatRecording> m_recording;
    std::unique_ptr<transport::Connector> m_connector;
    bool m_printedText = false;
    bool m_atLineStart = true; ///< stdout's last byte ended a line
    bool m_storeFailed = false; ///< a write to the conversation store failed
};

} // namespace inkchat::cli
