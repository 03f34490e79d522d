#include "exchangerecorder.h"

#include "conversationstore.h"

namespace inkchat::store {

using chat::MessageStatus;

ExchangeRecorder::ExchangeRecorder(ConversationStore &store, qint64 conversationId, ReplySource source,
                                   Clock &clock, CheckpointPolicy policy)
    : m_store(store),
      m_conversationId(conversationId),
      m_source(std::move(source)),
      m_clock(clock),
      m_policy(policy)
{
}

ExchangeRecorder::~ExchangeRecorder() = default;

std::optional<Error> ExchangeRecorder::recordUserMessage(const QString &text, MessageStatus status)
{
    chat::MessageRecord message;
    message.role = chat::Role::User;
    message.text = text;
    message.status = status;
    auto stored = m_store.appendMessage(m_conversationId, std::move(message));
    if (!stored)
        return stored.error();
    m_user = std::move(stored).value();
    return std::nullopt;
}

std::optional<Error> ExchangeRecorder::markUserMessageSent()
{
    if (m_user.id == 0 || m_user.status != MessageStatus::Pending)
        return std::nullopt;
    if (auto error = m_store.markMessageSent(m_user.id))
        return error;
    m_user.status = MessageStatus::Complete;
    return std::nullopt;
}

std::optional<Error> ExchangeRecorder::beginReply()
{
    chat::MessageRecord reply;
    reply.role = chat::Role::Assistant;
    reply.status = MessageStatus::Streaming;
    reply.provider = m_source.provider;
    reply.model = m_source.model;
    reply.endpoint = m_source.endpoint;
    auto stored = m_store.appendMessage(m_conversationId, std::move(reply));
    if (!stored)
        return stored.error();
    m_reply = std::move(stored).value();
    m_latestText.clear();
    startCheckpointing();
    return std::nullopt;
}

std::optional<Error> ExchangeRecorder::continueReply(qint64 messageId)
{
    auto stored = m_store.message(messageId);
    if (!stored)
        return stored.error();
    m_reply = std::move(stored).value();
    if (m_reply.seams.isEmpty() || m_reply.seams.constLast() != m_reply.text.size())
        m_reply.seams.append(int(m_reply.text.size()));
    m_reply.status = MessageStatus::Streaming;
    m_reply.errorText.clear();
    m_latestText = m_reply.text;
    if (auto error = m_store.updateMessage(m_reply))
        return error;
    startCheckpointing();
    return std::nullopt;
}

void ExchangeRecorder::startCheckpointing()
{
    m_replyLock = std::make_unique<ReplyLock>(m_store.path(), m_reply.uuid);
    m_checkpointer = std::make_unique<ReplyCheckpointer>(
        [this](const QString &text) { return saveReplyText(text); }, m_clock, m_policy);
}

void ExchangeRecorder::addSeam(int position)
{
    if (!m_reply.seams.contains(position))
        m_reply.seams.append(position);
}

void ExchangeRecorder::replyTextChanged(const QString &fullText)
{
    m_latestText = fullText;
    if (m_checkpointer)
        m_checkpointer->textChanged(fullText);
}

bool ExchangeRecorder::saveReplyText(const QString &fullText)
{
    m_reply.text = fullText;
    m_checkpointError = m_store.updateMessage(m_reply);
    return !m_checkpointError;
}

std::optional<Error> ExchangeRecorder::endReply(MessageStatus status, const QString &errorText,
                                                chat::TokenUsage usage)
{
    if (m_reply.id == 0)
        return std::nullopt;
    // The final write below carries all of the text; a pending checkpoint
    // would only write it twice.
    m_checkpointer.reset();
    m_reply.text = m_latestText;
    m_reply.status = status;
    m_reply.errorText = errorText;
    if (usage.inputTokens >= 0 || usage.outputTokens >= 0)
        m_reply.usage = usage;
    auto error = m_store.updateMessage(m_reply);
    m_replyLock.reset();
    return error;
}

} // namespace inkchat::store
