#include "bufferingdetector.h"

namespace inkchat::transport {

BufferingDetector::BufferingDetector(BufferingThresholds thresholds) : m_thresholds(thresholds) {}

void BufferingDetector::requestSent(std::chrono::milliseconds now)
{
    m_sentAt = now;
    m_firstBytesAt.reset();
    m_lastBytesAt = now;
    m_events = 0;
}

void BufferingDetector::received(std::chrono::milliseconds now, int events)
{
    if (!m_sentAt)
        return;
    if (!m_firstBytesAt)
        m_firstBytesAt = now;
    m_lastBytesAt = now;
    m_events += events;
}

bool BufferingDetector::looksBuffered() const
{
    if (!m_sentAt || !m_firstBytesAt)
        return false;
    const bool silentFirst = *m_firstBytesAt - *m_sentAt >= m_thresholds.minSilence;
    const bool oneBurst = m_lastBytesAt - *m_firstBytesAt <= m_thresholds.maxBurst;
    // A short reply after a long wait is a slow model, not a proxy: only a
    // reply long enough to have streamed visibly is judged.
    return silentFirst && oneBurst && m_events >= m_thresholds.minEvents;
}

} // namespace inkchat::transport
