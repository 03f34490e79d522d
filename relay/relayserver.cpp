#include "relayserver.h"

#include "api/heartbeat.h"
#include "page/einkpage.h"
#include "store/deviceregistry.h"
#include "store/eventlog.h"
#include "store/externalchanges.h"
#include "store/relaydatabase.h"

#include "store/conversationstore.h"

#include <QDir>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "inkchat.relay")

namespace inkchat::relay {

RelayServer::RelayServer(RelayServerOptions options, std::unique_ptr<session::EndpointSource> upstream,
                         QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_upstream(std::move(upstream))
{
}

RelayServer::~RelayServer()
{
    // Stop serving before the replies and the database go.
    m_http.reset();
    m_api.reset();
    m_page.reset();
    m_hub.reset();
}

std::optional<Error> RelayServer::start()
{
    Result<std::unique_ptr<RelayDatabase>> database = RelayDatabase::open(
        QDir(m_options.dataDir).filePath(u"relay.sqlite"_s));
    if (!database)
        return database.error();
    m_database = std::move(database).value();
    m_log = std::make_unique<EventLog>(*m_database);
    m_devices = std::make_unique<DeviceRegistry>(*m_database);
    m_hub = std::make_unique<ReplyHub>(*m_log,
                                       UpstreamServices{&m_network, m_upstream.get(), m_options.connector});
    m_deviceChanges = std::make_unique<ExternalChanges>(*m_database);
    m_heartbeat = std::make_unique<Heartbeat>(m_options.heartbeat);
    m_api = std::make_unique<RelayApi>(*m_hub, *m_devices, *m_deviceChanges, *m_heartbeat, Clock::system(),
                                       m_options.api);
    // The e-ink page's conversations: a store of the relay's own, beside its events.
    Result<std::unique_ptr<store::ConversationStore>> conversations = store::ConversationStore::open(
        QDir(m_options.dataDir).filePath(u"conversations.sqlite"_s));
    if (!conversations)
        return conversations.error();
    m_conversations = std::move(conversations).value();
    m_page = std::make_unique<EinkPage>(*m_hub, *m_devices, *m_conversations);
    EinkPage *page = m_page.get();
    m_api->setPageHandler(
        [page](const HttpRequest &request, const Caller &caller) { return page->handle(request, caller); });
    RelayApi *api = m_api.get();
    m_http = std::make_unique<HttpServer>([api](const HttpRequest &request) { return api->handle(request); });
    if (auto error = m_http->listen(m_options.http))
        return error;
    const Result<int> resumed = m_hub->resumeUnfinished();
    if (!resumed)
        return resumed.error();
    if (*resumed > 0)
        qCInfo(lcServer) << "carrying on" << *resumed << "unfinished replies";
    if (m_options.keepDays > 0) {
        forgetOldReplies();
        connect(&m_retention, &QTimer::timeout, this, &RelayServer::forgetOldReplies);
        m_retention.start(std::chrono::hours(1));
    }
    return std::nullopt;
}

void RelayServer::forgetOldReplies()
{
    const Result<int> forgotten = m_log->forgetEndedBefore(
        QDateTime::currentDateTimeUtc().addDays(-m_options.keepDays));
    if (!forgotten)
        qCWarning(lcServer) << "cannot forget old replies:" << forgotten.error().message;
    else if (*forgotten > 0)
        qCInfo(lcServer) << "forgot" << *forgotten << "replies older than" << m_options.keepDays << "days";
}

} // namespace inkchat::relay
