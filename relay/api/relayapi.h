#pragma once

#include "eventstreamer.h"
#include "ratelimiter.h"

#include "http/httpanswer.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

namespace inkchat {
class Clock;
}

namespace inkchat::relay {

class DeviceRegistry;
class ExternalChanges;
class Heartbeat;
class ReplyHub;

struct RelayApiOptions
{
    /// The reconnection delay sent as `retry:`.
    std::chrono::milliseconds retry{3000};
    std::chrono::milliseconds pollWait{25'000};
    RateLimit perDevice{60, 120};
    /// Pairing attempts per address: guesses at a code are few and slow.
    RateLimit pairing{10, 5};
};

/// What a request is, once the gate let it in.
struct Caller
{
    qint64 deviceId = 0;
    QString token; ///< to set the page's cookie from; never logged
};

/// The relay's HTTP interface: every request but pairing carries a device
/// token (`Authorization: Bearer`, or the page's cookie) that the
/// DeviceRegistry knows and has not revoked, and is counted against its
/// device's rate limit. Tokens, codes and keys are never logged: a request
/// is logged by method, path, device number and status.
///
///  - `POST /v1/pair` `{"code", "name"}`: a device token for a pairing code
///  - `POST /v1/replies` `{"messages": [...]}`: starts a reply; the answer
///    streams its events (SSE), or with `?mode=poll` ends with the first.
///    A POST whose `Idempotency-Key` the device sent before is answered
///    with the reply that one started, from its first event
///  - `GET /v1/replies/ID/events`: SSE after `Last-Event-ID` (or `?after=N`)
///  - `GET /v1/replies/ID/poll`: the same as a long poll
///
/// Other paths go to the page handler (the e-ink page), authenticated alike.
class RelayApi
{
public:
    using PageHandler = std::function<std::optional<HttpAnswer>(const HttpRequest &, const Caller &)>;

    /// `deviceChanges` tells when another process may have revoked a
    /// device; its open streams are checked then.
    RelayApi(ReplyHub &hub, DeviceRegistry &devices, ExternalChanges &deviceChanges, Heartbeat &heartbeat,
             Clock &clock, RelayApiOptions options);

    void setPageHandler(PageHandler handler) { m_pages = std::move(handler); }
    HttpAnswer handle(const HttpRequest &request);

    /// Streams reply events to a client (SSE or long poll), from `afterSeq`.
    HttpAnswer streamEvents(const QString &replyId, qint64 afterSeq, EventStreamer::Mode mode,
                            qint64 deviceId, const QString &replyStartedId = {});

private:
    HttpAnswer route(const HttpRequest &request, const Caller &caller);
    HttpAnswer pair(const HttpRequest &request);
    HttpAnswer startReply(const HttpRequest &request, const Caller &caller);
    HttpAnswer replyEvents(const HttpRequest &request, const QString &replyId, EventStreamer::Mode mode,
                           const Caller &caller);
    std::optional<qint64> authenticate(const QString &token);

    ReplyHub &m_hub;
    DeviceRegistry &m_devices;
    ExternalChanges &m_deviceChanges;
    Heartbeat &m_heartbeat;
    Clock &m_clock;
    RelayApiOptions m_options;
    RateLimiter m_deviceLimits;
    RateLimiter m_pairingLimits;
    PageHandler m_pages;
};

/// The device token a request carries: `Authorization: Bearer`, else the
/// page's cookie.
QString requestToken(const HttpRequest &request);

/// The cookie that holds a browser's device token.
inline constexpr char kTokenCookie[] = "inkchat_relay";

} // namespace inkchat::relay
