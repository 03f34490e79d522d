#include "sessionregistry.h"

#include "store/conversationstore.h"

namespace inkchat::session {

SessionRegistry::SessionRegistry(SessionServices services, QObject *parent)
    : QObject(parent),
      m_services(std::move(services))
{
}

SessionRegistry::~SessionRegistry()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        entry.session->disconnect(this);
        delete entry.session;
    }
}

Result<ChatSession *> SessionRegistry::hold(qint64 conversationId)
{
    if (auto it = m_entries.find(conversationId); it != m_entries.end()) {
        ++it->holds;
        return it->session;
    }
    // A child, so one dropped but not yet deleted goes with the registry.
    auto opened = ChatSession::open(m_services, conversationId, this);
    if (!opened)
        return opened.error();
    ChatSession *session = opened.value().release();
    m_entries.insert(conversationId, {session, 1, false});
    watch(session);
    return session;
}

void SessionRegistry::watch(ChatSession *session)
{
    const qint64 id = session->conversationId();
    connect(session, &ChatSession::stateChanged, this, [this, id] { onStateChanged(id); });
    connect(session, &ChatSession::messageAppended, this, [this, id] { Q_EMIT messageAppended(id); });
    connect(session, &ChatSession::titleChanged, this,
            [this, id](const QString &title) { Q_EMIT titleChanged(id, title); });
    connect(session, &ChatSession::storeFailed, this, &SessionRegistry::storeFailed);
}

void SessionRegistry::onStateChanged(qint64 conversationId)
{
    const auto it = m_entries.find(conversationId);
    if (it == m_entries.end())
        return;
    const bool streaming = it->session->isStreaming();
    if (streaming == it->wasStreaming)
        return;
    it->wasStreaming = streaming;
    Q_EMIT streamingChanged(conversationId, streaming);
    if (!streaming && it->holds == 0)
        drop(conversationId);
}

void SessionRegistry::release(qint64 conversationId)
{
    const auto it = m_entries.find(conversationId);
    if (it == m_entries.end() || --it->holds > 0)
        return;
    if (!it->session->isStreaming())
        drop(conversationId);
}

void SessionRegistry::close(qint64 conversationId)
{
    if (ChatSession *session = find(conversationId))
        session->stop(); // a released session is dropped as its reply ends
    if (m_entries.contains(conversationId))
        drop(conversationId);
}

void SessionRegistry::drop(qint64 conversationId)
{
    const Entry entry = m_entries.take(conversationId);
    entry.session->disconnect(this);
    // We may be inside one of its signals.
    entry.session->deleteLater();
    if (entry.wasStreaming)
        Q_EMIT streamingChanged(conversationId, false);
}

std::optional<Error> SessionRegistry::rename(qint64 conversationId, const QString &title)
{
    if (ChatSession *session = find(conversationId))
        return session->rename(title);
    return m_services.store ? m_services.store->renameConversation(conversationId, title) : std::nullopt;
}

ChatSession *SessionRegistry::find(qint64 conversationId) const
{
    const auto it = m_entries.constFind(conversationId);
    return it == m_entries.cend() ? nullptr : it->session;
}

bool SessionRegistry::isStreaming(qint64 conversationId) const
{
    const ChatSession *session = find(conversationId);
    return session && session->isStreaming();
}

QList<qint64> SessionRegistry::streamingConversations() const
{
    QList<qint64> ids;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->session->isStreaming())
            ids.append(it.key());
    }
    return ids;
}

} // namespace inkchat::session
