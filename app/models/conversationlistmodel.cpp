#include "conversationlistmodel.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

constexpr qsizetype kTitleLength = 48;

QString titleFor(const QString &firstMessage)
{
    QString title = firstMessage.simplified();
    if (title.size() > kTitleLength)
        title = title.left(kTitleLength - 1).trimmed() + u'…';
    return title;
}

} // namespace

ConversationListModel::ConversationListModel(QObject *parent) : QAbstractListModel(parent)
{
    create();
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
        return entry.title;
    case IdRole:
        return entry.id;
    case MessageCountRole:
        return int(entry.messages.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{TitleRole, "title"}, {IdRole, "conversationId"}, {MessageCountRole, "messageCount"}};
}

void ConversationListModel::setCurrentIndex(int row)
{
    if (row < 0 || row >= rowCount() || row == m_current)
        return;
    m_current = row;
    Q_EMIT currentIndexChanged();
}

QString ConversationListModel::currentId() const
{
    return m_current >= 0 ? m_entries.at(m_current).id : QString();
}

int ConversationListModel::create()
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend({QUuid::createUuid().toString(QUuid::WithoutBraces), tr("New chat"), false, {}});
    endInsertRows();
    Q_EMIT countChanged();
    // The open conversation moved down a row; then the new one opens.
    m_current = -1;
    setCurrentIndex(0);
    return 0;
}

void ConversationListModel::rename(int row, const QString &title)
{
    const QString name = title.simplified();
    if (row < 0 || row >= rowCount() || name.isEmpty())
        return;
    m_entries[row].title = name;
    m_entries[row].titled = true;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {TitleRole, Qt::DisplayRole});
}

void ConversationListModel::remove(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    const QString currentId = this->currentId();
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    if (m_entries.isEmpty()) {
        create();
        return;
    }
    const int stillOpen = rowOf(currentId);
    m_current = -1;
    setCurrentIndex(stillOpen >= 0 ? stillOpen : std::min(row, rowCount() - 1));
}

QString ConversationListModel::titleAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_entries.at(row).title : QString();
}

QList<TranscriptMessage> ConversationListModel::messages(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_entries.at(row).messages : QList<TranscriptMessage>();
}

void ConversationListModel::setMessages(const QString &id, const QList<TranscriptMessage> &messages)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Entry &entry = m_entries[row];
    entry.messages = messages;
    QList<int> roles{MessageCountRole};
    if (!entry.titled && !messages.isEmpty()) {
        entry.title = titleFor(messages.constFirst().text);
        entry.titled = true;
        roles << TitleRole << Qt::DisplayRole;
    }
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, roles);
}

int ConversationListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace inkchat::app
