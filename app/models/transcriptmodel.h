#pragma once

#include "chat/conversation.h"
#include "chat/markdownblocks.h"
#include "chat/records.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <utility>
#include <vector>

namespace inkchat::app {

class AttachmentImages;

/// One message of the open conversation as the view shows it: a copy of
/// what its chat session holds, with the text at the display's pace.
struct TranscriptMessage
{
    chat::Role role = chat::Role::User;
    QString text;
    chat::MessageStatus status = chat::MessageStatus::Complete;
    QString errorText; ///< why it ended early, as stored; empty when complete or stopped
    /// A reply's model and token counts in words: "gpt-4o · 1,234 in · 567 out".
    QString facts = {};
    /// Which version of its turn it is (from 1) and how many there are:
    /// the view offers the others when there are more than one.
    int version = 1;
    int versionCount = 1;
    /// The keys of its images in AttachmentImages (image://attachment/<key>).
    QStringList imageKeys = {};

    /// The message as the view shows it; its images are kept in `images`
    /// for the image provider (none are shown without it).
    static TranscriptMessage from(const chat::MessageRecord &record, AttachmentImages *images = nullptr);
};

/// The messages of the open conversation as display blocks, oldest first:
/// one row per block, so the view lays out a finished block once and, while
/// a reply streams, only its last block again.
///
/// A user message is one Plain row. An assistant message is split by
/// chat::MarkdownBlocks into Markdown and Code rows; while it has no text it
/// still has one empty row, where the view shows that it is coming.
/// status and errorText belong to the message and are the same on every row
/// of it (the view shows them under the last one).
///
/// Updating a streaming reply emits dataChanged only for rows whose roles
/// changed (normally the last row's text) and inserts rows only after the
/// message's last row; it never resets the model. A row stores no text: it
/// is a block's offsets into its message's text.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The chat controller owns the transcript")

public:
    /// What a row holds, so the view picks its delegate without string compares.
    enum class BlockKind { Plain, Markdown, Code };
    Q_ENUM(BlockKind)

    enum Role {
        KindRole = Qt::UserRole + 1, ///< BlockKind: Plain (user), Markdown, Code
        TextRole,                    ///< the block's text; for code the content between the fences
        LanguageRole,                ///< code: the fence's language, else ""
        SenderRole,                  ///< QML "role": chat::Role (Message.User, Message.Assistant)
        MessageIndexRole,
        IsFirstInMessageRole,
        IsLastInMessageRole,
        IsContinuationRole, ///< a later piece of a block too long to lay out as one
        StatusRole,         ///< chat::MessageStatus (Message.Complete, Message.Streaming, ...)
        ErrorTextRole,
        FactsRole,        ///< the message's TranscriptMessage::facts, once it ended
        VersionRole,      ///< which version of its turn the message is, from 1
        VersionCountRole, ///< how many versions its turn has
        ImageKeysRole,    ///< first row of a message: its images' keys (see TranscriptMessage)
    };

    explicit TranscriptModel(QObject *parent = nullptr);
    ~TranscriptModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows another conversation (resets the model).
    void setMessages(const QList<TranscriptMessage> &messages);
    void clear();
    /// Adds a message after the last one; returns its index.
    int appendMessage(const TranscriptMessage &message);
    /// Removes the last message (a failed reply that Retry replaces).
    void removeLastMessage();
    /// A streaming reply grew to `wholeText`: O(new text + last block), and
    /// only changed rows are signalled. The text before the message's last
    /// unfinished block must be unchanged; a text that is shorter or differs
    /// in that block rebuilds the message's rows, other edits are not
    /// noticed (replace texts with setMessages()).
    void setMessageText(int message, const QString &wholeText);
    /// Ending a reply (any status but Streaming) also shows the lines held
    /// back while they could still become a code fence.
    void setMessageStatus(int message, chat::MessageStatus status, const QString &errorText = {});
    /// The model that wrote the message and its token counts, as replyFacts() words them.
    void setMessageFacts(int message, const QString &facts);

    Q_INVOKABLE int messageCount() const { return int(m_entries.size()); }
    /// Valid until the next message is added or the messages are replaced.
    const TranscriptMessage &message(int index) const;

    /// The whole code block `row` belongs to, all its pieces joined, for
    /// "Copy"; empty if the row is no code.
    Q_INVOKABLE QString codeText(int row) const;
    /// The whole message `row` belongs to, for "Copy message".
    Q_INVOKABLE QString messageText(int row) const;
    /// The first row of message `message`, or -1.
    Q_INVOKABLE int firstRowOf(int message) const;

private:
    struct Entry
    {
        TranscriptMessage message;
        chat::MarkdownBlocks blocks; ///< assistant messages only
        int firstRow = 0;
        int rows = 1;
    };
    /// An assistant message's rows before a change, to tell what changed.
    struct Before
    {
        QString text;                      ///< shares the old text's data
        qsizetype from = 0;                ///< blocks before it cannot change
        QList<chat::MarkdownBlock> blocks; ///< the old blocks from `from` on
        int rows = 1;
    };

    static Entry makeEntry(const TranscriptMessage &message, int firstRow);
    static Before before(const Entry &entry, bool wholeList);
    /// The message and block index of a row.
    std::pair<int, qsizetype> locate(int row) const;
    /// Signals the change of an assistant message's blocks since `old`;
    /// rows before `firstChanged` kept their blocks.
    void announceBlocks(int message, const Before &old, qsizetype firstChanged);
    void setRowsOf(int message, int rows);

    std::vector<Entry> m_entries;
    int m_rowCount = 0;
};

} // namespace inkchat::app
