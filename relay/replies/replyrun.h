#pragma once

#include "chat/conversation.h"
#include "chat/messageenums.h"
#include "session/endpointsource.h"
#include "transport/connector.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace inkchat::relay {

struct UpstreamServices;

/// One reply asked of the upstream: the endpoint is resolved (the key read)
/// when it starts, then a Connector gets it across with the app's ladder,
/// resume and continuation rules. Started with the text a stopped relay
/// already had, it asks only for what follows (startContinuation()).
class ReplyRun : public QObject
{
    Q_OBJECT

public:
    ReplyRun(const UpstreamServices &upstream, chat::Conversation conversation, QString textSoFar,
             QObject *parent = nullptr);
    ~ReplyRun() override;

    void start();
    void stop();

Q_SIGNALS:
    void textReceived(const QString &delta);
    /// The upstream could not continue a dropped reply and answers afresh:
    /// the text that follows replaces the text so far.
    void restarted();
    /// Exactly once; `error` is empty for a complete reply. Never carries a key.
    void ended(inkchat::chat::MessageStatus status, const QString &error);

private:
    void onEndpoint(Result<session::ResolvedEndpoint> endpoint);
    void end(chat::MessageStatus status, const QString &error);

    const UpstreamServices &m_upstream;
    chat::Conversation m_conversation;
    QString m_textSoFar;
    bool m_hasText = false;
    bool m_ended = false;
    std::shared_ptr<provider::Provider> m_provider;
    QPointer<transport::Connector> m_connector;
};

} // namespace inkchat::relay
