#pragma once

#include "provider/rung.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace inkchat::transport {

/// What proves that a rung is blocked on the way to an endpoint. Server
/// errors, outages and timeouts prove nothing about the rung (the next rung
/// would meet them too) and are never evidence.
enum class Evidence {
    UpgradeRefused, ///< the WebSocket upgrade was refused, swallowed or closed before its first event
    Buffering,      ///< a proxy held the stream back, proven in two replies in a row
    ProtocolError,  ///< something answered that does not speak the rung's protocol
};

/// Stable names, for the settings file: "upgrade-refused", "buffering", "protocol".
QString evidenceName(Evidence evidence);
std::optional<Evidence> evidenceFromName(QStringView name);

/// A rung an endpoint's replies go without for a while, and why.
struct Demotion
{
    provider::Rung rung = provider::Rung::Stream;
    Evidence evidence = Evidence::UpgradeRefused;
    /// When it was first found blocked (UTC), in this run of replies that
    /// found it blocked.
    QDateTime since;
    /// How many times in a row it was found blocked.
    int timesInARow = 1;
    /// Replies that still go without it before it is tried again; 0: the
    /// next reply tries it.
    int repliesToSkip = 0;

    friend bool operator==(const Demotion &, const Demotion &) = default;
};

} // namespace inkchat::transport
