#pragma once

#include "demotion.h"

#include "provider/optionalparameter.h"
#include "provider/rung.h"
#include "util/error.h"

#include <QMetaType>

#include <chrono>
#include <optional>

namespace inkchat::transport {

/// What the connector is doing, as data: the front ends say it in their
/// own words (the app with tr(), the CLI on stderr).
struct ConnectorState
{
    Q_GADGET

public:
    enum class Phase {
        Idle,
        Connecting,   ///< a request is on its way on `rung`
        Streaming,    ///< the reply is arriving on `rung`
        Waiting,      ///< the server is still writing a background reply; polling
        Reconnecting, ///< retry `attempt` starts in `delay`, after `reason`
        FellBack,     ///< moved down the ladder to `rung` because of `reason`
        Offline,      ///< no network; waiting for it to come back (`reason`: what failed, if anything)
        Finished,
        Failed, ///< gave up because of `reason`
    };
    Q_ENUM(Phase)

    Phase phase = Phase::Idle;
    provider::Rung rung = provider::Rung::Stream;
    int attempt = 0;
    std::chrono::milliseconds delay{0};
    /// What went wrong, with the API key redacted from its message.
    std::optional<Error> reason;

    friend bool operator==(const ConnectorState &, const ConnectorState &) = default;
};

/// Something the user should know about a reply that is not a state: why
/// it is not streamed, or not as it is written. Front ends phrase it.
struct ConnectorNotice
{
    enum class Kind {
        /// A proxy holds `demotion.rung`'s stream back and releases it in
        /// bursts: the reply arrives whole, but late. Said once per endpoint;
        /// the fix is the proxy's (nginx: `proxy_buffering off`, or the
        /// `X-Accel-Buffering: no` header from the server).
        ProxyBuffering,
        /// This reply goes without `demotion.rung`, found blocked before.
        RungSkipped,
        /// This reply found `demotion.rung` blocked and went on without it.
        RungDemoted,
        /// The server refused the optional request parameters `dropped`
        /// (`answer` is how): the reply was asked for again without them,
        /// and the endpoint's requests go without them until reset. What
        /// the user loses is the parameter's convenience (token counts,
        /// picking up a dropped reply), never text.
        ParametersDropped,
    };

    Kind kind = Kind::ProxyBuffering;
    /// The rung concerned, why, since when, and for how many more replies.
    Demotion demotion;
    /// ParametersDropped: what was left out, and the server's answer to the
    /// request that carried it (the API key redacted).
    provider::OptionalParameters dropped = {};
    std::optional<Error> answer = {};

    friend bool operator==(const ConnectorNotice &, const ConnectorNotice &) = default;
};

} // namespace inkchat::transport

Q_DECLARE_METATYPE(inkchat::transport::ConnectorState)
Q_DECLARE_METATYPE(inkchat::transport::ConnectorNotice)
