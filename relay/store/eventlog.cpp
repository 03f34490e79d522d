#include "eventlog.h"

#include "randomid.h"
#include "relaydatabase.h"

#include "store/sqlexec.h"
#include "store/writetransaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace inkchat::relay {

namespace {

/// SQLite takes a null QString for NULL; the columns want text.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

StoredReply replyFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(),   query.value(1).toByteArray(), query.value(2).toLongLong(),
            query.value(3).toLongLong(), query.value(4).toString(),    query.value(5).toLongLong()};
}

const QString kReplyColumns = u"SELECT id, request, conversation, message, status, last_seq FROM replies "_s;

QString kindName(ReplyEvent::Kind kind)
{
    switch (kind) {
    case ReplyEvent::Kind::Text:
        return u"text"_s;
    case ReplyEvent::Kind::Restart:
        return u"restart"_s;
    case ReplyEvent::Kind::End:
        return u"end"_s;
    }
    return u"text"_s;
}

} // namespace

Result<QString> EventLog::createReply(const QByteArray &request, qint64 conversationId, qint64 messageId)
{
    QSqlQuery query(m_database.db());
    const QString id = randomHexId();
    const QString what = u"Could not store the new reply"_s;
    if (auto error = store::prepare(
            query,
            u"INSERT INTO replies (id, created, request, conversation, message, status) "
            "VALUES (?, ?, ?, ?, ?, 'streaming')"_s,
            what))
        return *error;
    query.addBindValue(id);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(QString::fromUtf8(request));
    query.addBindValue(conversationId);
    query.addBindValue(messageId);
    if (auto error = store::execPrepared(query, what))
        return *error;
    return id;
}

std::optional<Error> EventLog::rememberKey(qint64 device, const QString &key, const QString &replyId)
{
    QSqlQuery query(m_database.db());
    const QString what = u"Could not store the request's idempotency key"_s;
    if (auto error = store::prepare(
            query, u"INSERT OR REPLACE INTO reply_keys (device, key, reply) VALUES (?, ?, ?)"_s, what))
        return error;
    query.addBindValue(device);
    query.addBindValue(key);
    query.addBindValue(replyId);
    return store::execPrepared(query, what);
}

Result<std::optional<StoredReply>> EventLog::replyForKey(qint64 device, const QString &key) const
{
    QSqlQuery query(m_database.db());
    const QString what = u"Could not look up the request's idempotency key"_s;
    if (auto error = store::prepare(
            query,
            kReplyColumns + u"WHERE id = (SELECT reply FROM reply_keys WHERE device = ? AND key = ?)"_s,
            what))
        return *error;
    query.addBindValue(device);
    query.addBindValue(key);
    if (auto error = store::execPrepared(query, what))
        return *error;
    if (!query.next())
        return std::optional<StoredReply>();
    return std::optional<StoredReply>(replyFrom(query));
}

Result<ReplyEvent> EventLog::append(const QString &replyId, ReplyEvent::Kind kind, const QString &data,
                                    const QString &errorText)
{
    const QString what = u"Could not store a reply event"_s;
    store::WriteTransaction transaction(m_database.db());
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery query(m_database.db());
    if (auto error = store::prepare(query,
                                    u"UPDATE replies SET last_seq = last_seq + 1, status = ?, error = ? "
                                    "WHERE id = ? RETURNING last_seq"_s,
                                    what))
        return *error;
    query.addBindValue(kind == ReplyEvent::Kind::End ? data : u"streaming"_s);
    query.addBindValue(notNull(errorText));
    query.addBindValue(replyId);
    if (auto error = store::execPrepared(query, what))
        return *error;
    if (!query.next())
        return Error::make(Error::Kind::Usage, u"there is no reply %1"_s.arg(replyId));
    const ReplyEvent event{query.value(0).toLongLong(), kind, data, errorText};
    query.finish();
    QSqlQuery insert(m_database.db());
    if (auto error = store::prepare(
            insert, u"INSERT INTO events (reply, seq, kind, data) VALUES (?, ?, ?, ?)"_s, what))
        return *error;
    insert.addBindValue(replyId);
    insert.addBindValue(event.seq);
    insert.addBindValue(kindName(kind));
    insert.addBindValue(notNull(kind == ReplyEvent::Kind::End ? data + u'\n' + errorText : data));
    if (auto error = store::execPrepared(insert, what))
        return *error;
    if (auto error = transaction.commit(what))
        return *error;
    return event;
}

