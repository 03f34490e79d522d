#pragma once

#include "controllers/attachmenttray.h"
#include "controllers/endpointresolver.h"
#include "models/transcriptmodel.h"
#include "view/attachmentimages.h"

#include "chat/messageenums.h"
#include "session/chatsession.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace inkchat::chat {
class RepaintThrottler;
}
namespace inkchat::session {
class SessionRegistry;
}

namespace inkchat::app {

class ConversationListModel;
class FrameStats;
class ThemeController;

/// The open conversation, as the window shows it: the face of its chat
/// session (session::ChatSession), which does the work. Forwards what the
/// user asks for (send, stop, retry, continue), shows the reply in the
/// transcript at the pace the display profile allows, and says what the
/// connection is doing in one status line.
///
/// Opening another conversation never stops a reply: the session streams
/// on, and the conversation list says so (ConversationListModel's
/// isStreaming); coming back shows it where it is. One reply at a time per
/// conversation.
class ChatController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the chat controller")

    Q_PROPERTY(inkchat::app::TranscriptModel *transcript READ transcript CONSTANT)
    /// The images waiting in the composer for the next message.
    Q_PROPERTY(inkchat::app::AttachmentTray *attachments READ attachments CONSTANT)
    /// The connection, in one line: "connecting (sse)", "streaming",
    /// "reconnecting (attempt 2, in 1.3 s): …", "offline"; after a reply
    /// that failed, why; after one a proxy buffered, that; else empty.
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    /// Where replies go: "Demo (offline)", "OpenAI · gpt-4o".
    Q_PROPERTY(QString endpointLabel READ endpointLabel NOTIFY endpointChanged)
    Q_PROPERTY(bool isDemo READ isDemo NOTIFY endpointChanged)
    /// The endpoint's key goes over plain http:// to another machine: show
    /// an open lock (Settings refuses nothing here; a LAN server may be meant).
    Q_PROPERTY(bool isKeyExposed READ isKeyExposed NOTIFY endpointChanged)
    /// A reply is coming in the open conversation.
    Q_PROPERTY(bool isBusy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY lastReplyChanged)
    Q_PROPERTY(bool canContinue READ canContinue NOTIFY lastReplyChanged)
    /// The last reply has ended and can be asked for again as a new version.
    Q_PROPERTY(bool canRegenerate READ canRegenerate NOTIFY lastReplyChanged)
    /// The user message being edited in the composer (send() sends it as a
    /// new version of that message), or -1.
    Q_PROPERTY(int editingIndex READ editingIndex NOTIFY editingChanged)
    /// While a reply is on its way: whether its text is arriving now (not
    /// connecting, reconnecting or waiting for the network), so the
    /// transcript says "writing" only when something is written.
    Q_PROPERTY(bool isReceiving READ isReceiving NOTIFY receivingChanged)
    /// The reply waits for the network the system says is down: "Retry now"
    /// lets the user overrule it.
    Q_PROPERTY(bool isWaitingForNetwork READ isWaitingForNetwork NOTIFY statusChanged)

public:
    ChatController(session::SessionRegistry &sessions, EndpointResolver &endpoints,
                   ConversationListModel &conversations, ThemeController &theme, FrameStats &stats,
                   QObject *parent = nullptr);
    ~ChatController() override;

    TranscriptModel *transcript() { return &m_transcript; }
    AttachmentTray *attachments() { return &m_attachments; }
    /// The images the window shows, for the image provider (Application).
    std::shared_ptr<const AttachmentImages> images() const { return m_images; }
    QString status() const { return m_status; }
    QString endpointLabel() const;
    bool isDemo() const;
    bool isKeyExposed() const;
    bool isBusy() const;
    bool canRetry() const;
    bool canContinue() const;
    bool canRegenerate() const;
    int editingIndex() const { return m_editingIndex; }
    bool isReceiving() const { return m_receiving; }
    bool isWaitingForNetwork() const;
    /// The open conversation's session (null if its conversation could not be read).
    session::ChatSession *session() const { return m_session; }

    /// Sends a message (surrounding white space dropped) with the images
    /// in attachments(), which then empties; false when there is nothing
    /// to send or a reply is still coming. While a message is edited,
    /// sends it as that message's new version (with the images it had).
    Q_INVOKABLE bool send(const QString &text);
    /// Asks for the last reply again: a new version beside the earlier ones.
    Q_INVOKABLE void regenerate();
    /// Starts editing the user message `messageIndex`; returns its text
    /// for the composer.
    Q_INVOKABLE QString beginEdit(int messageIndex);
    Q_INVOKABLE void cancelEdit();
    /// Shows version `version` (from 1) of message `messageIndex`, with the
    /// branch that follows it.
    Q_INVOKABLE void showVersion(int messageIndex, int version);
    /// The index of the open conversation's message stored as `storeId`
    /// (a search hit), or -1.
    Q_INVOKABLE int messageIndexOf(qint64 storeId) const;
    Q_INVOKABLE void stop();
    /// While the reply waits for the network: tries once now.
    Q_INVOKABLE void retryNow();
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
    /// Why nothing is saved for as long as the app runs (a store that can
    /// only be read, or none at all): said at once, and again whenever the
    /// status line has nothing else to say, so the end of a reply does not
    /// hide it.
    void setLastingStoreProblem(const std::optional<Error> &problem);

Q_SIGNALS:
    void statusChanged();
    void endpointChanged();
    void busyChanged();
    void lastReplyChanged();
    void editingChanged();
    /// Editing a message began: its text, for the composer.
    void editStarted(const QString &text);
    void receivingChanged();
    /// Another conversation's session is shown (see session()).
    void sessionChanged();
    /// A reply of the open conversation ended; `completed` is false when it
    /// was stopped, interrupted or failed.
    void replyEnded(bool completed);
    /// More of the streaming reply was put on screen (one throttled update).
    void replyTextShown();

private:
    /// Shows the conversation `id`, through its session.
    void show(qint64 id);
    void watch(session::ChatSession *session);
    /// The reply at `index` streams: its text reaches the transcript through
    /// a repaint throttler, starting from what it has.
    void displayReply(int index);
    /// The session shows another branch: the transcript shows it too.
    void showBranch();
    /// The message at `index` as the transcript shows it.
    TranscriptMessage shownMessage(int index) const;
    /// Why the message at `index` ended early: in the app's words where it
    /// ended in this run, else as the store kept it.
    QString whyEnded(int index) const;
    void setEditingIndex(int index);
    void onReplyEnded(int index, chat::MessageStatus status);
    void applyText(QStringView text);
    void stopDisplayingReply();
    /// The status line from the session: its connection while a reply
    /// streams, else why the last one failed, or the connector's notice.
    void refreshStatus();
    void setStatus(const QString &status);
    void setReceiving(bool receiving);

    session::SessionRegistry &m_sessions;
    EndpointResolver &m_endpoints;
    ConversationListModel &m_conversations;
    ThemeController &m_theme;
    FrameStats &m_stats;
    TranscriptModel m_transcript;
    std::shared_ptr<AttachmentImages> m_images = std::make_shared<AttachmentImages>();
    AttachmentTray m_attachments{m_images};
    qint64 m_conversationId = 0;
    QPointer<session::ChatSession> m_session;
    int m_replyIndex = -1; ///< the message the throttler feeds, or -1
    std::unique_ptr<chat::RepaintThrottler> m_throttler;
    QString m_status;
    std::optional<Error> m_lastingStoreProblem;
    bool m_receiving = false;
    int m_editingIndex = -1;
};

} // namespace inkchat::app
