#include "replyrecovery.h"

#include "replylock.h"
#include "sqlexec.h"

#include "chat/records.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::store {

Result<int> markAbandonedReplies(QSqlDatabase &db, const QString &databasePath)
{
    const QString what = u"Could not mark interrupted replies"_s;
    QSqlQuery streaming(db);
    streaming.setForwardOnly(true);
    if (auto error = prepare(streaming, u"SELECT id, uuid FROM messages WHERE status = :streaming"_s, what))
        return *error;
    streaming.bindValue(u":streaming"_s, chat::statusName(chat::MessageStatus::Streaming));
    if (auto error = execPrepared(streaming, what))
        return *error;
    QList<qint64> abandoned;
    while (streaming.next()) {
        // Another process (the app beside the CLI) may be writing it now.
        if (!ReplyLock::isHeld(databasePath, streaming.value(1).toString()))
            abandoned.append(streaming.value(0).toLongLong());
    }
    streaming.finish();

    QSqlQuery mark(db);
    // updated_at stays: it is when the last checkpoint was written.
    if (auto error = prepare(
            mark, u"UPDATE messages SET status = :interrupted WHERE id = :id AND status = :streaming"_s,
            what))
        return *error;
    int marked = 0;
    for (qint64 id : abandoned) {
        mark.bindValue(u":interrupted"_s, chat::statusName(chat::MessageStatus::Interrupted));
        mark.bindValue(u":streaming"_s, chat::statusName(chat::MessageStatus::Streaming));
        mark.bindValue(u":id"_s, id);
        if (auto error = execPrepared(mark, what))
            return *error;
        marked += mark.numRowsAffected();
    }
    return marked;
}

} // namespace inkchat::store