Result<QList<ReplyEvent>> EventLog::eventsAfter(const QString &replyId, qint64 afterSeq, int limit) const
{
    QSqlQuery query(m_database.db());
    const QString what = u"Could not read the reply's events"_s;
    if (auto error = store::prepare(query,
                                    u"SELECT seq, kind, data FROM events WHERE reply = ? AND seq > ? "
                                    "ORDER BY seq LIMIT ?"_s,
                                    what))
        return *error;
    query.addBindValue(replyId);
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (auto error = store::execPrepared(query, what))
        return *error;
    QList<ReplyEvent> events;
    while (query.next()) {
        ReplyEvent event;
        event.seq = query.value(0).toLongLong();
        event.data = query.value(2).toString();
        const QString kind = query.value(1).toString();
        if (kind == "end"_L1) {
            event.kind = ReplyEvent::Kind::End;
            const qsizetype newline = event.data.indexOf(u'\n');
            event.error = event.data.mid(newline + 1);
            event.data.truncate(newline);
        } else if (kind == "restart"_L1) {
            event.kind = ReplyEvent::Kind::Restart;
        }
        events.append(event);
    }
    return events;
}

Result<std::optional<StoredReply>> EventLog::reply(const QString &replyId) const
{
    QSqlQuery query(m_database.db());
    const QString what = u"Could not read the reply"_s;
    if (auto error = store::prepare(query, kReplyColumns + u"WHERE id = ?"_s, what))
        return *error;
    query.addBindValue(replyId);
    if (auto error = store::execPrepared(query, what))
        return *error;
    if (!query.next())
        return std::optional<StoredReply>();
    return std::optional<StoredReply>(replyFrom(query));
}

Result<std::optional<StoredReply>> EventLog::streamingReplyOf(qint64 conversationId) const
{
    QSqlQuery query(m_database.db());
    const QString what = u"Could not read the conversation's reply"_s;
    if (auto error = store::prepare(query,
                                    kReplyColumns
                                        + u"WHERE conversation = ? AND status = 'streaming' "
                                          "ORDER BY created DESC LIMIT 1"_s,
                                    what))
        return *error;
    query.addBindValue(conversationId);
    if (auto error = store::execPrepared(query, what))
        return *error;
    if (!query.next())
        return std::optional<StoredReply>();
    return std::optional<StoredReply>(replyFrom(query));
}

Result<QList<StoredReply>> EventLog::unfinished() const
{
    QSqlQuery query(m_database.db());
    const QString what = u"Could not read the unfinished replies"_s;
    if (auto error = store::prepare(query, kReplyColumns + u"WHERE status = 'streaming' ORDER BY created"_s,
                                    what))
        return *error;
    if (auto error = store::execPrepared(query, what))
        return *error;
    QList<StoredReply> replies;
    while (query.next())
        replies.append(replyFrom(query));
    return replies;
}

Result<QString> EventLog::text(const QString &replyId) const
{
    QSqlQuery query(m_database.db());
    const QString what = u"Could not read the reply's text"_s;
    if (auto error = store::prepare(
            query,
            u"SELECT kind, data FROM events WHERE reply = ? AND kind IN ('text', 'restart') ORDER BY seq"_s,
            what))
        return *error;
    query.addBindValue(replyId);
    if (auto error = store::execPrepared(query, what))
        return *error;
    QString text;
    while (query.next()) {
        if (query.value(0).toString() == "restart"_L1)
            text.clear(); // the upstream's new answer replaces what came before
        else
            text += query.value(1).toString();
    }
    return text;
}

Result<int> EventLog::forgetEndedBefore(const QDateTime &before)
{
    const QString what = u"Could not forget old replies"_s;
    const QString old = u"SELECT id FROM replies WHERE status != 'streaming' AND created < ?"_s;
    store::WriteTransaction transaction(m_database.db());
    if (auto error = transaction.begin(what))
        return *error;
    int forgotten = 0;
    // The replies go last: the other two find theirs by them.
    for (const QString &statement : {u"DELETE FROM events WHERE reply IN (%1)"_s.arg(old),
                                     u"DELETE FROM reply_keys WHERE reply IN (%1)"_s.arg(old),
                                     u"DELETE FROM replies WHERE id IN (%1)"_s.arg(old)}) {
        QSqlQuery query(m_database.db());
        if (auto error = store::prepare(query, statement, what))
            return *error;
        query.addBindValue(before.toSecsSinceEpoch());
        if (auto error = store::execPrepared(query, what))
            return *error;
        forgotten = query.numRowsAffected();
    }
    if (auto error = transaction.commit(what))
        return *error;
    return forgotten;
}

} // namespace inkchat::relay
