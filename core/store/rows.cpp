#include "rows.h"

#include "stream/surrogatejoiner.h"

#include "storederror.h"
#include "storelog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

// Offsets into the SELECT lists below; keep both in the same order.
enum MessageColumn {
    MessageId,
    MessageUuid,
    MessageRole,
    MessageText,
    MessageProvider,
    MessageModel,
    MessageEndpoint,
    MessageCreatedAt,
    MessageUpdatedAt,
    MessageInputTokens,
    MessageOutputTokens,
    MessageStatusName,
    MessageErrorText,
    MessageError,
    MessageSeams,
    MessageParentUuid,
    MessageVersion,
    MessageVersionCount,
    MessageHasAttachments,
};

enum ConversationColumn {
    ConversationId,
    ConversationUuid,
    ConversationTitle,
    ConversationSystemPrompt,
    ConversationCreatedAt,
    ConversationUpdatedAt,
    ConversationModel,
    ConversationTemperature,
    ConversationMaxOutputTokens,
    ConversationReasoningEffort,
    ConversationPinned,
    ConversationActiveLeafUuid,
};

} // namespace

QString messageTextExpression()
{
    // A message's text is its own followed by its chunks (the checkpoints of
    // a streaming reply, see schema::version3()).
    return u"(m.text || COALESCE((SELECT group_concat(k.text, '') FROM "
           "(SELECT text FROM message_chunks WHERE message_id = m.id ORDER BY id) k), ''))"_s;
}

QString messageColumns()
{
    // It was last updated by the latest of its row and its chunks.
    return u"m.id, m.uuid, m.role, "_s + messageTextExpression()
           + u", m.provider, m.model, m.endpoint, m.created_at, "
             "MAX(m.updated_at, COALESCE((SELECT MAX(written_at) FROM message_chunks "
             "WHERE message_id = m.id), 0)), "
             "m.input_tokens, m.output_tokens, m.status, m.error_text, m.error, m.seams, "
             "(SELECT p.uuid FROM messages p WHERE p.id = m.parent_id), "_s
           // Its versions are its siblings: the messages with the same parent.
           // The unary + keeps SQLite from counting along the (conversation,
           // position) index, every message before this one: that made a
           // 10,000-message export take minutes instead of a second.
           + u"(SELECT COUNT(*) FROM messages s WHERE s.conversation_id = m.conversation_id "
             "AND s.parent_id IS m.parent_id AND +s.position <= m.position), "
             "(SELECT COUNT(*) FROM messages s WHERE s.conversation_id = m.conversation_id "
             "AND s.parent_id IS m.parent_id), "
             "EXISTS (SELECT 1 FROM message_attachments a WHERE a.message_id = m.id)"_s;
}

bool hasAttachments(const QSqlQuery &query, int first)
{
    return query.value(first + MessageHasAttachments).toBool();
}

chat::MessageRecord messageFromRow(const QSqlQuery &query, int first)
{
    const auto column = [&](MessageColumn c) { return query.value(first + c); };
    chat::MessageRecord message;
    message.id = column(MessageId).toLongLong();
    message.uuid = column(MessageUuid).toString();
    const QString role = column(MessageRole).toString();
    // Only this code writes these names, so an unknown one means a damaged
    // row; showing it beats hiding the conversation.
    message.role = chat::roleFromName(role).value_or(chat::Role::User);
    message.text = column(MessageText).toString();
    message.provider = column(MessageProvider).toString();
    message.model = column(MessageModel).toString();
    message.endpoint = column(MessageEndpoint).toString();
    message.createdAt = timeFromStored(column(MessageCreatedAt).toLongLong());
    message.updatedAt = timeFromStored(column(MessageUpdatedAt).toLongLong());
    message.usage.inputTokens = column(MessageInputTokens).toInt();
    message.usage.outputTokens = column(MessageOutputTokens).toInt();
    const QString status = column(MessageStatusName).toString();
    message.status = chat::statusFromName(status).value_or(chat::MessageStatus::Interrupted);
    if (!chat::roleFromName(role) || !chat::statusFromName(status))
        qCWarning(lcStore) << "message" << message.id << "has unknown role/status" << role << status;
    message.errorText = column(MessageErrorText).toString();
    message.error = errorFromStored(column(MessageError).toString(), message.errorText);
    message.seams = seamsFromText(column(MessageSeams).toString());
    message.parentUuid = column(MessageParentUuid).toString();
    message.version = column(MessageVersion).toInt();
    message.versionCount = column(MessageVersionCount).toInt();
    return message;
}

