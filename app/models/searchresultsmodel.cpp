#include "searchresultsmodel.h"

#include "models/conversationlistmodel.h"

#include "store/conversationstore.h"

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

/// A result list longer than this is not read; a better query is.
constexpr int kMaxResults = 100;

/// The snippet for a Text item in StyledText: the message's words escaped
/// (a reply may well contain "<b>"), the matches in bold.
QString styledSnippet(const store::Snippet &snippet)
{
    QString styled;
    qsizetype at = 0;
    for (const store::TextSpan &match : snippet.matches) {
        styled += snippet.text.mid(at, match.start - at).toHtmlEscaped();
        styled += u"<b>"_s + snippet.text.mid(match.start, match.length).toHtmlEscaped() + u"</b>"_s;
        at = match.start + match.length;
    }
    return styled + snippet.text.mid(at).toHtmlEscaped();
}

} // namespace

SearchResultsModel::SearchResultsModel(store::ConversationStore &store, ConversationListModel &conversations,
                                       QObject *parent)
    : QAbstractListModel(parent),
      m_store(store),
      m_conversations(conversations)
{
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.snippet.text;
    case SnippetRole:
        return styledSnippet(hit.snippet);
    case TitleRole:
        return hit.conversationTitle.isEmpty() ? tr("New chat") : hit.conversationTitle;
    case ConversationIdRole:
        return hit.conversationId;
    case MessageIdRole:
        return hit.messageId;
    case FromUserRole:
        return hit.role == chat::Role::User;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, // the snippet as plain text
            {TitleRole, "title"},         {SnippetRole, "snippet"},  {ConversationIdRole, "conversationId"},
            {MessageIdRole, "messageId"}, {FromUserRole, "fromUser"}};
}

void SearchResultsModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    beginResetModel();
    m_hits.clear();
    if (!query.trimmed().isEmpty()) {
        // Local FTS5 over an indexed table answers in milliseconds even for
        // years of chats, so it runs as the user types.
        if (auto hits = m_store.search(query, kMaxResults))
            m_hits = std::move(hits).value();
    }
    endResetModel();
    Q_EMIT countChanged();
}

qint64 SearchResultsModel::open(int row)
{
    if (row < 0 || row >= rowCount())
        return 0;
    const store::SearchHit &hit = m_hits.at(row);
    // The CLI may have added it since the list was read.
    if (m_conversations.rowOf(hit.conversationId) < 0)
        m_conversations.reload();
    m_conversations.setCurrentIndex(m_conversations.rowOf(hit.conversationId));
    return hit.messageId;
}

} // namespace inkchat::app
