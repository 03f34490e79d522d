#include "conversationstore.h"

#include "attachmentrows.h"
#include "databasesetup.h"
#include "importtransaction.h"
#include "messagesearch.h"
#include "messagetree.h"
#include "missingrow.h"
#include "replylock.h"
#include "replyrecovery.h"
#include "rows.h"
#include "rowwriter.h"
#include "sqlexec.h"
#include "storederror.h"
#include "writetransaction.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

// Qt SQL connections live in a process-wide registry by name; each store
// needs its own, even when two stores open the same file.
QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> s_opened = 0;
    return u"inkchat.store.%1"_s.arg(++s_opened);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Result<std::unique_ptr<ConversationStore>> ConversationStore::open(const QString &path, Clock &clock,
                                                                   const StoreOptions &options)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        return Error::coded(
            Error::Kind::Unavailable, Error::Code::StoreDriverMissing, {},
            u"Qt's SQLite driver (QSQLITE) is not installed; conversations cannot be stored."_s);
    }
    // Owned from here on, so the destructor removes the connection on any
    // failure below.
    std::unique_ptr<ConversationStore> store(
        new ConversationStore(QSqlDatabase::addDatabase(u"QSQLITE"_s, uniqueConnectionName()), path, clock));
    const Result<DatabaseAccess> access = setUpDatabase(store->m_db, path, options);
    if (!access)
        return access.error();
    // SQLite also opens a file it may not write read-only, by itself.
    store->m_readOnly = *access == DatabaseAccess::ReadOnly
                        || (path != kInMemory && !QFileInfo(path).isWritable());
    return Result<std::unique_ptr<ConversationStore>>(std::move(store));
}

QString ConversationStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/inkchat/conversations.sqlite"_s;
}

ConversationStore::ConversationStore(QSqlDatabase db, QString path, Clock &clock)
    : m_db(std::move(db)),
      m_path(std::move(path)),
      m_clock(clock)
{
}

ConversationStore::~ConversationStore()
{
    // removeDatabase() warns, and leaves the connection open, while any
    // QSqlDatabase handle to it still exists: close and drop ours first.
    // Queries are all local to the calls, so none is left.
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QDateTime ConversationStore::now() const
{
    return m_clock.wallTime().toUTC();
}

chat::MessageRecord ConversationStore::presented(chat::MessageRecord message) const
{
    // In memory, only this process sees the store: what streams, it writes.
    if (m_path == kInMemory)
        return message;
    if (message.status == chat::MessageStatus::Streaming && !ReplyLock::isHeld(m_path, message.uuid))
        message.status = chat::MessageStatus::Interrupted;
    return message;
}

Result<chat::MessageRecord> ConversationStore::withAttachments(const QSqlQuery &query,
                                                               chat::MessageRecord message, int first) const
{
    if (!hasAttachments(query, first))
        return message;
    Result<chat::Attachments> attachments = readAttachments(m_db, message.id);
    if (!attachments)
        return attachments.error();
    message.attachments = std::move(attachments).value();
    return message;
}

Result<chat::MessageRecord> ConversationStore::presentedRow(const QSqlQuery &query) const
{
    return withAttachments(query, presented(messageFromRow(query)));
}

Result<chat::ConversationRecord> ConversationStore::createConversation(chat::ConversationRecord conversation)
{
    if (conversation.uuid.isEmpty())
        conversation.uuid = newUuid();
    conversation.createdAt = now();
    conversation.updatedAt = conversation.createdAt;
    const Result<qint64> id = insertConversation(m_db, conversation);
    if (!id)
        return id.error();
    conversation.id = *id;
    return conversation;
}

Result<QList<chat::ConversationRecord>> ConversationStore::conversations() const
{
    const QString what = u"Could not list the conversations"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + conversationColumns()
                    + u" FROM conversations c ORDER BY c.pinned DESC, c.updated_at DESC, c.id DESC"_s))
        return sqlError(what, query.lastError());
    QList<chat::ConversationRecord> list;
    while (query.next())
        list.append(conversationFromRow(query));
    return list;
}

Result<chat::ConversationRecord> ConversationStore::conversation(qint64 id) const
{
    const QString what = u"Could not read the conversation"_s;
    QSqlQuery query(m_db);
    if (auto error = prepare(
            query, u"SELECT "_s + conversationColumns() + u" FROM conversations c WHERE c.id = :id"_s, what))
        return *error;
    query.bindValue(u":id"_s, id);
    if (auto error = execPrepared(query, what))
        return *error;
    if (!query.next())
        return noSuchConversation(id);
    return conversationFromRow(query);
}

