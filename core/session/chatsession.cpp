#include "chatsession.h"

#include "endpointsource.h"

#include "chat/conversationtitle.h"
#include "provider/providerregistry.h"
#include "store/conversationstore.h"
#include "store/exchangerecorder.h"
#include "transport/connector.h"
#include "transport/reachability.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace inkchat::session {

using chat::MessageStatus;

namespace {

/// A reply about to stream, with an identity of its own until the store
/// gives it one.
chat::MessageRecord streamingReply()
{
    chat::MessageRecord reply;
    reply.role = chat::Role::Assistant;
    reply.status = MessageStatus::Streaming;
    reply.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return reply;
}

} // namespace

chat::MessageStatus statusAfter(const Error &error, bool hasText)
{
    switch (error.kind) {
    case Error::Kind::Cancelled:
        return MessageStatus::Stopped;
    case Error::Kind::Interrupted:
        return MessageStatus::Interrupted;
    // The connection was lost for good: what came is a reply cut off, not a
    // wrong one; with nothing received there is nothing to continue.
    case Error::Kind::Network:
    case Error::Kind::Timeout:
        return hasText ? MessageStatus::Interrupted : MessageStatus::Error;
    default:
        return MessageStatus::Error;
    }
}

Result<std::unique_ptr<ChatSession>> ChatSession::open(const SessionServices &services, qint64 conversationId,
                                                       QObject *parent)
{
    Q_ASSERT(services.network && services.endpoints);
    Q_ASSERT(services.store || conversationId == 0);
    std::unique_ptr<ChatSession> session(new ChatSession(services, conversationId, parent));
    if (auto error = session->load())
        return *error;
    return session;
}

ChatSession::ChatSession(const SessionServices &services, qint64 conversationId, QObject *parent)
    : QObject(parent),
      m_services(services),
      m_conversationId(conversationId)
{
}

ChatSession::~ChatSession()
{
    if (m_connector)
        m_connector->disconnect(this);
    // The app quits mid-reply: everything received is kept, cut off, so
    // nothing since the last checkpoint is lost. Silently: nobody listens
    // to an object being destroyed.
    if (isStreaming() && m_recorder && m_replyStored)
        m_recorder->endReply(MessageStatus::Interrupted, {}, m_usage);
}

std::optional<Error> ChatSession::load()
{
    if (!m_services.store)
        return std::nullopt;
    const auto conversation = m_services.store->conversation(m_conversationId);
    if (!conversation)
        return conversation.error();
    m_title = conversation->title;
    m_systemPrompt = conversation->systemPrompt;
    m_model = conversation->model;
    m_parameters = conversation->parameters;
    return reloadBranch();
}

std::optional<Error> ChatSession::reloadBranch()
{
    QList<chat::MessageRecord> branch;
    const std::optional<Error> error = m_services.store->forEachMessage(
        m_conversationId, [&branch](const chat::MessageRecord &message) {
            branch.append(message);
            // Nobody in this session writes it: a crash, or another process, left it so.
            if (message.status == MessageStatus::Streaming)
                branch.last().status = MessageStatus::Interrupted;
            return true;
        });
    if (error)
        return error;
    m_messages = std::move(branch);
    return std::nullopt;
}

std::optional<Error> ChatSession::setSystemPrompt(const QString &systemPrompt)
{
    if (m_services.store) {
        if (auto error = m_services.store->setSystemPrompt(m_conversationId, systemPrompt))
            return error;
    }
    m_systemPrompt = systemPrompt;
    Q_EMIT settingsChanged();
    return std::nullopt;
}

std::optional<Error> ChatSession::setModel(const QString &model)
{
    const QString trimmed = model.trimmed();
    if (m_services.store) {
        if (auto error = m_services.store->setConversationModel(m_conversationId, trimmed))
            return error;
    }
    m_model = trimmed;
    Q_EMIT settingsChanged();
    return std::nullopt;
}

std::optional<Error> ChatSession::setParameters(const chat::ReplyParameters &parameters)
{
    if (m_services.store) {
        if (auto error = m_services.store->setReplyParameters(m_conversationId, parameters))
            return error;
    }
    m_parameters = parameters;
    Q_EMIT settingsChanged();
    return std::nullopt;
}

