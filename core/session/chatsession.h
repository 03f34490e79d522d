#pragma once

#include "endpointsource.h"
#include "sessionservices.h"

#include "chat/conversation.h"
#include "chat/records.h"
#include "transport/connectorstate.h"
#include "util/error.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace inkchat::provider {
class Provider;
}
namespace inkchat::store {
class ExchangeRecorder;
}
namespace inkchat::transport {
class Connector;
}

namespace inkchat::session {

/// One conversation and its replies, end to end: the engine that the app's
/// ChatController and `inkchat-cli chat` drive and only display.
///
/// It holds the conversation's history (loaded from the store, then kept
/// as it writes it) and builds every request from it, with the stored
/// system prompt. A reply runs through the endpoint source, the provider,
/// the connector and the store: the user's message is stored before the
/// request leaves (Pending while offline, sent when the network returns),
/// every piece of the reply reaches the store's checkpointer before
/// replyTextReceived() tells a front end, and how it ended (complete,
/// stopped, interrupted or failed, with its text) is stored when it ends.
///
/// The rules both front ends share live here: the conversation's title
/// comes from its first message; token counts reported in pieces are
/// merged; how a failure maps to a status; what Retry and Continue may do.
/// States and errors are data (ConnectorState, ConnectorNotice, Error):
/// front ends phrase them.
///
/// One reply at a time; sessions of different conversations stream at once
/// (see SessionRegistry). Store failures never stop a reply: they are
/// reported with storeFailed(). A session destroyed mid-reply (the app
/// quits) stores what arrived as interrupted.
class ChatSession : public QObject
{
    Q_OBJECT

public:
    /// Opens a stored conversation: title, system prompt, messages. A reply
    /// the store still calls Streaming is not being written by this session,
    /// so it is taken as interrupted. With no store, `conversationId` must
    /// be 0: a conversation kept in memory only. Errors: the conversation
    /// is not stored (kind Usage), or the store cannot be read.
    static Result<std::unique_ptr<ChatSession>> open(const SessionServices &services, qint64 conversationId,
                                                     QObject *parent = nullptr);
    ~ChatSession() override;

    qint64 conversationId() const { return m_conversationId; }
    const QString &title() const { return m_title; }
    const QString &systemPrompt() const { return m_systemPrompt; }
    /// The user names the conversation: it keeps that name (its first
    /// message no longer names it).
    std::optional<Error> rename(const QString &title);
    /// Changes the system prompt of the replies asked for from now on.
    std::optional<Error> setSystemPrompt(const QString &systemPrompt);
    /// The model the conversation's replies are asked of; empty: the
    /// endpoint's own.
    const QString &model() const { return m_model; }
    /// Asks the replies from now on of `model` (empty: the endpoint's).
    std::optional<Error> setModel(const QString &model);
    /// How the conversation's replies are asked for (temperature, ...).
    const chat::ReplyParameters &parameters() const { return m_parameters; }
    /// Changes them for the replies asked for from now on.
    std::optional<Error> setParameters(const chat::ReplyParameters &parameters);

    /// The conversation's messages, oldest first; while a reply streams, the
    /// last one (or the continued one) grows with every piece.
    const QList<chat::MessageRecord> &messages() const { return m_messages; }
    /// What the provider is sent for the reply at `messageIndex`: the system
    /// prompt, the parameters, and the turns before it, without replies
    /// that said nothing.
    chat::Conversation requestConversation(qsizetype messageIndex) const;

    /// A reply is on its way: from send() (while its endpoint is looked up,
    /// state() still Idle) to replyEnded().
    bool isStreaming() const { return m_replyIndex >= 0; }
    /// The message being streamed, or -1.
    int replyIndex() const { return m_replyIndex; }
    /// The connection of the current or last reply.
    const transport::ConnectorState &state() const { return m_state; }
    /// Why the last reply failed or was cut off, if it was.
    const std::optional<Error> &lastError() const { return m_lastError; }
    /// Why the reply at `index` failed or was cut off, as core named it, if
    /// it ended so while this session ran; its errorText is what the store
    /// keeps of it for later runs and exports.
    std::optional<Error> endError(int index) const;
    /// What the connector said about the last reply (a buffering proxy), if anything.
    const std::optional<transport::ConnectorNotice> &lastNotice() const { return m_notice; }
    /// The last message is a reply that ended early and can be asked for again.
    bool canRetry() const;
    /// ... and has text to carry on from.
    bool canContinue() const;

    /// Sends a message, with the images in `attachments`, and starts its
    /// reply; false when it has neither words nor images, or a reply is
    /// still coming. The text is sent as given. A provider that reads no
    /// images answers a message with images with an error, before anything
    /// is sent.
    bool send(const QString &text, const chat::Attachments &attachments = {});
    /// Sends the last message if it was written offline and never sent
    /// (Pending, e.g. in an earlier run); false if there is none.
    bool sendPending();
    /// Stops the reply; what arrived is kept, with status Stopped.
    void stop();
    /// While the reply waits for the network: asks once now (Connector::retryNow()).
    void retryNow();
    /// Asks for the last reply again from scratch; it replaces the failed one.
    bool retry();
    /// Asks for the rest of the last reply, after what was received.
    bool continueReply();

