#pragma once

#include <chrono>
#include <optional>

namespace inkchat::transport {

/// When a stream counts as held back by a proxy.
struct BufferingThresholds
{
    /// Nothing arrived for at least this long after the request went out...
    std::chrono::milliseconds minSilence{2000};
    /// ...then the whole reply arrived within this long...
    std::chrono::milliseconds maxBurst{100};
    /// ...and it had at least this many events, so a short reply after a
    /// slow start is not taken for buffering.
    int minEvents = 8;
};

/// Tells a streamed reply that a buffering proxy held back and released in
/// one burst at the end from one that really streamed. Pure: the caller
/// passes the clock's time (Clock::now(), any monotonic origin).
class BufferingDetector
{
public:
    explicit BufferingDetector(BufferingThresholds thresholds = {});

    /// The request went out (again: a retry starts a new measurement).
    void requestSent(std::chrono::milliseconds now);
    /// Body bytes arrived carrying `events` reply events (may be 0). Ignored
    /// before the first requestSent().
    void received(std::chrono::milliseconds now, int events);
    /// Whether the reply, now ended cleanly, looks buffered.
    bool looksBuffered() const;

private:
    BufferingThresholds m_thresholds;
    std::optional<std::chrono::milliseconds> m_sentAt;
    std::optional<std::chrono::milliseconds> m_firstBytesAt;
    std::chrono::milliseconds m_lastBytesAt{0};
    int m_events = 0;
};

} // namespace inkchat::transport
