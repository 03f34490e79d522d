#include "messagetree.h"

#include "missingrow.h"
#include "sqlexec.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace inkchat::store {

std::optional<Error> setActiveLeaf(QSqlDatabase &db, qint64 conversationId, qint64 messageId)
{
    const QString what = u"Could not change the version shown"_s;
    QSqlQuery query(db);
    if (auto error = prepare(query, u"UPDATE conversations SET active_leaf_id = :leaf WHERE id = :id"_s,
                             what))
        return error;
    query.bindValue(u":leaf"_s,
                    messageId > 0 ? QVariant(messageId) : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(u":id"_s, conversationId);
    return execPrepared(query, what);
}

Result<qint64> activeLeaf(QSqlDatabase &db, qint64 conversationId)
{
    const QString what = u"Could not read the conversation"_s;
    QSqlQuery query(db);
    if (auto error = prepare(query, u"SELECT COALESCE(active_leaf_id, 0) FROM conversations WHERE id = :id"_s,
                             what))
        return *error;
    query.bindValue(u":id"_s, conversationId);
    if (auto error = execPrepared(query, what))
        return *error;
    if (!query.next())
        return noSuchConversation(conversationId);
    return query.value(0).toLongLong();
}

Result<qint64> parentOf(QSqlDatabase &db, qint64 conversationId, qint64 messageId)
{
    const QString what = u"Could not read the message"_s;
    QSqlQuery query(db);
    if (auto error = prepare(query,
                             u"SELECT COALESCE(parent_id, 0) FROM messages "
                             "WHERE id = :id AND conversation_id = :conversation_id"_s,
                             what))
        return *error;
    query.bindValue(u":id"_s, messageId);
    query.bindValue(u":conversation_id"_s, conversationId);
    if (auto error = execPrepared(query, what))
        return *error;
    if (!query.next())
        return noSuchMessage(messageId);
    return query.value(0).toLongLong();
}

std::optional<Error> showVersionOfTurn(QSqlDatabase &db, qint64 messageId, int version)
{
    const QString what = u"Could not change the version shown"_s;
    QSqlQuery sibling(db);
    if (auto error = prepare(sibling, uR"(
            SELECT s.id, s.conversation_id FROM messages s JOIN messages m
                ON s.conversation_id = m.conversation_id AND s.parent_id IS m.parent_id
            WHERE m.id = :id ORDER BY s.position LIMIT 1 OFFSET :offset)"_s,
                             what))
        return error;
    sibling.bindValue(u":id"_s, messageId);
    sibling.bindValue(u":offset"_s, version - 1);
    if (auto error = execPrepared(sibling, what))
        return error;
    if (version < 1 || !sibling.next())
        return Error::coded(Error::Kind::Usage, Error::Code::NoSuchMessageVersion, QString::number(messageId),
                            u"Message %1 has no version %2."_s.arg(messageId).arg(version))
            .with({QString::number(version)});
    const qint64 conversationId = sibling.value(1).toLongLong();
    // The branch goes on below the chosen version as it went when it was
    // last written: through the newest version of each turn.
    qint64 leaf = sibling.value(0).toLongLong();
    QSqlQuery child(db);
    if (auto error = prepare(child,
                             u"SELECT id FROM messages WHERE conversation_id = :conversation_id "
                             "AND parent_id = :id ORDER BY position DESC LIMIT 1"_s,
                             what))
        return error;
    for (;;) {
        child.bindValue(u":conversation_id"_s, conversationId);
        child.bindValue(u":id"_s, leaf);
        if (auto error = execPrepared(child, what))
            return error;
        if (!child.next())
            break;
        leaf = child.value(0).toLongLong();
        child.finish();
    }
    return setActiveLeaf(db, conversationId, leaf);
}

} // namespace inkchat::store
