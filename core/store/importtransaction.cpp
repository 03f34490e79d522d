#include "importtransaction.h"

#include "messagetree.h"
#include "rows.h"
#include "rowwriter.h"
#include "sqlexec.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

const QString kSavepoint = u"import_conversation"_s;

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// The id of the row in `table` with `uuid`, if there is one.
Result<std::optional<qint64>> idByUuid(QSqlDatabase &db, const QString &table, const QString &uuid)
{
    const QString what = u"Could not look up an imported uuid"_s;
    QSqlQuery query(db);
    if (auto error = prepare(query, u"SELECT id FROM %1 WHERE uuid = :uuid"_s.arg(table), what))
        return *error;
    query.bindValue(u":uuid"_s, uuid);
    if (auto error = execPrepared(query, what))
        return *error;
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

/// The id of the message with `uuid` in the conversation; 0 if it has none.
Result<qint64> messageInConversation(QSqlDatabase &db, qint64 conversationId, const QString &uuid)
{
    const QString what = u"Could not look up an imported uuid"_s;
    QSqlQuery query(db);
    if (auto error = prepare(query, u"SELECT id FROM messages WHERE uuid = :uuid AND conversation_id = :id"_s,
                             what))
        return *error;
    query.bindValue(u":uuid"_s, uuid);
    query.bindValue(u":id"_s, conversationId);
    if (auto error = execPrepared(query, what))
        return *error;
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

/// A file may leave a conversation's times out: now, and its start.
void fillTimes(chat::ConversationRecord &conversation, const QDateTime &now)
{
    if (!conversation.createdAt.isValid())
        conversation.createdAt = now;
    if (!conversation.updatedAt.isValid())
        conversation.updatedAt = conversation.createdAt;
}

/// Gives the row its final fields: a file may put them after the messages.
std::optional<Error> updateConversationRow(QSqlDatabase &db, qint64 id,
                                           const chat::ConversationRecord &conversation)
{
    const QString what = u"Could not store the imported conversation"_s;
    QSqlQuery query(db);
    if (auto error = prepare(query, uR"(
            UPDATE conversations SET uuid = :uuid, title = :title, system_prompt = :system_prompt,
                                     model = :model, temperature = :temperature,
                                     max_output_tokens = :max_output_tokens, reasoning_effort = :reasoning_effort,
                                     pinned = :pinned, created_at = :created_at, updated_at = :updated_at
            WHERE id = :id)"_s,
                             what))
        return error;
    query.bindValue(u":uuid"_s, conversation.uuid);
    query.bindValue(u":title"_s, storedText(conversation.title));
    query.bindValue(u":system_prompt"_s, storedText(conversation.systemPrompt));
    query.bindValue(u":model"_s, storedText(conversation.model));
    bindReplyParameters(query, conversation.parameters);
    query.bindValue(u":pinned"_s, conversation.pinned ? 1 : 0);
    query.bindValue(u":created_at"_s, storedTime(conversation.createdAt));
    query.bindValue(u":updated_at"_s, storedTime(conversation.updatedAt));
    query.bindValue(u":id"_s, id);
    return execPrepared(query, what);
}

} // namespace

ImportTransaction::ImportTransaction(QSqlDatabase &db, const QDateTime &now)
    : m_db(db),
      m_transaction(db),
      m_now(now)
{
}

ImportTransaction::~ImportTransaction() = default;

Result<std::unique_ptr<ImportTransaction>> ImportTransaction::begin(QSqlDatabase &db, const QDateTime &now)
{
    // Each savepoint keeps the pages it changes in a journal of its own:
    // one conversation's worth. In a file, that journal cost ten writes
    // for every page stored (strace: 318,000 pwrite calls for 20 MB).
    if (auto error = execStatement(db, u"PRAGMA temp_store = MEMORY"_s, u"Could not start the import"_s))
        return *error;
    std::unique_ptr<ImportTransaction> transaction(new ImportTransaction(db, now));
    if (auto error = transaction->m_transaction.begin(u"Could not start the import"_s))
        return *error;
    return transaction;
}

void ImportTransaction::beginConversation()
{
    Q_ASSERT(!m_inConversation);
    m_inConversation = true;
    m_outcome = {};
    m_lastMessageId = 0;
    m_rejected.reset();
}

std::optional<Error> ImportTransaction::startRow(chat::ConversationRecord conversation)
{
    if (auto error = execStatement(m_db, u"SAVEPOINT "_s + kSavepoint, u"Could not start a conversation"_s))
        return error;
    if (conversation.uuid.isEmpty()) {
        conversation.uuid = newUuid(); // for now: endConversation() writes the file's
    } else {
        const Result<std::optional<qint64>> existing = idByUuid(m_db, u"conversations"_s, conversation.uuid);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            m_outcome.conversationId = **existing;
            m_outcome.alreadyStored = true;
            return std::nullopt;
        }
    }
    fillTimes(conversation, m_now);
    m_messageFallbackTime = conversation.updatedAt;
    const Result<qint64> id = insertConversation(m_db, conversation);
    if (!id)
        return id.error();
    m_outcome.conversationId = *id;
    return std::nullopt;
}

