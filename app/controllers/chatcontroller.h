#pragma once

#include "controllers/endpointresolver.h"
#include "models/transcriptmodel.h"

#include "chat/conversation.h"
#include "chat/records.h"
#include "util/error.h"

#include <QObject>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QNetworkAccessManager;

namespace inkchat::chat {
class RepaintThrottler;
}
namespace inkchat::store {
class ConversationStore;
class ExchangeRecorder;
}
namespace inkchat::provider {
class Provider;
}
namespace inkchat::transport {
class Connector;
class LadderMemory;
class Reachability;
struct ConnectorState;
}

namespace inkchat::app {

class ConversationListModel;
class FrameStats;
class ThemeController;

/// What ChatController needs from the rest of the app, passed in by the
/// composition root.
struct ChatServices
{
    QNetworkAccessManager *network = nullptr;
    transport::LadderMemory *ladderMemory = nullptr; ///< may be null
    transport::Reachability *reachability = nullptr; ///< may be null: always online
    store::ConversationStore *store = nullptr; ///< where every message is kept
};

/// The open conversation: sends what the user wrote, streams the reply into
/// the transcript at the pace the display profile allows, and says what the
/// connection is doing in one status line.
///
/// One reply at a time. A reply that ends early (stopped, interrupted, or
/// failed) keeps every character received, and can be continued from where
/// it stopped or retried from scratch.
///
/// Every message goes to the conversation store as it happens: the user's
/// before the request leaves (`Pending` while offline, and sent when the
/// network returns, even after a restart), the reply while it streams.
class ChatController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the chat controller")

    Q_PROPERTY(inkchat::app::TranscriptModel *transcript READ transcript CONSTANT)
    /// The connection, in one line: "connecting (sse)", "streaming",
    /// "reconnecting (attempt 2, in 1.3 s): …", "offline", the error text;
    /// after a reply, the connector's notice about it (a buffering proxy) if
    /// it gave one, else empty.
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    /// Where replies go: "Demo (offline)", "OpenAI · gpt-4o".
    Q_PROPERTY(QString endpointLabel READ endpointLabel NOTIFY endpointChanged)
    Q_PROPERTY(bool isDemo READ isDemo NOTIFY endpointChanged)
    /// The endpoint's key goes over plain http:// to another machine: show
    /// an open lock (Settings refuses nothing here; a LAN server may be meant).
    Q_PROPERTY(bool isKeyExposed READ isKeyExposed NOTIFY endpointChanged)
    Q_PROPERTY(bool isBusy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY lastReplyChanged)
    Q_PROPERTY(bool canContinue READ canContinue NOTIFY lastReplyChanged)

public:
    ChatController(ChatServices services, EndpointResolver &endpoints, ConversationListModel &conversations,
                   ThemeController &theme, FrameStats &stats, QObject *parent = nullptr);
    ~ChatController() override;

    TranscriptModel *transcript() { return &m_transcript; }
    QString status() const { return m_status; }
    QString endpointLabel() const;
    bool isDemo() const;
    bool isKeyExposed() const;
    bool isBusy() const { return m_replyIndex >= 0; }
    bool canRetry() const;
    bool canContinue() const;

    /// Sends a message; false when there is nothing to send or a reply is
    /// still coming.
    Q_INVOKABLE bool send(const QString &text);
    Q_INVOKABLE void stop();
    /// Asks again for the last reply, from scratch.
    Q_INVOKABLE void retry();
    /// Asks for the rest of the last reply, after what was received.
    Q_INVOKABLE void continueReply();
    Q_INVOKABLE void copyToClipboard(const QString &text) const;
    /// Opens a link the user clicked in a reply in the system's browser,
    /// if it is an http or https URL; anything else (javascript:, file:,
    /// custom schemes an app registered) is the model's text, not a place
    /// to go, and is refused. Returns whether it was opened.
    Q_INVOKABLE bool openLink(const QString &link) const;
    /// Says in the status line that something was not saved, and why.
    void reportStoreError(const std::optional<Error> &error);

Q_SIGNALS:
    void statusChanged();
    void endpointChanged();
    void busyChanged();
    void lastReplyChanged();
    /// A reply ended; `completed` is false when it was stopped, interrupted
    /// or failed.
    void replyEnded(bool completed);

private:
    /// Streams the assistant message at `messageIndex`, whose text so far
    /// (empty, or a partial reply to continue) is already in the transcript.
    void startReply(int messageIndex);
    void startConnector(const ResolvedEndpoint &endpoint);
    void applyText(QStringView text);
    void onStateChanged(const transport::ConnectorState &state);
    void endReply(MessageStatus status, const QString &errorText = {});
    void loadConversation();
    /// Starts the stored reply once the endpoint is known: a new message, or
    /// the continued one.
    void beginStoredReply(const ResolvedEndpoint *endpoint);
    /// Records the next exchange of the open conversation.
    std::unique_ptr<store::ExchangeRecorder> newExchange() const;
    void onOnline();
    /// The conversation as the provider sees it: the turns before the reply
    /// being fetched.
    chat::Conversation conversationBefore(int messageIndex) const;
    void setStatus(const QString &status);

    ChatServices m_services;
    EndpointResolver &m_endpoints;
    ConversationListModel &m_conversations;
    ThemeController &m_theme;
    FrameStats &m_stats;
    TranscriptModel m_transcript;
    qint64 m_conversationId = 0;
    std::unique_ptr<store::ExchangeRecorder> m_exchange; ///< the reply being stored
    int m_pendingIndex = -1; ///< a user message waiting for the network, or -1

    int m_replyIndex = -1;  ///< the assistant message being fetched, or -1
    quint64 m_generation = 0; ///< tells answers for a reply that was since stopped
    QString m_continuedText; ///< the partial reply a Continue starts from
    QPointer<transport::Connector> m_connector;
    /// The authorities the last reply trusted besides the system's.
    QList<QSslCertificate> m_lastExtraAuthorities;
    QPointer<chat::RepaintThrottler> m_throttler;
    QString m_status;
    QString m_notice; ///< the connector's last notice for this reply, shown when it ends
    chat::TokenUsage m_usage; ///< what the provider said this reply cost
};

} // namespace inkchat::app
