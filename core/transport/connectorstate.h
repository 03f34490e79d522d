#pragma once

#include "provider/rung.h"

#include <QMetaType>
#include <QString>

#include <chrono>

namespace inkchat::transport {

/// What the connector is doing, as a status line or the CLI shows it.
struct ConnectorState
{
    enum class Phase {
        Idle,
        Connecting,   ///< a request is on its way on `rung`
        Streaming,    ///< the reply is arriving on `rung`
        Waiting,      ///< the server is still writing a background reply; polling
        Reconnecting, ///< retry `attempt` starts in `delay`, after `reason`
        FellBack,     ///< moved down the ladder to `rung` because of `reason`
        Offline,      ///< no network; waiting for it to come back
        Finished,
        Failed,       ///< gave up because of `reason`
    };

    Phase phase = Phase::Idle;
    provider::Rung rung = provider::Rung::Stream;
    int attempt = 0;
    std::chrono::milliseconds delay{0};
    QString reason;

    /// One line for people: "connecting (sse)", "streaming",
    /// "reconnecting (attempt 2, in 1.3 s): the connection was lost",
    /// "fell back to poll: the WebSocket upgrade was refused", "offline",
    /// "failed: ...".
    QString text() const;

    friend bool operator==(const ConnectorState &, const ConnectorState &) = default;
};

} // namespace inkchat::transport

Q_DECLARE_METATYPE(inkchat::transport::ConnectorState)
