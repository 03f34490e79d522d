#include "bufferingdetector.h"

namespace inkchat::transport {

BufferingDetector::BufferingDetector(BufferingThresholds thresholds) : m_thresholds(thresholds) {}

void BufferingDetector::requestSent(std::chrono::milliseconds now)
{
    *this = BufferingDetector(m_thresholds);
    m_sentAt = now;
    m_lastBytesAt = now;
}

bool BufferingDetector::received(std::chrono::milliseconds now, int events)
{
    if (!m_sentAt)
        return false;
    const bool afterSilence = now - m_lastBytesAt >= m_thresholds.minSilence;
    m_lastBytesAt = now;
    m_events += events;
    if (afterSilence && events >= m_thresholds.minEvents) {
        m_burstStartedAt = now;
        m_eventsInBursts += events;
        ++m_bursts;
        return true;
    }
    if (m_burstStartedAt && now - *m_burstStartedAt <= m_thresholds.maxBurst)
        m_eventsInBursts += events;
    else
        m_burstStartedAt.reset();
    return false;
}

bool BufferingDetector::isProven() const
{
    return m_bursts >= m_thresholds.burstsToProve;
}

bool BufferingDetector::looksBuffered() const
{
    return isProven() || (m_bursts == 1 && m_eventsInBursts == m_events);
}

} // namespace inkchat::transport
