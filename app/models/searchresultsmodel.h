#pragma once

#include "store/storerecords.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace inkchat::store {
class ConversationStore;
}

namespace inkchat::app {

class ConversationListModel;

/// Full-text search over every stored message (SQLite FTS5): one row per
/// matching message, with its conversation's title and the words around
/// the match. Any text is searched as plain words.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the search")

    /// What to look for; empty: no results.
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        /// The words around the match as Text.StyledText: escaped, matches in bold.
        SnippetRole,
        ConversationIdRole,
        /// The matching message's id in the store.
        MessageIdRole,
        FromUserRole,
    };

    SearchResultsModel(store::ConversationStore &store, ConversationListModel &conversations,
                       QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);

    /// Opens the conversation of result `row`; returns the matching
    /// message's id in the store (0 for no such row), for the transcript to
    /// show it.
    Q_INVOKABLE qint64 open(int row);

Q_SIGNALS:
    void queryChanged();
    void countChanged();

private:
    store::ConversationStore &m_store;
    ConversationListModel &m_conversations;
    QString m_query;
    QList<store::SearchHit> m_hits;
};

} // namespace inkchat::app