chat::Conversation ChatSession::requestConversation(qsizetype messageIndex) const
{
    chat::Conversation conversation;
    conversation.systemPrompt = m_systemPrompt;
    conversation.parameters = m_parameters;
    for (qsizetype i = 0; i < messageIndex && i < m_messages.size(); ++i) {
        const chat::MessageRecord &message = m_messages.at(i);
        // A reply that failed before saying anything is no turn of the conversation.
        if (!message.text.isEmpty() || !message.attachments.isEmpty())
            conversation.messages.append({message.role, message.text, message.attachments});
    }
    return conversation;
}

bool ChatSession::canRetry() const
{
    return !isStreaming() && m_messages.size() >= 2 && m_messages.constLast().role == chat::Role::Assistant
           && chat::isEndedEarly(m_messages.constLast().status);
}

bool ChatSession::canContinue() const
{
    return canRetry() && !m_messages.constLast().text.isEmpty();
}

bool ChatSession::send(const QString &text, const chat::Attachments &attachments)
{
    if ((text.trimmed().isEmpty() && attachments.isEmpty()) || isStreaming())
        return false;
    const bool offline = m_services.reachability && !m_services.reachability->isOnline();
    beginExchange();
    chat::MessageRecord message;
    message.role = chat::Role::User;
    message.text = text;
    message.status = offline ? MessageStatus::Pending : MessageStatus::Complete;
    message.attachments = attachments;
    // The user's words are kept before anything leaves the machine.
    if (m_recorder) {
        report(m_recorder->recordUserMessage(text, message.status, 0, attachments));
        if (m_recorder->userMessage().id != 0)
            message = m_recorder->userMessage();
    }
    m_messages.append(message);
    const int index = int(m_messages.size() - 1);
    Q_EMIT messageAppended(index);
    nameAfter(text);
    m_pendingIndex = offline ? index : -1;
    startReply(appendReply(), false);
    return true;
}

bool ChatSession::sendPending()
{
    if (isStreaming() || m_messages.isEmpty() || m_messages.constLast().status != MessageStatus::Pending)
        return false;
    m_pendingIndex = int(m_messages.size() - 1);
    beginExchange();
    startReply(appendReply(), false);
    return true;
}

void ChatSession::beginExchange()
{
    m_recorder.reset();
    m_replyStored = false;
    m_replyVersionOf = 0;
    if (m_services.store) {
        m_recorder = std::make_unique<store::ExchangeRecorder>(*m_services.store, m_conversationId,
                                                               store::ReplySource{}, *m_services.clock,
                                                               m_services.checkpoints);
    }
}

int ChatSession::appendReply()
{
    m_messages.append(streamingReply());
    const int index = int(m_messages.size() - 1);
    Q_EMIT messageAppended(index);
    return index;
}

void ChatSession::nameAfter(const QString &text)
{
    if (m_title.isEmpty())
        report(rename(chat::titleFromMessage(text)));
}

std::optional<Error> ChatSession::rename(const QString &title)
{
    if (m_services.store) {
        if (auto error = m_services.store->renameConversation(m_conversationId, title))
            return error;
    }
    m_title = title;
    Q_EMIT titleChanged(m_title);
    return std::nullopt;
}

void ChatSession::stop()
{
    if (!isStreaming())
        return;
    if (m_connector)
        m_connector->cancel(); // answers with failed(Cancelled), which ends the reply
    else
        endReply(MessageStatus::Stopped, Error::make(Error::Kind::Cancelled, {}));
}

void ChatSession::retryNow()
{
    if (isStreaming() && m_connector)
        m_connector->retryNow();
}

bool ChatSession::retry()
{
    if (!canRetry())
        return false;
    // The failed reply gives way to the new one, in the store too.
    const int failed = int(m_messages.size() - 1);
    if (m_services.store && m_messages.at(failed).id != 0)
        report(m_services.store->deleteMessage(m_messages.at(failed).id));
    m_messages.removeLast();
    Q_EMIT messageRemoved(failed);
    beginExchange();
    startReply(appendReply(), false);
    return true;
}

