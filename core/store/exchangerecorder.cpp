#include "exchangerecorder.h"

#include "conversationstore.h"

#include <QUuid>

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

std::optional<Error> ExchangeRecorder::recordUserMessage(const QString &text, MessageStatus status,
                                                         qint64 versionOf,
                                                         const chat::Attachments &attachments)
{
    chat::MessageRecord message;
    message.role = chat::Role::User;
    message.text = text;
    message.status = status;
    message.attachments = attachments;
    auto stored = versionOf != 0 ? m_store.appendVersion(m_conversationId, versionOf, std::move(message))
                                 : m_store.appendMessage(m_conversationId, std::move(message));
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

std::optional<Error> ExchangeRecorder::beginReply(qint64 versionOf)
{
    chat::MessageRecord reply;
    reply.role = chat::Role::Assistant;
    reply.status = MessageStatus::Streaming;
    reply.provider = m_source.provider;
    reply.model = m_source.model;
    reply.endpoint = m_source.endpoint;
    // Locked before it is stored as Streaming (see continueReply()).
    reply.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_replyLock = std::make_unique<ReplyLock>(m_store.path(), reply.uuid);
    auto stored = versionOf != 0 ? m_store.appendVersion(m_conversationId, versionOf, std::move(reply))
                                 : m_store.appendMessage(m_conversationId, std::move(reply));
    if (!stored) {
        m_replyLock.reset();
        return stored.error();
    }
    m_reply = std::move(stored).value();
    m_givenLength = 0;
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
    m_reply.error.reset();
    m_givenLength = m_reply.text.size();
    // Held before the reply is Streaming again: from then on another process
    // must see a live writer, not a reply to recover.
    m_replyLock = std::make_unique<ReplyLock>(m_store.path(), m_reply.uuid);
    if (auto error = m_store.updateMessageStatus(m_reply)) {
        m_replyLock.reset();
        return error;
    }
    startCheckpointing();
    return std::nullopt;
}

void ExchangeRecorder::startCheckpointing()
{
    m_checkpointer = std::make_unique<ReplyCheckpointer>(
        [this](const QString &text) { return appendReplyText(text); }, m_clock, m_policy);
}

void ExchangeRecorder::addSeam(int position)
{
    if (m_reply.seams.contains(position))
        return;
    m_reply.seams.append(position);
    m_seamsUnsaved = true;
}

void ExchangeRecorder::replyTextChanged(const QString &fullText)
{
    if (!m_checkpointer)
        return;
    if (fullText.size() < m_givenLength) {
        // Replaced, not grown: rare enough to rewrite the stored text, and
        // what was waiting to be appended is part of what it replaces.
        startCheckpointing();
        m_checkpointError = m_store.replaceMessageText(m_reply.id, fullText);
        m_givenLength = fullText.size();
        return;
    }
    m_checkpointer->textAppended(QStringView(fullText).mid(m_givenLength));
    m_givenLength = fullText.size();
}

bool ExchangeRecorder::appendReplyText(const QString &text)
{
    m_checkpointError = m_store.appendMessageText(m_reply.id, text);
    if (m_checkpointError)
        return false;
    // A seam is rare (a dropped stream continued): written with the text
    // that follows it, not on every checkpoint; tried again with the next.
    if (m_seamsUnsaved) {
        m_checkpointError = m_store.updateMessageStatus(m_reply);
        m_seamsUnsaved = m_checkpointError.has_value();
    }
    return true;
}

std::optional<Error> ExchangeRecorder::endReply(MessageStatus status, const std::optional<Error> &why,
                                                chat::TokenUsage usage)
{
    m_reply.status = status;
    m_reply.errorText = why ? why->message : QString();
    m_reply.error = why;
    if (usage.inputTokens >= 0 || usage.outputTokens >= 0)
        m_reply.usage = usage;
    return writeEnd();
}

std::optional<Error> ExchangeRecorder::endReplyAsBefore(const chat::MessageRecord &before)
{
    m_reply.status = before.status;
    m_reply.errorText = before.errorText;
    m_reply.error = before.error;
    m_reply.usage = before.usage;
    return writeEnd();
}

std::optional<Error> ExchangeRecorder::writeEnd()
{
    if (m_reply.id == 0)
        return std::nullopt;
    std::optional<Error> error;
    if (m_checkpointer && !m_checkpointer->flush())
        error = m_checkpointError;
    m_checkpointer.reset();
    // Whatever the text's fate, the status is written: an ended reply left
    // Streaming would wait for a recovery.
    if (auto statusError = m_store.updateMessageStatus(m_reply); statusError && !error)
        error = statusError;
    m_replyLock.reset();
    return error;
}

} // namespace inkchat::store
