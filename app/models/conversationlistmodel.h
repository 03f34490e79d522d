#pragma once

#include "util/error.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace inkchat::store {
class ConversationStore;
}
namespace inkchat::session {
class SessionRegistry;
}

namespace inkchat::app {

/// The user's conversations, as the conversation store keeps them, and
/// which one is open. Listed pinned first, then most recently active first,
/// in sections by date (SectionRole) when the app starts; during a session
/// a new conversation goes to the top of the unpinned ones and the others
/// keep their places, so the list does not move under the pointer (only
/// pinning moves one, to its group).
///
/// There is always at least one: deleting the last one leaves a fresh,
/// empty conversation. There is at most one empty conversation (one with
/// no message and no name): New chat opens it if there is one, and it is
/// deleted when the user opens another. A conversation has no title until
/// the user names it or its first message does (the chat session's rule);
/// until then it shows as "New chat". Which conversations have a reply
/// streaming, new messages and titles come from the sessions, whichever
/// conversation is open.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the conversation list")

    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// The open conversation's name ("New chat" until it has one).
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY currentTitleChanged)

public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        IdRole,
        MessageCountRole,
        IsStreamingRole, ///< a reply is on its way in this conversation
        IsPinnedRole,
        /// Its heading in the list: "Pinned", "Today", "Yesterday",
        /// "Previous 7 days" or a month, by its last activity at load.
        SectionRole,
    };

    ConversationListModel(store::ConversationStore &store, session::SessionRegistry &sessions,
                          QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int currentIndex() const { return m_current; }
    void setCurrentIndex(int row);
    QString currentTitle() const { return titleAt(m_current); }
    /// The open conversation's id in the store.
    qint64 currentId() const;
    /// The row of a conversation, or -1.
    int rowOf(qint64 id) const;

    /// Starts a new, empty conversation at the top and opens it.
    Q_INVOKABLE int create();
    /// An empty title is ignored: a conversation always has a name.
    Q_INVOKABLE void rename(int row, const QString &title);
    /// Pins the conversation above the others, or puts it back among them.
    Q_INVOKABLE void setPinned(int row, bool pinned);
    /// Deletes the conversation, stopping its reply if one is streaming.
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE QString titleAt(int row) const;
    /// Reads the list again (after an import, or another process's changes).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void currentIndexChanged();
    void countChanged();
    void currentTitleChanged();
    /// The store refused a change; the list shows what is stored.
    void storeFailed(const inkchat::Error &error);

private:
    struct Entry
    {
        qint64 id = 0;
        QString title; ///< empty until named
        int messageCount = 0;
        bool pinned = false;
        QDateTime lastActive; ///< UTC, as loaded: what its section says

        /// Nothing written, nothing named: a chat that was only opened.
        bool isEmpty() const { return messageCount == 0 && title.isEmpty(); }
    };

    /// An empty chat older than this was left by an earlier session (and
    /// is not one another process just created to write into).
    static constexpr int kAbandonedAfterSeconds = 10 * 60;

    /// Reads the list; `keep` is not dropped for being empty (the open one).
    void load(qint64 keep = 0);
    bool report(const std::optional<Error> &error);
    /// Where `entry` belongs among the others: pinned first, then by activity.
    int placeFor(const Entry &entry) const;
    /// Signals that `roles` of the conversation `id` changed, if it is listed.
    void changed(qint64 id, const QList<int> &roles);

    store::ConversationStore &m_store;
    session::SessionRegistry &m_sessions;
    QList<Entry> m_entries;
    int m_current = -1;
};

} // namespace inkchat::app