bool ChatSession::continueReply()
{
    if (!canContinue())
        return false;
    const int last = int(m_messages.size() - 1);
    m_continuedFrom = m_messages.at(last);
    m_messages[last].status = MessageStatus::Streaming;
    m_messages[last].errorText.clear();
    m_messages[last].error.reset();
    Q_EMIT messageChanged(last);
    beginExchange();
    startReply(last, true);
    return true;
}

bool ChatSession::canRegenerate() const
{
    return !isStreaming() && m_services.store && m_messages.size() >= 2
           && m_messages.constLast().role == chat::Role::Assistant && m_messages.constLast().id != 0;
}

bool ChatSession::regenerate()
{
    if (!canRegenerate())
        return false;
    const int last = int(m_messages.size() - 1);
    const chat::MessageRecord earlier = m_messages.takeLast();
    beginExchange();
    m_replyVersionOf = earlier.id;
    chat::MessageRecord reply;
    reply.role = chat::Role::Assistant;
    reply.status = MessageStatus::Streaming;
    reply.parentUuid = earlier.parentUuid;
    reply.version = earlier.versionCount + 1;
    reply.versionCount = reply.version;
    m_messages.append(reply);
    Q_EMIT branchChanged(last);
    startReply(last, false);
    return true;
}

bool ChatSession::editAndResend(int index, const QString &text)
{
    if (text.trimmed().isEmpty() || isStreaming() || !m_services.store || index < 0
        || index >= m_messages.size() || m_messages.at(index).role != chat::Role::User
        || m_messages.at(index).id == 0)
        return false;
    const bool offline = m_services.reachability && !m_services.reachability->isOnline();
    beginExchange();
    const MessageStatus status = offline ? MessageStatus::Pending : MessageStatus::Complete;
    // The edited question keeps the images the earlier one was sent with.
    if (auto error = m_recorder->recordUserMessage(text, status, m_messages.at(index).id,
                                                   m_messages.at(index).attachments)) {
        report(error);
        return false; // the earlier question is still shown; nothing was sent
    }
    m_messages.resize(index);
    m_messages.append(m_recorder->userMessage());
    Q_EMIT branchChanged(index);
    m_pendingIndex = offline ? index : -1;
    startReply(appendReply(), false);
    return true;
}

std::optional<Error> ChatSession::endError(int index) const
{
    if (index < 0 || index >= m_messages.size())
        return std::nullopt;
    return m_messages.at(index).error;
}

std::optional<Error> ChatSession::showVersion(int index, int version)
{
    if (isStreaming() || !m_services.store || index < 0 || index >= m_messages.size())
        return Error::coded(Error::Kind::Usage, Error::Code::NoSuchVersion, {},
                            u"no such message, or a reply is still coming"_s);
    if (auto error = m_services.store->showVersion(m_messages.at(index).id, version))
        return error;
    if (auto error = reloadBranch())
        return error;
    Q_EMIT branchChanged(index);
    return std::nullopt;
}

void ChatSession::startReply(int index, bool continuing)
{
    m_replyIndex = index;
    m_continuing = continuing;
    m_usage = {};
    m_lastError.reset();
    m_notice.reset();
    m_state = {};
    m_reportedCheckpointError = false;
    const quint64 generation = ++m_generation;
    Q_EMIT replyStarted(index);
    Q_EMIT stateChanged();
    m_services.endpoints->resolve([self = QPointer(this), generation](Result<ResolvedEndpoint> endpoint) {
        // Stopped, or gone, while the keychain was asked.
        if (self && generation == self->m_generation && self->isStreaming())
            self->onEndpoint(std::move(endpoint));
    });
}

void ChatSession::onEndpoint(Result<ResolvedEndpoint> endpoint)
{
    if (!endpoint) {
        endReply(MessageStatus::Error, endpoint.error());
        return;
    }
    // The conversation's model, where it chose one, over the endpoint's.
    if (!m_model.isEmpty())
        endpoint.value().endpoint.model = m_model;
    m_messages[m_replyIndex].model = endpoint->endpoint.model;
    beginStoredReply(&*endpoint);
    startConnector(*endpoint);
}