Result<std::optional<chat::ConversationRecord>> ConversationStore::conversationByUuid(
    const QString &uuid) const
{
    const QString what = u"Could not read the conversation"_s;
    QSqlQuery query(m_db);
    if (auto error = prepare(
            query, u"SELECT "_s + conversationColumns() + u" FROM conversations c WHERE c.uuid = :uuid"_s,
            what))
        return *error;
    query.bindValue(u":uuid"_s, uuid);
    if (auto error = execPrepared(query, what))
        return *error;
    if (!query.next())
        return std::optional<chat::ConversationRecord>();
    return std::optional(conversationFromRow(query));
}

std::optional<Error> ConversationStore::renameConversation(qint64 id, const QString &title)
{
    return updateConversationField(id, u"title"_s, title, u"Could not rename the conversation"_s);
}

std::optional<Error> ConversationStore::setSystemPrompt(qint64 id, const QString &systemPrompt)
{
    return updateConversationField(id, u"system_prompt"_s, systemPrompt,
                                   u"Could not change the system prompt"_s);
}

std::optional<Error> ConversationStore::setConversationModel(qint64 id, const QString &model)
{
    return updateConversationField(id, u"model"_s, model, u"Could not change the conversation's model"_s);
}

std::optional<Error> ConversationStore::setPinned(qint64 id, bool pinned)
{
    const QString what = pinned ? u"Could not pin the conversation"_s : u"Could not unpin the conversation"_s;
    QSqlQuery query(m_db);
    if (auto error = prepare(query, u"UPDATE conversations SET pinned = :pinned WHERE id = :id"_s, what))
        return error;
    query.bindValue(u":pinned"_s, pinned ? 1 : 0);
    query.bindValue(u":id"_s, id);
    if (auto error = execPrepared(query, what))
        return error;
    if (query.numRowsAffected() == 0)
        return noSuchConversation(id);
    return std::nullopt;
}

std::optional<Error> ConversationStore::setReplyParameters(qint64 id, const chat::ReplyParameters &parameters)
{
    const QString what = u"Could not change the conversation's settings"_s;
    QSqlQuery query(m_db);
    if (auto error = prepare(query, uR"(
            UPDATE conversations
            SET temperature = :temperature, max_output_tokens = :max_output_tokens,
                reasoning_effort = :reasoning_effort
            WHERE id = :id)"_s,
                             what))
        return error;
    bindReplyParameters(query, parameters);
    query.bindValue(u":id"_s, id);
    if (auto error = execPrepared(query, what))
        return error;
    if (query.numRowsAffected() == 0)
        return noSuchConversation(id);
    return std::nullopt;
}

std::optional<Error> ConversationStore::updateConversationField(qint64 id, const QString &column,
                                                                const QString &value, const QString &what)
{
    QSqlQuery query(m_db);
    // `column` is one of ours, never user input.
    if (auto error = prepare(query, u"UPDATE conversations SET %1 = :value WHERE id = :id"_s.arg(column),
                             what))
        return error;
    query.bindValue(u":value"_s, storedText(value));
    query.bindValue(u":id"_s, id);
    if (auto error = execPrepared(query, what))
        return error;
    if (query.numRowsAffected() == 0)
        return noSuchConversation(id);
    return std::nullopt;
}

std::optional<Error> ConversationStore::deleteConversation(qint64 id)
{
    const QString what = u"Could not delete the conversation"_s;
    QSqlQuery query(m_db);
    if (auto error = prepare(query, u"DELETE FROM conversations WHERE id = :id"_s, what))
        return error;
    query.bindValue(u":id"_s, id);
    if (auto error = execPrepared(query, what))
        return error;
    if (query.numRowsAffected() == 0)
        return noSuchConversation(id);
    return std::nullopt;
}

std::optional<Error> ConversationStore::deleteMessage(qint64 id)
{
    const QString what = u"Could not delete the message"_s;
    QSqlQuery query(m_db);
    if (auto error = prepare(query, u"DELETE FROM messages WHERE id = :id"_s, what))
        return error;
    query.bindValue(u":id"_s, id);
    return execPrepared(query, what);
}

Result<chat::MessageRecord> ConversationStore::appendMessage(qint64 conversationId,
                                                             chat::MessageRecord message)
{
    return insertIntoBranch(conversationId, std::move(message), std::nullopt);
}

Result<chat::MessageRecord> ConversationStore::appendVersion(qint64 conversationId, qint64 versionOf,
                                                             chat::MessageRecord message)
{
    return insertIntoBranch(conversationId, std::move(message), versionOf);
}

