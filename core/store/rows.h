#pragma once

#include "chat/records.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlQuery;

namespace inkchat::store {

/// The SELECT list that messageFromRow() reads, for a query that names the
/// messages table `m`.
QString messageColumns();
/// An SQL expression for the whole text of message `m`: its own text
/// followed by its chunks (the checkpoints of a streaming reply).
QString messageTextExpression();
/// The message in the current row of a query that selected messageColumns()
/// starting at column `first`.
chat::MessageRecord messageFromRow(const QSqlQuery &query, int first = 0);
/// Whether the message in that row has images, which messageFromRow() does
/// not read (see attachmentrows.h).
bool hasAttachments(const QSqlQuery &query, int first = 0);

/// The SELECT list that conversationFromRow() reads, for `conversations c`.
QString conversationColumns();
chat::ConversationRecord conversationFromRow(const QSqlQuery &query, int first = 0);

/// Binds every stored field of `message` except id and position to the named
/// placeholders :uuid, :role, :text, :provider, :model, :endpoint,
/// :created_at, :updated_at, :input_tokens, :output_tokens, :status,
/// :error_text, :error and :seams.
void bindMessage(QSqlQuery &query, const chat::MessageRecord &message);

/// Binds :temperature and :max_output_tokens (NULL when unset) and
/// :reasoning_effort.
void bindReplyParameters(QSqlQuery &query, const chat::ReplyParameters &parameters);

/// `text`, but "" for a null QString: Qt binds a null string as SQL NULL,
/// which the NOT NULL text columns refuse (an empty reply's first checkpoint).
QString storedText(const QString &text);

/// Times are stored as milliseconds since the epoch (UTC).
qint64 storedTime(const QDateTime &time);
QDateTime timeFromStored(qint64 msecsSinceEpoch);

/// Seams are stored as a compact JSON array of offsets, e.g. "[120,348]".
QString seamsToText(const QList<int> &seams);
QList<int> seamsFromText(const QString &text);

} // namespace inkchat::store