void ChatSession::beginStoredReply(const ResolvedEndpoint *endpoint)
{
    if (!m_recorder || m_replyStored)
        return;
    m_replyStored = true;
    // The host names the endpoint in an export; a URL never carries the key.
    if (endpoint)
        m_recorder->setSource(
            {endpoint->providerId, endpoint->endpoint.model, endpoint->endpoint.baseUrl.host()});
    chat::MessageRecord &reply = m_messages[m_replyIndex];
    if (m_continuing) {
        report(m_recorder->continueReply(reply.id));
        return;
    }
    report(m_recorder->beginReply(std::exchange(m_replyVersionOf, 0)));
    if (m_recorder->reply().id != 0) {
        const QString text = reply.text;
        reply = m_recorder->reply();
        reply.text = text;
    }
}

void ChatSession::startConnector(const ResolvedEndpoint &endpoint)
{
    std::shared_ptr<provider::Provider> provider = provider::createProvider(endpoint.providerId);
    if (!provider) {
        endReply(MessageStatus::Error, provider::unknownProviderError(endpoint.providerId));
        return;
    }
    if (!provider->info().capabilities.takesImages && chat::hasImages(requestConversation(m_replyIndex))) {
        endReply(MessageStatus::Error,
                 Error::coded(Error::Kind::Usage, Error::Code::ProviderTakesNoImages, endpoint.providerId,
                              u"%1 endpoints are sent no images; choose an endpoint of OpenAI, Anthropic, "
                              "Gemini or Ollama for a message with images."_s.arg(endpoint.providerId)));
        return;
    }
    transport::ConnectorServices services;
    services.network = m_services.network;
    services.clock = m_services.clock;
    services.memory = m_services.ladderMemory;
    services.reachability = m_services.reachability;
    services.networkThread = m_services.networkThread;
    transport::ConnectorOptions options = m_services.connector;
    options.http.tls = endpoint.tls;
    options.webSocket.tls = endpoint.tls;
    auto *connector = new transport::Connector(*provider, endpoint.endpoint, services, options, this);
    // A connector uses its provider until it is deleted, which is later
    // than the reply's end (deleteLater): it keeps its own alive.
    connect(connector, &QObject::destroyed, connector, [provider] {});
    m_connector = connector;

    connect(connector, &transport::Connector::textReceived, this, &ChatSession::onText);
    connect(connector, &transport::Connector::reasoningReceived, this, &ChatSession::reasoningReceived);
    connect(connector, &transport::Connector::usageReceived, this,
            [this](qint64 input, qint64 output) { m_usage.merge(input, output); });
    connect(connector, &transport::Connector::modelReported, this, [this](const QString &model) {
        m_messages[m_replyIndex].model = model;
        if (m_recorder)
            m_recorder->setAnsweringModel(model);
    });
    connect(connector, &transport::Connector::seamAdded, this, [this](qsizetype position) {
        if (m_recorder)
            m_recorder->addSeam(int(position));
    });
    connect(connector, &transport::Connector::restarted, this, &ChatSession::onRestarted);
    connect(connector, &transport::Connector::stateChanged, this, &ChatSession::onState);
    connect(connector, &transport::Connector::notice, this, [this](const transport::ConnectorNotice &notice) {
        m_notice = notice;
        Q_EMIT noticeReceived(notice);
    });
    connect(connector, &transport::Connector::finished, this, [this] { endReply(MessageStatus::Complete); });
    connect(connector, &transport::Connector::failed, this, [this](const Error &error) {
        endReply(statusAfter(error, !m_messages.at(m_replyIndex).text.isEmpty()), error);
    });

    const chat::Conversation conversation = requestConversation(m_replyIndex);
    if (m_continuing)
        connector->startContinuation(conversation, m_messages.at(m_replyIndex).text);
    else
        connector->start(conversation);
}

