#include "conversationlistmodel.h"

#include "datesection.h"
#include "session/sessionregistry.h"
#include "store/conversationstore.h"

using namespace Qt::StringLiterals;

namespace inkchat::app {

ConversationListModel::ConversationListModel(store::ConversationStore &store,
                                             session::SessionRegistry &sessions, QObject *parent)
    : QAbstractListModel(parent),
      m_store(store),
      m_sessions(sessions)
{
    using session::SessionRegistry;
    connect(&m_sessions, &SessionRegistry::streamingChanged, this,
            [this](qint64 id) { changed(id, {IsStreamingRole}); });
    connect(&m_sessions, &SessionRegistry::messageAppended, this, [this](qint64 id) {
        if (const int row = rowOf(id); row >= 0) {
            ++m_entries[row].messageCount;
            changed(id, {MessageCountRole});
        }
    });
    connect(&m_sessions, &SessionRegistry::titleChanged, this, [this](qint64 id, const QString &title) {
        if (const int row = rowOf(id); row >= 0) {
            m_entries[row].title = title;
            changed(id, {TitleRole, Qt::DisplayRole});
        }
    });
    load();
}

void ConversationListModel::load(qint64 keep)
{
    beginResetModel();
    m_entries.clear();
    const QDateTime abandonedBefore = QDateTime::currentDateTimeUtc().addSecs(-kAbandonedAfterSeconds);
    if (const auto stored = m_store.conversations()) {
        for (const chat::ConversationRecord &conversation : *stored) {
            const auto count = m_store.messageCount(conversation.id);
            const Entry entry{conversation.id, conversation.title, count ? int(*count) : 0,
                              conversation.pinned, conversation.updatedAt};
            // An empty chat left by an earlier session is not kept (if the
            // store can be written: a read-only one is shown as it is).
            if (entry.isEmpty() && entry.id != keep && conversation.updatedAt < abandonedBefore
                && !m_store.deleteConversation(entry.id))
                continue;
            m_entries.append(entry);
        }
    } else {
        Q_EMIT storeFailed(stored.error());
    }
    endResetModel();
    Q_EMIT countChanged();
    m_current = -1;
    if (m_entries.isEmpty())
        create();
    else
        setCurrentIndex(0);
}

void ConversationListModel::reload()
{
    const qint64 open = currentId();
    load(open);
    const int row = rowOf(open);
    if (row >= 0)
        setCurrentIndex(row);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return titleAt(index.row());
    case IdRole:
        return entry.id;
    case MessageCountRole:
        return entry.messageCount;
    case IsStreamingRole:
        return m_sessions.isStreaming(entry.id);
    case IsPinnedRole:
        return entry.pinned;
    case SectionRole:
        return entry.pinned ? tr("Pinned")
                            : DateSection::of(entry.lastActive.toLocalTime().date(), QDate::currentDate());
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{TitleRole, "title"},
            {IdRole, "conversationId"},
            {MessageCountRole, "messageCount"},
            {IsStreamingRole, "isStreaming"},
            {IsPinnedRole, "isPinned"},
            {SectionRole, "section"}};
}

void ConversationListModel::setCurrentIndex(int row)
{
    if (row < 0 || row >= rowCount() || row == m_current)
        return;
    const bool leavingEmpty = m_current >= 0 && m_entries.at(m_current).isEmpty();
    const int left = m_current;
    m_current = row;
    // A chat nothing was written in is not kept once the user moves on.
    if (leavingEmpty)
        m_sessions.close(m_entries.at(left).id);
    if (leavingEmpty && !m_store.deleteConversation(m_entries.at(left).id)) {
        beginRemoveRows({}, left, left);
        m_entries.removeAt(left);
        endRemoveRows();
        Q_EMIT countChanged();
        if (left < m_current)
            --m_current;
    }
    Q_EMIT currentIndexChanged();
    Q_EMIT currentTitleChanged();
}

qint64 ConversationListModel::currentId() const
{
    return m_current >= 0 ? m_entries.at(m_current).id : 0;
}

int ConversationListModel::create()
{
    // There is never more than one empty chat: asking for another opens it.
    for (int row = 0; row < rowCount(); ++row) {
        if (m_entries.at(row).isEmpty()) {
            setCurrentIndex(row);
            return row;
        }
    }
    const auto stored = m_store.createConversation({});
    if (!stored) {
        Q_EMIT storeFailed(stored.error());
        return -1;
    }
    const Entry entry{stored->id, {}, 0, false, stored->createdAt};
    const int row = placeFor(entry);
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
    Q_EMIT countChanged();
    // The open conversation may have moved down a row; then the new one opens.
    m_current = -1;
    setCurrentIndex(row);
    return row;
}

void ConversationListModel::rename(int row, const QString &title)
{
    const QString name = title.simplified();
    if (row < 0 || row >= rowCount() || name.isEmpty())
        return;
    if (report(m_sessions.rename(m_entries.at(row).id, name)))
        return;
    m_entries[row].title = name;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {TitleRole, Qt::DisplayRole});
    if (row == m_current)
        Q_EMIT currentTitleChanged();
}

void ConversationListModel::setPinned(int row, bool pinned)
{
    if (row < 0 || row >= rowCount() || m_entries.at(row).pinned == pinned)
        return;
    if (report(m_store.setPinned(m_entries.at(row).id, pinned)))
        return;
    const qint64 open = currentId();
    Entry entry = m_entries.takeAt(row);
    entry.pinned = pinned;
    const int to = placeFor(entry);
    m_entries.insert(row, entry); // back, for the move below
    if (to != row) {
        // beginMoveRows counts the destination before the row leaves.
        beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
        m_entries.move(row, to);
        endMoveRows();
    }
    const QModelIndex moved = index(to);
    Q_EMIT dataChanged(moved, moved, {IsPinnedRole, SectionRole});
    if (const int openRow = rowOf(open); openRow != m_current) {
        m_current = openRow;
        Q_EMIT currentIndexChanged();
    }
}

int ConversationListModel::placeFor(const Entry &entry) const
{
    const auto before = [&](const Entry &other) {
        if (entry.pinned != other.pinned)
            return entry.pinned;
        return entry.lastActive >= other.lastActive;
    };
    int row = 0;
    while (row < rowCount() && !before(m_entries.at(row)))
        ++row;
    return row;
}

void ConversationListModel::remove(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    // Its reply must not write into a deleted conversation.
    m_sessions.close(m_entries.at(row).id);
    if (report(m_store.deleteConversation(m_entries.at(row).id)))
        return;
    const qint64 open = currentId();
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    if (m_entries.isEmpty()) {
        create();
        return;
    }
    const int stillOpen = rowOf(open);
    m_current = -1;
    setCurrentIndex(stillOpen >= 0 ? stillOpen : std::min(row, rowCount() - 1));
}

QString ConversationListModel::titleAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const QString &title = m_entries.at(row).title;
    return title.isEmpty() ? tr("New chat") : title;
}

void ConversationListModel::changed(qint64 id, const QList<int> &roles)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = this->index(row);
    Q_EMIT dataChanged(index, index, roles);
    if (row == m_current && roles.contains(TitleRole))
        Q_EMIT currentTitleChanged();
}

int ConversationListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

bool ConversationListModel::report(const std::optional<Error> &error)
{
    if (error)
        Q_EMIT storeFailed(*error);
    return error.has_value();
}

} // namespace inkchat::app
