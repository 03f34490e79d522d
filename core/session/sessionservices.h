#pragma once

#include "store/replycheckpointer.h"
#include "transport/connector.h"
#include "util/clock.h"

class QNetworkAccessManager;

namespace inkchat::store {
class ConversationStore;
}
namespace inkchat::transport {
class LadderMemory;
class NetworkThread;
class Reachability;
} // namespace inkchat::transport

namespace inkchat::session {

class EndpointSource;

/// What every chat session of a process shares, passed in by the front end
/// that builds them. Everything pointed to outlives the sessions.
struct SessionServices
{
    QNetworkAccessManager *network = nullptr; ///< required
    EndpointSource *endpoints = nullptr;      ///< required: where replies go
    /// Where conversations are kept; null keeps them in memory only
    /// (`inkchat-cli chat --no-store`).
    store::ConversationStore *store = nullptr;
    transport::LadderMemory *ladderMemory = nullptr; ///< null: remember nothing
    transport::Reachability *reachability = nullptr; ///< null: always online
    /// Where the replies' transports run; null: on the sessions' thread
    /// (see transport::ConnectorServices::networkThread).
    transport::NetworkThread *networkThread = nullptr;
    Clock *clock = &Clock::system();
    /// Tunables of every reply's connector; the TLS trust comes from the
    /// endpoint of each reply.
    transport::ConnectorOptions connector;
    /// When a streaming reply is checkpointed to the store.
    store::CheckpointPolicy checkpoints;
};

} // namespace inkchat::session
