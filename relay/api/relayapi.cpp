#include "relayapi.h"

#include "heartbeat.h"
#include "sseformat.h"

#include "http/responsestream.h"
#include "replies/conversationjson.h"
#include "replies/replyhub.h"
#include "store/deviceregistry.h"
#include "store/externalchanges.h"

#include "util/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "inkchat.relay.http")

namespace inkchat::relay {

namespace {

HttpAnswer json(int status, const QJsonObject &object)
{
    return HttpAnswer::text(status, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n',
                            "application/json");
}

HttpAnswer problem(int status, const QString &message)
{
    return json(status, {{u"error"_s, message}});
}

/// Clients send a UUID; anything much longer is not a key.
constexpr int kMaxIdempotencyKey = 200;

const QRegularExpression kReplyPath(u"^/v1/replies/([0-9a-f]{32})/(events|poll)$"_s);

} // namespace

QString requestToken(const HttpRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Bearer "))
        return QString::fromLatin1(authorization.mid(7).trimmed());
    const QList<QByteArray> cookies = request.header("Cookie").split(';');
    const QByteArray name = QByteArray(kTokenCookie) + '=';
    for (const QByteArray &cookie : cookies) {
        if (cookie.trimmed().startsWith(name))
            return QString::fromLatin1(cookie.trimmed().mid(name.size()));
    }
    return {};
}

RelayApi::RelayApi(ReplyHub &hub, DeviceRegistry &devices, ExternalChanges &deviceChanges,
                   Heartbeat &heartbeat, Clock &clock, RelayApiOptions options)
    : m_hub(hub),
      m_devices(devices),
      m_deviceChanges(deviceChanges),
      m_heartbeat(heartbeat),
      m_clock(clock),
      m_options(options),
      m_deviceLimits(options.perDevice, clock),
      m_pairingLimits(options.pairing, clock)
{
}

HttpAnswer RelayApi::handle(const HttpRequest &request)
{
    HttpAnswer answer;
    Caller caller;
    if (request.path == "/v1/pair" || request.path == "/pair") {
        const QString address = request.peer.toString();
        if (!m_pairingLimits.allow(address)) {
            answer = problem(429, u"too many pairing attempts; wait"_s);
            answer.headers.append(
                Header("Retry-After", QByteArray::number(m_pairingLimits.retryAfter(address).count())));
        } else if (request.path == "/v1/pair") {
            answer = pair(request);
        } else {
            answer = m_pages ? m_pages(request, caller).value_or(problem(404, u"not found"_s))
                             : problem(404, u"not found"_s);
        }
    } else if (request.path == "/v1/health") {
        answer = HttpAnswer::text(200, "ok\n");
    } else if (const QString token = requestToken(request); const auto device = authenticate(token)) {
        caller = {*device, token};
        const QString key = QString::number(*device);
        if (!m_deviceLimits.allow(key)) {
            answer = problem(429, u"too many requests from this device; wait"_s);
            answer.headers.append(
                Header("Retry-After", QByteArray::number(m_deviceLimits.retryAfter(key).count())));
        } else {
            answer = route(request, caller);
        }
    } else if (m_pages && request.method == "GET" && !request.path.startsWith("/v1/")) {
        // A browser that is not paired yet is shown how to pair.
        answer = HttpAnswer();
        answer.status = 303;
        answer.headers = {{"Location", "/pair"}};
    } else {
        answer = problem(401, u"pair this device first (inkchat-relay pair)"_s);
        answer.headers.append(Header("WWW-Authenticate", "Bearer realm=\"inkchat-relay\""));
    }
    answer.headers.append(Header("Cache-Control", "no-store"));
    answer.headers.append(Header("X-Content-Type-Options", "nosniff"));
    qCInfo(lcApi).noquote() << request.method << QString::fromUtf8(request.path).left(120) << "device"
                            << caller.deviceId << "->" << answer.status;
    return answer;
}

std::optional<qint64> RelayApi::authenticate(const QString &token)
{
    const Result<std::optional<qint64>> device = m_devices.authenticate(token, m_clock.wallTime());
    if (!device) {
        qCWarning(lcApi) << "cannot check a device:" << device.error().message;
        return std::nullopt;
    }
    return *device;
}

HttpAnswer RelayApi::route(const HttpRequest &request, const Caller &caller)
{
    if (request.path == "/v1/replies") {
        if (request.method != "POST")
            return problem(405, u"use POST"_s);
        return startReply(request, caller);
    }
    if (const QRegularExpressionMatch match = kReplyPath.match(QString::fromLatin1(request.path));
        match.hasMatch()) {
        if (request.method != "GET")
            return problem(405, u"use GET"_s);
        const auto mode = match.captured(2) == "poll"_L1 ? EventStreamer::Mode::LongPoll
                                                         : EventStreamer::Mode::Stream;
        return replyEvents(request, match.captured(1), mode, caller);
    }
    if (m_pages) {
        if (std::optional<HttpAnswer> answer = m_pages(request, caller))
            return *std::move(answer);
    }
    return problem(404, u"not found"_s);
}

HttpAnswer RelayApi::pair(const HttpRequest &request)
{
    if (request.method != "POST")
        return problem(405, u"use POST"_s);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const Result<std::optional<PairedDevice>> device = m_devices.pair(
        body.value("code"_L1).toString(), body.value("name"_L1).toString(), m_clock.wallTime());
    if (!device)
        return problem(503, device.error().message);
    if (!*device)
        return problem(403, u"the pairing code is wrong, used or expired"_s);
    qCInfo(lcApi) << "paired device" << (*device)->id;
    return json(200, {{u"token"_s, (*device)->token}, {u"device"_s, (*device)->id}});
}

HttpAnswer RelayApi::startReply(const HttpRequest &request, const Caller &caller)
{
    const Result<chat::Conversation> conversation = conversationFromJson(request.body);
    if (!conversation)
        return problem(400, conversation.error().message);
    const auto mode = request.query.queryItemValue(u"mode"_s) == "poll"_L1 ? EventStreamer::Mode::LongPoll
                                                                           : EventStreamer::Mode::Stream;
    const QString key = QString::fromLatin1(request.header("Idempotency-Key").trimmed());
    if (key.size() > kMaxIdempotencyKey)
        return problem(400, u"the Idempotency-Key is longer than %1 characters"_s.arg(kMaxIdempotencyKey));
    if (!key.isEmpty()) {
        const Result<std::optional<StoredReply>> earlier = m_hub.log().replyForKey(caller.deviceId, key);
        if (!earlier)
            return problem(503, earlier.error().message);
        if (*earlier) {
            // A retry of a request whose answer was cut: the reply it
            // started, from its first event, and nothing asked upstream again.
            if ((*earlier)->request != conversationToJson(*conversation))
                return problem(422, u"this Idempotency-Key was sent with another question"_s);
            return streamEvents((*earlier)->id, 0, mode, caller.deviceId, (*earlier)->id);
        }
    }
    const Result<QString> replyId = m_hub.start(*conversation);
    if (!replyId)
        return problem(503, replyId.error().message);
    if (!key.isEmpty()) {
        // The reply goes on; only a retry of this request would start another.
        if (const std::optional<Error> error = m_hub.log().rememberKey(caller.deviceId, key, *replyId))
            qCWarning(lcApi) << "idempotency key not stored:" << error->message;
    }
    return streamEvents(*replyId, 0, mode, caller.deviceId, *replyId);
}

HttpAnswer RelayApi::replyEvents(const HttpRequest &request, const QString &replyId, EventStreamer::Mode mode,
                                 const Caller &caller)
{
    const Result<std::optional<StoredReply>> reply = m_hub.log().reply(replyId);
    if (!reply)
        return problem(503, reply.error().message);
    if (!*reply)
        return problem(404, u"there is no such reply"_s);
    QByteArray after = request.header("Last-Event-ID");
    if (after.isEmpty())
        after = request.query.queryItemValue(u"after"_s).toLatin1();
    bool ok = true;
    const qint64 afterSeq = after.isEmpty() ? 0 : after.trimmed().toLongLong(&ok);
    if (!ok || afterSeq < 0)
        return problem(400, u"Last-Event-ID is not an event number of this reply"_s);
    // Everything was seen, the end included: EventSource stops reconnecting on 204.
    if ((*reply)->status != "streaming"_L1 && afterSeq >= (*reply)->lastSeq) {
        HttpAnswer answer;
        answer.status = 204;
        return answer;
    }
    return streamEvents(replyId, afterSeq, mode, caller.deviceId);
}

HttpAnswer RelayApi::streamEvents(const QString &replyId, qint64 afterSeq, EventStreamer::Mode mode,
                                  qint64 deviceId, const QString &replyStartedId)
{
    HttpAnswer answer;
    answer.headers = {{"Content-Type", "text/event-stream; charset=utf-8"},
                      // nginx: pass every event on as it comes.
                      {"X-Accel-Buffering", "no"}};
    EventStreamer::Options options;
    options.mode = mode;
    options.pollWait = m_options.pollWait;
    DeviceRegistry *devices = &m_devices;
    options.stillAllowed = [devices, deviceId] {
        const Result<bool> active = devices->isActive(deviceId);
        return !active || *active; // a database hiccup does not cut streams off
    };
    const std::chrono::milliseconds retry = m_options.retry;
    ReplyHub *hub = &m_hub;
    Heartbeat *heartbeat = &m_heartbeat;
    ExternalChanges *deviceChanges = &m_deviceChanges;
    answer.stream = [=](ResponseStream &stream) {
        stream.write(sse::retry(retry));
        if (!replyStartedId.isEmpty())
            stream.write(sse::replyStarted(replyStartedId));
        auto *streamer = new EventStreamer(stream, *hub, *heartbeat, replyId, afterSeq, options);
        QObject::connect(deviceChanges, &ExternalChanges::changed, streamer, &EventStreamer::checkAllowed);
        streamer->begin();
    };
    return answer;
}

} // namespace inkchat::relay