Result<chat::MessageRecord> ConversationStore::insertIntoBranch(qint64 conversationId,
                                                                chat::MessageRecord message,
                                                                std::optional<qint64> versionOf)
{
    const QString what = u"Could not store the message"_s;
    if (message.uuid.isEmpty())
        message.uuid = newUuid();
    message.createdAt = now();
    message.updatedAt = message.createdAt;

    WriteTransaction transaction(m_db);
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery touch(m_db);
    if (auto error = prepare(touch, u"UPDATE conversations SET updated_at = :now WHERE id = :id"_s, what))
        return *error;
    touch.bindValue(u":now"_s, storedTime(message.createdAt));
    touch.bindValue(u":id"_s, conversationId);
    if (auto error = execPrepared(touch, what))
        return *error;
    if (touch.numRowsAffected() == 0)
        return noSuchConversation(conversationId);
    // A new message follows the branch shown; a new version of one takes
    // its place beside it.
    const Result<qint64> parent = versionOf ? parentOf(m_db, conversationId, *versionOf)
                                            : activeLeaf(m_db, conversationId);
    if (!parent)
        return parent.error();
    const Result<qint64> id = insertMessage(m_db, conversationId, message, *parent);
    if (!id)
        return id.error();
    if (auto error = setActiveLeaf(m_db, conversationId, *id))
        return *error;
    if (auto error = transaction.commit(what))
        return *error;
    message.id = *id;
    // Its parent and version are the store's to say.
    if (const Result<chat::MessageRecord> stored = this->message(*id)) {
        message.parentUuid = stored->parentUuid;
        message.version = stored->version;
        message.versionCount = stored->versionCount;
    }
    return message;
}

std::optional<Error> ConversationStore::showVersion(qint64 messageId, int version)
{
    return showVersionOfTurn(m_db, messageId, version);
}

std::optional<Error> ConversationStore::updateMessageStatus(const chat::MessageRecord &message)
{
    const QString what = u"Could not save the reply"_s;
    QSqlQuery query(m_db);
    if (auto error = prepare(query, uR"(
            UPDATE messages
            SET status = :status, input_tokens = :input_tokens, output_tokens = :output_tokens,
                seams = :seams, error_text = :error_text, error = :error, model = :model,
                updated_at = :updated_at
            WHERE id = :id)"_s,
                             what))
        return error;
    query.bindValue(u":status"_s, chat::statusName(message.status));
    query.bindValue(u":model"_s, storedText(message.model));
    query.bindValue(u":input_tokens"_s, message.usage.inputTokens);
    query.bindValue(u":output_tokens"_s, message.usage.outputTokens);
    query.bindValue(u":seams"_s, seamsToText(message.seams));
    query.bindValue(u":error_text"_s, storedText(message.errorText));
    query.bindValue(u":error"_s, storedText(storedError(message.error)));
    query.bindValue(u":updated_at"_s, storedTime(now()));
    query.bindValue(u":id"_s, message.id);
    if (auto error = execPrepared(query, what))
        return error;
    if (query.numRowsAffected() == 0)
        return noSuchMessage(message.id);
    return std::nullopt;
}

std::optional<Error> ConversationStore::appendMessageText(qint64 messageId, const QString &text)
{
    return appendMessageChunk(m_db, messageId, text, now());
}

std::optional<Error> ConversationStore::replaceMessageText(qint64 messageId, const QString &text)
{
    return store::replaceMessageText(m_db, messageId, text, now());
}

Result<chat::MessageRecord> ConversationStore::message(qint64 id) const
{
    const QString what = u"Could not read the message"_s;
    QSqlQuery query(m_db);
    if (auto error = prepare(query, u"SELECT "_s + messageColumns() + u" FROM messages m WHERE m.id = :id"_s,
                             what))
        return *error;
    query.bindValue(u":id"_s, id);
    if (auto error = execPrepared(query, what))
        return *error;
    if (!query.next())
        return noSuchMessage(id);
    return presentedRow(query);
}

Result<QList<chat::MessageRecord>> ConversationStore::messages(qint64 conversationId,
                                                               MessageScope scope) const
{
    QList<chat::MessageRecord> list;
    const std::optional<Error> error = forEachMessage(
        conversationId,
        [&list](const chat::MessageRecord &message) {
            list.append(message);
            return true;
        },
        scope);
    if (error)
        return *error;
    return list;
}

