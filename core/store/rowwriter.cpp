#include "rowwriter.h"

#include "rows.h"
#include "sqlexec.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::store {

Result<qint64> insertConversation(QSqlDatabase &db, const chat::ConversationRecord &conversation)
{
    Q_ASSERT(!conversation.uuid.isEmpty() && conversation.createdAt.isValid());
    const QString what = u"Could not store the conversation"_s;
    QSqlQuery query(db);
    if (auto error = prepare(query, uR"(
            INSERT INTO conversations (uuid, title, system_prompt, created_at, updated_at)
            VALUES (:uuid, :title, :system_prompt, :created_at, :updated_at))"_s, what))
        return *error;
    query.bindValue(u":uuid"_s, conversation.uuid);
    query.bindValue(u":title"_s, storedText(conversation.title));
    query.bindValue(u":system_prompt"_s, storedText(conversation.systemPrompt));
    query.bindValue(u":created_at"_s, storedTime(conversation.createdAt));
    query.bindValue(u":updated_at"_s, storedTime(conversation.updatedAt));
    if (auto error = execPrepared(query, what))
        return *error;
    return query.lastInsertId().toLongLong();
}

Result<qint64> insertMessage(QSqlDatabase &db, qint64 conversationId,
                             const chat::MessageRecord &message)
{
    Q_ASSERT(!message.uuid.isEmpty() && message.createdAt.isValid());
    const QString what = u"Could not store the message"_s;
    QSqlQuery query(db);
    // The position is computed in the same statement, so it is atomic
    // with the insert even without a surrounding transaction.
    if (auto error = prepare(query, uR"(
            INSERT INTO messages (uuid, conversation_id, position, role, text, provider, model,
                                  endpoint, created_at, updated_at, input_tokens, output_tokens,
                                  status, error_text, seams)
            VALUES (:uuid, :conversation_id,
                    (SELECT COALESCE(MAX(position), -1) + 1 FROM messages
                     WHERE conversation_id = :same_conversation_id),
                    :role, :text, :provider, :model, :endpoint, :created_at, :updated_at,
                    :input_tokens, :output_tokens, :status, :error_text, :seams))"_s, what))
        return *error;
    query.bindValue(u":conversation_id"_s, conversationId);
    query.bindValue(u":same_conversation_id"_s, conversationId);
    bindMessage(query, message);
    if (auto error = execPrepared(query, what))
        return *error;
    return query.lastInsertId().toLongLong();
}

} // namespace inkchat::store
