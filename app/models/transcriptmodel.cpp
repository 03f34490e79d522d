#include "transcriptmodel.h"

#include "replyfacts.h"

#include "view/attachmentimages.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

using chat::MarkdownBlock;
using chat::MessageStatus;

bool isCode(const MarkdownBlock *block)
{
    return block && block->kind == MarkdownBlock::Kind::Code;
}

QStringView blockText(const QString &text, const MarkdownBlock *block)
{
    return block ? QStringView(text).sliced(block->start, block->length) : QStringView();
}

} // namespace

TranscriptMessage TranscriptMessage::from(const chat::MessageRecord &record, AttachmentImages *images)
{
    TranscriptMessage message{record.role,        record.text,    record.status,      record.errorText,
                              replyFacts(record), record.version, record.versionCount};
    if (images) {
        for (const chat::Attachment &attachment : record.attachments)
            message.imageKeys.append(images->add(attachment.data));
    }
    return message;
}

TranscriptModel::TranscriptModel(QObject *parent) : QAbstractListModel(parent) {}

TranscriptModel::~TranscriptModel() = default;

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto [messageIndex, blockIndex] = locate(index.row());
    const Entry &entry = m_entries.at(messageIndex);
    const bool isUser = entry.message.role == chat::Role::User;
    const QList<MarkdownBlock> &blocks = entry.blocks.blocks();
    // No block yet: the one empty row of a reply that is still coming.
    const MarkdownBlock *block = !isUser && blockIndex < blocks.size() ? &blocks.at(blockIndex) : nullptr;
    switch (role) {
    case KindRole:
        return int(isUser ? BlockKind::Plain : isCode(block) ? BlockKind::Code : BlockKind::Markdown);
    case TextRole:
        return isUser ? entry.message.text : blockText(entry.message.text, block).toString();
    case LanguageRole:
        return block ? block->language : QString();
    case SenderRole:
        return int(entry.message.role);
    case MessageIndexRole:
        return messageIndex;
    case IsFirstInMessageRole:
        return blockIndex == 0;
    case IsLastInMessageRole:
        return blockIndex == entry.rows - 1;
    case IsContinuationRole:
        return block && block->continuesPrevious;
    case StatusRole:
        return int(entry.message.status);
    case ErrorTextRole:
        return entry.message.errorText;
    case FactsRole:
        return entry.message.facts;
    case VersionRole:
        return entry.message.version;
    case VersionCountRole:
        return entry.message.versionCount;
    case ImageKeysRole:
        return blockIndex == 0 ? entry.message.imageKeys : QStringList();
    default:
        return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    return {{KindRole, "kind"},
            {TextRole, "text"},
            {LanguageRole, "language"},
            {SenderRole, "role"},
            {MessageIndexRole, "messageIndex"},
            {IsFirstInMessageRole, "isFirstInMessage"},
            {IsLastInMessageRole, "isLastInMessage"},
            {IsContinuationRole, "isContinuation"},
            {StatusRole, "status"},
            {ErrorTextRole, "errorText"},
            {FactsRole, "facts"},
            {VersionRole, "version"},
            {VersionCountRole, "versionCount"},
            {ImageKeysRole, "imageKeys"}};
}

void TranscriptModel::setMessages(const QList<TranscriptMessage> &messages)
{
    beginResetModel();
    m_entries.clear();
    m_entries.reserve(messages.size());
    m_rowCount = 0;
    for (const TranscriptMessage &message : messages) {
        m_entries.push_back(makeEntry(message, m_rowCount));
        m_rowCount += m_entries.back().rows;
    }
    endResetModel();
}

void TranscriptModel::clear()
{
    setMessages({});
}

int TranscriptModel::appendMessage(const TranscriptMessage &message)
{
    Entry entry = makeEntry(message, m_rowCount);
    beginInsertRows({}, m_rowCount, m_rowCount + entry.rows - 1);
    m_rowCount += entry.rows;
    m_entries.push_back(std::move(entry));
    endInsertRows();
    return messageCount() - 1;
}

