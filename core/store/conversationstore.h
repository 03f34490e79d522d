#pragma once

#include "chat/records.h"
#include "storerecords.h"
#include "util/clock.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace inkchat::store {

class ImportTransaction;

/// The conversations and their messages, in one SQLite file shared by the
/// GUI and the CLI (WAL: one process may read, even search, while another
/// checkpoints a streaming reply). Every call is synchronous and reports
/// failure as a value, with the SQL error text in the message: kind
/// Unavailable for the database (retryable when another process held the
/// lock past the busy timeout), kind Usage for an id that is not stored.
///
/// Each instance owns its own connection, usable only from the thread that
/// opened it (a Qt SQL rule): a worker (an export) opens its own store on the
/// same file.
class ConversationStore
{
public:
    /// Opens, creates or upgrades the database at `path` (creating its
    /// folder). `clock` stamps createdAt/updatedAt and must outlive the store.
    static Result<std::unique_ptr<ConversationStore>> open(const QString &path,
                                                           Clock &clock = Clock::system(),
                                                           const StoreOptions &options = {});

    /// <GenericDataLocation>/inkchat/conversations.sqlite: one file for the
    /// GUI and the CLI, moved by XDG_DATA_HOME (tests, portable installs).
    static QString defaultPath();
    /// A path for open() that keeps everything in memory and in no file:
    /// the app's --no-store, and tests.
    static constexpr QLatin1StringView kInMemory{":memory:"};

    ~ConversationStore();
    ConversationStore(const ConversationStore &) = delete;
    ConversationStore &operator=(const ConversationStore &) = delete;

    QString path() const { return m_path; }
    /// True when the file can only be read (a read-only file, folder or
    /// filesystem, or a disk too full for the files SQLite keeps beside
    /// it): everything can be read, every write fails with an error.
    bool isReadOnly() const { return m_readOnly; }

    // Conversations

    /// Stores a new conversation: id assigned, uuid assigned if empty,
    /// createdAt and updatedAt now. Returns it as stored.
    Result<chat::ConversationRecord> createConversation(chat::ConversationRecord conversation);
    /// All conversations: the pinned ones first, each group most recently
    /// active (updatedAt) first.
    Result<QList<chat::ConversationRecord>> conversations() const;
    /// An Error of kind Usage if there is no such conversation.
    Result<chat::ConversationRecord> conversation(qint64 id) const;
    /// Nothing if no conversation has that uuid (an import checks this).
    Result<std::optional<chat::ConversationRecord>> conversationByUuid(const QString &uuid) const;
    std::optional<Error> renameConversation(qint64 id, const QString &title);
    std::optional<Error> setSystemPrompt(qint64 id, const QString &systemPrompt);
    /// The model the conversation's replies are asked of; empty: the endpoint's.
    std::optional<Error> setConversationModel(qint64 id, const QString &model);
    std::optional<Error> setReplyParameters(qint64 id, const chat::ReplyParameters &parameters);
    /// Pins the conversation to the top of the list, or unpins it; its
    /// last activity stays as it was.
    std::optional<Error> setPinned(qint64 id, bool pinned);
    /// Deletes the conversation and all of its messages.
    std::optional<Error> deleteConversation(qint64 id);

    // Messages

