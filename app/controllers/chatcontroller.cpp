#include "chatcontroller.h"

#include "controllers/themecontroller.h"
#include "models/conversationlistmodel.h"
#include "models/storedmessages.h"
#include "stats/framestats.h"

#include "chat/repaintthrottler.h"
#include "provider/providerregistry.h"
#include "store/conversationstore.h"
#include "store/exchangerecorder.h"
#include "transport/connector.h"
#include "transport/reachability.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

bool isEndedEarly(MessageStatus status)
{
    return status == MessageStatus::Interrupted || status == MessageStatus::Failed
           || status == MessageStatus::Stopped;
}

MessageStatus statusFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Cancelled:
        return MessageStatus::Stopped;
    case Error::Kind::Interrupted:
    case Error::Kind::Timeout:
        return MessageStatus::Interrupted;
    default:
        return MessageStatus::Failed;
    }
}

} // namespace

ChatController::ChatController(ChatServices services, EndpointResolver &endpoints,
                               ConversationListModel &conversations, ThemeController &theme, FrameStats &stats,
                               QObject *parent)
    : QObject(parent),
      m_services(services),
      m_endpoints(endpoints),
      m_conversations(conversations),
      m_theme(theme),
      m_stats(stats)
{
    Q_ASSERT(m_services.network);
    Q_ASSERT(m_services.store);
    connect(&m_endpoints, &EndpointResolver::changed, this, &ChatController::endpointChanged);
    connect(&m_conversations, &ConversationListModel::currentIndexChanged, this, [this] {
        if (m_conversations.currentId() == m_conversationId)
            return;
        stop(); // the reply belongs to the conversation being left; it is kept, with Continue
        loadConversation();
    });
    connect(&m_conversations, &ConversationListModel::storeFailed, this,
            [this](const Error &error) { reportStoreError(error); });
    // The adaptive profile paces updates by what they cost to paint.
    connect(&m_stats, &FrameStats::updateMeasured, this, [this](double milliseconds) {
        if (m_throttler)
            m_throttler->reportRepaintCost(std::chrono::milliseconds(qRound64(milliseconds)));
    });
    loadConversation();
}

ChatController::~ChatController()
{
    // Stopping here would emit into a half-destroyed object.
    if (m_connector)
        m_connector->disconnect(this);
}

QString ChatController::endpointLabel() const
{
    return m_endpoints.label();
}

bool ChatController::isDemo() const
{
    return m_endpoints.isDemo();
}

bool ChatController::isKeyExposed() const
{
    return m_endpoints.isKeyExposed();
}

bool ChatController::canRetry() const
{
    const int last = m_transcript.messageCount() - 1;
    return !isBusy() && last >= 1 && m_transcript.message(last).role == chat::Role::Assistant
           && isEndedEarly(m_transcript.message(last).status);
}

bool ChatController::canContinue() const
{
    const int last = m_transcript.messageCount() - 1;
    return canRetry() && !m_transcript.message(last).text.isEmpty();
}

bool ChatController::send(const QString &text)
{
    const QString message = text.trimmed();
    if (message.isEmpty() || isBusy())
        return false;
    const bool offline = m_services.reachability && !m_services.reachability->isOnline();
    const MessageStatus status = offline ? MessageStatus::Pending : MessageStatus::Complete;
    const int user = m_transcript.appendMessage({chat::Role::User, message, status, {}});
    // The user's words are kept before anything leaves the machine.
    m_exchange = newExchange();
    reportStoreError(m_exchange->recordUserMessage(message, toStoredStatus(status)));
    m_transcript.setMessageStoreId(user, m_exchange->userMessage().id);
    m_conversations.messageAdded(m_conversationId, message);
    m_pendingIndex = offline ? user : -1;
    startReply(m_transcript.appendMessage({chat::Role::Assistant, {}, MessageStatus::Streaming, {}}));
    return true;
}

void ChatController::stop()
{
    if (!isBusy())
        return;
    if (m_connector)
        m_connector->cancel(); // answers with failed(Cancelled), which ends the reply
    else
        endReply(MessageStatus::Stopped, tr("the reply was stopped"));
}