void TranscriptModel::removeLastMessage()
{
    if (m_entries.empty())
        return;
    const Entry &last = m_entries.back();
    beginRemoveRows({}, last.firstRow, last.firstRow + last.rows - 1);
    m_rowCount -= last.rows;
    m_entries.pop_back();
    endRemoveRows();
}

void TranscriptModel::setMessageText(int message, const QString &wholeText)
{
    Q_ASSERT(message >= 0 && message < messageCount());
    if (message < 0 || message >= messageCount())
        return;
    Entry &entry = m_entries[message];
    if (entry.message.role == chat::Role::User) {
        if (entry.message.text == wholeText)
            return;
        entry.message.text = wholeText;
        Q_EMIT dataChanged(index(entry.firstRow), index(entry.firstRow), {TextRole});
        return;
    }
    // Comparing the whole old text would make every update O(reply); only
    // the unfinished end is checked, so a text that starts over is noticed
    // when it is shorter or differs there (see the header).
    const Before old = before(entry, !entry.blocks.isContinuedBy(wholeText));
    entry.message.text = wholeText;
    qsizetype changed = entry.blocks.update(wholeText);
    if (entry.message.status != MessageStatus::Streaming)
        changed = std::min(changed, entry.blocks.finish());
    announceBlocks(message, old, changed);
}

void TranscriptModel::setMessageFacts(int message, const QString &facts)
{
    if (message < 0 || message >= messageCount() || m_entries[message].message.facts == facts)
        return;
    Entry &entry = m_entries[message];
    entry.message.facts = facts;
    Q_EMIT dataChanged(index(entry.firstRow), index(entry.firstRow + entry.rows - 1), {FactsRole});
}

void TranscriptModel::setMessageStatus(int message, MessageStatus status, const QString &errorText)
{
    Q_ASSERT(message >= 0 && message < messageCount());
    if (message < 0 || message >= messageCount())
        return;
    Entry &entry = m_entries[message];
    QList<int> roles;
    if (status != entry.message.status)
        roles.append(StatusRole);
    if (errorText != entry.message.errorText)
        roles.append(ErrorTextRole);
    entry.message.status = status;
    entry.message.errorText = errorText;
    if (!roles.isEmpty())
        Q_EMIT dataChanged(index(entry.firstRow), index(entry.firstRow + entry.rows - 1), roles);

    if (entry.message.role == chat::Role::Assistant && status != MessageStatus::Streaming
        && !entry.blocks.isFinished()) {
        const Before old = before(entry, false);
        announceBlocks(message, old, entry.blocks.finish());
    }
}

const TranscriptMessage &TranscriptModel::message(int index) const
{
    Q_ASSERT(index >= 0 && index < messageCount());
    return m_entries.at(index).message;
}

QString TranscriptModel::codeText(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    const auto [messageIndex, blockIndex] = locate(row);
    const Entry &entry = m_entries.at(messageIndex);
    const QList<MarkdownBlock> &blocks = entry.blocks.blocks();
    if (entry.message.role == chat::Role::User || blockIndex >= blocks.size()
        || !isCode(&blocks.at(blockIndex)))
        return {};
    // Pieces are cut at line ends, so the source from the first piece to the
    // end of the last is the whole block, with its own line ends.
    qsizetype first = blockIndex;
    while (blocks.at(first).continuesPrevious && first > 0)
        --first;
    qsizetype last = blockIndex;
    while (last + 1 < blocks.size() && blocks.at(last + 1).continuesPrevious)
        ++last;
    const qsizetype start = blocks.at(first).start;
    return entry.message.text.mid(start, blocks.at(last).end() - start);
}

QString TranscriptModel::messageText(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    return m_entries.at(locate(row).first).message.text;
}

