#pragma once

#include "chat/records.h"
#include "storerecords.h"
#include "util/result.h"
#include "writetransaction.h"

#include <QDateTime>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace inkchat::store {

/// One import, written as it is read: the whole import is one transaction,
/// so input found bad half-way leaves the store as it was, and each
/// conversation is a savepoint in it, so one that cannot be stored (a message
/// uuid another conversation has) is left out without losing the others.
/// Messages are written as they arrive; none is kept in memory.
///
/// Uuids and times are kept (an empty uuid or an invalid time is filled in;
/// ids are ignored); a conversation whose uuid is stored already is skipped,
/// so importing a file twice never duplicates it; a reply exported while
/// Streaming is stored as Interrupted. Rolls back unless committed.
class ImportTransaction
{
public:
    /// Takes the write lock. `now` fills missing times.
    static Result<std::unique_ptr<ImportTransaction>> begin(QSqlDatabase &db, const QDateTime &now);
    ~ImportTransaction();

    ImportTransaction(const ImportTransaction &) = delete;
    ImportTransaction &operator=(const ImportTransaction &) = delete;

    void beginConversation();
    /// Stores the next message of the conversation. `readSoFar` holds the
    /// conversation's fields read before it (the row is written with them at
    /// the first message; a file may put its uuid after the messages). An
    /// error is the store's and ends the import; a message that only this
    /// conversation cannot take is reported by endConversation().
    std::optional<Error> addMessage(const chat::ConversationRecord &readSoFar, chat::MessageRecord message);
    /// Finishes the conversation with all its fields. An Error of kind Usage
    /// when this conversation alone could not be stored (nothing of it is);
    /// any other kind is the store's and ends the import.
    Result<ImportOutcome> endConversation(chat::ConversationRecord conversation);
    std::optional<Error> commit();

private:
    ImportTransaction(QSqlDatabase &db, const QDateTime &now);

    /// Writes the conversation's row from what is known, unless it is stored already.
    std::optional<Error> startRow(chat::ConversationRecord conversation);
    std::optional<Error> insertImportedMessage(const chat::ConversationRecord &readSoFar,
                                               chat::MessageRecord message);
    /// The row the message follows: the one its parentUuid names, else
    /// (a file without a tree, see ImportSink) the message before it.
    Result<qint64> importedParent(const chat::ConversationRecord &readSoFar,
                                  const chat::MessageRecord &message);
    std::optional<Error> leaveConversation(bool keep);

    QSqlDatabase &m_db;
    WriteTransaction m_transaction;
    QDateTime m_now;

    // The conversation being read.
    bool m_inConversation = false;
    ImportOutcome m_outcome;
    qint64 m_lastMessageId = 0; ///< the conversation's message stored last; 0 for none
    /// The row's fallback time for messages without one.
    QDateTime m_messageFallbackTime;
    /// Why this conversation cannot be stored; its later messages are ignored.
    std::optional<Error> m_rejected;
};

} // namespace inkchat::store
