#pragma once

#include "provider/provider.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace inkchat::chat {
class ReplyStreamer;
}

namespace inkchat::cli {

/// `inkchat-cli chat`: sends one prompt and streams the reply to stdout,
/// exactly as received, flushed per delta. Diagnostics go to stderr.
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
    void onFinished();
    void onFailed(const inkchat::Error &error);

    QNetworkAccessManager m_network;
    std::unique_ptr<provider::Provider> m_provider;
    std::unique_ptr<chat::ReplyStreamer> m_streamer;
    bool m_printedText = false;
};

} // namespace inkchat::cli
