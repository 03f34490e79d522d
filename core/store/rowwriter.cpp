#include "rowwriter.h"

#include "attachmentrows.h"
#include "missingrow.h"
#include "rows.h"
#include "sqlexec.h"
#include "writetransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

// SQLite's primary result code for a broken constraint, which is what the
// chunk guards of schema::version3() raise.
constexpr int kSqliteConstraint = 19;

Error chunkError(const QString &what, const QSqlError &error)
{
    Error failure = sqlError(what, error);
    if ((error.nativeErrorCode().toInt() & 0xff) == kSqliteConstraint)
        failure.kind = Error::Kind::Usage;
    return failure;
}

} // namespace

Result<qint64> insertConversation(QSqlDatabase &db, const chat::ConversationRecord &conversation)
{
    Q_ASSERT(!conversation.uuid.isEmpty() && conversation.createdAt.isValid());
    const QString what = u"Could not store the conversation"_s;
    QSqlQuery query(db);
    if (auto error = prepare(query, uR"(
            INSERT INTO conversations (uuid, title, system_prompt, model, temperature, max_output_tokens,
                                       reasoning_effort, pinned, created_at, updated_at)
            VALUES (:uuid, :title, :system_prompt, :model, :temperature, :max_output_tokens,
                    :reasoning_effort, :pinned, :created_at, :updated_at))"_s,
                             what))
        return *error;
    query.bindValue(u":uuid"_s, conversation.uuid);
    query.bindValue(u":title"_s, storedText(conversation.title));
    query.bindValue(u":system_prompt"_s, storedText(conversation.systemPrompt));
    query.bindValue(u":model"_s, storedText(conversation.model));
    bindReplyParameters(query, conversation.parameters);
    query.bindValue(u":pinned"_s, conversation.pinned ? 1 : 0);
    query.bindValue(u":created_at"_s, storedTime(conversation.createdAt));
    query.bindValue(u":updated_at"_s, storedTime(conversation.updatedAt));
    if (auto error = execPrepared(query, what))
        return *error;
    return query.lastInsertId().toLongLong();
}

Result<qint64> insertMessage(QSqlDatabase &db, qint64 conversationId, const chat::MessageRecord &message,
                             qint64 parentId)
{
    Q_ASSERT(!message.uuid.isEmpty() && message.createdAt.isValid());
    const QString what = u"Could not store the message"_s;
    QSqlQuery query(db);
    // The position is computed in the same statement, so it is atomic
    // with the insert even without a surrounding transaction.
    if (auto error = prepare(query, uR"(
            INSERT INTO messages (uuid, conversation_id, position, role, text, provider, model,
                                  endpoint, created_at, updated_at, input_tokens, output_tokens,
                                  status, error_text, error, seams, parent_id)
            VALUES (:uuid, :conversation_id,
                    (SELECT COALESCE(MAX(position), -1) + 1 FROM messages
                     WHERE conversation_id = :same_conversation_id),
                    :role, :text, :provider, :model, :endpoint, :created_at, :updated_at,
                    :input_tokens, :output_tokens, :status, :error_text, :error, :seams,
                    :parent_id))"_s,
                             what))
        return *error;
    query.bindValue(u":conversation_id"_s, conversationId);
    query.bindValue(u":same_conversation_id"_s, conversationId);
    query.bindValue(u":parent_id"_s,
                    parentId > 0 ? QVariant(parentId) : QVariant(QMetaType::fromType<qint64>()));
    bindMessage(query, message);
    if (auto error = execPrepared(query, what))
        return *error;
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto error = insertAttachments(db, id, message.attachments))
        return *error;
    return id;
}

std::optional<Error> appendMessageChunk(QSqlDatabase &db, qint64 messageId, const QString &text,
                                        const QDateTime &writtenAt)
{
    const QString what = u"Could not save the reply"_s;
    QSqlQuery query(db);
    if (auto error = prepare(query, uR"(
            INSERT INTO message_chunks (message_id, text, written_at)
            VALUES (:message_id, :text, :written_at))"_s,
                             what))
        return error;
    query.bindValue(u":message_id"_s, messageId);
    query.bindValue(u":text"_s, storedText(text));
    query.bindValue(u":written_at"_s, storedTime(writtenAt));
    if (!query.exec())
        return chunkError(what, query.lastError());
    return std::nullopt;
}

std::optional<Error> replaceMessageText(QSqlDatabase &db, qint64 messageId, const QString &text,
                                        const QDateTime &now)
{
    const QString what = u"Could not save the reply"_s;
    WriteTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return error;
    QSqlQuery chunks(db);
    if (auto error = prepare(chunks, u"DELETE FROM message_chunks WHERE message_id = :id"_s, what))
        return error;
    chunks.bindValue(u":id"_s, messageId);
    if (!chunks.exec())
        return chunkError(what, chunks.lastError());
    QSqlQuery row(db);
    if (auto error = prepare(row, u"UPDATE messages SET text = :text, updated_at = :now WHERE id = :id"_s,
                             what))
        return error;
    row.bindValue(u":text"_s, storedText(text));
    row.bindValue(u":now"_s, storedTime(now));
    row.bindValue(u":id"_s, messageId);
    if (auto error = execPrepared(row, what))
        return error;
    if (row.numRowsAffected() == 0)
        return noSuchMessage(messageId);
    return transaction.commit(what);
}

} // namespace inkchat::store