void ChatController::retry()
{
    if (!canRetry())
        return;
    const int last = m_transcript.messageCount() - 1;
    // The failed reply gives way to the new one, on screen and in the store.
    if (const qint64 failed = m_transcript.message(last).storeId)
        reportStoreError(m_services.store->deleteMessage(failed));
    QList<TranscriptMessage> messages;
    for (int i = 0; i < last; ++i)
        messages.append(m_transcript.message(i));
    messages.append({chat::Role::Assistant, {}, MessageStatus::Streaming, {}});
    m_transcript.setMessages(messages);
    m_exchange = newExchange();
    startReply(m_transcript.messageCount() - 1);
}

void ChatController::continueReply()
{
    if (!canContinue())
        return;
    const int last = m_transcript.messageCount() - 1;
    m_continuedText = m_transcript.message(last).text;
    m_transcript.setMessageStatus(last, MessageStatus::Streaming);
    m_exchange = newExchange();
    startReply(last);
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

void ChatController::startReply(int messageIndex)
{
    m_replyIndex = messageIndex;
    m_notice.clear();
    m_usage = {};
    const quint64 generation = ++m_generation;
    Q_EMIT busyChanged();
    Q_EMIT lastReplyChanged();
    setStatus(tr("preparing"));
    m_endpoints.resolve([this, generation](Result<ResolvedEndpoint> resolved) {
        if (generation != m_generation || !isBusy())
            return; // stopped while the keychain was asked
        if (!resolved) {
            beginStoredReply(nullptr);
            endReply(MessageStatus::Failed, resolved.error().message);
            return;
        }
        beginStoredReply(&*resolved);
        startConnector(*resolved);
    });
}

std::unique_ptr<store::ExchangeRecorder> ChatController::newExchange() const
{
    return std::make_unique<store::ExchangeRecorder>(*m_services.store, m_conversationId, store::ReplySource{});
}

void ChatController::beginStoredReply(const ResolvedEndpoint *endpoint)
{
    if (!m_exchange)
        return;
    if (endpoint) {
        // The host names the endpoint in an export; a URL never carries the key.
        m_exchange->setSource({endpoint->providerId, endpoint->endpoint.model, endpoint->endpoint.baseUrl.host()});
    }
    const qint64 stored = m_transcript.message(m_replyIndex).storeId;
    if (stored != 0) {
        reportStoreError(m_exchange->continueReply(stored));
        return;
    }
    reportStoreError(m_exchange->beginReply());
    m_transcript.setMessageStoreId(m_replyIndex, m_exchange->reply().id);
    m_conversations.messageAdded(m_conversationId, {});
}

void ChatController::startConnector(const ResolvedEndpoint &resolved)
{
    std::shared_ptr<provider::Provider> provider = provider::createProvider(resolved.providerId);
    if (!provider) {
        endReply(MessageStatus::Failed, tr("Unknown provider “%1”; check Settings.").arg(resolved.providerId));
        return;
    }
    transport::ConnectorServices services;
    services.network = m_services.network;
    services.memory = m_services.ladderMemory;
    services.reachability = m_services.reachability;
    // The network manager keeps a connection, and the TLS settings it was
    // made with, for a while after a reply: a CA file just added in
    // Settings must not meet the connection that refused the certificate.
    if (resolved.tls.extraAuthorities != m_lastExtraAuthorities) {
        m_services.network->clearConnectionCache();
        m_lastExtraAuthorities = resolved.tls.extraAuthorities;
    }
    transport::ConnectorOptions options;
    options.http.tls = resolved.tls;
    options.webSocket.tls = resolved.tls;
    auto *connector = new transport::Connector(*provider, resolved.endpoint, services, options, this);
    // A connector uses its provider until it is deleted, which is later
    // than the reply's end (deleteLater): it keeps its own alive.
    connect(connector, &QObject::destroyed, connector, [provider] {});
    auto *throttler = new chat::RepaintThrottler(m_theme.displayProfile(), Clock::system(), this);
    m_connector = connector;
    m_throttler = throttler;

    connect(connector, &transport::Connector::textReceived, throttler, &chat::RepaintThrottler::append);
    connect(throttler, &chat::RepaintThrottler::updated, this, &ChatController::applyText);
    connect(connector, &transport::Connector::stateChanged, this, &ChatController::onStateChanged);
    connect(connector, &transport::Connector::notice, this, [this](const QString &notice) {
        m_notice = notice;
        setStatus(notice);
    });
    connect(connector, &transport::Connector::usageReceived, this, [this](qint64 input, qint64 output) {
        m_usage = {int(input), int(output)};
    });
    connect(connector, &transport::Connector::seamAdded, this, [this](qsizetype position) {
        if (m_exchange)
            m_exchange->addSeam(int(position));
    });
    connect(connector, &transport::Connector::finished, this, [this] { endReply(MessageStatus::Complete); });
    connect(connector, &transport::Connector::failed, this,
            [this](const Error &error) { endReply(statusFor(error), error.message); });

    const chat::Conversation conversation = conversationBefore(m_replyIndex);
    if (m_continuedText.isEmpty()) {
        connector->start(conversation);
    } else {
        throttler->append(m_continuedText);
        connector->startContinuation(conversation, m_continuedText);
    }
}

void ChatController::applyText(QStringView shown)
{
    if (!isBusy())
        return;
    // The transcript and the recorder keep the text, so it is copied here,
    // once per update, not inside the throttler (see RepaintThrottler::updated).
    const QString text = shown.toString();
    m_stats.beginUpdate();
    m_transcript.setMessageText(m_replyIndex, text);
    m_stats.endUpdate();
    if (m_exchange)
        m_exchange->replyTextChanged(text);
}

void ChatController::onStateChanged(const transport::ConnectorState &state)
{
    using Phase = transport::ConnectorState::Phase;
    if (state.phase == Phase::Connecting || state.phase == Phase::Streaming)
        onOnline();
    // The end of a reply is shown in the transcript, not the status line.
    if (state.phase == Phase::Finished || state.phase == Phase::Failed)
        return;
    setStatus(state.text());
}

void ChatController::onOnline()
{
    if (m_pendingIndex < 0)
        return;
    // The message written offline has left: it is no longer pending.
    if (const qint64 stored = m_transcript.message(m_pendingIndex).storeId)
        reportStoreError(m_services.store->markMessageSent(stored));
    m_transcript.setMessageStatus(m_pendingIndex, MessageStatus::Complete);
    m_pendingIndex = -1;
}

void ChatController::reportStoreError(const std::optional<Error> &error)
{
    if (error)
        setStatus(tr("Not saved: %1").arg(error->message));
}

void ChatController::endReply(MessageStatus status, const QString &errorText)
{
    if (!isBusy())
        return;
    if (m_throttler)
        m_throttler->finish(); // the whole reply is on screen before it is marked done
    const int index = m_replyIndex;
    m_replyIndex = -1;
    ++m_generation;
    m_continuedText.clear();
    // Both live on until the event loop turns; a stop() before then is
    // meant for the next reply, not for this finished connector.
    if (m_connector) {
        m_connector->disconnect(this);
        m_connector->deleteLater();
        m_connector = nullptr;
    }
    if (m_throttler) {
        m_throttler->disconnect(this);
        m_throttler->deleteLater();
        m_throttler = nullptr;
    }
    const QString shownError = status == MessageStatus::Complete ? QString() : errorText;
    m_transcript.setMessageStatus(index, status, shownError);
    if (m_exchange) {
        reportStoreError(m_exchange->endReply(toStoredStatus(status), shownError, m_usage));
        m_exchange.reset();
    }
    m_pendingIndex = -1;
    // A notice (a buffering proxy) is said as the reply ends; it stays until the next one.
    setStatus(status == MessageStatus::Failed ? errorText : m_notice);
    Q_EMIT busyChanged();
    Q_EMIT lastReplyChanged();
    Q_EMIT replyEnded(status == MessageStatus::Complete);
}

void ChatController::loadConversation()
{
    m_conversationId = m_conversations.currentId();
    m_transcript.setMessages(m_conversations.messages(m_conversationId));
    Q_EMIT lastReplyChanged();
    // A message written offline in an earlier session is sent now (the
    // connector waits for the network if it is still away).
    const int last = m_transcript.messageCount() - 1;
    if (last >= 0 && m_transcript.message(last).status == MessageStatus::Pending) {
        m_pendingIndex = last;
        m_exchange = newExchange();
        startReply(m_transcript.appendMessage({chat::Role::Assistant, {}, MessageStatus::Streaming, {}}));
    }
}

chat::Conversation ChatController::conversationBefore(int messageIndex) const
{
    chat::Conversation conversation;
    for (int i = 0; i < messageIndex; ++i) {
        const TranscriptMessage &message = m_transcript.message(i);
        // A reply that failed before saying anything is no turn of the conversation.
        if (message.role == chat::Role::Assistant && message.text.isEmpty())
            continue;
        conversation.messages.append({message.role, message.text});
    }
    return conversation;
}

void ChatController::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

} // namespace inkchat::app
