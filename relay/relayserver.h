#pragma once

#include "api/relayapi.h"
#include "http/httpserver.h"
#include "replies/replyhub.h"
#include "session/endpointsource.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <memory>

namespace inkchat::relay {

class DeviceRegistry;
class EventLog;
class ExternalChanges;
class Heartbeat;
class RelayDatabase;
class EinkPage;
} // namespace inkchat::relay
namespace inkchat::store {
class ConversationStore;
}
namespace inkchat::relay {

struct RelayServerOptions
{
    QString dataDir;
    HttpServerOptions http;
    std::chrono::milliseconds heartbeat{15'000};
    RelayApiOptions api;
    transport::ConnectorOptions connector;
    /// Replies that ended and were started longer ago than this are
    /// forgotten, with their events (checked at start and hourly); 0 keeps
    /// every reply.
    int keepDays = 30;
};

/// `inkchat-relay serve`, put together: the database, the reply hub with
/// its upstream, the API, the e-ink page and the HTTP server. Replies a
/// previous run left unfinished are carried on when it starts.
class RelayServer : public QObject
{
    Q_OBJECT

public:
    RelayServer(RelayServerOptions options, std::unique_ptr<session::EndpointSource> upstream,
                QObject *parent = nullptr);
    ~RelayServer() override;

    std::optional<Error> start();
    quint16 port() const { return m_http ? m_http->port() : 0; }

private:
    void forgetOldReplies();

    RelayServerOptions m_options;
    std::unique_ptr<session::EndpointSource> m_upstream;
    QNetworkAccessManager m_network;
    std::unique_ptr<RelayDatabase> m_database;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<DeviceRegistry> m_devices;
    std::unique_ptr<ExternalChanges> m_deviceChanges;
    std::unique_ptr<ReplyHub> m_hub;
    std::unique_ptr<Heartbeat> m_heartbeat;
    std::unique_ptr<store::ConversationStore> m_conversations;
    std::unique_ptr<EinkPage> m_page;
    std::unique_ptr<RelayApi> m_api;
    std::unique_ptr<HttpServer> m_http;
    QTimer m_retention;
};

} // namespace inkchat::relay