Result<qint64> ImportTransaction::importedParent(const chat::ConversationRecord &readSoFar,
                                                 const chat::MessageRecord &message)
{
    // A file without a tree (an older export, another program's) is one
    // line: each message follows the one before it.
    if (message.parentUuid.isEmpty())
        return readSoFar.activeLeafUuid.isEmpty() ? m_lastMessageId : 0;
    const Result<qint64> parent = messageInConversation(m_db, m_outcome.conversationId, message.parentUuid);
    if (!parent)
        return parent.error();
    // A parent the file does not hold (yet): the message follows the one before it.
    return *parent != 0 ? *parent : m_lastMessageId;
}

std::optional<Error> ImportTransaction::insertImportedMessage(const chat::ConversationRecord &readSoFar,
                                                              chat::MessageRecord message)
{
    if (message.uuid.isEmpty()) {
        message.uuid = newUuid();
    } else {
        // Checked here rather than read from a failed insert, so that any
        // failure of the insert itself is the store's.
        const Result<std::optional<qint64>> existing = idByUuid(m_db, u"messages"_s, message.uuid);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            m_rejected = Error::coded(
                Error::Kind::Usage, Error::Code::ImportMessageElsewhere, message.uuid,
                u"its message %1 is stored already in another conversation"_s.arg(message.uuid));
            return leaveConversation(false);
        }
    }
    if (!message.createdAt.isValid())
        message.createdAt = m_messageFallbackTime;
    if (!message.updatedAt.isValid())
        message.updatedAt = message.createdAt;
    // A reply that was streaming when the file was exported will never resume here.
    if (message.status == chat::MessageStatus::Streaming)
        message.status = chat::MessageStatus::Interrupted;
    const Result<qint64> parent = importedParent(readSoFar, message);
    if (!parent)
        return parent.error();
    const Result<qint64> id = insertMessage(m_db, m_outcome.conversationId, message, *parent);
    if (!id)
        return id.error();
    m_lastMessageId = *id;
    ++m_outcome.importedMessages;
    return std::nullopt;
}

std::optional<Error> ImportTransaction::addMessage(const chat::ConversationRecord &readSoFar,
                                                   chat::MessageRecord message)
{
    Q_ASSERT(m_inConversation);
    if (m_rejected || m_outcome.alreadyStored)
        return std::nullopt;
    if (m_outcome.conversationId == 0) {
        if (auto error = startRow(readSoFar))
            return error;
        if (m_outcome.alreadyStored)
            return std::nullopt;
    }
    return insertImportedMessage(readSoFar, std::move(message));
}

std::optional<Error> ImportTransaction::leaveConversation(bool keep)
{
    const QString what = u"Could not finish a conversation"_s;
    if (!keep) {
        if (auto error = execStatement(m_db, u"ROLLBACK TO "_s + kSavepoint, what))
            return error;
        m_outcome.conversationId = 0;
        m_outcome.importedMessages = 0;
    }
    return execStatement(m_db, u"RELEASE "_s + kSavepoint, what);
}

Result<ImportOutcome> ImportTransaction::endConversation(chat::ConversationRecord conversation)
{
    Q_ASSERT(m_inConversation);
    m_inConversation = false;
    if (m_rejected)
        return *m_rejected;
    if (m_outcome.conversationId == 0) { // no messages
        if (auto error = startRow(conversation))
            return *error;
    }
    if (m_outcome.alreadyStored) {
        if (auto error = leaveConversation(true))
            return *error;
        return m_outcome;
    }
    if (conversation.uuid.isEmpty()) {
        conversation.uuid = newUuid();
    } else {
        const Result<std::optional<qint64>> existing = idByUuid(m_db, u"conversations"_s, conversation.uuid);
        if (!existing)
            return existing.error();
        if (existing->has_value() && **existing != m_outcome.conversationId) {
            // Its uuid came after its messages: they were written for nothing.
            if (auto error = leaveConversation(false))
                return *error;
            return ImportOutcome{**existing, true, 0};
        }
    }
    fillTimes(conversation, m_now);
    if (auto error = updateConversationRow(m_db, m_outcome.conversationId, conversation))
        return *error;
    // The branch the file shows, or else the last message it holds.
    Result<qint64> leaf = m_lastMessageId;
    if (!conversation.activeLeafUuid.isEmpty())
        leaf = messageInConversation(m_db, m_outcome.conversationId, conversation.activeLeafUuid);
    if (!leaf)
        return leaf.error();
    if (auto error = setActiveLeaf(m_db, m_outcome.conversationId, *leaf != 0 ? *leaf : m_lastMessageId))
        return *error;
    if (auto error = leaveConversation(true))
        return *error;
    return m_outcome;
}

std::optional<Error> ImportTransaction::commit()
{
    Q_ASSERT(!m_inConversation);
    return m_transaction.commit(u"Could not finish the import"_s);
}

} // namespace inkchat::store
