#include "chatcontroller.h"

#include "controllers/statustext.h"
#include "controllers/themecontroller.h"
#include "models/conversationlistmodel.h"
#include "models/replyfacts.h"
#include "stats/framestats.h"

#include "chat/repaintthrottler.h"
#include "session/sessionregistry.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace inkchat::app {

using chat::MessageStatus;
using session::ChatSession;

ChatController::ChatController(session::SessionRegistry &sessions, EndpointResolver &endpoints,
                               ConversationListModel &conversations, ThemeController &theme,
                               FrameStats &stats, QObject *parent)
    : QObject(parent),
      m_sessions(sessions),
      m_endpoints(endpoints),
      m_conversations(conversations),
      m_theme(theme),
      m_stats(stats)
{
    connect(&m_endpoints, &EndpointResolver::changed, this, &ChatController::endpointChanged);
    connect(&m_conversations, &ConversationListModel::currentIndexChanged, this, [this] {
        // The reply of the conversation being left streams on in its session.
        if (m_conversations.currentId() != m_conversationId)
            show(m_conversations.currentId());
    });
    connect(&m_conversations, &ConversationListModel::storeFailed, this,
            [this](const Error &error) { reportStoreError(error); });
    connect(&m_sessions, &session::SessionRegistry::storeFailed, this,
            [this](const Error &error) { reportStoreError(error); });
    // The adaptive profile paces updates by what they cost to paint.
    connect(&m_stats, &FrameStats::updateMeasured, this, [this](double milliseconds) {
        if (m_throttler)
            m_throttler->reportRepaintCost(std::chrono::milliseconds(qRound64(milliseconds)));
    });
    show(m_conversations.currentId());
}

ChatController::~ChatController()
{
    if (m_session) {
        m_session->disconnect(this);
        m_sessions.release(m_conversationId);
    }
}

QString ChatController::endpointLabel() const
{
    return m_endpoints.label(m_session ? m_session->model() : QString());
}

bool ChatController::isDemo() const
{
    return m_endpoints.isDemo();
}

bool ChatController::isKeyExposed() const
{
    return m_endpoints.isKeyExposed();
}

bool ChatController::isBusy() const
{
    return m_session && m_session->isStreaming();
}

bool ChatController::canRetry() const
{
    return m_session && m_session->canRetry();
}

bool ChatController::canContinue() const
{
    return m_session && m_session->canContinue();
}

bool ChatController::canRegenerate() const
{
    return m_session && m_session->canRegenerate();
}

bool ChatController::send(const QString &text)
{
    if (!m_session)
        return false;
    if (m_editingIndex < 0) {
        if (!m_session->send(text.trimmed(), m_attachments.attachments()))
            return false;
        m_attachments.clear();
        return true;
    }
    if (!m_session->editAndResend(m_editingIndex, text.trimmed()))
        return false;
    setEditingIndex(-1);
    return true;
}

void ChatController::regenerate()
{
    if (m_session)
        m_session->regenerate();
}

QString ChatController::beginEdit(int messageIndex)
{
    if (!m_session || m_session->isStreaming() || messageIndex < 0
        || messageIndex >= m_session->messages().size()
        || m_session->messages().at(messageIndex).role != chat::Role::User)
        return {};
    setEditingIndex(messageIndex);
    const QString text = m_session->messages().at(messageIndex).text;
    Q_EMIT editStarted(text);
    return text;
}

void ChatController::cancelEdit()
{
    setEditingIndex(-1);
}

void ChatController::setEditingIndex(int index)
{
    if (index == m_editingIndex)
        return;
    m_editingIndex = index;
    Q_EMIT editingChanged();
}

void ChatController::showVersion(int messageIndex, int version)
{
    if (m_session)
        reportStoreError(m_session->showVersion(messageIndex, version));
}

void ChatController::showBranch()
{
    QList<TranscriptMessage> messages;
    for (int index = 0; index < m_session->messages().size(); ++index)
        messages.append(shownMessage(index));
    m_transcript.setMessages(messages);
    setEditingIndex(-1);
    Q_EMIT lastReplyChanged();
}

void ChatController::stop()
{
    if (m_session)
        m_session->stop();
}

void ChatController::retryNow()
{
    if (m_session)
        m_session->retryNow();
}

bool ChatController::isWaitingForNetwork() const
{
    return m_session && m_session->isStreaming()
           && m_session->state().phase == transport::ConnectorState::Phase::Offline;
}

void ChatController::retry()
{
    if (m_session)
        m_session->retry();
}

void ChatController::continueReply()
{
    if (m_session)
        m_session->continueReply();
}

void ChatController::copyToClipboard(const QString &text) const
{
    QGuiApplication::clipboard()->setText(text);
}

bool ChatController::openLink(const QString &link) const
{
    const QUrl url(link, QUrl::StrictMode);
    const bool isWeb = url.isValid() && !url.host().isEmpty()
                       && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1);
    return isWeb && QDesktopServices::openUrl(url);
}

void ChatController::show(qint64 id)
{
    const bool wasBusy = isBusy();
    stopDisplayingReply();
    if (m_session) {
        m_session->disconnect(this);
        m_sessions.release(m_conversationId);
    }
    m_conversationId = id;
    m_session = nullptr;
    const Result<ChatSession *> held = m_sessions.hold(id);
    if (!held) {
        m_transcript.clear();
        reportStoreError(held.error());
    } else {
        m_session = *held;
        showBranch();
        watch(m_session);
        if (m_session->isStreaming())
            displayReply(m_session->replyIndex());
        refreshStatus();
    }
    Q_EMIT sessionChanged();
    Q_EMIT endpointChanged();
    if (wasBusy != isBusy())
        Q_EMIT busyChanged();
    Q_EMIT lastReplyChanged();
    // A message written offline in an earlier run goes now (the connector
    // waits for the network if it is still away).
    if (m_session)
        m_session->sendPending();
}

