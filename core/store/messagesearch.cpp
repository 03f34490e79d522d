#include "messagesearch.h"

#include "rows.h"
#include "searchterms.h"
#include "sqlexec.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

/// The query for `terms`: the word terms through the full-text index, best
/// matches first; the terms in unspaced scripts as substrings (over the
/// index's hits, or, without word terms, over every message, newest first).
QString searchSql(const SearchTerms &terms)
{
    const QString text = messageTextExpression();
    QString sql = u"SELECT m.conversation_id, c.title, m.id, m.role, "_s + text
                  + (terms.matchExpression.isEmpty() ? uR"( FROM messages m
                                                          JOIN conversations c ON c.id = m.conversation_id
                                                          WHERE 1)"_s
                                                     : uR"( FROM message_search
                                                          JOIN messages m ON m.id = message_search.rowid
                                                          JOIN conversations c ON c.id = m.conversation_id
                                                          WHERE message_search MATCH :expression)"_s);
    for (qsizetype i = 0; i < terms.substrings.size(); ++i)
        sql += u" AND instr(%1, :substring%2) > 0"_s.arg(text).arg(i);
    sql += terms.matchExpression.isEmpty() ? u" ORDER BY m.updated_at DESC, m.id DESC"_s
                                           : u" ORDER BY message_search.rank"_s;
    return sql + u" LIMIT :limit"_s;
}

} // namespace

Result<QList<SearchHit>> searchMessages(QSqlDatabase &db, const QString &text, int limit)
{
    QList<SearchHit> hits;
    const SearchTerms terms = searchTerms(text);
    if (terms.isEmpty() || limit <= 0)
        return hits;

    const QString what = u"Could not search the conversations"_s;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = prepare(query, searchSql(terms), what))
        return *error;
    if (!terms.matchExpression.isEmpty())
        query.bindValue(u":expression"_s, terms.matchExpression);
    for (qsizetype i = 0; i < terms.substrings.size(); ++i)
        query.bindValue(u":substring%1"_s.arg(i), terms.substrings.at(i));
    query.bindValue(u":limit"_s, limit);
    if (auto error = execPrepared(query, what))
        return *error;
    while (query.next()) {
        SearchHit hit;
        hit.conversationId = query.value(0).toLongLong();
        hit.conversationTitle = query.value(1).toString();
        hit.messageId = query.value(2).toLongLong();
        hit.role = chat::roleFromName(query.value(3).toString()).value_or(chat::Role::User);
        // Made here rather than by FTS5's snippet(), which counts in bytes
        // of its own tokens: it showed no match in text with CJK or emoji,
        // and knows nothing of the substring terms.
        hit.snippet = makeSnippet(query.value(4).toString(), terms.words);
        hits.append(hit);
    }
    return hits;
}

} // namespace inkchat::store