void ChatSession::onText(const QString &delta)
{
    chat::MessageRecord &reply = m_messages[m_replyIndex];
    // Its own buffer: sharing the connector's would copy the whole reply on
    // the connector's next append.
    reply.text += delta;
    // The store sees every piece, before any display decides what to show.
    if (m_recorder) {
        m_recorder->replyTextChanged(reply.text);
        if (!m_reportedCheckpointError) {
            if (const std::optional<Error> error = m_recorder->lastCheckpointError()) {
                m_reportedCheckpointError = true;
                Q_EMIT storeFailed(*error);
            }
        }
    }
    Q_EMIT replyTextReceived(delta);
}

void ChatSession::onRestarted()
{
    chat::MessageRecord &partial = m_messages[m_replyIndex];
    chat::MessageRecord reply = streamingReply();
    reply.model = partial.model;
    reply.parentUuid = partial.parentUuid;
    if (m_recorder && m_replyStored) {
        // The partial reply stays what it was (cut off, or as the user
        // left it). The new answer is a version of its own beside it, never
        // joined to it.
        if (m_continuing)
            report(m_recorder->endReplyAsBefore(m_continuedFrom));
        else
            endAnsweredAfresh();
        const store::ReplySource source = m_recorder->source();
        const qint64 partialId = m_recorder->reply().id;
        beginExchange();
        m_recorder->setSource(source);
        m_replyStored = true;
        report(m_recorder->beginReply(partialId));
        if (m_recorder->reply().id != 0)
            reply = m_recorder->reply();
    } // without a store, nothing keeps the partial reply: the new one takes its place
    m_continuing = false;
    m_usage = {};
    m_reportedCheckpointError = false;
    partial = reply;
    Q_EMIT replyRestarted(m_replyIndex);
}

void ChatSession::onState(const transport::ConnectorState &state)
{
    m_state = state;
    using Phase = transport::ConnectorState::Phase;
    if (state.phase == Phase::Connecting || state.phase == Phase::Streaming)
        markPendingSent();
    Q_EMIT stateChanged();
}

void ChatSession::markPendingSent()
{
    if (m_pendingIndex < 0)
        return;
    // The message written offline has left: it is no longer pending.
    const int index = std::exchange(m_pendingIndex, -1);
    chat::MessageRecord &message = m_messages[index];
    if (m_services.store && message.id != 0)
        report(m_services.store->markMessageSent(message.id));
    message.status = MessageStatus::Complete;
    Q_EMIT messageChanged(index);
}

void ChatSession::endAnsweredAfresh()
{
    const Error afresh = Error::coded(Error::Kind::Interrupted, Error::Code::ReplyAnsweredAfresh, {},
                                      u"the connection broke; the server answered again from the start"_s);
    report(m_recorder->endReply(MessageStatus::Interrupted, afresh, m_usage));
}

void ChatSession::endReply(MessageStatus status, std::optional<Error> error)
{
    if (!isStreaming())
        return;
    const int index = m_replyIndex;
    ++m_generation;
    m_pendingIndex = -1;
    // It lives on until the event loop turns; a stop() before then is meant
    // for the next reply, not for this finished connector.
    if (m_connector) {
        m_connector->disconnect(this);
        m_connector->deleteLater();
        m_connector = nullptr;
    }
    // Even a reply that ended before its endpoint was known is stored: the
    // conversation reads the same after a restart.
    beginStoredReply(nullptr);
    chat::MessageRecord &reply = m_messages[index];
    reply.status = status;
    // A stopped reply needs no why: the user knows.
    const bool saysWhy = status != MessageStatus::Complete && status != MessageStatus::Stopped;
    reply.error = saysWhy ? error : std::nullopt;
    reply.errorText = reply.error ? reply.error->message : QString();
    if (saysWhy)
        m_lastError = error;
    if (m_usage.inputTokens >= 0 || m_usage.outputTokens >= 0)
        reply.usage = m_usage;
    if (m_recorder) {
        report(m_recorder->endReply(status, reply.error, m_usage));
        m_recorder.reset();
    }
    m_replyIndex = -1;
    Q_EMIT messageChanged(index);
    Q_EMIT replyEnded(index, status);
    Q_EMIT stateChanged();
}

void ChatSession::report(const std::optional<Error> &storeError)
{
    if (storeError)
        Q_EMIT storeFailed(*storeError);
}

} // namespace inkchat::session