int TranscriptModel::firstRowOf(int message) const
{
    return message >= 0 && std::size_t(message) < m_entries.size()
               ? m_entries.at(std::size_t(message)).firstRow
               : -1;
}

TranscriptModel::Entry TranscriptModel::makeEntry(const TranscriptMessage &message, int firstRow)
{
    Entry entry{message, {}, firstRow, 1};
    if (message.role == chat::Role::Assistant) {
        entry.blocks.update(message.text);
        if (message.status != MessageStatus::Streaming)
            entry.blocks.finish();
        entry.rows = int(std::max<qsizetype>(1, entry.blocks.blocks().size()));
    }
    return entry;
}

TranscriptModel::Before TranscriptModel::before(const Entry &entry, bool wholeList)
{
    // Streaming, only the unfinished blocks (normally one) can change; a
    // finished reply that resumes, or a replaced text, may change any.
    const bool all = wholeList || entry.blocks.isFinished();
    const qsizetype from = all ? 0 : entry.blocks.finishedCount();
    return {entry.message.text, from, entry.blocks.blocks().sliced(from), entry.rows};
}

std::pair<int, qsizetype> TranscriptModel::locate(int row) const
{
    const auto after = std::upper_bound(m_entries.begin(), m_entries.end(), row,
                                        [](int r, const Entry &entry) { return r < entry.firstRow; });
    Q_ASSERT(after != m_entries.begin());
    const auto entry = std::prev(after);
    return {int(entry - m_entries.begin()), row - entry->firstRow};
}

void TranscriptModel::announceBlocks(int message, const Before &old, qsizetype firstChanged)
{
    const Entry &entry = m_entries.at(message);
    const QList<MarkdownBlock> &blocks = entry.blocks.blocks();
    const int first = entry.firstRow;
    const int oldRows = old.rows;
    const int newRows = int(std::max<qsizetype>(1, blocks.size()));

    // Rows come and go first, so that a row that stops or starts being the
    // last one reads right when its change is signalled below.
    if (newRows < oldRows) {
        beginRemoveRows({}, first + newRows, first + oldRows - 1);
        setRowsOf(message, newRows);
        endRemoveRows();
    } else if (newRows > oldRows) {
        beginInsertRows({}, first + oldRows, first + newRows - 1);
        setRowsOf(message, newRows);
        endInsertRows();
    }

    const auto oldBlock = [&](qsizetype i) -> const MarkdownBlock * {
        if (i < old.from)
            return &blocks.at(i); // finished before the change, so unchanged
        return i - old.from < old.blocks.size() ? &old.blocks.at(i - old.from) : nullptr;
    };
    // From the old last row on: it may have stopped being the last one.
    const int common = std::min(oldRows, newRows);
    for (qsizetype i = std::clamp<qsizetype>(firstChanged, 0, common - 1); i < common; ++i) {
        const MarkdownBlock *was = oldBlock(i);
        const MarkdownBlock *is = i < blocks.size() ? &blocks.at(i) : nullptr;
        QList<int> roles;
        if (blockText(old.text, was) != blockText(entry.message.text, is))
            roles.append(TextRole);
        if (isCode(was) != isCode(is))
            roles.append(KindRole);
        if ((was ? was->language : QString()) != (is ? is->language : QString()))
            roles.append(LanguageRole);
        if ((was && was->continuesPrevious) != (is && is->continuesPrevious))
            roles.append(IsContinuationRole);
        if ((i == oldRows - 1) != (i == newRows - 1))
            roles.append(IsLastInMessageRole);
        if (!roles.isEmpty())
            Q_EMIT dataChanged(index(first + int(i)), index(first + int(i)), roles);
    }
}

void TranscriptModel::setRowsOf(int message, int rows)
{
    const int delta = rows - m_entries.at(message).rows;
    m_entries[message].rows = rows;
    m_rowCount += delta;
    for (auto it = m_entries.begin() + message + 1; it != m_entries.end(); ++it)
        it->firstRow += delta;
}

} // namespace inkchat::app