std::optional<Error> ConversationStore::forEachMessage(
    qint64 conversationId, const std::function<bool(const chat::MessageRecord &)> &visit,
    MessageScope scope) const
{
    const QString what = u"Could not read the messages"_s;
    QSqlQuery query(m_db);
    // Forward-only: Qt keeps no copy of the rows already read.
    query.setForwardOnly(true);
    // The branch shown is the way up from the leaf; parents come before
    // their children in position order.
    const QString activeBranch = uR"(
            WITH RECURSIVE branch (id) AS (
                SELECT active_leaf_id FROM conversations
                WHERE id = :id AND active_leaf_id IS NOT NULL
                UNION ALL
                SELECT m.parent_id FROM messages m JOIN branch b ON m.id = b.id
                WHERE m.parent_id IS NOT NULL)
            SELECT )"_s + messageColumns()
                                 + u" FROM messages m WHERE m.id IN (SELECT id FROM branch)"
                                   " ORDER BY m.position"_s;
    const QString everyVersion = u"SELECT "_s + messageColumns()
                                 + u" FROM messages m WHERE m.conversation_id = :id ORDER BY m.position"_s;
    if (auto error = prepare(query, scope == MessageScope::ActiveBranch ? activeBranch : everyVersion, what))
        return error;
    query.bindValue(u":id"_s, conversationId);
    if (auto error = execPrepared(query, what))
        return error;
    while (query.next()) {
        Result<chat::MessageRecord> message = presentedRow(query);
        if (!message)
            return message.error();
        if (!visit(*message))
            break;
    }
    if (query.lastError().isValid())
        return sqlError(what, query.lastError());
    return std::nullopt;
}

Result<qint64> ConversationStore::messageCount(qint64 conversationId) const
{
    const QString what = u"Could not count the messages"_s;
    QSqlQuery query(m_db);
    if (auto error = prepare(query, u"SELECT COUNT(*) FROM messages WHERE conversation_id = :id"_s, what))
        return *error;
    query.bindValue(u":id"_s, conversationId);
    if (auto error = execPrepared(query, what))
        return *error;
    if (!query.next())
        return sqlError(what, query.lastError());
    return query.value(0).toLongLong();
}

Result<int> ConversationStore::recoverInterrupted()
{
    return markAbandonedReplies(m_db, m_path);
}

Result<QList<PendingMessage>> ConversationStore::pendingMessages() const
{
    const QString what = u"Could not read the messages waiting to be sent"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto error = prepare(query,
                             u"SELECT m.conversation_id, "_s + messageColumns()
                                 + u" FROM messages m WHERE m.status = :pending AND m.role = :user"
                                   " ORDER BY m.created_at, m.id"_s,
                             what))
        return *error;
    query.bindValue(u":pending"_s, chat::statusName(chat::MessageStatus::Pending));
    query.bindValue(u":user"_s, chat::roleName(chat::Role::User));
    if (auto error = execPrepared(query, what))
        return *error;
    QList<PendingMessage> list;
    while (query.next()) {
        Result<chat::MessageRecord> message = withAttachments(query, messageFromRow(query, 1), 1);
        if (!message)
            return message.error();
        list.append({query.value(0).toLongLong(), std::move(message).value()});
    }
    return list;
}

std::optional<Error> ConversationStore::markMessageSent(qint64 messageId)
{
    const QString what = u"Could not mark the message as sent"_s;
    QSqlQuery query(m_db);
    if (auto error = prepare(query, uR"(
            UPDATE messages SET status = :complete, updated_at = :now
            WHERE id = :id AND status = :pending)"_s,
                             what))
        return error;
    query.bindValue(u":complete"_s, chat::statusName(chat::MessageStatus::Complete));
    query.bindValue(u":now"_s, storedTime(now()));
    query.bindValue(u":id"_s, messageId);
    query.bindValue(u":pending"_s, chat::statusName(chat::MessageStatus::Pending));
    if (auto error = execPrepared(query, what))
        return error;
    if (query.numRowsAffected() == 0) {
        return Error::coded(Error::Kind::Usage, Error::Code::NoPendingMessage, QString::number(messageId),
                            u"There is no pending message with id %1."_s.arg(messageId));
    }
    return std::nullopt;
}

Result<QList<SearchHit>> ConversationStore::search(const QString &text, int limit) const
{
    return searchMessages(m_db, text, limit);
}

Result<ImportOutcome> ConversationStore::importConversation(chat::ConversationRecord conversation,
                                                            const QList<chat::MessageRecord> &messages)
{
    Result<std::unique_ptr<ImportTransaction>> transaction = beginImport();
    if (!transaction)
        return transaction.error();
    (*transaction)->beginConversation();
    for (const chat::MessageRecord &message : messages) {
        if (auto error = (*transaction)->addMessage(conversation, message))
            return *error;
    }
    const Result<ImportOutcome> outcome = (*transaction)->endConversation(std::move(conversation));
    if (!outcome)
        return outcome.error();
    if (auto error = (*transaction)->commit())
        return *error;
    return outcome;
}

Result<std::unique_ptr<ImportTransaction>> ConversationStore::beginImport()
{
    return ImportTransaction::begin(m_db, now());
}

} // namespace inkchat::store
