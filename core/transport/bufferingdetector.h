#pragma once

#include <chrono>
#include <optional>

namespace inkchat::transport {

/// When a stream counts as held back by a proxy.
struct BufferingThresholds
{
    /// A read that comes after at least this long without bytes...
    std::chrono::milliseconds minSilence{300};
    /// ...and carries at least this many reply events on its own is a
    /// burst. After a real pause the first event comes alone, however fast
    /// the model then writes; a proxy's buffer (nginx: 4 KiB, some 20
    /// OpenAI events; a 1448-byte TCP segment of it, 5) comes as a pile.
    int minEvents = 4;
    /// Bursts in one reply that prove a proxy buffers it.
    int burstsToProve = 2;
};

/// Tells a stream a buffering proxy holds back, releasing it in bursts
/// after silences, from one that really streams. Pure: the caller passes
/// the clock's time (Clock::now(), any monotonic origin).
class BufferingDetector
{
public:
    explicit BufferingDetector(BufferingThresholds thresholds = {});

    /// The request went out (again: a retry starts a new measurement).
    void requestSent(std::chrono::milliseconds now);
    /// Body bytes arrived carrying `events` reply events (may be 0). Returns
    /// whether they completed a burst. Ignored before requestSent().
    bool received(std::chrono::milliseconds now, int events);
    /// Enough bursts came to prove buffering (the reply may go on).
    bool isProven() const;
    /// Whether the reply, now ended cleanly, looks buffered: proven, or all
    /// of it in one burst after a silence and what followed it without
    /// another (a proxy that holds a short reply back until its end shows
    /// no second burst).
    bool looksBuffered() const;

private:
    BufferingThresholds m_thresholds;
    std::optional<std::chrono::milliseconds> m_sentAt;
    std::chrono::milliseconds m_lastBytesAt{0};
    std::optional<std::chrono::milliseconds> m_firstBurstAt;
    int m_bursts = 0;
    int m_eventsBeforeFirstBurst = 0;
};

} // namespace inkchat::transport
