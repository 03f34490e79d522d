#include "messagesearch.h"

#include "searchquery.h"
#include "sqlexec.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

// Words of context a snippet shows around the matches.
constexpr int kSnippetWords = 12;

} // namespace

Result<QList<SearchHit>> searchMessages(QSqlDatabase &db, const QString &text, int limit,
                                        const QString &matchStart, const QString &matchEnd)
{
    QList<SearchHit> hits;
    const QString expression = ftsMatchExpression(text);
    if (expression.isEmpty() || limit <= 0)
        return hits;

    const QString what = u"Could not search the conversations"_s;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = prepare(query, uR"(
            SELECT m.conversation_id, c.title, m.id, m.role,
                   snippet(message_search, 0, :match_start, :match_end, '…', :words)
            FROM message_search
            JOIN messages m ON m.id = message_search.rowid
            JOIN conversations c ON c.id = m.conversation_id
            WHERE message_search MATCH :expression
            ORDER BY message_search.rank
            LIMIT :limit)"_s, what))
        return *error;
    query.bindValue(u":match_start"_s, matchStart.isNull() ? u""_s : matchStart);
    query.bindValue(u":match_end"_s, matchEnd.isNull() ? u""_s : matchEnd);
    query.bindValue(u":words"_s, kSnippetWords);
    query.bindValue(u":expression"_s, expression);
    query.bindValue(u":limit"_s, limit);
    if (auto error = execPrepared(query, what))
        return *error;
    while (query.next()) {
        SearchHit hit;
        hit.conversationId = query.value(0).toLongLong();
        hit.conversationTitle = query.value(1).toString();
        hit.messageId = query.value(2).toLongLong();
        hit.role = chat::roleFromName(query.value(3).toString()).value_or(chat::Role::User);
        hit.snippet = query.value(4).toString();
        hits.append(hit);
    }
    return hits;
}

} // namespace inkchat::store
