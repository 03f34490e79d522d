#pragma once

#include "transport.h"

#include "util/clock.h"

#include <QNetworkAccessManager>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace inkchat::transport {

class NetworkThread;

/// A transport that runs another one (HTTP or WebSocket) on a
/// NetworkThread and hands its chunks to this object's thread in batches:
/// the first at once, then at most one batch per the thread's delivery
/// interval, and whatever is left together with the end. The receiving
/// thread (the GUI's) so wakes once per interval instead of once per read.
///
/// Every chunk is handed on, in order and unchanged (a WebSocket message
/// stays one chunk); chunkArrivedAt() tells when each was read, so that
/// telling a buffering proxy by its bursts still sees the network's timing,
/// not the batches'. Memory stays bounded: a batch goes early once it holds
/// kMaxBatchBytes, and the network thread waits while kMaxBytesInFlight
/// wait for this thread, so Qt stops reading the socket as it did before.
class ThreadedTransport final : public Transport
{
    Q_OBJECT

public:
    /// Makes the transport that does the work; called on the network
    /// thread with that thread's network manager.
    using Factory = std::function<std::unique_ptr<Transport>(QNetworkAccessManager *network)>;

    static constexpr qsizetype kMaxBatchBytes = 256 * 1024;
    static constexpr qsizetype kMaxBytesInFlight = 1024 * 1024;

    /// `clock` (thread-safe now(), e.g. the system clock) times the chunks.
    ThreadedTransport(NetworkThread &thread, Factory factory, Clock &clock = Clock::system(),
                      QObject *parent = nullptr);
    /// Waits for the network thread to drop the inner transport: nothing of
    /// it (nor what its factory captured) is used after this returns.
    ~ThreadedTransport() override;

    void start(const provider::StreamRequest &request) override;
    void abort() override;
    qint64 bytesReceived() const override { return m_bytesReceived; }
    void setIdleTimeout(std::chrono::milliseconds timeout) override;
    std::optional<std::chrono::milliseconds> chunkArrivedAt() const override { return m_chunkArrivedAt; }

private:
    class Relay;
    struct Batch;
    struct Flow;

    void receive(const Batch &batch);

    NetworkThread &m_thread;
    Relay *m_relay; ///< lives on the network thread; deleted there by the destructor
    std::shared_ptr<Flow> m_flow;
    qint64 m_bytesReceived = 0;
    std::optional<std::chrono::milliseconds> m_chunkArrivedAt;
    bool m_ended = false; ///< aborted, or the end was handed on
};

} // namespace inkchat::transport