    /// Adds `message` after the last one of the branch the conversation
    /// shows, and shows it: id and position assigned, uuid if empty,
    /// createdAt and updatedAt now; the conversation's updatedAt becomes now
    /// too. Returns it as stored.
    Result<chat::MessageRecord> appendMessage(qint64 conversationId, chat::MessageRecord message);
    /// Adds `message` as a new version of the message `versionOf` (a reply
    /// asked for again, a question edited): beside it, with the same parent,
    /// and shows it as the end of the branch. Earlier versions are kept.
    Result<chat::MessageRecord> appendVersion(qint64 conversationId, qint64 versionOf,
                                              chat::MessageRecord message);
    /// Shows `version` (from 1, as MessageRecord::version counts) of the
    /// turn of message `messageId`: the branch through it, continued below
    /// it through the newest version of each turn. Kind Usage if there is no
    /// such version.
    std::optional<Error> showVersion(qint64 messageId, int version);
    /// Writes status, usage, seams, errorText, error and model (the one that
    /// answered may be named only as the reply streams) of the stored
    /// message `message.id`, not its text; updatedAt becomes now. A reply that stops
    /// streaming is indexed for search here, once.
    std::optional<Error> updateMessageStatus(const chat::MessageRecord &message);
    /// A streaming reply's checkpoint: appends `text` to the stored text of
    /// the Streaming message `messageId` as one new chunk, so a checkpoint
    /// costs the same however long the reply already is. An Error of kind
    /// Usage if the message is not streaming.
    std::optional<Error> appendMessageText(qint64 messageId, const QString &text);
    /// Replaces the whole text of a message (a reply whose text was replaced
    /// by a shorter one); updatedAt becomes now. A message that is not
    /// streaming and has chunks keeps its text (kind Usage).
    std::optional<Error> replaceMessageText(qint64 messageId, const QString &text);
    /// Deletes one message (a failed reply the user asked for again).
    std::optional<Error> deleteMessage(qint64 id);
    /// A message as stored, with this exception for every read of
    /// messages: a reply left Streaming by a writer that is gone (killed,
    /// crashed; see ReplyLock) reads as Interrupted, without writing, so it
    /// shows as what it is before recoverInterrupted() marks it, and on a
    /// store that cannot be written at all.
    Result<chat::MessageRecord> message(qint64 id) const;
    /// The conversation's messages, oldest first: those of the branch it
    /// shows, or every version of every turn.
    Result<QList<chat::MessageRecord>> messages(qint64 conversationId,
                                                MessageScope scope = MessageScope::ActiveBranch) const;
    /// Calls `visit` for each message of the conversation (as messages()
    /// lists them), reading one row at a time, so exporting 10,000 messages
    /// never holds them all. `visit` returns false to stop early.
    std::optional<Error> forEachMessage(qint64 conversationId,
                                        const std::function<bool(const chat::MessageRecord &)> &visit,
                                        MessageScope scope = MessageScope::ActiveBranch) const;
    Result<qint64> messageCount(qint64 conversationId) const;

    // Recovery and offline work

    /// At the start of a writer (the app, a chat): a reply still Streaming
    /// whose writer is gone (see ReplyLock) was cut off by a crash or kill;
    /// marks each such reply Interrupted for good (keeping its text, which
    /// is indexed for search from then on) and returns how many. A reply
    /// another live process is writing is left alone. Reading needs none of
    /// this: such a reply reads as Interrupted anyway (see message()).
    Result<int> recoverInterrupted();
    /// User messages written while offline (status Pending), oldest first.
    Result<QList<PendingMessage>> pendingMessages() const;
    /// A pending message was sent: its status becomes Complete.
    std::optional<Error> markMessageSent(qint64 messageId);

    /// Messages whose text contains every term of `text` (case and
    /// diacritics ignored: "uber" finds "Über"; a Chinese or Japanese term
    /// anywhere in the text: "猫" finds "吾輩は猫である"), at most `limit`
    /// of them, best matches first. Any input is searched as plain words,
    /// never as FTS5 syntax.
    Result<QList<SearchHit>> search(const QString &text, int limit = 50) const;

    /// Stores a conversation read from an export, keeping its uuids and
    /// times (an empty uuid or an invalid time is filled in; ids are
    /// ignored). If a conversation with the same uuid is stored already,
    /// writes nothing and says so, so importing a file twice never duplicates
    /// it. A reply exported while Streaming is stored as Interrupted. All or
    /// nothing: a failure (e.g. a message uuid that another conversation
    /// already has) leaves no part of the conversation stored.
    Result<ImportOutcome> importConversation(chat::ConversationRecord conversation,
                                             const QList<chat::MessageRecord> &messages);
    /// Starts an import of any size, written as it is read, in one
    /// transaction (see ImportTransaction); the store must outlive it.
    Result<std::unique_ptr<ImportTransaction>> beginImport();

private:
    ConversationStore(QSqlDatabase db, QString path, Clock &clock);

    QDateTime now() const;
    /// Inserts `message` after the active leaf, or beside `versionOf`, and
    /// makes it the active leaf.
    Result<chat::MessageRecord> insertIntoBranch(qint64 conversationId, chat::MessageRecord message,
                                                 std::optional<qint64> versionOf);
    /// `message`, read as Interrupted if it is Streaming and nobody writes it.
    chat::MessageRecord presented(chat::MessageRecord message) const;
    /// `message`, read from `query`'s row (its columns from `first`), with
    /// its images when it has any.
    Result<chat::MessageRecord> withAttachments(const QSqlQuery &query, chat::MessageRecord message,
                                                int first = 0) const;
    /// The message in `query`'s row as every read presents it: with its
    /// images, and read as Interrupted if nobody writes it (presented()).
    Result<chat::MessageRecord> presentedRow(const QSqlQuery &query) const;
    std::optional<Error> updateConversationField(qint64 id, const QString &column, const QString &value,
                                                 const QString &what);

    // mutable: Qt's query API takes a non-const database even for reads.
    mutable QSqlDatabase m_db;
    QString m_path;
    Clock &m_clock;
    bool m_readOnly = false;
};

} // namespace inkchat::store
