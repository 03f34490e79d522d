#pragma once

#include "models/transcriptmodel.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace inkchat::app {

/// The user's conversations, newest first, and which one is open.
///
/// There is always at least one: deleting the last one leaves a fresh, empty
/// conversation. Conversations live in memory for now; the SQLite store of
/// issue 5 will sit behind this model.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the conversation list")

    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { TitleRole = Qt::UserRole + 1, IdRole, MessageCountRole };

    explicit ConversationListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int currentIndex() const { return m_current; }
    void setCurrentIndex(int row);
    QString currentId() const;

    /// Starts a new, empty conversation at the top and opens it.
    Q_INVOKABLE int create();
    /// An empty title is ignored: a conversation always has a name.
    Q_INVOKABLE void rename(int row, const QString &title);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE QString titleAt(int row) const;

    /// The messages of a conversation (empty for an unknown id).
    QList<TranscriptMessage> messages(const QString &id) const;
    /// Stores the messages of a conversation; a conversation still called
    /// "New chat" is named after its first message.
    void setMessages(const QString &id, const QList<TranscriptMessage> &messages);

Q_SIGNALS:
    void currentIndexChanged();
    void countChanged();

private:
    struct Entry
    {
        QString id;
        QString title;
        bool titled = false; ///< named by the user or after its first message
        QList<TranscriptMessage> messages;
    };

    int rowOf(const QString &id) const;

    QList<Entry> m_entries;
    int m_current = -1;
};

} // namespace inkchat::app