QString conversationColumns()
{
    return u"c.id, c.uuid, c.title, c.system_prompt, c.created_at, c.updated_at, "
           "c.model, c.temperature, c.max_output_tokens, c.reasoning_effort, c.pinned, "
           "(SELECT l.uuid FROM messages l WHERE l.id = c.active_leaf_id)"_s;
}

chat::ConversationRecord conversationFromRow(const QSqlQuery &query, int first)
{
    const auto column = [&](ConversationColumn c) { return query.value(first + c); };
    chat::ConversationRecord conversation;
    conversation.id = column(ConversationId).toLongLong();
    conversation.uuid = column(ConversationUuid).toString();
    conversation.title = column(ConversationTitle).toString();
    conversation.systemPrompt = column(ConversationSystemPrompt).toString();
    conversation.createdAt = timeFromStored(column(ConversationCreatedAt).toLongLong());
    conversation.updatedAt = timeFromStored(column(ConversationUpdatedAt).toLongLong());
    conversation.model = column(ConversationModel).toString();
    chat::ReplyParameters &parameters = conversation.parameters;
    if (const QVariant temperature = column(ConversationTemperature); !temperature.isNull())
        parameters.temperature = temperature.toDouble();
    if (const QVariant maxTokens = column(ConversationMaxOutputTokens); !maxTokens.isNull())
        parameters.maxOutputTokens = maxTokens.toInt();
    parameters.reasoningEffort = column(ConversationReasoningEffort).toString();
    conversation.pinned = column(ConversationPinned).toBool();
    conversation.activeLeafUuid = column(ConversationActiveLeafUuid).toString();
    return conversation;
}

void bindMessage(QSqlQuery &query, const chat::MessageRecord &message)
{
    query.bindValue(u":uuid"_s, message.uuid);
    query.bindValue(u":role"_s, chat::roleName(message.role));
    query.bindValue(u":text"_s, storedText(message.text));
    query.bindValue(u":provider"_s, storedText(message.provider));
    query.bindValue(u":model"_s, storedText(message.model));
    query.bindValue(u":endpoint"_s, storedText(message.endpoint));
    query.bindValue(u":created_at"_s, storedTime(message.createdAt));
    query.bindValue(u":updated_at"_s, storedTime(message.updatedAt));
    query.bindValue(u":input_tokens"_s, message.usage.inputTokens);
    query.bindValue(u":output_tokens"_s, message.usage.outputTokens);
    query.bindValue(u":status"_s, chat::statusName(message.status));
    query.bindValue(u":error_text"_s, storedText(message.errorText));
    query.bindValue(u":error"_s, storedText(storedError(message.error)));
    query.bindValue(u":seams"_s, seamsToText(message.seams));
}

void bindReplyParameters(QSqlQuery &query, const chat::ReplyParameters &parameters)
{
    query.bindValue(u":temperature"_s, parameters.temperature ? QVariant(*parameters.temperature)
                                                              : QVariant(QMetaType::fromType<double>()));
    query.bindValue(u":max_output_tokens"_s, parameters.maxOutputTokens
                                                 ? QVariant(*parameters.maxOutputTokens)
                                                 : QVariant(QMetaType::fromType<int>()));
    query.bindValue(u":reasoning_effort"_s, storedText(parameters.reasoningEffort));
}

QString storedText(const QString &text)
{
    // SQLite's UTF-16 conversion takes the character after a lone high
    // surrogate as its other half: that character would be lost.
    return text.isNull() ? u""_s : stream::SurrogateJoiner::replaceLone(text);
}

qint64 storedTime(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime timeFromStored(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
}

QString seamsToText(const QList<int> &seams)
{
    QJsonArray array;
    for (int seam : seams)
        array.append(seam);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<int> seamsFromText(const QString &text)
{
    QList<int> seams;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray()) {
        qCWarning(lcStore) << "ignoring unreadable seams" << text;
        return seams;
    }
    for (const QJsonValue &value : document.array())
        seams.append(value.toInt());
    return seams;
}

} // namespace inkchat::store
