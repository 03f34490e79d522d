#include "conversationimport.h"

#include "rowwriter.h"
#include "sqlexec.h"
#include "writetransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<std::optional<qint64>> conversationIdByUuid(QSqlDatabase &db, const QString &uuid)
{
    const QString what = u"Could not look up the imported conversation"_s;
    QSqlQuery query(db);
    if (auto error = prepare(query, u"SELECT id FROM conversations WHERE uuid = :uuid"_s, what))
        return *error;
    query.bindValue(u":uuid"_s, uuid);
    if (auto error = execPrepared(query, what))
        return *error;
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

} // namespace

Result<ImportOutcome> importConversation(QSqlDatabase &db, chat::ConversationRecord conversation,
                                         const QList<chat::MessageRecord> &messages,
                                         const QDateTime &now)
{
    const QString what = u"Could not import the conversation \"%1\""_s.arg(conversation.title);
    // One transaction: the uuid check and the inserts see the same state,
    // and a failure half-way stores nothing.
    WriteTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;

    ImportOutcome outcome;
    if (conversation.uuid.isEmpty()) {
        conversation.uuid = newUuid();
    } else {
        const Result<std::optional<qint64>> existing = conversationIdByUuid(db, conversation.uuid);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            outcome.conversationId = **existing;
            outcome.alreadyStored = true;
            return outcome;
        }
    }
    if (!conversation.createdAt.isValid())
        conversation.createdAt = now;
    if (!conversation.updatedAt.isValid())
        conversation.updatedAt = conversation.createdAt;

    const Result<qint64> conversationId = insertConversation(db, conversation);
    if (!conversationId)
        return conversationId.error();
    outcome.conversationId = *conversationId;

    for (chat::MessageRecord message : messages) {
        if (message.uuid.isEmpty())
            message.uuid = newUuid();
        if (!message.createdAt.isValid())
            message.createdAt = conversation.updatedAt;
        if (!message.updatedAt.isValid())
            message.updatedAt = message.createdAt;
        // A reply that was streaming when the file was exported will never
        // resume here.
        if (message.status == chat::MessageStatus::Streaming)
            message.status = chat::MessageStatus::Interrupted;
        const Result<qint64> id = insertMessage(db, outcome.conversationId, message);
        if (!id)
            return id.error();
        ++outcome.importedMessages;
    }

    if (auto error = transaction.commit(what))
        return *error;
    return outcome;
}

} // namespace inkchat::store
