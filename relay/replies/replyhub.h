#pragma once

#include "store/eventlog.h"

#include "chat/conversation.h"
#include "session/sessionservices.h"
#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace inkchat::session {
class EndpointSource;
}

namespace inkchat::relay {

class ReplyRun;

/// Where the relay's replies come from: the upstream endpoint (the key
/// stays here) and the network and tunables every connector shares.
struct UpstreamServices
{
    QNetworkAccessManager *network = nullptr;
    session::EndpointSource *endpoints = nullptr;
    transport::ConnectorOptions connector;
};

/// Runs the relay's replies upstream, whoever listens: every piece of text
/// becomes a numbered event in the EventLog before eventAdded() tells the
/// clients that are connected. A reply goes on when its clients go away,
/// and one a stopped relay left unfinished is carried on when it starts
/// again, from the text its events hold (resumed, continued or restarted
/// by the connector, as the upstream allows: nothing a client was sent is
/// sent again).
class ReplyHub : public QObject
{
    Q_OBJECT

public:
    ReplyHub(EventLog &log, UpstreamServices upstream, QObject *parent = nullptr);
    ~ReplyHub() override;

    /// Stores a new reply to the conversation and starts it; its id.
    Result<QString> start(const chat::Conversation &conversation, qint64 conversationId = 0,
                          qint64 messageId = 0);
    /// Carries on the replies a stopped relay left streaming; how many.
    Result<int> resumeUnfinished();
    bool isRunning(const QString &replyId) const { return m_runs.contains(replyId); }
    EventLog &log() { return m_log; }

Q_SIGNALS:
    /// Stored; sent to the clients of `replyId` that are connected.
    void eventAdded(const QString &replyId, const inkchat::relay::ReplyEvent &event);

private:
    void run(const QString &replyId, const chat::Conversation &conversation, const QString &textSoFar);
    void onRunEnded(const QString &replyId);

    EventLog &m_log;
    UpstreamServices m_upstream;
    QHash<QString, QPointer<ReplyRun>> m_runs;
};

} // namespace inkchat::relay

Q_DECLARE_METATYPE(inkchat::relay::ReplyEvent)