TranscriptMessage ChatController::shownMessage(int index) const
{
    TranscriptMessage message = TranscriptMessage::from(m_session->messages().at(index), m_images.get());
    message.errorText = whyEnded(index);
    return message;
}

QString ChatController::whyEnded(int index) const
{
    const std::optional<Error> error = m_session->endError(index);
    return error ? StatusText::error(*error) : m_session->messages().at(index).errorText;
}

void ChatController::watch(ChatSession *session)
{
    connect(session, &ChatSession::messageAppended, this,
            [this](int index) { m_transcript.appendMessage(shownMessage(index)); });
    connect(session, &ChatSession::messageRemoved, this, [this] { m_transcript.removeLastMessage(); });
    connect(session, &ChatSession::messageChanged, this, [this](int index) {
        // The streaming reply's end is shown by onReplyEnded, after its last text.
        if (index == m_replyIndex && !m_session->isStreaming())
            return;
        const chat::MessageRecord &message = m_session->messages().at(index);
        m_transcript.setMessageStatus(index, message.status, whyEnded(index));
        m_transcript.setMessageFacts(index, replyFacts(message));
    });
    connect(session, &ChatSession::replyStarted, this, [this](int index) {
        displayReply(index);
        refreshStatus();
        Q_EMIT busyChanged();
        Q_EMIT lastReplyChanged();
    });
    connect(session, &ChatSession::replyTextReceived, this, [this](const QString &delta) {
        if (m_throttler)
            m_throttler->append(delta);
    });
    connect(session, &ChatSession::replyEnded, this, &ChatController::onReplyEnded);
    connect(session, &ChatSession::branchChanged, this, &ChatController::showBranch);
    // The server answered again from the start: the new version is shown
    // from its first word, the partial one is a version behind it.
    connect(session, &ChatSession::replyRestarted, this, [this](int index) {
        showBranch();
        displayReply(index);
    });
    connect(session, &ChatSession::settingsChanged, this, &ChatController::endpointChanged);
    connect(session, &ChatSession::stateChanged, this, &ChatController::refreshStatus);
    connect(session, &ChatSession::noticeReceived, this, &ChatController::refreshStatus);
}

void ChatController::displayReply(int index)
{
    stopDisplayingReply();
    m_replyIndex = index;
    m_throttler = std::make_unique<chat::RepaintThrottler>(m_theme.displayProfile());
    connect(m_throttler.get(), &chat::RepaintThrottler::updated, this, &ChatController::applyText);
    // A continued reply, or one streaming while another conversation was
    // shown, goes on from what it has.
    const QString &received = m_session->messages().at(index).text;
    if (!received.isEmpty())
        m_throttler->append(received);
}

void ChatController::applyText(QStringView shown)
{
    if (m_replyIndex < 0)
        return;
    // The transcript keeps the text: copied here, once per update, not in
    // the throttler (see RepaintThrottler::updated).
    const QString text = shown.toString();
    m_stats.beginUpdate();
    m_transcript.setMessageText(m_replyIndex, text);
    m_stats.endUpdate();
    Q_EMIT replyTextShown();
}

void ChatController::onReplyEnded(int index, MessageStatus status)
{
    if (m_throttler)
        m_throttler->finish(); // the whole reply is on screen before it is marked done
    stopDisplayingReply();
    const chat::MessageRecord &reply = m_session->messages().at(index);
    m_transcript.setMessageStatus(index, status, whyEnded(index));
    m_transcript.setMessageFacts(index, replyFacts(reply));
    refreshStatus();
    Q_EMIT busyChanged();
    Q_EMIT lastReplyChanged();
    Q_EMIT replyEnded(status == MessageStatus::Complete);
}

void ChatController::stopDisplayingReply()
{
    m_throttler.reset();
    m_replyIndex = -1;
}

int ChatController::messageIndexOf(qint64 storeId) const
{
    if (!m_session)
        return -1;
    const QList<chat::MessageRecord> &messages = m_session->messages();
    for (qsizetype index = 0; index < messages.size(); ++index) {
        if (messages.at(index).id == storeId)
            return int(index);
    }
    return -1;
}

void ChatController::refreshStatus()
{
    if (!m_session)
        return;
    using Phase = transport::ConnectorState::Phase;
    const transport::ConnectorState &state = m_session->state();
    setReceiving(m_session->isStreaming() && state.phase == Phase::Streaming);
    if (m_session->isStreaming()) {
        // The end of a reply is shown as it ends, in the transcript.
        if (state.phase != Phase::Finished && state.phase != Phase::Failed)
            setStatus(StatusText::state(state));
        return;
    }
    // How a reply ended is shown once, at its end in the transcript. The
    // status line keeps only a notice about the connection (a buffering
    // proxy), until the next reply.
    if (m_session->lastNotice())
        setStatus(StatusText::notice(*m_session->lastNotice()));
    else if (m_lastingStoreProblem)
        setStatus(StatusText::notSaved(*m_lastingStoreProblem));
    else
        setStatus({});
}

void ChatController::setReceiving(bool receiving)
{
    if (receiving == m_receiving)
        return;
    m_receiving = receiving;
    Q_EMIT receivingChanged();
}

void ChatController::reportStoreError(const std::optional<Error> &error)
{
    if (error)
        setStatus(StatusText::notSaved(*error));
}

void ChatController::setLastingStoreProblem(const std::optional<Error> &problem)
{
    m_lastingStoreProblem = problem;
    reportStoreError(problem);
}

void ChatController::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

} // namespace inkchat::app
