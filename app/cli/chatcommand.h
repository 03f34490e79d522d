#pragma once

#include "replyparameteroptions.h"

#include "chat/messageenums.h"
#include "session/endpointsource.h"
#include "transport/connector.h"
#include "util/error.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>
#include <QStringList>

#include <memory>
#include <optional>

namespace inkchat::store {
class ConversationStore;
}
namespace inkchat::transport {
class LadderMemory;
class SystemReachability;
} // namespace inkchat::transport
namespace inkchat::session {
class ChatSession;
}

namespace inkchat::cli {

/// `inkchat-cli chat`: sends one prompt and streams the reply to stdout,
/// exactly as received, flushed per delta. The connection's transitions
/// (connecting, reconnecting, fell back, offline) and other diagnostics go
/// to stderr. The reply is the app's too: a session::ChatSession on the
/// conversation (a new one, or --conversation ID) keeps the exchange in the
/// conversation store as it happens, unless --no-store.
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
    struct SessionStart
    {
        qint64 conversationId = 0; ///< 0: a new conversation
        bool noStore = false;
        /// --system: a new conversation's system prompt, or the replacement
        /// of a continued one's; nullopt keeps the stored one.
        std::optional<QString> systemPrompt;
        /// --model: a new conversation's model, or the replacement of a
        /// continued one's; nullopt keeps the stored one.
        std::optional<QString> model;
        /// The parameters given; the others keep the stored ones.
        ReplyParameterOptions::Given parameters;
        transport::ConnectorOptions options;
    };

    /// Opens the store and the conversation's session; an exit code on failure.
    std::optional<int> openSession(const SessionStart &start);
    /// Stores --model and the parameters given with the conversation.
    std::optional<Error> applySettings(const SessionStart &start);
    void watchSession(bool showReasoning, bool showStats);
    void onText(const QString &delta);
    void onReplyEnded(inkchat::chat::MessageStatus status);
    /// Starts a diagnostic on a line of its own, not glued to the reply's text.
    void breakLine();

    QNetworkAccessManager m_network;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<transport::LadderMemory> m_ladderMemory;
    std::unique_ptr<transport::SystemReachability> m_reachability;
    std::unique_ptr<session::FixedEndpointSource> m_endpoint;
    std::unique_ptr<store::ConversationStore> m_store;
    // Declared last, so destroyed first: it uses everything above.
    std::unique_ptr<session::ChatSession> m_session;
    bool m_printedText = false;
    bool m_atLineStart = true;   ///< stdout's last byte ended a line
    bool m_replyEndsLine = true; ///< the reply's text on stdout ends a line (whatever stderr said since)
    bool m_storeFailed = false;  ///< a write to the conversation store failed
    bool m_showStats = false;    ///< --stats
};

} // namespace inkchat::cli