    // Versions (the conversation is a tree; messages() is the branch shown)

    /// The last message is a reply that has ended, and can be asked for again.
    bool canRegenerate() const;
    /// Asks for the last reply again: a new version of it, shown instead of
    /// it; the earlier versions are kept (with a store).
    bool regenerate();
    /// Sends `text` as a new version of the user message at `index` and
    /// asks for its reply: the branch from there on is the new one; the
    /// earlier question and everything after it stay an earlier version.
    bool editAndResend(int index, const QString &text);
    /// Shows version `version` (from 1) of the message at `index`, with the
    /// branch that follows it.
    std::optional<Error> showVersion(int index, int version);

Q_SIGNALS:
    void messageAppended(int index);
    void messageRemoved(int index);
    /// Status or error text of a message changed (not its streaming text).
    void messageChanged(int index);
    /// Another branch is shown: messages() from `firstChanged` on changed
    /// (a version chosen, a question edited, a reply asked for again).
    void branchChanged(int firstChanged);
    /// The streaming reply at `index` was asked for again from the start
    /// (the server could not continue it): the partial one is now an
    /// earlier version, and the reply's text starts afresh.
    void replyRestarted(int index);
    /// A reply to the message at `index` starts (a new one, or a continued one).
    void replyStarted(int index);
    /// More of the streaming reply arrived; the store has seen it. `delta` is new text only.
    void replyTextReceived(const QString &delta);
    void reasoningReceived(const QString &delta);
    /// state() or isStreaming() changed.
    void stateChanged();
    void noticeReceived(const inkchat::transport::ConnectorNotice &notice);
    /// The reply at `index` ended: exactly once per replyStarted().
    void replyEnded(int index, inkchat::chat::MessageStatus status);
    void titleChanged(const QString &title);
    /// The system prompt, the model or the parameters changed.
    void settingsChanged();
    /// The store refused a write; the reply goes on. A failing checkpoint
    /// is reported once per reply.
    void storeFailed(const inkchat::Error &error);

private:
    ChatSession(const SessionServices &services, qint64 conversationId, QObject *parent);

    std::optional<Error> load();
    /// A new exchange for the store to record (when there is a store).
    void beginExchange();
    /// Appends an empty, streaming reply; returns its index.
    int appendReply();
    void nameAfter(const QString &text);
    /// Streams the reply at `index` (empty, or a partial reply to continue).
    void startReply(int index, bool continuing);
    void onEndpoint(Result<ResolvedEndpoint> endpoint);
    /// The reply's row in the store, once: new, or the continued one.
    void beginStoredReply(const ResolvedEndpoint *endpoint);
    void startConnector(const ResolvedEndpoint &endpoint);
    void onText(const QString &delta);
    /// The connector restarted the reply: keeps the partial one as an
    /// earlier version and streams into a new version of it.
    void onRestarted();
    /// Reads the branch shown from the store, from `index` on.
    std::optional<Error> reloadBranch();
    void onState(const transport::ConnectorState &state);
    void markPendingSent();
    void endReply(chat::MessageStatus status, std::optional<Error> error = std::nullopt);
    /// Ends the stored partial reply the server has just answered afresh.
    void endAnsweredAfresh();
    void report(const std::optional<Error> &storeError);

    SessionServices m_services;
    qint64 m_conversationId = 0;
    QString m_title;
    QString m_systemPrompt;
    QString m_model;
    chat::ReplyParameters m_parameters;
    QList<chat::MessageRecord> m_messages;

    int m_replyIndex = -1;
    bool m_continuing = false;           ///< the reply carries on from its stored text
    bool m_replyStored = false;          ///< its row is in the store (new or continued)
    qint64 m_replyVersionOf = 0;         ///< the stored reply the new one is a version of, or 0
    chat::MessageRecord m_continuedFrom; ///< a continued reply as it was, kept if it is restarted
    int m_pendingIndex = -1;             ///< a user message waiting for the network, or -1
    quint64 m_generation = 0;            ///< tells answers for a reply that was since stopped
    std::unique_ptr<store::ExchangeRecorder> m_recorder; ///< the exchange being stored
    QPointer<transport::Connector> m_connector;
    transport::ConnectorState m_state;
    chat::TokenUsage m_usage;
    std::optional<Error> m_lastError;
    std::optional<transport::ConnectorNotice> m_notice;
    bool m_reportedCheckpointError = false;
};

/// How a failure leaves a reply: stopped by the user, cut off (it can be
/// continued from its text), or failed.
chat::MessageStatus statusAfter(const Error &error, bool hasText);

} // namespace inkchat::session
